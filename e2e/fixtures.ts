import { test as base, expect, type Page } from "@playwright/test";
import { ports } from "../playwright.config";
import { guardCsp } from "./csp-guard";
import { slow, slowdown } from "./machine";
import { ChatPage } from "./pages/chat-page";
import { presetCanaryKey } from "./security-canary";

export const urls = {
  demo: `http://localhost:${ports.demo}`,
  remote: `http://localhost:${ports.remote}`,
  /** An app whose gateway is a closed port (playwright.config.ts). */
  unreachable: `http://localhost:${ports.unreachable}`,
  sim: `http://127.0.0.1:${ports.sim}`,
} as const;

interface SimLogEntry {
  id: string;
  path: string;
  outcome: string;
  headers: Record<string, string>;
  body?: unknown;
}

/** Tests tagged so start without a saved key: they check the keyless demo state itself. */
export const KEYLESS = "@keyless";

/**
 * Every navigation to one of the app's pages returns once the app says it is ready: React hydrated and
 * the saved client state loaded (`<html data-hydrated>`, set by useDocumentHydrated). A slow or busy
 * machine then takes longer, but no test acts on a page that is still a server-rendered shell.
 */
function waitForReadyOnNavigation(page: Page): void {
  const ready = async (response: Awaited<ReturnType<Page["goto"]>>) => {
    const html = (response?.headers()["content-type"] ?? "").startsWith("text/html");
    if (response?.ok() && html) {
      await page.locator("html[data-hydrated]").waitFor({ state: "attached", timeout: slow(30_000) });
    }
    return response;
  };
  const goto = page.goto.bind(page);
  const reload = page.reload.bind(page);
  page.goto = async (url, options) => ready(await goto(url, options));
  page.reload = async (options) => ready(await reload(options));
}

export const test = base.extend<{ chat: ChatPage; simLog: () => Promise<SimLogEntry[]> }>({
  // Every spec is guarded: a CSP violation in the browser fails the test (e2e/csp-guard.ts).
  context: async ({ context }, use, testInfo) => {
    const guard = await guardCsp(context);
    if (!testInfo.tags.includes(KEYLESS)) await presetCanaryKey(context, [urls.demo, urls.remote]);
    await use(context);
    guard.assertClean();
  },
  page: async ({ page }, use) => {
    waitForReadyOnNavigation(page);
    await use(page);
  },
  chat: async ({ page }, use) => {
    await use(new ChatPage(page));
  },
  simLog: async ({ request }, use) => {
    await use(async () => {
      const res = await request.get(`${urls.sim}/__sim/log`);
      expect(res.ok()).toBe(true);
      return (await res.json()) as SimLogEntry[];
    });
  },
});

/**
 * A `[sim:tps=N]` directive for a test that watches a reply while it streams: on a slower machine the
 * reply streams slower in proportion, so the live state lasts as long relative to the browser's pace.
 */
export const liveTps = (tokensPerSecond: number) =>
  `[sim:tps=${Math.max(2, Math.round(tokensPerSecond / slowdown))}]`;

export { expect, slow };
