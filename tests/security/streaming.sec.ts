// Streaming through `next start`: chunks are relayed as the upstream sends them (no buffering), a
// client that goes away stops the upstream, and broken or compressed upstream streams stay honest.
import { describe, expect, it } from "vitest";
import {
  BROWSER_ACCEPT_ENCODING,
  chatBody,
  jsonHeaders,
  marker,
  readTimed,
  server,
  sseData,
  waitForOutcome,
} from "./helpers";
import { secrets } from "./servers";

const url = () => `${server("remote")}/api/apigo/v1/chat/completions`;
const post = (prompt: string, stream = true, signal?: AbortSignal, extra: Record<string, string> = {}) =>
  fetch(url(), {
    method: "POST",
    headers: { ...jsonHeaders(secrets.userKey), ...extra },
    body: chatBody(prompt, { stream }),
    signal,
  });

describe("no buffering", () => {
  it.each([
    ["plain", "", undefined],
    ["gzip-compressed upstream", "[sim:gzip]", undefined],
    // `next start` compresses what the browser accepts, but never an event stream (no-transform).
    ["browser Accept-Encoding", "", BROWSER_ACCEPT_ENCODING],
  ])("%s: each chunk arrives within a moment of the upstream sending it", async (_label, extra, accept) => {
    const res = await post(
      `timing ${marker()} [sim:tps=40] [sim:stamp] ${extra}`,
      true,
      undefined,
      accept ? { "accept-encoding": accept } : {},
    );
    expect(res.status).toBe(200);
    expect(res.headers.get("content-encoding")).toBeNull();
    expect(res.headers.get("content-type")).toMatch(/^text\/event-stream/);
    const chunks = await readTimed(res);
    const lags: number[] = [];
    for (const c of chunks)
      for (const m of c.text.matchAll(/"sim_sent_at":\s*([\d.]+)/g)) lags.push(c.at - Number(m[1]));
    expect(lags.length).toBeGreaterThan(20);
    lags.sort((a, b) => a - b);
    const p90 = lags[Math.floor(lags.length * 0.9)] ?? Number.POSITIVE_INFINITY;
    // At 40 tokens/s a buffering relay would hold chunks for seconds; ours adds milliseconds.
    expect(p90).toBeLessThan(250);
    const spread = (chunks.at(-1)?.at ?? 0) - (chunks[0]?.at ?? 0);
    expect(spread).toBeGreaterThan(500);
    expect(chunks.map((c) => c.text).join("")).toContain("data: [DONE]");
  });
});

describe("cancellation", () => {
  it("a client that goes away mid-stream aborts the upstream request", async () => {
    const m = marker();
    const ac = new AbortController();
    const res = await post(`${m} [sim:long] [sim:tps=50]`, true, ac.signal);
    const reader = res.body?.getReader();
    await reader?.read();
    await reader?.read();
    ac.abort();
    await waitForOutcome(m, "aborted");
  });

  it("a client that goes away during a stall aborts the upstream too", async () => {
    const m = marker();
    const ac = new AbortController();
    const res = await post(`${m} [sim:stall=8000]`, true, ac.signal);
    await res.body?.getReader().read();
    await new Promise((r) => setTimeout(r, 600));
    ac.abort();
    await waitForOutcome(m, "aborted");
  });
});

describe("broken upstream streams", () => {
  it("a mid-stream error is relayed as the upstream framed it, status 200 kept", async () => {
    const m = marker();
    const res = await post(`${m} [sim:midstream-error]`);
    expect(res.status).toBe(200);
    const data = sseData(await res.text());
    const errAt = data.findIndex((d) => d.startsWith('{"error"'));
    expect(errAt).toBeGreaterThan(0);
    expect(data.slice(errAt + 1)).toEqual(["[DONE]"]);
    await waitForOutcome(m, "error");
  });

  it("a cut stream ends without its terminator (not made to look complete)", async () => {
    const m = marker();
    const res = await post(`${m} [sim:cut]`);
    expect(res.status).toBe(200);
    const text = await res.text().catch(() => "");
    const data = sseData(text);
    expect(data.length).toBeGreaterThan(3);
    expect(text).not.toContain("[DONE]");
    expect(data.at(-1)).toMatch(/^\{"id"/);
  });

  it("a stall mid-way is waited out (the headers timeout does not cut a started body)", async () => {
    const res = await post(`stall ${marker()} [sim:stall=3500]`);
    const chunks = await readTimed(res);
    const gaps = chunks.slice(1).map((c, i) => c.at - (chunks[i]?.at ?? c.at));
    expect(Math.max(...gaps)).toBeGreaterThan(3000);
    expect(chunks.map((c) => c.text).join("")).toContain("data: [DONE]");
  });

  it("a stream the browser reads after an Anthropic-style messages request is relayed too", async () => {
    const res = await fetch(`${server("remote")}/api/apigo/v1/messages`, {
      method: "POST",
      headers: { ...jsonHeaders(secrets.userKey), "anthropic-version": "2023-06-01" },
      body: JSON.stringify({
        model: "claude-sonnet-4-5-20250929",
        max_tokens: 64,
        stream: true,
        messages: [{ role: "user", content: "hi [sim:cut]" }],
      }),
    });
    expect(res.status).toBe(200);
    const text = await res.text().catch(() => "");
    expect(text).toContain("event: message_start");
    expect(text).not.toContain("message_stop");
  });
});

// Asked with Accept-Encoding: identity, so that `next start`'s own gzip (for clients that accept it)
// stays out of the way: these check what the proxy itself makes of an encoded upstream body.
const identity = { "accept-encoding": "identity" };

describe("compressed upstream replies", () => {
  it("gzip (non-stream) is decoded once, served without content-encoding or a stale length", async () => {
    const res = await post(`${marker()} [sim:gzip]`, false, undefined, identity);
    expect(res.status).toBe(200);
    expect(res.headers.get("content-encoding")).toBeNull();
    const body = (await res.json()) as { object?: string };
    expect(body.object).toBe("chat.completion");
  });

  it.each(["br", "deflate"])("%s from the upstream is decoded too", async (enc) => {
    const res = await fetch(`${server("hostileApp")}/api/apigo/v1/chat/completions`, {
      method: "POST",
      headers: { ...jsonHeaders(secrets.userKey), ...identity },
      body: chatBody(`[hostile:${enc}]`, { stream: false }),
    });
    expect(res.status).toBe(200);
    expect(res.headers.get("content-encoding")).toBeNull();
    expect(((await res.json()) as { id?: string }).id).toBe("chatcmpl-hostile");
  });
});
