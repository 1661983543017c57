import { test as base, expect } from "@playwright/test";
import { ports } from "../playwright.config";
import { guardCsp } from "./csp-guard";
import { ChatPage } from "./pages/chat-page";
import { presetCanaryKey } from "./security-canary";

export const urls = {
  demo: `http://localhost:${ports.demo}`,
  remote: `http://localhost:${ports.remote}`,
  sim: `http://127.0.0.1:${ports.sim}`,
} as const;

interface SimLogEntry {
  path: string;
  outcome: string;
  headers: Record<string, string>;
  body?: unknown;
}

export const test = base.extend<{ chat: ChatPage; simLog: () => Promise<SimLogEntry[]> }>({
  // Every spec is guarded: a CSP violation in the browser fails the test (e2e/csp-guard.ts).
  context: async ({ context }, use) => {
    const guard = await guardCsp(context);
    await presetCanaryKey(context, [urls.demo, urls.remote]);
    await use(context);
    guard.assertClean();
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

export { expect };
