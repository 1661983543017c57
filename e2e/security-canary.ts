import type { BrowserContext } from "@playwright/test";

// scripts/test-all.mjs sets E2E_CANARY_KEY for its one e2e pass: every browser context then starts
// with that key in the httpOnly key cookie (but tests tagged @keyless, see fixtures.ts), as if the
// user had saved it, so every request of the suite carries it through the proxy. Afterwards
// scripts/canary-scan.mjs searches logs, bundle, pages and the share store for it. Unset (a plain
// `playwright test`): nothing changes.
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
