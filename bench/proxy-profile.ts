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
import { machine, stopAll } from "./lib/procs";
import { NEXT, OURS_ENV, startProxyServers } from "./lib/proxy-servers";
import { Runs } from "./lib/report";
import { percentile, round, spread } from "./lib/stats";
import type { Target } from "./lib/targets";
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
  if (!argv.includes("--range-only")) await proxyPhases(runs, loads, oursArgs);
  if (!argv.includes("--no-range")) {
    loads.push(machine().load1);
    await runRangePhase(OURS_ENV, runCount, runs, LOGS, profiled ? oursArgs : undefined);
  }
  await stopAll();
  report(runs, loads);
}

async function proxyPhases(runs: Runs, loads: number[], oursArgs: (port: number) => string[]): Promise<void> {
  const { targets, stop } = await startProxyServers(LOGS, oursArgs);
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
  await stop();
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
