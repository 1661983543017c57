// The proxy route forwards only the allowlisted endpoints, methods and query params.
import { describe, expect, it } from "vitest";
import { DELETE, GET, HEAD, OPTIONS, PATCH, PUT } from "@/app/api/apigo/v1/[...path]/route";
import { bearer, chatBody, fakeProxyUpstream, post } from "@/tests/proxy-setup";
import { ctx, proxyRequest } from "@/tests/server";

const up = fakeProxyUpstream();

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
