#!/usr/bin/env node
// Load test: N concurrent clients stream chats through the proxy (`next start`, remote mode, the
// standalone simulator over HTTP) for S seconds, then the same with clients that abort half-way.
// Every stream is checked against a direct, non-proxied reference from the simulator: same deltas in
// the same order (a lost or reordered chunk changes the sequence), `sim_sent_at` stamps never going
// back, and a [DONE]. Reports server memory (RSS of the server's process group) before and after, and
// how many upstream streams were still open after the abort run (leaked upstream connections).
// With --instances N (issue #22) the app runs as the container image does (the Dockerfile's files,
// `node server.js`, scripts/standalone-app.mjs), N instances on TEST_DATABASE_URL when it is set, the
// clients spread over them round-robin as a load balancer would; memory is reported per instance.
//   node bench/load-streams.mjs [--seconds 60] [--clients 200] [--port-base 7250] [--instances 2]
//                               [--settle-seconds 20] [--json out.json]
// Needs a build (`next build`, folder from NEXT_DIST_DIR). Exit 1 when any check fails.
import { spawn } from "node:child_process";
import { readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { Agent, request } from "node:http";
import { setTimeout as sleep } from "node:timers/promises";
import { parseArgs } from "node:util";
import { assembleStandalone, startStandalone } from "../scripts/standalone-app.mjs";

const { values } = parseArgs({
  options: {
    seconds: { type: "string", default: "60" },
    clients: { type: "string", default: "200" },
    "port-base": { type: "string", default: "7250" },
    json: { type: "string" },
    instances: { type: "string" },
    "settle-seconds": { type: "string", default: "20" },
  },
});
const SECONDS = Number(values.seconds);
const CLIENTS = Number(values.clients);
const PORT_BASE = Number(values["port-base"]);
// How long memory may settle after each phase (the lowest reading counts). CI's short run uses less:
// its 10-second phases leave less garbage to give back than the full run's.
const SETTLE_SECONDS = Number(values["settle-seconds"]);
const SIM = `http://127.0.0.1:${PORT_BASE}`;
// Without --instances: one `next start`, as before. With it: N standalone server.js instances.
const INSTANCES = values.instances === undefined ? 0 : Number(values.instances);
const KEY = "sk-simLoadTest0001";
const PROMPT = "load test: count the chunks [sim:tps=100] [sim:stamp]";
// Kept-alive connections, one per client at a time, like browsers.
const agent = new Agent({ keepAlive: true, maxSockets: Number.POSITIVE_INFINITY });

/** POSTs a chat body; resolves with the response (an async iterable of chunks). `abort()` drops it. */
function post(base, path) {
  let req;
  const promise = new Promise((resolve, reject) => {
    req = request(
      `${base}${path}`,
      {
        method: "POST",
        agent,
        headers: { "content-type": "application/json", authorization: `Bearer ${KEY}` },
      },
      resolve,
    );
    req.on("error", reject);
    req.end(body());
  });
  return { promise, abort: () => req.destroy(), reused: () => req.reusedSocket };
}

const procs = [];
const cleanups = [];
function start(cmd, args, env) {
  const child = spawn(cmd, args, { env: { ...process.env, ...env }, stdio: "ignore", detached: true });
  procs.push(child);
  return child;
}
function stopAll() {
  for (const cleanup of cleanups.splice(0)) cleanup();
  for (const c of procs) {
    try {
      if (c.pid !== undefined && c.exitCode === null) process.kill(-c.pid, "SIGTERM");
    } catch {
      // gone already
    }
  }
}
process.on("exit", stopAll);
process.on("SIGINT", () => process.exit(130));
process.on("SIGTERM", () => process.exit(143));

async function waitUp(url) {
  for (let i = 0; i < 240; i++) {
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // not yet
    }
    await sleep(250);
  }
  throw new Error(`${url} did not come up`);
}

/** Resident memory of one process, in MB. */
function pidRssMb(pid) {
  const m = /VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, "utf8"));
  return m ? Math.round(Number(m[1]) / 1024) : 0;
}

/** Resident memory of every process in the server's process group, in MB. */
function groupRssMb(pgid) {
  let kb = 0;
  for (const pid of readdirSync("/proc").filter((d) => /^\d+$/.test(d))) {
    try {
      const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
      const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
      if (Number(fields[2]) !== pgid) continue;
      const m = /VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, "utf8"));
      if (m) kb += Number(m[1]);
    } catch {
      // exited meanwhile
    }
  }
  return Math.round(kb / 1024);
}

/** Reads one SSE stream; returns the content deltas, stamps, whether [DONE] came. Stops after `stopAfter` deltas. */
async function readStream(res, stopAfter, abort) {
  const deltas = [];
  const stamps = [];
  let done = false;
  let buf = "";
  const decoder = new TextDecoder();
  for await (const chunk of res) {
    buf += decoder.decode(chunk, { stream: true });
    let nl = buf.indexOf("\n");
    while (nl !== -1) {
      const line = buf.slice(0, nl).trim();
      buf = buf.slice(nl + 1);
      nl = buf.indexOf("\n");
      if (!line.startsWith("data:")) continue;
      const data = line.slice(5).trim();
      if (data === "[DONE]") {
        done = true;
        continue;
      }
      const obj = JSON.parse(data);
      if (obj.error) throw new Error(`stream error: ${obj.error.message}`);
      stamps.push(obj.sim_sent_at);
      const d = obj.choices?.[0]?.delta;
      deltas.push(`${d?.reasoning_content ?? ""}${d?.content ?? ""}`);
      if (deltas.length >= stopAfter) {
        abort();
        return { deltas, stamps, done };
      }
    }
  }
  return { deltas, stamps, done };
}

function body() {
  return JSON.stringify({
    model: "gpt-4o-mini",
    stream: true,
    messages: [{ role: "user", content: PROMPT }],
  });
}

async function reference() {
  const { promise, abort } = post(SIM, "/v1/chat/completions");
  const r = await readStream(await promise, Number.POSITIVE_INFINITY, abort);
  if (!r.done || r.deltas.length < 20) throw new Error("reference stream incomplete");
  return r.deltas;
}

async function phase(name, ref, apps, { abortHalf }) {
  const stats = {
    name,
    streams: 0,
    chunks: 0,
    errors: 0,
    lost: 0,
    reordered: 0,
    missingDone: 0,
    keepAliveRetries: 0,
    firstErrors: [],
  };
  const until = Date.now() + SECONDS * 1000;
  const half = Math.floor(ref.length / 2);
  // Each client talks to one instance, round-robin over them (a balancer without sticky sessions).
  async function client(_, i) {
    const app = apps[i % apps.length].url;
    while (Date.now() < until) {
      const { promise, abort, reused } = post(app, "/api/apigo/v1/chat/completions");
      let aborted = false;
      let answered = false;
      const stop = () => {
        aborted = true;
        abort();
      };
      try {
        const res = await promise;
        answered = true;
        if (res.statusCode !== 200) {
          let text = "";
          for await (const c of res) text += c;
          throw new Error(`status ${res.statusCode}: ${text.slice(0, 200)}`);
        }
        const r = await readStream(res, abortHalf ? half : Number.POSITIVE_INFINITY, stop);
        stats.streams += 1;
        stats.chunks += r.deltas.length;
        const want = abortHalf ? ref.slice(0, half) : ref;
        if (r.deltas.length < want.length) stats.lost += want.length - r.deltas.length;
        else if (r.deltas.join("\u0000") !== want.join("\u0000")) stats.reordered += 1;
        if (r.stamps.some((s, i) => i > 0 && s < r.stamps[i - 1])) stats.reordered += 1;
        if (!abortHalf && !r.done) stats.missingDone += 1;
      } catch (err) {
        if (aborted && abortHalf) continue;
        // Node's documented keep-alive race: the server closed an idle kept-alive socket just as the
        // client reused it, before any answer. Browsers retry these too; counted, not hidden.
        if (!answered && reused()) {
          stats.keepAliveRetries += 1;
          continue;
        }
        stats.errors += 1;
        if (stats.firstErrors.length < 5) stats.firstErrors.push(String(err?.message ?? err));
      }
    }
  }
  await Promise.all(Array.from({ length: CLIENTS }, client));
  return stats;
}

async function openUpstreamStreams() {
  const log = await (await fetch(`${SIM}/__sim/log`)).json();
  return log.filter((e) => e.outcome === "open").length;
}

/** The app under test: one `next start`, or `count` standalone instances (what the image runs). */
async function startApps(count) {
  const appEnv = { APIGO_BASE_URL: SIM };
  if (count === 0) {
    const url = `http://127.0.0.1:${PORT_BASE + 1}`;
    const child = start("npx", ["next", "start", "-p", String(PORT_BASE + 1)], appEnv);
    await waitUp(`${url}/api/health`);
    return [{ url, rss: () => groupRssMb(child.pid) }];
  }
  if (process.env.TEST_DATABASE_URL) appEnv.DATABASE_URL = process.env.TEST_DATABASE_URL;
  const dir = assembleStandalone();
  const apps = await Promise.all(
    Array.from({ length: count }, (_, i) => startStandalone({ dir, port: PORT_BASE + 1 + i, env: appEnv })),
  );
  cleanups.push(() => {
    for (const app of apps) app.stop("SIGKILL");
    rmSync(dir, { recursive: true, force: true });
  });
  return apps.map((app) => ({ url: app.url, rss: () => pidRssMb(app.pid) }));
}

async function main() {
  const simEnv = { SIM_PORT: String(PORT_BASE), SIM_FIRST_TOKEN_MS: "50", SIM_TOKENS_PER_SEC: "100" };
  start("npx", ["tsx", "lib/sim/cli.ts"], simEnv);
  const [apps] = await Promise.all([startApps(INSTANCES), waitUp(`${SIM}/__sim/log`)]);
  const ref = await reference();
  // Warm up (JIT, connection pools) before the baseline.
  await Promise.all(
    Array.from({ length: 10 * apps.length }, async (_, i) => {
      const { promise, abort } = post(apps[i % apps.length].url, "/api/apigo/v1/chat/completions");
      await readStream(await promise, Number.POSITIVE_INFINITY, abort);
    }),
  );
  await sleep(3000);
  const rssAll = () => apps.map((app) => app.rss());
  const perInstance = { baseline: rssAll() };
  // The servers' resident memory once they have settled after a phase (V8 gives memory back over idle
  // GCs): the lowest reading over SETTLE_SECONDS, per instance.
  const settled = async () => {
    const low = apps.map(() => Number.POSITIVE_INFINITY);
    for (let i = 0; i < SETTLE_SECONDS; i++) {
      await sleep(1000);
      for (const [j, mb] of rssAll().entries()) low[j] = Math.min(low[j], mb);
    }
    return low;
  };
  const t0 = Date.now();
  const full = await phase("full streams", ref, apps, { abortHalf: false });
  const fullSecs = (Date.now() - t0) / 1000;
  perInstance.afterFull = await settled();
  const aborted = await phase("abort half-way", ref, apps, { abortHalf: true });
  perInstance.afterAbort = await settled();
  const openAfter = await openUpstreamStreams();
  const sum = (list) => list.reduce((a, b) => a + b, 0);
  const rss = {
    baseline: sum(perInstance.baseline),
    afterFull: sum(perInstance.afterFull),
    afterAbort: sum(perInstance.afterAbort),
  };
  // V8 keeps some heap it grew into; "back to baseline" allows that slack but not a leak that grows
  // with the number of streams (each leaked upstream stream holds sockets and buffers).
  const slackMb = Math.max(96, rss.baseline * 0.5);
  const result = {
    seconds: SECONDS,
    clients: CLIENTS,
    referenceChunks: ref.length,
    full: {
      ...full,
      streamsPerSec: Math.round(full.streams / fullSecs),
      chunksPerSec: Math.round(full.chunks / fullSecs),
    },
    aborted,
    rssMb: rss,
    ...(INSTANCES > 0 ? { instances: INSTANCES, rssMbPerInstance: perInstance } : {}),
    openUpstreamAfterAbort: openAfter,
    slackMb,
  };
  const failures = [];
  for (const p of [full, aborted]) {
    if (p.errors) failures.push(`${p.name}: ${p.errors} errors (${p.firstErrors.join(" | ")})`);
    if (p.lost) failures.push(`${p.name}: ${p.lost} lost chunks`);
    if (p.reordered) failures.push(`${p.name}: ${p.reordered} reordered streams`);
    if (p.missingDone) failures.push(`${p.name}: ${p.missingDone} streams without [DONE]`);
    if (p.streams === 0) failures.push(`${p.name}: no stream completed`);
  }
  if (openAfter > 0) failures.push(`${openAfter} upstream streams still open after the abort run`);
  // The abort phase starts where the full phase left the heap: it must end there (or lower), not grow
  // by what each abandoned stream would hold if its upstream leaked.
  if (rss.afterAbort - Math.max(rss.afterFull, rss.baseline) > slackMb)
    failures.push(`memory did not return: ${rss.afterFull} -> ${rss.afterAbort} MB over the abort phase`);
  console.info(JSON.stringify(result, null, 2));
  if (values.json) writeFileSync(values.json, JSON.stringify({ ...result, failures }, null, 2));
  if (failures.length) {
    console.error(`load-streams FAILED:\n- ${failures.join("\n- ")}`);
    process.exitCode = 1;
  } else {
    console.info(
      `load-streams OK: ${full.streams} full + ${aborted.streams} aborted streams, 0 errors, 0 lost/reordered chunks; RSS ${rss.baseline} -> ${rss.afterFull} -> ${rss.afterAbort} MB`,
    );
    for (const [i, mb] of perInstance.baseline.entries())
      console.info(
        `  instance ${i + 1}: RSS ${mb} -> ${perInstance.afterFull[i]} -> ${perInstance.afterAbort[i]} MB`,
      );
  }
}

main()
  .catch((err) => {
    console.error(err);
    process.exitCode = 1;
  })
  .finally(stopAll);
