import { gzipSync } from "node:zlib";
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { DELETE, GET, HEAD, OPTIONS, PATCH, POST, PUT } from "@/app/api/apigo/v1/[...path]/route";
import {
  APP,
  ctx,
  type FakeUpstream,
  proxyRequest,
  restoreEnv,
  setEnv,
  startFakeUpstream,
} from "./test-utils";

const KEY = "sk-user-canary-0123456789abcd";
let up: FakeUpstream;
let reply: (url: string) => { status: number; headers: Record<string, string>; body: string | Buffer };

// Every console line written while this file runs, to prove the caller's key never reaches a log.
const logged: string[] = [];
beforeAll(async () => {
  for (const level of ["error", "warn", "info", "log"] as const) {
    vi.spyOn(console, level).mockImplementation((...args: unknown[]) => {
      logged.push(args.map(String).join(" "));
    });
  }
  up = await startFakeUpstream((req, res) => {
    const r = reply(req.url ?? "");
    res.writeHead(r.status, r.headers);
    res.end(r.body);
  });
});
afterAll(async () => {
  await up.close();
  expect(logged.join("\n")).not.toContain(KEY);
  vi.restoreAllMocks();
});
beforeEach(() => {
  up.seen.length = 0;
  reply = () => ({ status: 200, headers: { "content-type": "application/json" }, body: '{"ok":true}' });
  setEnv({ APIGO_BASE_URL: up.origin, APIGO_SERVER_KEY: undefined, ACCESS_CODE: undefined });
});
afterEach(restoreEnv);

const bearer = { authorization: `Bearer ${KEY}` };
const chatBody = JSON.stringify({ model: "gpt-4o", messages: [{ role: "user", content: "hi" }] });
const post = (path: string, headers: Record<string, string> = {}, body: BodyInit = chatBody) =>
  POST(
    proxyRequest(path, {
      method: "POST",
      headers: { ...bearer, "content-type": "application/json", ...headers },
      body,
    }),
    ctx(path.split("/")),
  );

describe("allowlist", () => {
  it.each([
    ["GET", "models"],
    ["GET", "models/gpt-4o"],
    ["GET", "models/openai/gpt-4o:free"],
    ["GET", "videos/task_abc123"],
    ["GET", "videos/task_abc123/content"],
  ])("%s %s is relayed to the same path", async (_m, path) => {
    const res = await GET(proxyRequest(path, { headers: bearer }), ctx(path.split("/")));
    expect(res.status).toBe(200);
    expect(up.seen.map((s) => `${s.method} ${s.url}`)).toEqual([`GET /v1/${path}`]);
  });

  it.each(["chat/completions", "messages", "images/generations", "videos", "videos/task_1/remix"])(
    "POST %s is relayed",
    async (path) => {
      const res = await post(path);
      expect(res.status).toBe(200);
      expect(up.seen[0]?.url).toBe(`/v1/${path}`);
      expect(up.seen[0]?.body.toString()).toBe(chatBody);
    },
  );

  it("forwards only the variant query on /content", async () => {
    const path = "videos/task_1/content";
    await GET(
      proxyRequest(`${path}?variant=thumbnail&url=http://evil.test&key=x`, { headers: bearer }),
      ctx(path.split("/")),
    );
    expect(up.seen[0]?.url).toBe("/v1/videos/task_1/content?variant=thumbnail");
    await GET(proxyRequest("models?after=x", { headers: bearer }), ctx(["models"]));
    expect(up.seen[1]?.url).toBe("/v1/models");
  });

  it.each([
    ["files", ["files"]],
    ["videos", ["videos"]],
    ["chat/completions/x", ["chat", "completions", "x"]],
    ["v1/models", ["v1", "models"]],
    ["models/..", ["models", ".."]],
    ["models/%2e%2e", ["models", ".."]],
    ["videos/a%2fb", ["videos", "a/b"]],
    ["videos/a%2Fb/content", ["videos", "a/b", "content"]],
    ["videos/a%5cb", ["videos", "a\\b"]],
    ["models//evil.com", ["models", "", "evil.com"]],
    ["http://evil.com/v1/models", ["http:", "", "evil.com", "v1", "models"]],
    ["models/http:", ["models", "http:"]],
    ["videos/abc%00", ["videos", "abc\u0000"]],
    ["models/a..b", ["models", "a..b"]],
  ])("GET %s is a 404 with nothing sent upstream", async (raw, params) => {
    const res = await GET(proxyRequest(raw, { headers: bearer }), ctx(params));
    expect([404, 405]).toContain(res.status);
    if (raw !== "videos") expect(res.status).toBe(404);
    expect(up.seen).toHaveLength(0);
  });

  it("refuses params that disagree with the raw URL", async () => {
    const res = await GET(proxyRequest("models", { headers: bearer }), ctx(["..", "admin"]));
    expect(res.status).toBe(404);
    expect(up.seen).toHaveLength(0);
  });

  it("answers 405 for a known path with the wrong method", async () => {
    expect(
      (await GET(proxyRequest("chat/completions", { headers: bearer }), ctx(["chat", "completions"]))).status,
    ).toBe(405);
    expect((await GET(proxyRequest("videos", { headers: bearer }), ctx(["videos"]))).status).toBe(405);
    expect((await post("models")).status).toBe(405);
    for (const h of [HEAD, OPTIONS, PUT, DELETE, PATCH]) {
      const res = await h(proxyRequest("models", { method: "PUT", headers: bearer }));
      expect(res.status).toBe(405);
      expect(res.headers.get("access-control-allow-origin")).toBeNull();
    }
    expect(up.seen).toHaveLength(0);
  });
});

describe("headers", () => {
  it("forwards only allowlisted request headers and never honours method overrides", async () => {
    await post("messages", {
      "x-http-method-override": "DELETE",
      "x-method-override": "DELETE",
      "x-forwarded-for": "1.2.3.4",
      "x-forwarded-host": "evil.test",
      cookie: "other=1",
      vendor: "ClaudeCode",
      "anthropic-version": "2023-06-01",
      "anthropic-beta": "thinking",
      "accept-language": "zh",
      "x-stainless-os": "Linux",
    });
    const seen = up.seen[0];
    expect(seen?.method).toBe("POST");
    const h = seen?.headers ?? {};
    expect(h.authorization).toBe(`Bearer ${KEY}`);
    expect(h.vendor).toBe("ClaudeCode");
    expect(h["anthropic-version"]).toBe("2023-06-01");
    expect(h["anthropic-beta"]).toBe("thinking");
    expect(h["accept-language"]).toBe("zh");
    for (const k of [
      "x-http-method-override",
      "x-method-override",
      "x-forwarded-for",
      "cookie",
      "x-stainless-os",
    ])
      expect(h[k]).toBeUndefined();
  });

  it("answers with only allowlisted response headers plus nosniff", async () => {
    reply = () => ({
      status: 200,
      headers: {
        "content-type": "application/json",
        "content-length": "11",
        "set-cookie": "session=upstream",
        "x-request-id": "req_1",
        "x-oneapi-request-id": "2026abc",
        "x-ratelimit-remaining-requests": "99",
        "anthropic-ratelimit-tokens-remaining": "5",
        "x-powered-by": "Go",
        "access-control-allow-origin": "*",
        server: "nginx",
      },
      body: '{"ok":true}',
    });
    const res = await post("chat/completions");
    const names = [...res.headers.keys()].sort();
    expect(names).toEqual(
      [
        "anthropic-ratelimit-tokens-remaining",
        "cache-control",
        "content-length",
        "content-type",
        "x-content-type-options",
        "x-oneapi-request-id",
        "x-ratelimit-remaining-requests",
        "x-request-id",
      ].sort(),
    );
    expect(res.headers.get("x-content-type-options")).toBe("nosniff");
  });

  it("serves an unexpected upstream content type as octet-stream", async () => {
    reply = () => ({
      status: 502,
      headers: { "content-type": "text/html" },
      body: "<script>alert(1)</script>",
    });
    const res = await post("chat/completions");
    expect(res.status).toBe(502);
    expect(res.headers.get("content-type")).toBe("application/octet-stream");
    expect(await res.text()).toBe("<script>alert(1)</script>");
  });

  it("marks SSE replies no-transform and unbuffered", async () => {
    reply = () => ({
      status: 200,
      headers: { "content-type": "text/event-stream" },
      body: "data: [DONE]\n\n",
    });
    const res = await post("chat/completions");
    expect(res.headers.get("cache-control")).toBe("no-cache, no-transform");
    expect(res.headers.get("x-accel-buffering")).toBe("no");
    expect(await res.text()).toBe("data: [DONE]\n\n");
  });

  it("decodes a gzip upstream body and drops content-encoding and content-length", async () => {
    const json = JSON.stringify({ text: "hello ".repeat(200) });
    reply = () => ({
      status: 200,
      headers: { "content-type": "application/json", "content-encoding": "gzip" },
      body: gzipSync(json),
    });
    const res = await post("chat/completions");
    expect(res.headers.get("content-encoding")).toBeNull();
    expect(res.headers.get("content-length")).toBeNull();
    expect(await res.text()).toBe(json);
  });

  it("passes error statuses, bodies and retry headers through, masking the caller's key", async () => {
    reply = () => ({
      status: 429,
      headers: { "content-type": "application/json", "retry-after": "3", "x-should-retry": "false" },
      body: JSON.stringify({
        error: { message: `Key ${KEY} is rate limited`, type: "rate_limit", code: "" },
      }),
    });
    const res = await post("chat/completions");
    expect(res.status).toBe(429);
    expect(res.headers.get("retry-after")).toBe("3");
    expect(res.headers.get("x-should-retry")).toBe("false");
    const text = await res.text();
    expect(text).not.toContain(KEY);
    expect(JSON.parse(text)).toEqual({
      error: { message: "Key …abcd is rate limited", type: "rate_limit", code: "" },
    });
    expect(up.seen).toHaveLength(1);
  });
});

describe("origin, content type and size", () => {
  it("refuses a POST from a foreign Origin, allows ours and none", async () => {
    expect((await post("chat/completions", { origin: "https://evil.test" })).status).toBe(403);
    expect((await post("chat/completions", { origin: "null" })).status).toBe(403);
    expect(up.seen).toHaveLength(0);
    expect((await post("chat/completions", { origin: APP })).status).toBe(200);
    expect((await post("chat/completions")).status).toBe(200);
  });

  it("answers 415 for other content types, and multipart outside /videos", async () => {
    expect((await post("chat/completions", { "content-type": "text/plain" })).status).toBe(415);
    const multipart = { "content-type": "multipart/form-data; boundary=x" };
    expect((await post("chat/completions", multipart, "--x--")).status).toBe(415);
    expect(up.seen).toHaveLength(0);
    expect((await post("videos", multipart, "--x--")).status).toBe(200);
  });

  it("answers 413 from Content-Length without contacting the upstream", async () => {
    setEnv({ PROXY_MAX_JSON_BYTES: "100" });
    const res = await post("chat/completions", { "content-length": "101" }, "x".repeat(101));
    expect(res.status).toBe(413);
    expect((await res.json()).error).toMatchObject({
      code: "payload_too_large",
      message: expect.stringContaining("100 bytes"),
    });
    expect(up.seen).toHaveLength(0);
  });

  it("answers 413 when a streamed body without length passes the limit", async () => {
    setEnv({ PROXY_MAX_MULTIPART_BYTES: "1000" });
    let pulled = 0;
    const body = new ReadableStream<Uint8Array>({
      pull(c) {
        pulled += 1;
        if (pulled > 50) c.close();
        else c.enqueue(new Uint8Array(100));
      },
    });
    const req = proxyRequest("videos", {
      method: "POST",
      headers: { ...bearer, "content-type": "multipart/form-data; boundary=x" },
      body,
      duplex: "half",
    });
    const res = await POST(req, ctx(["videos"]));
    expect(res.status).toBe(413);
    expect(pulled).toBeLessThan(50);
  });
});
