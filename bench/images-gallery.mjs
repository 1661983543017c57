#!/usr/bin/env node
// Gallery benchmark: seeds 1,000 stored images into the Images tab's IndexedDB in headless Chromium,
// then measures how soon the grid paints after a reload and how smoothly it scrolls end to end.
// Against a running app: BASE_URL=http://localhost:3000 node bench/images-gallery.mjs
// Without BASE_URL it runs `next start` on BENCH_PORT (default 3190) from the current build and stops it.
// Not a test: it prints figures (and writes bench/results/images-gallery.json).
import { spawn } from "node:child_process";
import { mkdirSync, writeFileSync } from "node:fs";
import { chromium } from "@playwright/test";

const COUNT = Number(process.env.BENCH_IMAGES ?? 1000);
const PER_BATCH = 4;
const DISTINCT = 100; // distinct 1024x1024 PNGs; each record still gets its own stored blob
// BENCH_THUMBS=0 seeds originals only: the grid then makes each thumbnail on first sight (cold gallery).
const THUMBS = process.env.BENCH_THUMBS !== "0";
const SCROLL_STEP = Number(process.env.BENCH_SCROLL_STEP ?? 120); // px per animation frame

async function up(url) {
  try {
    return (await fetch(`${url}/api/health`)).ok;
  } catch {
    return false;
  }
}

async function startServer() {
  if (process.env.BASE_URL) return { url: process.env.BASE_URL, stop: () => {} };
  const port = Number(process.env.BENCH_PORT ?? 3190);
  const url = `http://localhost:${port}`;
  const child = spawn("npx", ["next", "start", "-p", String(port)], { stdio: "ignore", detached: true });
  const deadline = Date.now() + 60_000;
  while (!(await up(url))) {
    if (Date.now() > deadline) throw new Error(`next start on ${port} did not come up`);
    await new Promise((r) => setTimeout(r, 300));
  }
  return { url, stop: () => process.kill(-child.pid, "SIGTERM") };
}

/** Runs in the page: writes COUNT image records (and their PNG blobs) in the app's own schema. */
async function seed({ count, perBatch, distinct, thumbs }) {
  const blobs = [];
  const thumbBlobs = [];
  for (let i = 0; i < distinct; i++) {
    const canvas = new OffscreenCanvas(1024, 1024);
    const ctx = canvas.getContext("2d");
    const g = ctx.createLinearGradient(0, 0, 1024, 1024);
    g.addColorStop(0, `hsl(${(i * 37) % 360} 70% 50%)`);
    g.addColorStop(1, `hsl(${(i * 91) % 360} 70% 40%)`);
    ctx.fillStyle = g;
    ctx.fillRect(0, 0, 1024, 1024);
    for (let k = 0; k < 6; k++) {
      ctx.fillStyle = `hsl(${(i * 13 + k * 60) % 360} 80% 60%)`;
      ctx.beginPath();
      ctx.arc((i * 97 + k * 173) % 1024, (i * 61 + k * 211) % 1024, 40 + ((i + k) % 5) * 30, 0, Math.PI * 2);
      ctx.fill();
    }
    const png = await canvas.convertToBlob({ type: "image/png" });
    blobs.push(png);
    // What the app stores beside each original when it saves a batch (lib/images/thumbnail.ts).
    const bitmap = await createImageBitmap(png);
    const small = new OffscreenCanvas(480, 480);
    small.getContext("2d").drawImage(bitmap, 0, 0, 480, 480);
    thumbBlobs.push(await small.convertToBlob({ type: "image/webp", quality: 0.82 }));
  }
  const db = await new Promise((resolve, reject) => {
    const req = indexedDB.open("apigo-images");
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error);
  });
  const now = Date.now();
  const models = ["dall-e-2", "dall-e-3", "gpt-image-1"];
  await new Promise((resolve, reject) => {
    const tx = db.transaction(["batches", "images", "blobs", "thumbs"], "readwrite");
    tx.oncomplete = resolve;
    tx.onerror = () => reject(tx.error);
    for (let b = 0; b * perBatch < count; b++) {
      const id = `bench-${b}`;
      const model = models[b % 3];
      const createdAt = now - b * 60_000;
      const prompt = `Benchmark batch ${b}: a ${["red", "green", "blue"][b % 3]} lighthouse at dusk, detailed`;
      const params = {
        prompt,
        model,
        size: "1024x1024",
        n: perBatch,
        quality: "standard",
        style: "vivid",
        responseFormat: "b64_json",
        background: "auto",
        outputFormat: "png",
        vendor: "",
      };
      tx.objectStore("batches").put({ id, createdAt, durationMs: 1500, params });
      for (let i = 0; i < perBatch && b * perBatch + i < count; i++) {
        const blob = blobs[(b * perBatch + i) % blobs.length];
        const imageId = `${id}-${i}`;
        tx.objectStore("images").put({
          id: imageId,
          batchId: id,
          index: i,
          createdAt,
          model,
          size: "1024x1024",
          prompt,
          revisedPrompt: model === "dall-e-3" ? `A detailed, vivid rendering of: ${prompt}` : undefined,
          durationMs: 1500,
          mime: "image/png",
          bytes: blob.size,
          width: 1024,
          height: 1024,
        });
        tx.objectStore("blobs").put(blob, imageId);
        if (thumbs) tx.objectStore("thumbs").put(thumbBlobs[(b * perBatch + i) % blobs.length], imageId);
      }
    }
  });
  db.close();
  return blobs.reduce((s, b) => s + b.size, 0) / blobs.length;
}

/** Installed before the app loads: when the grid's first item and first decoded thumbnail appear. */
function probe() {
  window.__bench = { longTasks: [] };
  new PerformanceObserver((list) => {
    for (const e of list.getEntries())
      window.__bench.longTasks.push({ start: e.startTime, duration: e.duration });
  }).observe({ type: "longtask", buffered: true });
  new MutationObserver(() => {
    const b = window.__bench;
    if (!b.firstItem && document.querySelector('[data-testid="gallery-item"]'))
      b.firstItem = performance.now();
    const img = document.querySelector('[data-testid="gallery-image"]');
    if (img && !b.imgHooked) {
      b.imgHooked = true;
      const done = () =>
        img.decode().then(() => requestAnimationFrame(() => (b.firstImage ??= performance.now())));
      if (img.complete) done();
      else img.addEventListener("load", done, { once: true });
    }
  }).observe(document, { childList: true, subtree: true, attributes: true, attributeFilter: ["src"] });
}

/** Runs in the page: scrolls top to bottom a step per frame, recording frame gaps and long tasks. */
async function scrollThrough(step) {
  const start = performance.now();
  const tasksBefore = window.__bench.longTasks.length;
  const frames = [];
  let maxItems = 0;
  let maxBlobImgs = 0;
  await new Promise((resolve) => {
    let last = performance.now();
    function frame(t) {
      frames.push(t - last);
      last = t;
      maxItems = Math.max(maxItems, document.querySelectorAll('[data-testid="gallery-item"]').length);
      maxBlobImgs = Math.max(maxBlobImgs, document.querySelectorAll('img[src^="blob:"]').length);
      const bottom = document.documentElement.scrollHeight - window.innerHeight;
      if (window.scrollY >= bottom - 1) return resolve();
      window.scrollBy(0, step);
      requestAnimationFrame(frame);
    }
    requestAnimationFrame(frame);
  });
  const tasks = window.__bench.longTasks.slice(tasksBefore);
  const sorted = [...frames.slice(1)].sort((a, b) => a - b);
  const pct = (p) => sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * p))] ?? 0;
  return {
    durationMs: performance.now() - start,
    scrollHeight: document.documentElement.scrollHeight,
    frames: sorted.length,
    avgFps: sorted.length / ((performance.now() - start) / 1000),
    p50FrameMs: pct(0.5),
    p95FrameMs: pct(0.95),
    maxFrameMs: sorted.at(-1) ?? 0,
    framesOver50ms: sorted.filter((f) => f > 50).length,
    longTasks: tasks.length,
    longTaskTotalMs: tasks.reduce((s, t) => s + t.duration, 0),
    longTaskMaxMs: Math.max(0, ...tasks.map((t) => t.duration)),
    maxItemsInDom: maxItems,
    maxBlobImagesInDom: maxBlobImgs,
  };
}

const server = await startServer();
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

  const result = {
    images: COUNT,
    thumbnailsStored: THUMBS,
    avgPngBytes: Math.round(avgPng),
    seedMs,
    firstContentfulPaintMs: median(load.fcp),
    firstGridItemMs: median(load.firstItem),
    firstThumbnailPaintedMs: median(load.firstImage),
    longTasksBeforeFirstThumbnail: median(load.tasks),
    scroll,
  };
  const r = (x) => Math.round(x * 10) / 10;
  console.info(
    `Images gallery benchmark (${COUNT} images, ${result.avgPngBytes} B avg PNG, 1440x900, ${server.url})`,
  );
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
    `  most items in DOM at once:   ${scroll.maxItemsInDom} (blob <img>: ${scroll.maxBlobImagesInDom})`,
  );
  mkdirSync("bench/results", { recursive: true });
  writeFileSync("bench/results/images-gallery.json", `${JSON.stringify(result, null, 2)}\n`);
} finally {
  await browser.close();
  server.stop();
}
