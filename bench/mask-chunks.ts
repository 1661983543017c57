// Issue #16 item 6: what masking keys in every relayed chunk costs. Two figures, each with and without
// the masker in the same run, alternating to even out the machine's noise:
//   1. masker.push alone on realistic SSE chunks (ns per chunk);
//   2. the real relay (upstream-http.ts requestRemote, the remote path of the proxy) reading a stream of
//      SSE chunks from a local node:http upstream: CPU of this process per 1,000 chunks received.
//
//   node --conditions react-server --import tsx bench/mask-chunks.ts [--chunks 20000] [--rounds 5] [--keys 2]
// (react-server: lib/server files import "server-only"). Port: BENCH_PORT (default 7496).
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { createChunkMasker } from "@/lib/server/mask-stream";
import { requestRemote } from "@/lib/server/upstream-http";

const argv = process.argv.slice(2);
const num = (flag: string, dflt: number) => {
  const i = argv.indexOf(flag);
  return i >= 0 ? Number(argv[i + 1]) : dflt;
};
const CHUNKS = num("--chunks", 20_000);
const ROUNDS = num("--rounds", 5);
// --keys 1: the usual case (the caller's key, or in team mode the server key alone); 2: team mode with
// a member's own key as well.
const KEYS = ["sk-simSecSuiteUser8d41c7", "sk-simSecSuiteTeam5e92ab"].slice(0, num("--keys", 2));

const sseChunk = (i: number) =>
  `data: {"id":"chatcmpl-bench","object":"chat.completion.chunk","created":1,"model":"gpt-4o-mini",` +
  `"choices":[{"index":0,"delta":{"content":"token ${i} sk"},"finish_reason":null}]}\n\n`;

function pushOnly(masked: boolean): number {
  const chunks = Array.from({ length: 1000 }, (_, i) => Buffer.from(sseChunk(i)));
  const masker = masked ? createChunkMasker(KEYS) : null;
  let bytes = 0;
  const started = process.hrtime.bigint();
  for (let n = 0; n < CHUNKS * 10; n++) {
    const chunk = chunks[n % 1000] as Buffer;
    bytes += (masker ? masker.push(chunk) : chunk).byteLength;
  }
  const ns = Number(process.hrtime.bigint() - started) / (CHUNKS * 10);
  if (bytes === 0) throw new Error("nothing passed");
  return ns;
}

async function relay(origin: string, masked: boolean): Promise<{ cpuPer1000: number; chunks: number }> {
  const masker = masked ? createChunkMasker(KEYS) : null;
  const cpu = process.cpuUsage();
  const { reply } = requestRemote({
    url: new URL("/v1/chat/completions", origin),
    method: "POST",
    headers: { "content-type": "application/json" },
    body: new TextEncoder().encode("{}"),
    masker,
  });
  const res = await reply;
  const reader = res.body?.getReader();
  let chunks = 0;
  for (;;) {
    const r = await reader?.read();
    if (!r || r.done) break;
    chunks += 1;
  }
  const used = process.cpuUsage(cpu);
  return { cpuPer1000: ((used.user + used.system) / 1000 / chunks) * 1000, chunks };
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? 0;

const server = createServer((req, res) => {
  req.resume();
  req.on("end", async () => {
    res.writeHead(200, { "content-type": "text/event-stream" });
    // One write per event, each in its own turn of the loop (what a token stream looks like).
    for (let i = 0; i < CHUNKS; i++) {
      if (!res.write(sseChunk(i))) await new Promise((r) => res.once("drain", r));
      await new Promise((r) => setImmediate(r));
    }
    res.end();
  });
});
await new Promise<void>((r) => server.listen(Number(process.env.BENCH_PORT ?? 7496), "127.0.0.1", r));
const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

const results = {
  plain: { push: [] as number[], relay: [] as number[] },
  masked: { push: [] as number[], relay: [] as number[] },
};
let received = 0;
await relay(origin, true); // warm-up (JIT, pooled connection)
for (let round = 0; round < ROUNDS; round++) {
  for (const variant of round % 2 ? (["masked", "plain"] as const) : (["plain", "masked"] as const)) {
    results[variant].push.push(pushOnly(variant === "masked"));
    const r = await relay(origin, variant === "masked");
    results[variant].relay.push(r.cpuPer1000);
    received = r.chunks;
  }
}
server.close();
const fmt = (xs: number[], digits: number) =>
  `${median(xs).toFixed(digits)} [${Math.min(...xs).toFixed(digits)}..${Math.max(...xs).toFixed(digits)}]`;
console.info(
  `${ROUNDS} rounds, ${CHUNKS} upstream writes per relay (${received} chunks received), median [min..max]`,
);
console.info(
  `masker.push per chunk (ns):         plain ${fmt(results.plain.push, 1)}  masked ${fmt(results.masked.push, 1)}`,
);
console.info(
  `relay CPU per 1,000 chunks (ms):    plain ${fmt(results.plain.relay, 2)}  masked ${fmt(results.masked.relay, 2)}`,
);
