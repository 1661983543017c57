// Measures the JavaScript a page loads on its first visit, in a real browser (Chromium + Resource
// Timing). `next start` serves uncompressed (compress: false), so each JS file is also gzipped here at
// level 6 to give the compressed size a CDN or reverse proxy would send.
import { gzipSync } from "node:zlib";
import { chromium } from "@playwright/test";

const LAUNCH = {
  executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
  args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking"],
};

async function gzipSize(url, cache) {
  if (!cache.has(url)) {
    const res = await fetch(url);
    const bytes = Buffer.from(await res.arrayBuffer());
    cache.set(url, { raw: bytes.byteLength, gzip: gzipSync(bytes, { level: 6 }).byteLength });
  }
  return cache.get(url);
}

function isJs(entry) {
  return entry.initiatorType === "script" || /\.m?js(\?|$)/.test(new URL(entry.name).pathname);
}

/**
 * For each path: JS files loaded before the load event (the budgeted figure) and by network idle
 * (includes lazy chunks and prefetches), raw and gzip bytes, plus the HTML document.
 */
export async function measurePages(baseUrl, paths) {
  const browser = await chromium.launch(LAUNCH);
  const cache = new Map();
  const out = {};
  try {
    for (const path of paths) {
      const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
      const page = await context.newPage();
      const res = await page.goto(new URL(path, baseUrl).toString(), { waitUntil: "load" });
      const loadEnd = await page.evaluate(
        () => performance.getEntriesByType("navigation")[0]?.loadEventStart,
      );
      await page.waitForLoadState("networkidle");
      const entries = await page.evaluate(() =>
        performance.getEntriesByType("resource").map((e) => ({
          name: e.name,
          initiatorType: e.initiatorType,
          responseEnd: e.responseEnd,
          encodedBodySize: e.encodedBodySize,
        })),
      );
      const html = await gzipSize(new URL(path, baseUrl).toString(), new Map());
      const figures = { files: 0, rawAtLoad: 0, gzipAtLoad: 0, filesIdle: 0, rawIdle: 0, gzipIdle: 0 };
      for (const e of entries.filter(isJs)) {
        const size = await gzipSize(e.name, cache);
        const atLoad = loadEnd !== undefined && e.responseEnd <= loadEnd;
        figures.filesIdle += 1;
        figures.rawIdle += e.encodedBodySize || size.raw;
        figures.gzipIdle += size.gzip;
        if (atLoad) {
          figures.files += 1;
          figures.rawAtLoad += e.encodedBodySize || size.raw;
          figures.gzipAtLoad += size.gzip;
        }
      }
      out[path] = {
        status: res?.status() ?? 0,
        jsFilesAtLoad: figures.files,
        rawKbAtLoad: figures.rawAtLoad / 1000,
        gzipKbAtLoad: figures.gzipAtLoad / 1000,
        jsFilesAtIdle: figures.filesIdle,
        rawKbAtIdle: figures.rawIdle / 1000,
        gzipKbAtIdle: figures.gzipIdle / 1000,
        htmlRawKb: html.raw / 1000,
        htmlGzipKb: html.gzip / 1000,
      };
      await context.close();
    }
  } finally {
    await browser.close();
  }
  return out;
}
