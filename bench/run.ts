// npm run bench [-- --quick] [-- --skip-build] [-- --runs N]
// Builds the app and a bare Next.js pipe app, starts the simulator, a node:http pipe, the bare app and
// our app, measures proxy overhead, throughput, memory, Range downloads and page weight, prints one
// table and writes it as JSON under bench/results/. Stops everything it started.
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { isBuilt, nextBuild } from "./lib/build";
import { BENCH_KEY } from "./lib/http";
import { machine, startProcess, stopAll, stopProcess, waitForUrl } from "./lib/procs";
import { NEXT, OURS_ENV, startProxyServers } from "./lib/proxy-servers";
import { formatTable, type Row, Runs } from "./lib/report";
import { externalRows, overheadRows, pageWeightRows, throughputRows } from "./lib/rows";
import { spread } from "./lib/stats";
import { PORTS } from "./lib/targets";
import { runExternal } from "./parts/external";
import { runOverhead } from "./parts/overhead";
import { runPageWeight } from "./parts/page-weight";
import { runRangePhase } from "./parts/range-phase";
import { runThroughput } from "./parts/throughput";

const argv = process.argv.slice(2);
const quick = argv.includes("--quick");
const runsArg = argv.indexOf("--runs");
const runCount = runsArg >= 0 ? Math.max(1, Number(argv[runsArg + 1])) : quick ? 1 : 3;
const plan = quick
  ? { requests: 100, streams: 10, tokens: 200, tps: 200, clients: 50, durationMs: 3000, many: 200, open: 500 }
  : {
      requests: 300,
      streams: 20,
      tokens: 500,
      tps: 100,
      clients: 50,
      durationMs: 5000,
      many: 200,
      open: 500,
    };
const RESULTS = "bench/results";
const LOGS = "bench/.cache/logs";
const NODE = process.execPath;

async function main(): Promise<void> {
  mkdirSync(RESULTS, { recursive: true });
  mkdirSync(LOGS, { recursive: true });
  const began = Date.now();
  const host = { ...machine(), node: process.version, at: new Date().toISOString() };
  if (argv.includes("--skip-build") && isBuilt(".next-bench") && isBuilt("bench/bare-next/.next-bare")) {
    console.info("--skip-build: using the existing .next-bench and bench/bare-next/.next-bare");
  } else {
    nextBuild("the playground", ".next-bench", LOGS);
    nextBuild("the bare Next.js pipe", ".next-bare", LOGS, "bench/bare-next");
  }

  const { targets, stop } = await startProxyServers(LOGS);
  const runs = new Runs();
  const loads: number[] = [];
  for (let i = 0; i < runCount; i++) {
    console.info(`run ${i + 1}/${runCount}: proxy overhead ...`);
    loads.push(machine().load1);
    await runOverhead(targets, plan, runs, i === 0);
    console.info(`run ${i + 1}/${runCount}: throughput and memory ...`);
    await runThroughput(
      targets,
      { clients: plan.clients, durationMs: plan.durationMs, streams: plan.many, open: plan.open },
      runs,
    );
  }

  console.info("Range downloads ...");
  await runRangePhase(OURS_ENV, runCount, runs, LOGS);

  console.info("Page weight ...");
  const page = runPageWeight(`http://127.0.0.1:${PORTS.ours}`, runCount, RESULTS);
  console.info("UI streaming and gallery benchmarks (if present) ...");
  // Those drive the pages in a browser, so they get the app as a newcomer has it: demo mode, with the
  // embedded simulator (no key needed) at the pace their scripts expect.
  await stop("bare");
  await stop("pipe");
  const demoEnv = {
    ...OURS_ENV,
    APIGO_BASE_URL: "simulator",
    SIM_TOKENS_PER_SEC: "500",
    SIM_FIRST_TOKEN_MS: "200",
  };
  const demo = startProcess("demo", NODE, [NEXT, "start", "-p", String(PORTS.demo)], {
    env: demoEnv,
    logDir: LOGS,
  });
  await waitForUrl(`http://127.0.0.1:${PORTS.demo}/api/health`, 60_000, demo);
  const demoUrl = `http://127.0.0.1:${PORTS.demo}`;
  const extEnv = { BASE_URL: demoUrl, BENCH_BASE_URL: demoUrl, BENCH_KEY, BENCH_QUICK: quick ? "1" : "0" };
  const dirs = { results: RESULTS, logs: LOGS };
  const external = [
    { label: "ui-streaming: chat, 20,000 tokens", script: "ui-streaming.mjs", result: "ui-streaming" },
    {
      label: "ui-streaming: four compare panes at once",
      script: "ui-streaming.mjs",
      result: "ui-streaming-compare",
      env: { BENCH_MODE: "compare" },
    },
    { label: "images-gallery", script: "images-gallery.mjs", result: "images-gallery" },
    {
      label: "first visit at 1.6 Mbps / 150 ms RTT (ms from navigation; kB on the wire)",
      script: "first-visit-slow.mjs",
      result: "first-visit-slow",
    },
  ].map((spec) => runExternal(spec, extEnv, dirs, runCount));
  await stopProcess(demo);

  const rows: Row[] = [
    ...overheadRows(runs, runCount, plan.requests),
    ...throughputRows(runs, runCount, { clients: plan.clients, streams: plan.many, open: plan.open }),
    ...pageWeightRows(page.rows, spread),
    ...externalRows(external, spread),
  ];
  const load = spread(loads);
  const header = [
    `API·GO Playground benchmarks (${quick ? "quick" : "full"}, ${runCount} run(s), ${Math.round((Date.now() - began) / 1000)} s)`,
    `machine: ${host.cpu}, ${host.cores} cores, ${host.memGb} GB, Node ${host.node}; load average (1 min) during runs ${load.min}..${load.max}`,
    "cells: median [min..max] over runs; CPU from /proc/<pid>/stat (utime+stime) of the server process",
  ].join("\n");
  const table = `${header}\n${formatTable(rows)}\n`;
  console.info(`\n${table}`);
  const stamp = host.at.replace(/[:.]/g, "-");
  const json = { host, quick, runCount, plan, loads, rows, raw: runs.toJSON(), pageWeight: page, external };
  writeFileSync(join(RESULTS, `bench-${stamp}.json`), `${JSON.stringify(json, null, 2)}\n`);
  writeFileSync(join(RESULTS, "latest.json"), `${JSON.stringify(json, null, 2)}\n`);
  console.info(`written ${RESULTS}/bench-${stamp}.json (and latest.json)`);
}

process.on("SIGINT", () => void stopAll().then(() => process.exit(130)));
main()
  .catch((err: unknown) => {
    console.error(err instanceof Error ? err.stack : err);
    process.exitCode = 1;
  })
  .finally(() => stopAll());
