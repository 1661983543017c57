import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import type { CompareEvent } from "@/lib/schemas/compare";
import { APP } from "@/tests/server";
import { relayPane } from "./pane";
import { createEventWriter } from "./writer";

// relayPane against a proxy stand-in whose body counts how often it is read: the relay must read the
// upstream once per event it writes, and stop reading while nobody reads the interleaved reply.
const proxyMock = vi.hoisted(() => ({ proxy: vi.fn() }));
vi.mock("../proxy", () => proxyMock);

const CHUNK = 8 * 1024;
let pulls = 0;
function endless(): ReadableStream<Uint8Array> {
  return new ReadableStream<Uint8Array>(
    {
      pull(c) {
        pulls += 1;
        c.enqueue(new TextEncoder().encode("x".repeat(CHUNK)));
      },
    },
    { highWaterMark: 0 },
  );
}

beforeEach(() => {
  pulls = 0;
  proxyMock.proxy.mockImplementation(
    async () => new Response(endless(), { headers: { "content-type": "text/event-stream" } }),
  );
});
afterEach(() => vi.clearAllMocks());

const pane = { id: "p1", api: "chat-completions" as const, body: { model: "gpt-4o", stream: true } };
const tick = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe("relayPane back-pressure", () => {
  it("pauses upstream reads while the reply is unread and resumes as it is read, one read per event", async () => {
    const ac = new AbortController();
    const out = createEventWriter(() => ac.abort());
    const relay = relayPane(new Request(`${APP}/api/compare`), pane, ac.signal, out);
    await tick(100);
    // 256 KB of room, 8 KB per read: about 32 reads, then the relay waits.
    const paused = pulls;
    expect(paused).toBeGreaterThan(20);
    expect(paused).toBeLessThan(45);
    await tick(100);
    expect(pulls).toBe(paused);

    const reader = out.stream.getReader();
    const decoder = new TextDecoder();
    const seen: CompareEvent[] = [];
    while (seen.length < 100) {
      const { value } = await reader.read();
      for (const line of decoder.decode(value).split("\n"))
        if (line.startsWith("data: ")) seen.push(JSON.parse(line.slice(6)) as CompareEvent);
    }
    await tick(20);
    expect(pulls).toBeGreaterThan(paused + 60);
    expect(seen[0]).toMatchObject({ t: "head", pane: "p1", status: 200 });
    const chunks = seen.filter((e) => e.t === "chunk");
    expect(chunks.every((e) => e.t === "chunk" && e.data.length === CHUNK)).toBe(true);

    ac.abort(new Error("stop"));
    await relay;
    expect(proxyMock.proxy).toHaveBeenCalledTimes(1);
    // What was already written is still delivered; the pane then ends with a cut, not a clean end.
    let rest = "";
    for (let i = 0; i < 100 && !rest.includes('"t":"cut"'); i++)
      rest += decoder.decode((await reader.read()).value);
    expect(rest).toContain('"t":"cut"');
    expect(rest).not.toContain('"t":"end"');
    await reader.cancel();
  });

  it("a proxy error becomes a head with the proxy route's status and JSON error body", async () => {
    const { AppError } = await import("@/lib/errors");
    proxyMock.proxy.mockRejectedValue(new AppError("upstream_timeout", "no headers in time"));
    const out = createEventWriter(() => undefined);
    await relayPane(new Request(`${APP}/api/compare`), pane, new AbortController().signal, out);
    out.close();
    const text = await new Response(out.stream).text();
    const events = text
      .split("\n")
      .filter((l) => l.startsWith("data: "))
      .map((l) => JSON.parse(l.slice(6)) as CompareEvent);
    expect(events[0]).toMatchObject({ t: "head", status: 504 });
    const body = events.filter((e) => e.t === "chunk").map((e) => (e.t === "chunk" ? e.data : ""));
    expect(JSON.parse(body.join(""))).toEqual({
      error: { message: "no headers in time", type: "playground_error", param: "", code: "upstream_timeout" },
    });
    expect(events.at(-1)).toEqual({ t: "end", pane: "p1" });
  });
});
