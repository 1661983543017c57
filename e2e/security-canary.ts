import type { BrowserContext } from "@playwright/test";

// The canary-key run (scripts/canary-run.mjs) sets E2E_CANARY_KEY: every browser context then starts
// with that key in the httpOnly key cookie, as if the user had saved it, so every request of the whole
// suite carries it through the proxy. Afterwards the script searches logs, bundle, pages and the share
// store for it. Unset (the normal run): nothing changes.
export async function presetCanaryKey(context: BrowserContext, origins: readonly string[]): Promise<void> {
  const key = process.env.E2E_CANARY_KEY;
  if (!key) return;
  await context.addCookies(
    origins.map((origin) => ({
      name: "apigo_key",
      value: encodeURIComponent(key),
      url: `${origin}/api`,
      httpOnly: true,
      sameSite: "Strict" as const,
    })),
  );
}
