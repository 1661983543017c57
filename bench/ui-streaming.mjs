#!/usr/bin/env node
// UI streaming benchmark: streams a long answer (default 20,000 tokens at 500 tokens/s from the
// embedded simulator) into the Chat tab in headless Chromium and reports main-thread cost, read with
// a PerformanceObserver for long tasks (> 50 ms) plus CDP's total task time.
// Against a running app (started with SIM_TOKENS_PER_SEC=500): BASE_URL=http://localhost:3000 node bench/ui-streaming.mjs
// Without BASE_URL it runs `next start` on BENCH_PORT (default 3290) from the build in NEXT_DIST_DIR
// (default .next) with SIM_TOKENS_PER_SEC=500, and stops it after.
// BENCH_MODE=compare: four compare panes (two APIs, four models) each stream BENCH_TOKENS (default 5,000)
// at once over the compare route; results go to bench/results/ui-streaming-compare.json.
// BENCH_MODE=messages: the Messages tab (Anthropic API); results in bench/results/ui-streaming-messages.json.
// BENCH_REASONING=N: a long reasoning reply: reasoning models (thinking on in Messages) think for N
// tokens before the BENCH_TOKENS of the answer, e.g. BENCH_TOKENS=20000 BENCH_REASONING=80000.
// CPU figures: every run records the page's top-level tasks in a light Chromium trace, each with the
// main thread's own CPU time, which swings much less with the machine's load than wall time (on a busy
// machine the renderer is preempted mid-task): longest task and tasks over 50 ms by CPU time, and the
// main thread's CPU share of the stream.
// BENCH_TRACE=<file>: a detailed trace instead (timeline and JS samples, from Send until a second after
// the reply settled), written to <file>; read it with `node bench/lib/trace-tasks.mjs <file>`. It
// slows the page: its figures are for finding what a task does, not for comparing runs.
// Not a test: it prints figures (and writes bench/results/ui-streaming.json). Target: no long task over 50 ms.
// Reported: long tasks (> 50 ms) and the longest, total blocking time (TBT: the sum of each long task's
// time past 50 ms), frames per second seen by requestAnimationFrame while streaming, CDP task time.
import { mkdirSync, writeFileSync } from "node:fs";
import { chromium } from "@playwright/test";
import { startNextServer } from "./lib/next-server.mjs";
import { benchBrowserOptions, probedPage } from "./lib/page-probes.mjs";
import { saveTrace, startTrace, traceEvents } from "./lib/trace.mjs";
import { cpuSummary, mainThreadTasks } from "./lib/trace-read.mjs";

const MODE = process.env.BENCH_MODE ?? "chat";
const COMPARE = MODE === "compare";
const TOKENS = Number(process.env.BENCH_TOKENS ?? (COMPARE ? 5_000 : 20_000));
const REASONING = Number(process.env.BENCH_REASONING ?? 0);
const TPS = Number(process.env.BENCH_TPS ?? 500);
const TRACE = process.env.BENCH_TRACE;
const streamSeconds = (TOKENS + REASONING) / TPS;
// Room for the reasoning and the answer under max_tokens (the Messages API needs one).
const maxTokens = String(TOKENS + REASONING + 8192);

// Four panes for compare mode, in the page's `?c=` setup format (lib/compare/url-state.ts); reasoning
// models when the reply is to reason.
const compareSetup = Buffer.from(
  JSON.stringify({
    p: [
      ["c", REASONING ? "deepseek-reasoner" : "gpt-4o-mini", "", {}],
      ["c", REASONING ? "o4-mini" : "deepseek-chat", "", {}],
      // max_tokens past the answer, so this pane streams as long as the others.
      [
        "m",
        REASONING ? "claude-sonnet-4-5-20250929-thinking" : "claude-haiku-4-5-20251001",
        "ClaudeCode",
        { maxTokens },
      ],
      ["c", REASONING ? "gemini-2.5-pro" : "qwen-plus", "", {}],
    ],
  }),
).toString("base64url");
const modes = {
  compare: {
    path: `/compare?c=${compareSetup}`,
    input: "compare-input",
    send: "compare-send",
    ready: "[data-testid=compare-view][data-ready]",
    replies: 4,
    reply: "messages-reply",
    results: "bench/results/ui-streaming-compare.json",
  },
  messages: {
    path: "/messages",
    input: "messages-input",
    send: "messages-send",
    ready: "[data-testid=messages-conversation]",
    replies: 1,
    reply: "messages-reply",
    results: "bench/results/ui-streaming-messages.json",
    async setUp(page) {
      await page.getByTestId("messages-max-tokens").fill(maxTokens);
      if (REASONING) await page.getByTestId("messages-thinking").setChecked(true);
    },
  },
  chat: {
    path: "/chat",
    input: "chat-input",
    send: "chat-send",
    ready: "[data-testid=chat-input]",
    replies: 1,
    reply: "chat-message-assistant",
    results: "bench/results/ui-streaming.json",
    async setUp(page) {
      if (REASONING) await page.getByTestId("chat-model-input").fill("deepseek-reasoner");
    },
  },
};
const ui = modes[MODE];
if (!ui) throw new Error(`BENCH_MODE is one of ${Object.keys(modes).join(", ")}`);

const server = await startNextServer({
  port: Number(process.env.BENCH_PORT ?? 3290),
  env: { SIM_TOKENS_PER_SEC: String(TPS), SIM_FIRST_TOKEN_MS: "200" },
});
const browser = await chromium.launch(benchBrowserOptions);
try {
  const page = await probedPage(browser);
  await page.goto(`${server.url}${ui.path}`);
  await page.locator(ui.ready).waitFor();
  await ui.setUp?.(page);
  // Let the first load's work settle so only streaming is measured.
  await page.waitForTimeout(1500);
  const cdp = await page.context().newCDPSession(page);
  await cdp.send("Performance.enable");
  const before = await cdp.send("Performance.getMetrics");
  const startMark = await page.evaluate(() => {
    window.__longTasks = [];
    window.__frames = 0;
    return performance.now();
  });
  const reasoning = REASONING ? ` [sim:reasoning=${REASONING}]` : "";
  await page
    .getByTestId(ui.input)
    .fill(`Write a very long answer [sim:tokens=${TOKENS}]${reasoning} [sim:tps=${TPS}]`);
  const stopTrace = await startTrace(browser, { detailed: Boolean(TRACE) });
  const t0 = Date.now();
  await page.getByTestId(ui.send).click();
  const metricsLines = page.getByTestId("chat-metrics");
  await page.waitForFunction(
    (n) => document.querySelectorAll("[data-testid=chat-metrics]").length >= n,
    ui.replies,
    { timeout: streamSeconds * 1000 * 3 + 30_000, polling: 250 },
  );
  const wallMs = Date.now() - t0;
  const frames = await page.evaluate(() => window.__frames);
  const after = await cdp.send("Performance.getMetrics");
  // Work the settle left for later (idle callbacks, chunked renders) counts too: long tasks are read a
  // second after the reply settled.
  await page.waitForTimeout(1000);
  const tasks = await page.evaluate((mark) => window.__longTasks.filter((t) => t.start >= mark), startMark);
  const trace = await stopTrace();
  if (TRACE) await saveTrace(trace, TRACE);
  const { tasks: traced } = mainThreadTasks(traceEvents(trace));
  const traceStart = traced[0]?.ts ?? 0;
  const streamCpu = cpuSummary(traced, traceStart, traceStart + wallMs * 1000);
  const allCpu = cpuSummary(traced);
  const metric = (m, name) => m.metrics.find((x) => x.name === name)?.value ?? 0;
  const busyMs = (metric(after, "TaskDuration") - metric(before, "TaskDuration")) * 1000;
  const texts = await page.getByTestId(ui.reply).allTextContents();
  const metrics = await metricsLines.allTextContents();
  const result = {
    mode: COMPARE ? "compare (4 panes at once)" : MODE,
    panes: ui.replies,
    tokens: TOKENS,
    reasoningTokens: REASONING,
    tokensPerSecond: TPS,
    wallMs,
    replyChars: texts.map((t) => t.length),
    replyMetrics: COMPARE ? metrics : metrics.at(-1),
    longTasks: tasks.length,
    longestTaskMs: Math.round(Math.max(0, ...tasks.map((t) => t.duration))),
    totalBlockingTimeMs: Math.round(tasks.reduce((s, t) => s + Math.max(0, t.duration - 50), 0)),
    fps: Number(((frames * 1000) / wallMs).toFixed(1)),
    longTaskTotalMs: Math.round(tasks.reduce((s, t) => s + t.duration, 0)),
    // [ms after the prompt was typed, duration ms] of each long task: where in the stream they fall.
    longTaskList: tasks.map((t) => [Math.round(t.start - startMark), Math.round(t.duration)]),
    mainThreadBusyMs: Math.round(busyMs),
    mainThreadBusyShare: Number((busyMs / wallMs).toFixed(3)),
    // By the main thread's CPU time (light trace; includes the second after the settle).
    longestTaskCpuMs: Math.round(allCpu.longestCpuMs),
    tasksOver50CpuMs: allCpu.over50CpuMs,
    mainThreadCpuShare: Number((streamCpu.cpuMs / wallMs).toFixed(3)),
    // The same per 1,000 tokens streamed: comparable across runs whose stream the load slowed.
    mainThreadCpuMsPer1000Tokens: Math.round((streamCpu.cpuMs * 1000) / ((TOKENS + REASONING) * ui.replies)),
    target: "no long task over 50 ms",
  };
  result.pass = result.longestTaskMs <= 50;
  console.info(JSON.stringify(result, null, 2));
  mkdirSync("bench/results", { recursive: true });
  writeFileSync(ui.results, `${JSON.stringify({ at: new Date().toISOString(), ...result }, null, 2)}\n`);
} finally {
  await browser.close();
  server.stop();
}
