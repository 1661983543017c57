import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { POST } from "@/app/api/apigo/v1/[...path]/route";
import { slow } from "@/e2e/machine";
import { ctx, type FakeUpstream, proxyRequest, restoreEnv, setEnv, startFakeUpstream } from "@/tests/server";

// A remote upstream that misbehaves: redirects, refuses, stays silent, streams until cancelled.
const KEY = "sk-user-canary-0123456789abcd";
let up: FakeUpstream;
let reply: () => { status: number; headers: Record<string, string>; body: string };

beforeAll(async () => {
  up = await startFakeUpstream((_req, res) => {
    const r = reply();
    res.writeHead(r.status, r.headers);
    res.end(r.body);
  });
});
afterAll(() => up.close());
beforeEach(() => {
  up.seen.length = 0;
  reply = () => ({ status: 200, headers: { "content-type": "application/json" }, body: "{}" });
  setEnv({ APIGO_BASE_URL: up.origin, APIGO_SERVER_KEY: undefined, ACCESS_CODE: undefined });
});
afterEach(restoreEnv);

const bearer = { authorization: `Bearer ${KEY}` };
const chatBody = JSON.stringify({ model: "gpt-4o", messages: [{ role: "user", content: "hi" }] });
const post = (path: string) =>
  POST(
    proxyRequest(path, {
      method: "POST",
      headers: { ...bearer, "content-type": "application/json" },
      body: chatBody,
    }),
    ctx(path.split("/")),
  );

describe("upstream failures", () => {
  it("does not follow a redirect from the upstream", async () => {
    const target = await startFakeUpstream((_q, s) => s.end("{}"));
    reply = () => ({ status: 307, headers: { location: `${target.origin}/v1/chat/completions` }, body: "" });
    const res = await post("chat/completions");
    expect(res.status).toBe(502);
    expect((await res.json()).error.message).toMatch(/redirect/);
    expect(target.seen).toHaveLength(0);
    await target.close();
  });

  it("answers 502 when the upstream is unreachable", async () => {
    const gone = await startFakeUpstream(() => {});
    await gone.close();
    setEnv({ APIGO_BASE_URL: gone.origin });
    const res = await post("chat/completions");
    expect(res.status).toBe(502);
    const body = await res.json();
    expect(body.error.code).toBe("upstream_unreachable");
    expect(body.error.message).toMatch(/ECONNREFUSED/);
  });

  it("answers 504 when the upstream sends no headers in time", async () => {
    const silent = await startFakeUpstream(() => {});
    setEnv({ APIGO_BASE_URL: silent.origin, UPSTREAM_HEADERS_TIMEOUT_MS: "150" });
    const t0 = Date.now();
    const res = await post("chat/completions");
    expect(res.status).toBe(504);
    expect((await res.json()).error.code).toBe("upstream_timeout");
    expect(Date.now() - t0).toBeLessThan(slow(2000));
    await silent.closed[0];
    await silent.close();
  });
});

describe("cancellation", () => {
  async function streamingUpstream() {
    return startFakeUpstream((_q, s) => {
      s.writeHead(200, { "content-type": "text/event-stream" });
      const t = setInterval(() => s.write('data: {"x":1}\n\n'), 20);
      s.on("close", () => clearInterval(t));
    });
  }

  it("cancels the upstream when the browser request aborts", async () => {
    const sse = await streamingUpstream();
    setEnv({ APIGO_BASE_URL: sse.origin });
    const ac = new AbortController();
    const req = proxyRequest("chat/completions", {
      method: "POST",
      headers: { ...bearer, "content-type": "application/json" },
      body: chatBody,
      signal: ac.signal,
    });
    const res = await POST(req, ctx(["chat", "completions"]));
    const reader = res.body?.getReader();
    await reader?.read();
    ac.abort();
    await sse.closed[0];
    await sse.close();
  });

  it("cancels the upstream when the reply stream is cancelled", async () => {
    const sse = await streamingUpstream();
    setEnv({ APIGO_BASE_URL: sse.origin });
    const res = await post("chat/completions");
    const reader = res.body?.getReader();
    await reader?.read();
    await reader?.cancel();
    await sse.closed[0];
    await sse.close();
  });
});
