import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { slow, slowdown } from "@/e2e/machine";
import { startSimServer } from "@/lib/sim/server";
import { restoreEnv, setEnv } from "@/tests/server";
import { startProxyServer } from "./proxy-server";
import { SIM_KEY } from "./sdk-runs";

// No batching: with [sim:stamp] every chunk carries the time the simulator wrote it; through the proxy
// each must arrive right after it was sent, spread over time like at the source.
let sim: { url: string; close(): Promise<void> };
let proxy: { url: string; close(): Promise<void> };
beforeAll(async () => {
  sim = await startSimServer({
    firstTokenMs: 0,
    tokensPerSecond: 20,
    videoSeconds: 2,
    port: 0,
    host: "127.0.0.1",
  });
  proxy = await startProxyServer();
  setEnv({ APIGO_BASE_URL: sim.url });
});
afterAll(async () => {
  restoreEnv();
  await proxy?.close();
  await sim?.close();
});

interface Arrival {
  sentAt: number;
  arrivedAt: number;
}

async function timedStream(url: string): Promise<Arrival[]> {
  const res = await fetch(url, {
    method: "POST",
    headers: { authorization: `Bearer ${SIM_KEY}`, "content-type": "application/json" },
    body: JSON.stringify({
      model: "gpt-4o",
      stream: true,
      max_tokens: 60,
      messages: [{ role: "user", content: "[sim:stamp] Tell me about streaming in two sentences" }],
    }),
  });
  expect(res.status).toBe(200);
  const reader = res.body?.getReader();
  const decoder = new TextDecoder();
  const out: Arrival[] = [];
  let buf = "";
  for (;;) {
    const r = await reader?.read();
    if (!r || r.done) break;
    const arrivedAt = performance.timeOrigin + performance.now();
    buf += decoder.decode(r.value, { stream: true });
    const lines = buf.split("\n");
    buf = lines.pop() ?? "";
    for (const line of lines) {
      const m = /"sim_sent_at":([\d.]+)/.exec(line);
      if (m?.[1]) out.push({ sentAt: Number(m[1]), arrivedAt });
    }
  }
  return out;
}

describe("streaming through the proxy", () => {
  it("delivers each chunk as it is sent (no batching)", async () => {
    const direct = await timedStream(`${sim.url}/v1/chat/completions`);
    const through = await timedStream(`${proxy.url}/api/apigo/v1/chat/completions`);
    expect(through.length).toBe(direct.length);
    expect(through.length).toBeGreaterThan(10);
    // Each chunk lands within ~25 ms of being written. One straggler is tolerated (a GC pause or a busy
    // parallel test worker), a batching proxy would delay most of them by hundreds of ms.
    const lags = through.map((a) => a.arrivedAt - a.sentAt).sort((x, y) => x - y);
    // On a slower machine (e2e/machine.ts) the bounds and the stragglers allowed scale with it.
    const late = lags.filter((l) => l >= slow(25));
    expect(late.length, `lags ms: ${lags.map((l) => l.toFixed(1)).join(", ")}`).toBeLessThanOrEqual(
      Math.ceil(slowdown),
    );
    expect(lags.at(-1) ?? 0).toBeLessThan(slow(150));
    // Spread over time like at the source: the same span, not one burst at the end.
    // (compared with when the simulator sent this same stream's chunks, not with another stream's
    // timing, which a busy machine stretches differently)
    const span = (xs: Arrival[], at: "sentAt" | "arrivedAt") => (xs.at(-1)?.[at] ?? 0) - (xs[0]?.[at] ?? 0);
    expect(span(through, "arrivedAt")).toBeGreaterThan(span(through, "sentAt") * 0.8);
    const distinct = new Set(through.map((a) => Math.round(a.arrivedAt))).size;
    expect(distinct).toBeGreaterThan(through.length * 0.8);
  }, 30_000);
});
