// Functions the gallery benchmark (images-gallery.mjs) runs inside the page, serialised by Playwright:
// they may use only their arguments and browser globals.

/** Runs in the page: writes COUNT image records (and their PNG blobs) in the app's own schema. */
export async function seed({ count, perBatch, distinct, thumbs }) {
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
export function probe() {
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
export async function scrollThrough(step) {
  const start = performance.now();
  const tasks = [];
  const observer = new PerformanceObserver((list) => {
    for (const e of list.getEntries()) tasks.push({ start: e.startTime, duration: e.duration });
  });
  observer.observe({ type: "longtask" });
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
  observer.disconnect();
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
