#!/usr/bin/env node
// UI streaming benchmark: streams a long answer (default 20,000 tokens at 500 tokens/s from the
// embedded simulator) into the Chat tab in headless Chromium and reports main-thread cost, read with
// a PerformanceObserver for long tasks (> 50 ms) plus CDP's total task time.
// Against a running app (started with SIM_TOKENS_PER_SEC=500): BASE_URL=http://localhost:3000 node bench/ui-streaming.mjs
// Without BASE_URL it runs `next start` on BENCH_PORT (default 3290) from the build in NEXT_DIST_DIR
// (default .next) with SIM_TOKENS_PER_SEC=500, and stops it after.
// Not a test: it prints figures (and writes bench/results/ui-streaming.json). Target: no long task over 50 ms.
import { spawn } from "node:child_process";
import { mkdirSync, writeFileSync } from "node:fs";
import { chromium } from "@playwright/test";

const TOKENS = Number(process.env.BENCH_TOKENS ?? 20_000);
const TPS = Number(process.env.BENCH_TPS ?? 500);

async function up(url) {
  try {
    return (await fetch(`${url}/api/health`)).ok;
  } catch {
    return false;
  }
}

async function startServer() {
  if (process.env.BASE_URL) return { url: process.env.BASE_URL, stop: () => {} };
  const port = Number(process.env.BENCH_PORT ?? 3290);
  const url = `http://localhost:${port}`;
  const child = spawn("npx", ["next", "start", "-p", String(port)], {
    stdio: "ignore",
    detached: true,
    env: { ...process.env, SIM_TOKENS_PER_SEC: String(TPS), SIM_FIRST_TOKEN_MS: "200" },
  });
  const deadline = Date.now() + 60_000;
  while (!(await up(url))) {
    if (Date.now() > deadline) throw new Error(`next start on ${port} did not come up`);
    await new Promise((r) => setTimeout(r, 300));
  }
  return { url, stop: () => process.kill(-child.pid, "SIGTERM") };
}

const server = await startServer();
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
  args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking"],
});
try {
  const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
  await page.addInitScript(() => {
    window.__longTasks = [];
    new PerformanceObserver((list) => {
      for (const e of list.getEntries())
        window.__longTasks.push({ start: e.startTime, duration: e.duration });
    }).observe({ type: "longtask", buffered: true });
  });
  await page.goto(`${server.url}/chat`);
  await page.getByTestId("chat-input").waitFor();
  // Let the first load's work settle so only streaming is measured.
  await page.waitForTimeout(1500);
  const cdp = await page.context().newCDPSession(page);
  await cdp.send("Performance.enable");
  const before = await cdp.send("Performance.getMetrics");
  const startMark = await page.evaluate(() => {
    window.__longTasks = [];
    return performance.now();
  });
  await page
    .getByTestId("chat-input")
    .fill(`Write a very long answer [sim:tokens=${TOKENS}] [sim:tps=${TPS}]`);
  const t0 = Date.now();
  await page.getByTestId("chat-send").click();
  await page
    .getByTestId("chat-metrics")
    .last()
    .waitFor({ timeout: (TOKENS / TPS) * 1000 * 3 + 30_000 });
  const wallMs = Date.now() - t0;
  const after = await cdp.send("Performance.getMetrics");
  const tasks = await page.evaluate((mark) => window.__longTasks.filter((t) => t.start >= mark), startMark);
  const metric = (m, name) => m.metrics.find((x) => x.name === name)?.value ?? 0;
  const busyMs = (metric(after, "TaskDuration") - metric(before, "TaskDuration")) * 1000;
  const text = await page.getByTestId("chat-message-assistant").last().textContent();
  const metrics = await page.getByTestId("chat-metrics").last().textContent();
  const result = {
    tokens: TOKENS,
    tokensPerSecond: TPS,
    wallMs,
    replyChars: text?.length ?? 0,
    replyMetrics: metrics,
    longTasks: tasks.length,
    longestTaskMs: Math.round(Math.max(0, ...tasks.map((t) => t.duration))),
    longTaskTotalMs: Math.round(tasks.reduce((s, t) => s + t.duration, 0)),
    mainThreadBusyMs: Math.round(busyMs),
    mainThreadBusyShare: Number((busyMs / wallMs).toFixed(3)),
    target: "no long task over 50 ms",
  };
  result.pass = result.longestTaskMs <= 50;
  console.info(JSON.stringify(result, null, 2));
  mkdirSync("bench/results", { recursive: true });
  writeFileSync(
    "bench/results/ui-streaming.json",
    `${JSON.stringify({ at: new Date().toISOString(), ...result }, null, 2)}\n`,
  );
} finally {
  await browser.close();
  server.stop();
}
