#!/usr/bin/env node
// Gallery benchmark: seeds 1,000 stored images into the Images tab's IndexedDB in headless Chromium,
// then measures how soon the grid paints after a reload and how smoothly it scrolls end to end.
// Against a running app: BASE_URL=http://localhost:3000 node bench/images-gallery.mjs
// Without BASE_URL it runs `next start` on BENCH_PORT (default 3190) from the current build and stops it.
// Not a test: it prints figures (and writes bench/results/images-gallery.json).
import { mkdirSync, writeFileSync } from "node:fs";
import { cpus, loadavg } from "node:os";
import { chromium } from "@playwright/test";
import { probe, scrollThrough, seed } from "./images-gallery.page.mjs";
import { startNextServer } from "./lib/next-server.mjs";

const COUNT = Number(process.env.BENCH_IMAGES ?? 1000);
const PER_BATCH = 4;
const DISTINCT = 100; // distinct 1024x1024 PNGs; each record still gets its own stored blob
// BENCH_THUMBS=0 seeds originals only: the grid then makes each thumbnail on first sight (cold gallery).
const THUMBS = process.env.BENCH_THUMBS !== "0";
const SCROLL_STEP = Number(process.env.BENCH_SCROLL_STEP ?? 120); // px per animation frame

const loadAtStart = loadavg();
const server = await startNextServer({ port: Number(process.env.BENCH_PORT ?? 3190) });
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
  args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking"],
});
try {
  const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
  const page = await context.newPage();
  await page.goto(`${server.url}/images`);
  await page.getByTestId("gallery-empty").waitFor(); // the app has opened (and created) its database
  const t0 = Date.now();
  const avgPng = await page.evaluate(seed, {
    count: COUNT,
    perBatch: PER_BATCH,
    distinct: DISTINCT,
    thumbs: THUMBS,
  });
  const seedMs = Date.now() - t0;

  await page.addInitScript(probe);
  const load = {};
  for (let run = 0; run < 3; run++) {
    await page.reload();
    await page.waitForFunction(() => window.__bench?.firstImage, null, { timeout: 30_000 });
    const m = await page.evaluate(() => {
      const fcp = performance.getEntriesByName("first-contentful-paint")[0]?.startTime ?? 0;
      const tasks = window.__bench.longTasks.filter((t) => t.start < window.__bench.firstImage);
      return {
        fcp,
        firstItem: window.__bench.firstItem,
        firstImage: window.__bench.firstImage,
        tasks: tasks.length,
      };
    });
    for (const [k, v] of Object.entries(m)) {
      load[k] ??= [];
      load[k].push(v);
    }
  }
  const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
  const scroll = await page.evaluate(scrollThrough, SCROLL_STEP);
  // Control: the same scroll over a plain page of the same height, to separate the machine from the grid.
  const plain = await context.newPage();
  await plain.setContent(
    `<div style="height:${scroll.scrollHeight}px;background:linear-gradient(#fff,#000)"></div>`,
  );
  const control = await plain.evaluate(scrollThrough, SCROLL_STEP);

  const result = {
    images: COUNT,
    thumbnailsStored: THUMBS,
    loadAverage: loadAtStart.map((x) => Math.round(x * 10) / 10),
    avgPngBytes: Math.round(avgPng),
    seedMs,
    firstContentfulPaintMs: median(load.fcp),
    firstGridItemMs: median(load.firstItem),
    firstThumbnailPaintedMs: median(load.firstImage),
    longTasksBeforeFirstThumbnail: median(load.tasks),
    scroll,
    control,
  };
  const r = (x) => Math.round(x * 10) / 10;
  console.info(
    `Images gallery benchmark (${COUNT} images, ${result.avgPngBytes} B avg PNG, thumbnails ${THUMBS ? "stored" : "made on first sight"}, 1440x900, ${server.url})`,
  );
  console.info(`  load average at start:       ${result.loadAverage.join(" ")} (${cpus().length} cores)`);
  console.info(`  seed IndexedDB:              ${seedMs} ms`);
  console.info(`  first contentful paint:      ${r(result.firstContentfulPaintMs)} ms (median of 3 reloads)`);
  console.info(`  first grid item in DOM:      ${r(result.firstGridItemMs)} ms`);
  console.info(`  first thumbnail painted:     ${r(result.firstThumbnailPaintedMs)} ms`);
  console.info(`  long tasks before it:        ${result.longTasksBeforeFirstThumbnail}`);
  console.info(
    `  scroll ${scroll.scrollHeight} px at ${SCROLL_STEP} px/frame: ${r(scroll.durationMs)} ms, ${scroll.frames} frames, ` +
      `${r(scroll.avgFps)} fps avg, frame p50 ${r(scroll.p50FrameMs)} / p95 ${r(scroll.p95FrameMs)} / max ${r(scroll.maxFrameMs)} ms, ` +
      `${scroll.framesOver50ms} frames > 50 ms`,
  );
  console.info(
    `  long tasks while scrolling:  ${scroll.longTasks} (total ${r(scroll.longTaskTotalMs)} ms, max ${r(scroll.longTaskMaxMs)} ms)`,
  );
  console.info(
    `  control (plain page):        ${r(control.avgFps)} fps avg, frame p95 ${r(control.p95FrameMs)} ms, ` +
      `${control.framesOver50ms} frames > 50 ms, ${control.longTasks} long tasks`,
  );
  console.info(
    `  most items in DOM at once:   ${scroll.maxItemsInDom} (blob <img>: ${scroll.maxBlobImagesInDom})`,
  );
  mkdirSync("bench/results", { recursive: true });
  writeFileSync("bench/results/images-gallery.json", `${JSON.stringify(result, null, 2)}\n`);
} finally {
  await browser.close();
  server.stop();
}
