// Proxy overhead: the same requests sent direct to the simulator, through a plain node:http pipe,
// through a bare Next.js route handler and through our proxy, interleaved so load swings hit all alike.
import { call, chatBody, streamChat } from "../lib/http";
import { cpuMs } from "../lib/procs";
import type { Runs } from "../lib/report";
import { percentile } from "../lib/stats";
import type { Target } from "../lib/targets";

export interface OverheadOptions {
  requests: number;
  /** Concurrent streams and tokens per stream for the per-chunk delay and CPU-per-chunk phase. */
  streams: number;
  tokens: number;
  tps: number;
}

const NON_STREAM = chatBody({ stream: false, prompt: "bench non-stream [sim:stamp]", maxTokens: 50 });
const SHORT_STREAM = chatBody({ stream: true, prompt: "bench ttft [sim:stamp]", maxTokens: 3 });

function push(m: Map<string, number[]>, key: string, v: number): void {
  const list = m.get(key);
  if (list) list.push(v);
  else m.set(key, [v]);
}

function rotated<T>(list: readonly T[], by: number): T[] {
  const k = by % list.length;
  return [...list.slice(k), ...list.slice(0, k)];
}

async function warmUp(targets: readonly Target[]): Promise<void> {
  for (let i = 0; i < 20; i++) {
    for (const t of targets) {
      await call({ url: t.chatUrl, body: NON_STREAM });
      await streamChat(t.chatUrl, SHORT_STREAM);
    }
  }
}

/** Sequential non-streamed requests: time to first byte, total time, server CPU per request. */
async function nonStream(targets: readonly Target[], n: number, runs: Runs): Promise<void> {
  const ttfb = new Map<string, number[]>();
  const total = new Map<string, number[]>();
  const cpu0 = new Map(targets.map((t) => [t.name, t.pid ? cpuMs(t.pid) : 0]));
  for (let i = 0; i < n; i++) {
    for (const t of rotated(targets, i)) {
      const r = await call({ url: t.chatUrl, body: NON_STREAM });
      if (r.status !== 200) throw new Error(`${t.name}: non-stream status ${r.status}`);
      push(ttfb, t.name, r.ttfb);
      push(total, t.name, r.total);
    }
  }
  for (const t of targets) {
    for (const [key, m] of [
      ["ttfb", ttfb],
      ["total", total],
    ] as const) {
      const v = m.get(t.name) ?? [];
      runs.add(`${t.name}.${key}.p50`, percentile(v, 50));
      runs.add(`${t.name}.${key}.p99`, percentile(v, 99));
    }
    if (t.pid) runs.add(`${t.name}.cpuPerRequest`, (cpuMs(t.pid) - (cpu0.get(t.name) ?? 0)) / n);
  }
}

/** Sequential short streams: time to first token, server CPU per streamed request. */
async function firstToken(targets: readonly Target[], n: number, runs: Runs): Promise<void> {
  const ttft = new Map<string, number[]>();
  const cpu0 = new Map(targets.map((t) => [t.name, t.pid ? cpuMs(t.pid) : 0]));
  for (let i = 0; i < n; i++) {
    for (const t of rotated(targets, i)) {
      const r = await streamChat(t.chatUrl, SHORT_STREAM);
      if (r.status !== 200 || !r.done)
        throw new Error(`${t.name}: stream status ${r.status}, done ${r.done}`);
      push(ttft, t.name, r.ttft);
    }
  }
  for (const t of targets) {
    const v = ttft.get(t.name) ?? [];
    runs.add(`${t.name}.ttft.p50`, percentile(v, 50));
    runs.add(`${t.name}.ttft.p99`, percentile(v, 99));
    if (t.pid) runs.add(`${t.name}.cpuPerStream`, (cpuMs(t.pid) - (cpu0.get(t.name) ?? 0)) / n);
  }
}

/** Many chunks under load, one target at a time: per-chunk lag, order, CPU per 1,000 chunks. */
async function chunks(targets: readonly Target[], o: OverheadOptions, runs: Runs): Promise<void> {
  const body = chatBody({
    stream: true,
    prompt: `bench chunks [sim:stamp] [sim:tps=${o.tps}] [sim:tokens=${o.tokens}]`,
    maxTokens: o.tokens,
  });
  // role chunk + one per token + finish chunk + usage chunk
  const expected = o.tokens + 3;
  for (const t of targets) {
    const cpu0 = t.pid ? cpuMs(t.pid) : 0;
    const results = await Promise.all(Array.from({ length: o.streams }, () => streamChat(t.chatUrl, body)));
    const cpu = t.pid ? cpuMs(t.pid) - cpu0 : Number.NaN;
    const lags = results.flatMap((r) => r.lags);
    const received = results.reduce((n, r) => n + r.chunks, 0);
    runs.add(`${t.name}.chunkLag.p50`, percentile(lags, 50));
    runs.add(`${t.name}.chunkLag.p99`, percentile(lags, 99));
    runs.add(`${t.name}.chunksLost`, expected * o.streams - received);
    runs.add(`${t.name}.streamsReordered`, results.filter((r) => !r.ordered || !r.done).length);
    if (t.pid) runs.add(`${t.name}.cpuPer1000Chunks`, (cpu / received) * 1000);
  }
}

export async function runOverhead(targets: readonly Target[], o: OverheadOptions, runs: Runs, warm: boolean) {
  if (warm) await warmUp(targets);
  await nonStream(targets, o.requests, runs);
  await firstToken(targets, o.requests, runs);
  await chunks(targets, o, runs);
  // What each path adds on top of going direct, per run, so the spread is of the difference itself.
  for (const t of targets) {
    if (t.name === "direct") continue;
    for (const key of ADDED)
      runs.add(`${t.name}.added.${key}`, runs.last(`${t.name}.${key}`) - runs.last(`direct.${key}`));
  }
  const ratio = (key: string) => runs.last(`ours.${key}`) / runs.last(`bare.${key}`);
  runs.add("ours.vsBare.ttft.p50", runs.last("ours.ttft.p50") - runs.last("bare.ttft.p50"));
  runs.add("ours.vsBare.cpuPerRequest", ratio("cpuPerRequest"));
  runs.add("ours.vsBare.cpuPer1000Chunks", ratio("cpuPer1000Chunks"));
}

export const ADDED = [
  "ttfb.p50",
  "ttfb.p99",
  "total.p50",
  "total.p99",
  "ttft.p50",
  "ttft.p99",
  "chunkLag.p50",
  "chunkLag.p99",
] as const;
