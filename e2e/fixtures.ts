import { test as base, expect } from "@playwright/test";
import { ports } from "../playwright.config";
import { ChatPage } from "./pages/chat-page";

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
