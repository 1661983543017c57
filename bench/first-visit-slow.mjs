#!/usr/bin/env node
// First visit on a slow connection (issue #23): Chromium with its network throttled (DevTools protocol
// Network.emulateNetworkConditions: 1.6 Mbps down, 750 kbps up, 150 ms RTT, empty cache) opens /chat and
// /compare of the demo app and records, from the navigation's start:
//   firstPaintMs / firstContentfulPaintMs  the browser's paint timings
//   composerReadyMs   the Send button is hydrated (React has attached its handlers: a click is taken)
//   sendAcceptedMs    a prompt typed and sent at that moment shows in the conversation (compare: the
//                     panes start waiting), i.e. when the composer has accepted a Send
//   replyStartedMs    chat only: the reply's first text (needs the streaming engine, loaded after load)
//   loadEventMs, jsWireKbAtLoad, allWireKbAtLoad  what it cost on the wire before the load event
//
//   node bench/first-visit-slow.mjs [--runs N] [--json FILE]
// Against BENCH_BASE_URL / BASE_URL when set (npm run bench passes its demo app), else it starts
// `next start` in demo mode from the current build on BENCH_PORT (7108). Writes
// bench/results/first-visit-slow.json (medians; every run under `runs`) and prints a table.
import { mkdirSync, writeFileSync } from "node:fs";
import { chromium } from "@playwright/test";
import { startNextServer } from "./lib/next-server.mjs";
import { LAUNCH } from "./lib/page-weight.mjs";
import { isScript, recordWire, wireSum } from "./lib/wire.mjs";

const args = process.argv.slice(2);
const opt = (name) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
};
const runs = Math.max(1, Number(opt("--runs") ?? 1));
const out = opt("--json") ?? "bench/results/first-visit-slow.json";

/** 1.6 Mbps down, 750 kbps up (bytes per second), 150 ms round trip. */
export const SLOW = { latency: 150, downloadThroughput: 1_600_000 / 8, uploadThroughput: 750_000 / 8 };

const PAGES = {
  "/chat": {
    input: "chat-input",
    send: "chat-send",
    accepted: "[data-testid=chat-message-user]",
    reply: "[data-testid=chat-message-assistant]",
  },
  "/compare": {
    input: "compare-input",
    send: "compare-send",
    accepted: "[data-testid=compare-stop-all], [data-testid=pane-waiting]",
  },
};

/** Milliseconds since the navigation started, in the page, once `selector` is in the DOM. */
const atSelector = (page, selector, timeout) =>
  page
    .waitForFunction((s) => document.querySelector(s) && performance.now(), selector, {
      polling: "raf",
      timeout,
    })
    .then((h) => h.jsonValue());

async function visit(browser, base, path) {
  const spec = PAGES[path];
  const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
  const page = await context.newPage();
  const wire = await recordWire(page, SLOW);
  const timeout = 120_000;
  await page.goto(new URL(path, base).toString(), { waitUntil: "commit", timeout });
  // Hydrated = React's props object is on the button: from then on a click runs our handler, not a
  // native form submit.
  const composerReadyMs = await page
    .waitForFunction(
      (id) => {
        const el = document.querySelector(`[data-testid=${id}]`);
        return el && Object.keys(el).some((k) => k.startsWith("__reactProps")) && performance.now();
      },
      spec.send,
      { polling: "raf", timeout },
    )
    .then((h) => h.jsonValue());
  await page.getByTestId(spec.input).fill("Hello over a slow line");
  await page.getByTestId(spec.send).click();
  const sendAcceptedMs = await atSelector(page, spec.accepted, timeout);
  const replyStartedMs = spec.reply ? await atSelector(page, spec.reply, timeout) : undefined;
  await page.waitForLoadState("load", { timeout });
  const timing = await page.evaluate(() => ({
    firstPaintMs: performance.getEntriesByName("first-paint")[0]?.startTime,
    firstContentfulPaintMs: performance.getEntriesByName("first-contentful-paint")[0]?.startTime,
    loadEventMs: performance.getEntriesByType("navigation")[0]?.loadEventStart,
  }));
  const entries = wire.entries().filter((e) => e.atLoad);
  const result = {
    ...timing,
    composerReadyMs,
    sendAcceptedMs,
    ...(replyStartedMs === undefined ? {} : { replyStartedMs }),
    jsWireKbAtLoad: wireSum(entries.filter(isScript)).kb,
    allWireKbAtLoad: wireSum(entries).kb,
  };
  await wire.detach();
  await context.close();
  return result;
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor((xs.length - 1) / 2)];

async function main() {
  const base = process.env.BENCH_BASE_URL ?? process.env.BASE_URL;
  const server = base
    ? { url: base, stop: () => {} }
    : await startNextServer({
        port: Number(process.env.BENCH_PORT ?? 7108),
        // Demo mode (embedded simulator): what a newcomer opens.
        env: { APIGO_BASE_URL: "simulator", APIGO_SERVER_KEY: "", ACCESS_CODE: "" },
      });
  // The first render of each page after a start is slow on the server side: not what is measured here.
  for (const path of Object.keys(PAGES)) await (await fetch(new URL(path, server.url))).text();
  const browser = await chromium.launch(LAUNCH);
  const all = {};
  try {
    for (let i = 0; i < runs; i++)
      for (const path of Object.keys(PAGES))
        all[path] = [...(all[path] ?? []), await visit(browser, server.url, path)];
  } finally {
    await browser.close();
    server.stop();
  }
  const pages = {};
  for (const [path, list] of Object.entries(all)) {
    const keys = Object.keys(list[0] ?? {});
    pages[path] = Object.fromEntries(
      keys.map((k) => [k, Math.round(median(list.map((r) => r[k])) * 10) / 10]),
    );
  }
  console.info("First visit, 1.6 Mbps / 150 ms RTT, empty cache (ms from navigation start; kB on the wire)");
  const keys = [...new Set(Object.values(pages).flatMap((p) => Object.keys(p)))];
  console.info(
    `${"".padEnd(24)}${Object.keys(pages)
      .map((p) => p.padStart(10))
      .join("")}`,
  );
  for (const k of keys)
    console.info(
      `${k.padEnd(24)}${Object.values(pages)
        .map((p) => String(p[k] ?? "-").padStart(10))
        .join("")}`,
    );
  mkdirSync("bench/results", { recursive: true });
  writeFileSync(out, `${JSON.stringify({ pages, conditions: SLOW, runs, all }, null, 2)}\n`);
}

main().catch((err) => {
  console.error(err);
  process.exitCode = 1;
});
