// The browser benchmarks' page probes: long tasks (PerformanceObserver, > 50 ms) into window.__longTasks
// and a requestAnimationFrame counter in window.__frames, installed before any page script runs.

/** Headless Chromium as the browser benchmarks run it. */
export const benchBrowserOptions = {
  executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
  args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking"],
};

/** A 1440 × 900 page with the probes installed. */
export async function probedPage(browser) {
  const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
  await page.addInitScript(() => {
    window.__longTasks = [];
    new PerformanceObserver((list) => {
      for (const e of list.getEntries())
        window.__longTasks.push({ start: e.startTime, duration: e.duration });
    }).observe({ type: "longtask", buffered: true });
    window.__frames = 0;
    const tick = () => {
      window.__frames += 1;
      requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
  });
  return page;
}
