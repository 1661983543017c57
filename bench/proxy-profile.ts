// The proxy phases of `npm run bench` alone, for working on lib/server/proxy.ts: our proxy against the
// bare Next route (and the node:http pipe) in the same run, as ratios. Needs built .next-bench and
// bench/bare-next/.next-bare (`npm run bench` once, or `next build` with NEXT_DIST_DIR=.next-bench).
//
//   node --import tsx bench/proxy-profile.ts [--runs 3] [--requests 200] [--no-range] [--no-rps]
//   node --import tsx bench/proxy-profile.ts --range-only     # the Range downloads alone
//   node --import tsx bench/proxy-profile.ts --cpu-prof   # + V8 CPU profile of our next-server
//
// --cpu-prof writes bench/.cache/prof/*.cpuprofile (open in Chrome DevTools > Performance, or
// summarise with `node bench/lib/prof-top.mjs <file>`).
import { mkdirSync } from "node:fs";
import { call, chatBody } from "./lib/http";
import { machine, serverPid, startProcess, stopAll, stopProcess, waitForUrl } from "./lib/procs";
import { Runs } from "./lib/report";
import { percentile, round, spread } from "./lib/stats";
import { chatUrl, PORTS, type Target } from "./lib/targets";
import { runOverhead } from "./parts/overhead";
import { runRangePhase } from "./parts/range-phase";

const argv = process.argv.slice(2);
const num = (flag: string, dflt: number) => {
  const i = argv.indexOf(flag);
  return i >= 0 ? Number(argv[i + 1]) : dflt;
};
const runCount = num("--runs", 3);
const requests = num("--requests", 200);
const LOGS = "bench/.cache/logs";
const PROF = "bench/.cache/prof";
const NODE = process.execPath;
const NEXT = "node_modules/next/dist/bin/next";
const sim = `http://127.0.0.1:${PORTS.sim}`;

async function rps(t: Target, runs: Runs, clients = 50, durationMs = 4000): Promise<void> {
  const body = chatBody({ stream: false, prompt: "bench rps", maxTokens: 50 });
  const until = performance.now() + durationMs;
  const lat: number[] = [];
  const start = performance.now();
  await Promise.all(
    Array.from({ length: clients }, async () => {
      while (performance.now() < until) {
        const r = await call({ url: t.chatUrl, body });
        if (r.status !== 200) throw new Error(`${t.name}: rps status ${r.status}`);
        lat.push(r.total);
      }
    }),
  );
  runs.add(`${t.name}.rps`, lat.length / ((performance.now() - start) / 1000));
  runs.add(`${t.name}.rpsLatency.p99`, percentile(lat, 99));
}

async function main(): Promise<void> {
  mkdirSync(LOGS, { recursive: true });
  mkdirSync(PROF, { recursive: true });
  // Node refuses --cpu-prof in NODE_OPTIONS and `next start` serves from a child: run Next in-process.
  const profiled = argv.includes("--cpu-prof");
  const oursArgs = (port: number) =>
    profiled
      ? ["--cpu-prof", `--cpu-prof-dir=${PROF}`, "bench/servers/next-prof.cjs", String(port)]
      : [NEXT, "start", "-p", String(port)];
  const runs = new Runs();
  const loads: number[] = [];
  const appEnv = {
    NEXT_DIST_DIR: ".next-bench",
    APIGO_BASE_URL: sim,
    NEXT_TELEMETRY_DISABLED: "1",
    APIGO_SERVER_KEY: "",
    ACCESS_CODE: "",
  };
  if (!argv.includes("--range-only")) await proxyPhases(runs, loads, appEnv, oursArgs);
  if (!argv.includes("--no-range")) {
    loads.push(machine().load1);
    await runRangePhase(appEnv, runCount, runs, LOGS, profiled ? oursArgs : undefined);
  }
  await stopAll();
  report(runs, loads);
}

async function proxyPhases(
  runs: Runs,
  loads: number[],
  appEnv: Record<string, string>,
  oursArgs: (port: number) => string[],
): Promise<void> {
  const simProc = startProcess("sim", NODE, ["--import", "tsx", "lib/sim/cli.ts"], {
    env: { SIM_PORT: String(PORTS.sim), SIM_FIRST_TOKEN_MS: "10", SIM_TOKENS_PER_SEC: "1000" },
    logDir: LOGS,
  });
  const pipe = startProcess("pipe", NODE, ["bench/servers/pipe.mjs", String(PORTS.pipe)], {
    env: { BENCH_UPSTREAM: sim },
    logDir: LOGS,
  });
  const bare = startProcess("bare", NODE, [NEXT, "start", "bench/bare-next", "-p", String(PORTS.bare)], {
    env: { BENCH_UPSTREAM: sim, NEXT_DIST_DIR: ".next-bare", NEXT_TELEMETRY_DISABLED: "1" },
    logDir: LOGS,
  });
  const ours = startProcess("ours", NODE, oursArgs(PORTS.ours), {
    env: { ...appEnv, NODE_ENV: "production" },
    logDir: LOGS,
  });
  await waitForUrl(`${sim}/__sim/log`, 60_000, simProc);
  await waitForUrl(`http://127.0.0.1:${PORTS.pipe}/__sim/log`, 30_000, pipe);
  await waitForUrl(`http://127.0.0.1:${PORTS.bare}/`, 60_000, bare);
  await waitForUrl(`http://127.0.0.1:${PORTS.ours}/api/health`, 60_000, ours);
  const targets: Target[] = [
    { name: "direct", chatUrl: chatUrl("direct", PORTS.sim) },
    { name: "pipe", chatUrl: chatUrl("pipe", PORTS.pipe), pid: pipe.pid },
    { name: "bare", chatUrl: chatUrl("bare", PORTS.bare), pid: serverPid(bare.pid) },
    { name: "ours", chatUrl: chatUrl("ours", PORTS.ours), pid: serverPid(ours.pid) },
  ];
  for (let i = 0; i < runCount; i++) {
    loads.push(machine().load1);
    console.info(`run ${i + 1}/${runCount} (load ${loads.at(-1)})`);
    await runOverhead(targets, { requests, streams: 10, tokens: 200, tps: 200 }, runs, i === 0);
    if (!argv.includes("--no-rps")) {
      // Alternate the order so neither server always runs right after the other's burst.
      const pair = targets.filter((t) => t.name === "bare" || t.name === "ours");
      for (const t of i % 2 ? pair.reverse() : pair) await rps(t, runs);
      runs.add("ours.vsBare.rps", runs.last("ours.rps") / runs.last("bare.rps"));
    }
  }
  for (const s of [ours, bare, pipe, simProc]) await stopProcess(s);
}

function report(runs: Runs, loads: number[]): void {
  const show = (label: string, key: string) => {
    const cells = ["pipe", "bare", "pull", "ours"].map((n) => {
      const s = runs.get(`${n}.${key}`);
      return `${n} ${s ? `${round(s.median)} [${round(s.min)}..${round(s.max)}]` : "-"}`;
    });
    console.info(`${label.padEnd(28)} ${cells.join(" | ")}`);
  };
  const ratio = (label: string, key: string) => {
    const s = runs.get(key);
    console.info(`${label.padEnd(28)} ${s ? `${round(s.median)} [${round(s.min)}..${round(s.max)}]` : "-"}`);
  };
  const l = spread(loads);
  console.info(`\nproxy profile: ${runCount} run(s), ${requests} requests/path/run, load ${l.min}..${l.max}`);
  show("added TTFB p50 ms", "added.ttfb.p50");
  show("added TTFT p50 ms", "added.ttft.p50");
  show("added chunk lag p50 ms", "added.chunkLag.p50");
  show("CPU/request ms", "cpuPerRequest");
  show("CPU/stream ms", "cpuPerStream");
  show("CPU/1000 chunks ms", "cpuPer1000Chunks");
  show("req/s at 50 clients", "rps");
  show("Range whole / direct", "range.whole.ratio");
  show("Range 1 MiB / direct", "range.1MiB.ratio");
  show("Range CPU ms per MiB", "range.cpuPerMiB");
  ratio("ours-bare TTFT p50 ms", "ours.vsBare.ttft.p50");
  ratio("ours/bare CPU/request", "ours.vsBare.cpuPerRequest");
  ratio("ours/bare CPU/1000 chunks", "ours.vsBare.cpuPer1000Chunks");
  ratio("ours/bare req/s", "ours.vsBare.rps");
}

process.on("SIGINT", () => void stopAll().then(() => process.exit(130)));
main()
  .catch((err: unknown) => {
    console.error(err instanceof Error ? err.stack : err);
    process.exitCode = 1;
  })
  .finally(() => stopAll());
