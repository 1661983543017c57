// Throughput and memory: requests per second at 50 concurrent clients, 200 concurrent streams checked
// chunk by chunk, and the server's resident memory at rest, with 500 open streams and after they close.
import { call, chatBody, streamChat } from "../lib/http";
import { rssMb } from "../lib/procs";
import type { Runs } from "../lib/report";
import { percentile } from "../lib/stats";
import type { Target } from "../lib/targets";

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Closed loop: `clients` workers each send the next request as soon as the last one finished. */
async function rps(t: Target, clients: number, durationMs: number, runs: Runs): Promise<void> {
  const body = chatBody({ stream: false, prompt: "bench rps", maxTokens: 50 });
  const until = performance.now() + durationMs;
  const latencies: number[] = [];
  let failed = 0;
  const start = performance.now();
  await Promise.all(
    Array.from({ length: clients }, async () => {
      while (performance.now() < until) {
        const r = await call({ url: t.chatUrl, body });
        if (r.status === 200) latencies.push(r.total);
        else failed += 1;
      }
    }),
  );
  const elapsed = (performance.now() - start) / 1000;
  runs.add(`${t.name}.rps`, latencies.length / elapsed);
  runs.add(`${t.name}.rpsLatency.p99`, percentile(latencies, 99));
  runs.add(`${t.name}.rpsFailed`, failed);
}

/** 200 concurrent streams: every chunk must arrive, in order; lag behind the simulator's send time. */
async function manyStreams(t: Target, streams: number, runs: Runs): Promise<void> {
  const tokens = 100;
  const body = chatBody({
    stream: true,
    prompt: `bench streams [sim:stamp] [sim:tps=50] [sim:tokens=${tokens}]`,
    maxTokens: tokens,
  });
  const results = await Promise.all(Array.from({ length: streams }, () => streamChat(t.chatUrl, body)));
  const lags = results.flatMap((r) => r.lags);
  const received = results.reduce((n, r) => n + r.chunks, 0);
  runs.add(`${t.name}.streams.lag.p50`, percentile(lags, 50));
  runs.add(`${t.name}.streams.lag.p99`, percentile(lags, 99));
  runs.add(`${t.name}.streams.lag.max`, Math.max(...lags));
  runs.add(`${t.name}.streams.lost`, (tokens + 3) * streams - received);
  runs.add(`${t.name}.streams.reordered`, results.filter((r) => !r.ordered || !r.done).length);
}

/** Server RSS at rest, at peak with `open` slow streams, and after they all ended and a settle. */
async function memory(t: Target, open: number, runs: Runs): Promise<void> {
  const pid = t.pid;
  if (!pid) return;
  await sleep(1000);
  runs.add(`${t.name}.rss.rest`, rssMb(pid));
  const body = chatBody({ stream: true, prompt: "bench memory [sim:tps=5] [sim:tokens=20]", maxTokens: 20 });
  let peak = 0;
  let running = true;
  const sampler = (async () => {
    while (running) {
      peak = Math.max(peak, rssMb(pid));
      await sleep(200);
    }
  })();
  const results = await Promise.all(Array.from({ length: open }, () => streamChat(t.chatUrl, body)));
  running = false;
  await sampler;
  runs.add(`${t.name}.rss.open`, peak);
  runs.add(`${t.name}.rss.openCompleted`, results.filter((r) => r.done).length);
  await sleep(3000);
  runs.add(`${t.name}.rss.after`, rssMb(pid));
}

export interface ThroughputOptions {
  clients: number;
  durationMs: number;
  streams: number;
  open: number;
}

export async function runThroughput(targets: readonly Target[], o: ThroughputOptions, runs: Runs) {
  for (const t of targets) await rps(t, o.clients, o.durationMs, runs);
  for (const t of targets) await manyStreams(t, o.streams, runs);
  for (const t of targets) await memory(t, o.open, runs);
}
