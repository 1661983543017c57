// Measures the JavaScript a page loads on its first visit, in a real browser: the bytes Chromium
// received for it (headers and body as sent: gzip or br when the server compressed it, identity when
// not), counted by the DevTools protocol, not recomputed offline. The budgeted figure is the JS that
// finished before the load event.
import { chromium } from "@playwright/test";
import { isScript, recordWire, wireSum } from "./wire.mjs";

/** Debian's Chromium, headless, as CI runs it. */
export const LAUNCH = {
  executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
  args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking"],
};

/**
 * For each path: JS received before the load event (the budgeted figure) and by network idle
 * (includes lazy chunks and prefetches), its decoded size, the encodings seen, and the HTML document.
 */
export async function measurePages(baseUrl, paths) {
  const browser = await chromium.launch(LAUNCH);
  const out = {};
  try {
    for (const path of paths) {
      const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
      const page = await context.newPage();
      const wire = await recordWire(page);
      const res = await page.goto(new URL(path, baseUrl).toString(), { waitUntil: "load" });
      await page.waitForLoadState("networkidle");
      const decoded = new Map(
        await page.evaluate(() =>
          performance.getEntriesByType("resource").map((e) => [e.name, e.decodedBodySize]),
        ),
      );
      const entries = wire.entries();
      const js = entries.filter(isScript);
      const atLoad = wireSum(js.filter((e) => e.atLoad));
      const atIdle = wireSum(js);
      const doc = entries.find((e) => e.type === "Document");
      out[path] = {
        status: res?.status() ?? 0,
        wireKbAtLoad: atLoad.kb,
        jsFilesAtLoad: atLoad.files,
        encodingsAtLoad: atLoad.encodings,
        rawKbAtLoad: js.filter((e) => e.atLoad).reduce((n, e) => n + (decoded.get(e.url) ?? 0), 0) / 1000,
        wireKbAtIdle: atIdle.kb,
        jsFilesAtIdle: atIdle.files,
        allWireKbAtLoad: wireSum(entries.filter((e) => e.atLoad)).kb,
        htmlWireKb: (doc?.bytes ?? 0) / 1000,
        htmlEncoding: doc?.encoding ?? "none",
      };
      await wire.detach();
      await context.close();
    }
  } finally {
    await browser.close();
  }
  return out;
}
