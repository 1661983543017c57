// Reads a Chromium trace (bench/ui-streaming.mjs with BENCH_TRACE=<file>) and says what the page's main
// thread did: its busy share over the trace, and for each task over `min` ms the time by trace event
// (self time: Layout, UpdateLayoutTree, FunctionCall, GC, ...) and by JS function (CPU profile samples
// inside the task; production bundles are minified, so each function is named with its chunk, line and
// column to look up).
// Tasks are picked by CPU time with `--cpu` (see trace-read.mjs), else by wall time as the long-task
// API does.
// Usage: node bench/lib/trace-tasks.mjs <trace.json> [min ms] [rows] [--cpu]
import { readFileSync } from "node:fs";
import { cpuOf, isTask, mainThreadTasks, pageMainThread } from "./trace-read.mjs";

const args = process.argv.slice(2);
const byCpu = args.includes("--cpu");
const [file, minArg, rowsArg] = args.filter((a) => a !== "--cpu");
if (!file) throw new Error("usage: node bench/lib/trace-tasks.mjs <trace.json> [min ms] [rows] [--cpu]");
const minMs = Number(minArg ?? 50);
const rows = Number(rowsArg ?? 12);
const raw = JSON.parse(readFileSync(file, "utf8"));
const events = Array.isArray(raw) ? raw : raw.traceEvents;

const { onMain, tasks: top } = mainThreadTasks(events);
const cpu = cpuOf;
const first = onMain[0]?.ts ?? 0;
const end = onMain.reduce((m, e) => Math.max(m, e.ts + e.dur), first);
const span = end - first;
const busy = top.reduce((s, t) => s + t.dur, 0);
const busyCpu = top.reduce((s, t) => s + cpu(t), 0);
const ms = (us) => (us / 1000).toFixed(1);
const pct = (us) => `${((us / span) * 100).toFixed(1)} %`;
const length = byCpu ? cpu : (t) => t.dur;
const long = top.filter((t) => length(t) > minMs * 1000);
console.info(
  `trace ${ms(span)} ms; main thread busy ${ms(busy)} ms wall (${pct(busy)}), ${ms(busyCpu)} ms CPU (${pct(busyCpu)}); ` +
    `${top.length} tasks, ${long.length} over ${minMs} ms ${byCpu ? "CPU" : "wall"}; ` +
    `longest CPU ${ms(top.reduce((m, t) => Math.max(m, cpu(t)), 0))} ms, longest wall ${ms(top.reduce((m, t) => Math.max(m, t.dur), 0))} ms`,
);

// The CPU profile of the renderer's main isolate: the Profile/ProfileChunk events of this pid.
const main = pageMainThread(events);
const profiles = new Map();
for (const e of events) {
  if (e.pid !== main.pid || (e.name !== "Profile" && e.name !== "ProfileChunk")) continue;
  const p = profiles.get(e.id) ?? { start: 0, nodes: new Map(), samples: [] };
  profiles.set(e.id, p);
  if (e.name === "Profile") p.start = e.args.data.startTime;
  const data = e.args?.data?.cpuProfile;
  if (!data) continue;
  for (const n of data.nodes ?? []) p.nodes.set(n.id, n);
  const deltas = e.args.data.timeDeltas ?? [];
  (data.samples ?? []).forEach((id, i) => {
    p.samples.push({ id, delta: deltas[i] ?? 0 });
  });
}
const profile = [...profiles.values()].sort((a, b) => b.samples.length - a.samples.length)[0];
const samples = [];
if (profile) {
  let t = profile.start;
  for (const s of profile.samples) {
    t += s.delta;
    samples.push({ t, id: s.id });
  }
}
const frameName = (n) => {
  const f = n.callFrame;
  const url = (f.url ?? "").replace(/^.*\/_next\/static\//, "");
  return url
    ? `${f.functionName || "(anon)"} ${url}:${f.lineNumber + 1}:${f.columnNumber + 1}`
    : f.functionName;
};

const table = (m) =>
  [...m]
    .filter(([, us]) => us >= 100)
    .sort((a, b) => b[1] - a[1])
    .slice(0, rows)
    .map(([k, us]) => `    ${ms(us).padStart(7)} ms  ${k}`)
    .join("\n");

for (const task of long) {
  const inside = onMain.filter(
    (e) => e !== task && !isTask(e) && e.ts >= task.ts && e.ts + e.dur <= task.ts + task.dur,
  );
  // Self time per event name: each event's duration minus its direct children's.
  const self = new Map();
  const stack = [];
  for (const e of inside) {
    while (stack.length && e.ts >= stack.at(-1).ts + stack.at(-1).dur) stack.pop();
    const parent = stack.at(-1);
    if (parent) self.set(parent.name, (self.get(parent.name) ?? 0) - cpu(e));
    self.set(e.name, (self.get(e.name) ?? 0) + cpu(e));
    stack.push(e);
  }
  const selfJs = new Map();
  let prev = task.ts;
  for (const s of samples) {
    if (s.t < task.ts) {
      prev = s.t;
      continue;
    }
    if (s.t > task.ts + task.dur) break;
    const dt = s.t - prev;
    prev = s.t;
    const node = profile.nodes.get(s.id);
    if (!node) continue;
    const name = frameName(node);
    if (name === "(idle)" || name === "(program)") continue;
    selfJs.set(name, (selfJs.get(name) ?? 0) + dt);
  }
  console.info(`\ntask at ${ms(task.ts - first)} ms: ${ms(task.dur)} ms wall, ${ms(cpu(task))} ms CPU`);
  console.info(`  by trace event (self CPU):\n${table(self)}`);
  console.info(`  by JS function (self, sampled):\n${table(selfJs)}`);
}
