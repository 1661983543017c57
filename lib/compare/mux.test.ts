import { describe, expect, it } from "vitest";
import type { CompareEvent } from "@/lib/schemas/compare";
import { CompareCutError, createCompareMux } from "./mux";

// A fake /api/compare: records the calls, and lets each test write the interleaved reply by hand.
interface Call {
  url: string;
  init: RequestInit;
}
function fakeServer() {
  const calls: Call[] = [];
  const encoder = new TextEncoder();
  let out!: ReadableStreamDefaultController<Uint8Array>;
  let answer: (() => Response) | undefined;
  const fakeFetch = (async (input: RequestInfo | URL, init: RequestInit = {}) => {
    calls.push({ url: String(input), init });
    if (init.method === "DELETE") return new Response(null, { status: 204 });
    if (answer) return answer();
    const body = new ReadableStream<Uint8Array>({
      start(c) {
        out = c;
      },
    });
    init.signal?.addEventListener("abort", () =>
      out.error(init.signal?.reason ?? new DOMException("aborted", "AbortError")),
    );
    return new Response(body, { status: 200, headers: { "content-type": "text/event-stream" } });
  }) as typeof fetch;
  return {
    calls,
    fetch: fakeFetch,
    posts: () => calls.filter((c) => c.init.method === "POST"),
    send: (e: CompareEvent | string) =>
      out.enqueue(encoder.encode(typeof e === "string" ? e : `data: ${JSON.stringify(e)}\n\n`)),
    close: () => out.close(),
    /** The run starts, and each of `heads` gets a 200 head. */
    start: (run: string, heads: string[] = []) => {
      out.enqueue(encoder.encode(`data: ${JSON.stringify({ t: "start", run })}\n\n`));
      for (const pane of heads) {
        const head: CompareEvent = { t: "head", pane, status: 200, headers: {} };
        out.enqueue(encoder.encode(`data: ${JSON.stringify(head)}\n\n`));
      }
    },
    answerWith: (fn: () => Response) => {
      answer = fn;
    },
  };
}

const CHAT = "/api/apigo/v1/chat/completions";
const MSG = "/api/apigo/v1/messages";
const chatInit = (content: string, extra: RequestInit = {}): RequestInit => ({
  method: "POST",
  headers: { "content-type": "application/json", vendor: "openai" },
  body: JSON.stringify({ model: "gpt-4o", stream: true, messages: [{ role: "user", content }] }),
  ...extra,
});
const msgInit = (extra: RequestInit = {}): RequestInit => ({
  method: "POST",
  headers: { "content-type": "application/json", "anthropic-version": "2023-06-01", vendor: "anthropic" },
  body: JSON.stringify({ model: "claude-sonnet-4-5", max_tokens: 64, messages: [] }),
  ...extra,
});
const tick = (ms = 0) => new Promise((r) => setTimeout(r, ms));
const until = async (check: () => boolean) => {
  for (let i = 0; i < 200 && !check(); i++) await tick(5);
  expect(check()).toBe(true);
};

/** Chat panes `ids` fetched through one mux (pane `id` aborted by `signals[id]`), once their POST is out. */
async function postedPanes(ids: string[], signals: Record<string, AbortSignal> = {}) {
  const srv = fakeServer();
  const mux = createCompareMux({ fetch: srv.fetch, batchWindowMs: 1 });
  const replies = ids.map((id) => mux.fetchFor(id)(CHAT, chatInit(id, { signal: signals[id] })));
  await until(() => srv.posts().length === 1);
  return { srv, replies };
}

describe("batching", () => {
  it("sends the pane fetches of one window as ONE POST with every pane's api, headers and body", async () => {
    const srv = fakeServer();
    const mux = createCompareMux({ fetch: srv.fetch, batchWindowMs: 20 });
    void mux.fetchFor("a")(CHAT, chatInit("one"));
    await tick(5);
    void mux.fetchFor("b")(MSG, msgInit());
    await tick(40);
    void mux.fetchFor("c")(CHAT, chatInit("later"));
    await tick(40);
    const posts = srv.posts();
    expect(posts).toHaveLength(2);
    expect(posts[0]?.url).toBe("/api/compare");
    const first = JSON.parse(String(posts[0]?.init.body));
    expect(first.panes).toEqual([
      {
        id: "a",
        api: "chat-completions",
        vendor: "openai",
        body: { model: "gpt-4o", stream: true, messages: [{ role: "user", content: "one" }] },
      },
      {
        id: "b",
        api: "messages",
        vendor: "anthropic",
        anthropicVersion: "2023-06-01",
        body: { model: "claude-sonnet-4-5", max_tokens: 64, messages: [] },
      },
    ]);
    expect(JSON.parse(String(posts[1]?.init.body)).panes.map((p: { id: string }) => p.id)).toEqual(["c"]);
  });

  it("refuses a path that is not one of the two proxy endpoints", async () => {
    const mux = createCompareMux({ fetch: fakeServer().fetch });
    await expect(mux.fetchFor("a")("/api/apigo/v1/images/generations", chatInit("x"))).rejects.toThrow(
      TypeError,
    );
  });
});

describe("per-pane responses", () => {
  it("resolves each pane on its head with status and headers; the body is its chunks, closed on end", async () => {
    const srv = fakeServer();
    const mux = createCompareMux({ fetch: srv.fetch, batchWindowMs: 1 });
    const a = mux.fetchFor("a")(CHAT, chatInit("x"));
    const b = mux.fetchFor("b")(MSG, msgInit());
    await until(() => srv.posts().length === 1);
    srv.start("R".repeat(22));
    srv.send({
      t: "head",
      pane: "b",
      status: 429,
      headers: { "retry-after": "1", "content-type": "application/json" },
    });
    srv.send({ t: "chunk", pane: "b", data: '{"error":' });
    srv.send({ t: "head", pane: "a", status: 200, headers: { "content-type": "text/event-stream" } });
    srv.send({ t: "chunk", pane: "a", data: 'data: {"x":"h€' });
    srv.send(": ping\n\n");
    srv.send({ t: "chunk", pane: "b", data: '{"message":"slow down"}}' });
    srv.send({ t: "end", pane: "b" });
    srv.send({ t: "chunk", pane: "a", data: 'llo"}\n\n' });
    srv.send({ t: "end", pane: "a" });
    srv.send({ t: "done" });
    srv.close();
    const ra = await a;
    const rb = await b;
    expect(ra.status).toBe(200);
    expect(ra.headers.get("content-type")).toBe("text/event-stream");
    expect(await ra.text()).toBe('data: {"x":"h€llo"}\n\n');
    expect(rb.status).toBe(429);
    expect(rb.headers.get("retry-after")).toBe("1");
    expect(await rb.json()).toEqual({ error: { message: "slow down" } });
  });

  it("errors a pane's body on cut, and the panes without end when the connection closes early", async () => {
    const { srv, replies } = await postedPanes(["a", "b", "c"]);
    const [a, b, c] = replies;
    srv.start("R".repeat(22), ["a", "b"]);
    srv.send({ t: "chunk", pane: "a", data: "partial" });
    srv.send({ t: "cut", pane: "a", message: "The upstream reply broke off before it ended" });
    srv.send({ t: "chunk", pane: "b", data: "half" });
    srv.close();
    await expect((await a)?.text()).rejects.toThrow(CompareCutError);
    await expect((await b)?.text()).rejects.toThrow(/closed before this pane finished/);
    // c never got its head: its fetch itself rejects.
    await expect(c).rejects.toThrow(/closed before/);
  });

  it("a non-200 POST answer reaches every pane as that status and body", async () => {
    const srv = fakeServer();
    const err = { error: { message: "enter the access code first", type: "playground_error", code: "x" } };
    srv.answerWith(() => Response.json(err, { status: 401 }));
    const mux = createCompareMux({ fetch: srv.fetch, batchWindowMs: 1 });
    const [a, b] = await Promise.all([
      mux.fetchFor("a")(CHAT, chatInit("x")),
      mux.fetchFor("b")(MSG, msgInit()),
    ]);
    for (const r of [a, b]) {
      expect(r.status).toBe(401);
      expect(await r.json()).toEqual(err);
    }
  });

  it("a network failure of the POST rejects every pane with that error", async () => {
    const boom = new TypeError("Failed to fetch");
    const mux = createCompareMux({
      fetch: (async () => Promise.reject(boom)) as typeof fetch,
      batchWindowMs: 1,
    });
    const a = mux.fetchFor("a")(CHAT, chatInit("x"));
    const b = mux.fetchFor("b")(CHAT, chatInit("y"));
    await expect(a).rejects.toBe(boom);
    await expect(b).rejects.toBe(boom);
  });
});

describe("abort", () => {
  it("one pane's signal sends DELETE /api/compare/<run>/<pane> and errors only that pane", async () => {
    const ac = new AbortController();
    const { srv, replies } = await postedPanes(["a", "b"], { a: ac.signal });
    const [a, b] = replies;
    const run = "AbCdEfGhIjKlMnOpQrStUv";
    srv.start(run, ["a", "b"]);
    const reading = (await a)?.text();
    ac.abort();
    await expect(reading).rejects.toMatchObject({ name: "AbortError" });
    await until(() => srv.calls.some((c) => c.init.method === "DELETE"));
    const del = srv.calls.find((c) => c.init.method === "DELETE");
    expect(del?.url).toBe(`/api/compare/${run}/a`);
    expect(srv.posts()[0]?.init.signal?.aborted).toBe(false);
    srv.send({ t: "chunk", pane: "b", data: "still here" });
    srv.send({ t: "end", pane: "b" });
    expect(await (await b)?.text()).toBe("still here");
  });

  it("an abort before the run id is known sends the DELETE once `start` arrives", async () => {
    const ac = new AbortController();
    const { srv, replies } = await postedPanes(["a", "b"], { a: ac.signal });
    ac.abort();
    await expect(replies[0]).rejects.toMatchObject({ name: "AbortError" });
    expect(srv.calls.some((c) => c.init.method === "DELETE")).toBe(false);
    srv.start("Z".repeat(22));
    await until(() => srv.calls.some((c) => c.init.method === "DELETE"));
    expect(srv.calls.find((c) => c.init.method === "DELETE")?.url).toBe(`/api/compare/${"Z".repeat(22)}/a`);
  });

  it("aborting every pane aborts the POST itself (no DELETEs)", async () => {
    const [p0, p1] = [new AbortController(), new AbortController()];
    const { srv, replies: panes } = await postedPanes(["p0", "p1"], { p0: p0.signal, p1: p1.signal });
    srv.start("R".repeat(22), ["p0"]);
    const reading = (await panes[0])?.text();
    for (const ac of [p0, p1]) ac.abort();
    await expect(reading).rejects.toMatchObject({ name: "AbortError" });
    await expect(panes[1]).rejects.toMatchObject({ name: "AbortError" });
    await until(() => srv.posts()[0]?.init.signal?.aborted === true);
    // Both stopped in one go (Stop all): the POST closes, no DELETE is sent.
    await tick(10);
    expect(srv.calls.filter((c) => c.init.method === "DELETE")).toEqual([]);
  });

  it("a reader that lets go after [DONE] costs no DELETE when the pane's end follows; otherwise it cuts", async () => {
    const { srv, replies } = await postedPanes(["a", "b", "c"]);
    const [a, b, c] = replies;
    srv.start("R".repeat(22), ["a", "b", "c"]);
    await (await a)?.body?.cancel();
    await (await b)?.body?.cancel();
    srv.send({ t: "end", pane: "a" });
    await tick(400);
    const deletes = srv.calls.filter((x) => x.init.method === "DELETE").map((x) => x.url);
    expect(deletes).toEqual([`/api/compare/${"R".repeat(22)}/b`]);
    srv.send({ t: "chunk", pane: "c", data: "c is fine" });
    srv.send({ t: "end", pane: "c" });
    expect(await (await c)?.text()).toBe("c is fine");
  });

  it("a pane aborted inside the batching window never reaches the POST", async () => {
    const srv = fakeServer();
    const mux = createCompareMux({ fetch: srv.fetch, batchWindowMs: 20 });
    const ac = new AbortController();
    const a = mux.fetchFor("a")(CHAT, chatInit("x", { signal: ac.signal }));
    void mux.fetchFor("b")(CHAT, chatInit("y"));
    await tick(1);
    ac.abort();
    await expect(a).rejects.toMatchObject({ name: "AbortError" });
    await until(() => srv.posts().length === 1);
    expect(JSON.parse(String(srv.posts()[0]?.init.body)).panes.map((p: { id: string }) => p.id)).toEqual([
      "b",
    ]);
  });
});
