// Routing and SSRF: the proxy relays allowlisted endpoint+method pairs to the configured origin only.
import { describe, expect, it } from "vitest";
import { chatBody, hostileUrl, jsonHeaders, marker, raw, server, simLog, simSaw } from "./helpers";
import { secrets } from "./servers";

const auth = { authorization: `Bearer ${secrets.userKey}` };

async function simCount(): Promise<number> {
  return (await simLog()).length;
}

describe("paths off the allowlist reach nothing", () => {
  const hostile = [
    "/api/apigo/v1/http://evil.example/v1/models",
    "/api/apigo/v1/https:%2F%2Fevil.example%2Fv1%2Fmodels",
    "/api/apigo/v1//evil.example/v1/models",
    "/api/apigo/v1/%2F%2Fevil.example/v1/models",
    "/api/apigo/v1/../../../etc/passwd",
    "/api/apigo/v1/%2e%2e/%2e%2e/api/status",
    "/api/apigo/v1/%252e%252e/admin",
    "/api/apigo/v1/models%2F..%2F..%2Fapi%2Fuser%2Fself",
    "/api/apigo/v1/models/..%2f..%2fapi%2fuser",
    "/api/apigo/v1/models/../../api/user/self",
    "/api/apigo/v1/models\\..\\..\\api",
    "/api/apigo/v1/videos/abc%2F..%2F..%2Fmodels/content",
    "/api/apigo/v1/videos/..%2Fmodels/content",
    "/api/apigo/v1/videos/abc/content/extra",
    "/api/apigo/v1/models/a%00b",
    "/api/apigo/v1/embeddings",
    "/api/apigo/v1/files",
    "/api/apigo/v1/audio/speech",
    "/api/apigo/v1/api/user/self",
    // The balance (…/billing/subscription and …/usage) is relayed, nothing else under dashboard/.
    "/api/apigo/v1/dashboard/billing/usage/extra",
    "/api/apigo/v1/dashboard/billing/history",
    "/api/apigo/v1/dashboard/billing/usage%2F..%2F..%2Fapi%2Fuser%2Fself",
    "/api/apigo/v1/dashboard/user/self",
    "/api/apigo/v1/",
    `/api/apigo/v1/models/${"a".repeat(300)}`,
    "/api/apigo/v1/@evil.example/v1/models",
    "/api/apigo/v1/127.0.0.1:80/v1/models",
  ];
  it.each(hostile)("GET %s is 404 with nothing sent upstream", async (path) => {
    const before = await simCount();
    let res = await raw(server("remote"), "GET", path, { headers: auth });
    if (res.status === 308) {
      // Next cleans `//`, `\\` and trailing slashes with a redirect; it must stay on our origin, and the
      // cleaned path must be refused in turn.
      const location = new URL(String(res.headers.location), server("remote"));
      expect(location.origin).toBe(new URL(server("remote")).origin);
      expect(String(res.headers.location)).not.toMatch(/^\/\/|^\/\\/);
      res = await raw(server("remote"), "GET", location.pathname, { headers: auth });
    }
    expect(res.status).toBe(404);
    // A 404 from our route is JSON; dot segments resolved by Next land on the app's 404 page instead.
    if (res.headers["content-type"]?.includes("html"))
      expect(res.headers["content-security-policy"]).toMatch(/nonce|^default-src 'none'/);
    expect(await simCount()).toBe(before);
  });

  it("dot segments that resolve onto an allowlisted path reach only that path", async () => {
    const res = await raw(server("remote"), "GET", "/api/apigo/v1/chat/completions/../../models", {
      headers: auth,
    });
    expect(res.status).toBe(200);
    expect((await simLog()).at(-1)?.path).toBe("/v1/models");
  });
});

describe("methods off the allowlist", () => {
  const cases: [string, string][] = [
    ["GET", "/api/apigo/v1/chat/completions"],
    ["POST", "/api/apigo/v1/models"],
    ["PUT", "/api/apigo/v1/chat/completions"],
    ["DELETE", "/api/apigo/v1/videos/video_abc"],
    ["PATCH", "/api/apigo/v1/models"],
    ["HEAD", "/api/apigo/v1/models"],
    ["OPTIONS", "/api/apigo/v1/chat/completions"],
    ["GET", "/api/apigo/v1/videos/video_abc/remix"],
  ];
  it.each(cases)("%s %s is 405 with nothing sent upstream", async (method, path) => {
    const before = await simCount();
    const res = await raw(server("remote"), method, path, {
      headers: { ...jsonHeaders(secrets.userKey), origin: "https://evil.example" },
      body: method === "GET" || method === "HEAD" ? undefined : chatBody("x"),
    });
    expect(res.status).toBe(405);
    expect(res.headers["access-control-allow-origin"]).toBeUndefined();
    expect(await simCount()).toBe(before);
  });

  it("method-override headers change nothing: relayed as POST, headers dropped", async () => {
    const m = marker();
    const res = await fetch(`${server("remote")}/api/apigo/v1/chat/completions`, {
      method: "POST",
      headers: {
        ...jsonHeaders(secrets.userKey),
        "x-http-method-override": "DELETE",
        "x-http-method": "DELETE",
        "x-method-override": "DELETE",
      },
      body: chatBody(m, { stream: false }),
    });
    expect(res.status).toBe(200);
    const [entry] = await simSaw(m);
    expect(entry?.method).toBe("POST");
    expect(
      Object.keys(entry?.headers ?? {}).filter((h) => h.includes("override") || h === "x-http-method"),
    ).toEqual([]);
  });

  it("a GET with a method-override header on a POST-only path is still 405", async () => {
    const before = await simCount();
    const res = await raw(server("remote"), "GET", "/api/apigo/v1/chat/completions", {
      headers: { ...auth, "x-http-method-override": "POST" },
    });
    expect(res.status).toBe(405);
    expect(await simCount()).toBe(before);
  });
});

describe("what reaches the upstream", () => {
  it("only allowlisted request headers; cookies, forwarding and hop-by-hop headers stay here", async () => {
    const m = marker();
    await fetch(`${server("remote")}/api/apigo/v1/chat/completions`, {
      method: "POST",
      headers: {
        ...jsonHeaders(secrets.userKey),
        cookie: "session=abc; other=1",
        "x-forwarded-for": "10.0.0.1",
        "x-forwarded-host": "evil.example",
        "x-real-ip": "10.0.0.2",
        "proxy-authorization": "Basic Zm9vOmJhcg==",
        "x-api-key": "sk-simSmuggled0000",
        vendor: "openai",
      },
      body: chatBody(m, { stream: false }),
    });
    const [entry] = await simSaw(m);
    const names = Object.keys(entry?.headers ?? {});
    for (const h of [
      "cookie",
      "x-forwarded-for",
      "x-forwarded-host",
      "x-real-ip",
      "proxy-authorization",
      "x-api-key",
    ])
      expect(names).not.toContain(h);
    expect(entry?.headers.vendor).toBe("openai");
    expect(entry?.headers.authorization).toMatch(/41c7$/);
  });

  it("query strings are not relayed (the upstream path is rebuilt from validated segments)", async () => {
    const res = await fetch(`${server("remote")}/api/apigo/v1/models?url=http://evil.example/&a=../b`, {
      headers: auth,
    });
    expect(res.status).toBe(200);
    const entry = (await simLog()).filter((e) => e.path.startsWith("/v1/models")).at(-1);
    expect(entry?.path).toBe("/v1/models");
  });

  it("a forged Host or X-Forwarded-Host does not move the upstream", async () => {
    const m = marker();
    const res = await raw(server("remote"), "POST", "/api/apigo/v1/chat/completions", {
      headers: { ...jsonHeaders(secrets.userKey), host: "evil.example", "x-forwarded-host": "evil.example" },
      body: chatBody(m, { stream: false }),
    });
    expect(res.status).toBe(200);
    expect(await simSaw(m)).toHaveLength(1);
  });

  it("URLs inside request bodies are relayed as data, never fetched by us", async () => {
    const m = marker();
    const bait = `${hostileUrl()}/bait-${m}.png`;
    const body = JSON.stringify({
      model: "gpt-4o-mini",
      stream: false,
      messages: [
        {
          role: "user",
          content: [
            { type: "text", text: m },
            { type: "image_url", image_url: { url: bait } },
          ],
        },
      ],
    });
    const res = await fetch(`${server("remote")}/api/apigo/v1/chat/completions`, {
      method: "POST",
      headers: jsonHeaders(secrets.userKey),
      body,
    });
    expect(res.status).toBe(200);
    expect(JSON.stringify((await simSaw(m))[0]?.body)).toContain(bait);
    const seen = (await (await fetch(`${hostileUrl()}/__hostile/seen`)).json()) as { url: string }[];
    expect(seen.filter((s) => s.url.includes(m))).toEqual([]);
  });
});

describe("upstream redirects are never followed", () => {
  it("the simulator's 307 becomes a 502 that says so", async () => {
    const res = await fetch(`${server("remote")}/api/apigo/v1/chat/completions`, {
      method: "POST",
      headers: jsonHeaders(secrets.userKey),
      body: chatBody("go elsewhere [sim:redirect]", { stream: false }),
    });
    expect(res.status).toBe(502);
    expect(res.headers.get("location")).toBeNull();
    expect(await res.text()).toMatch(/redirect \(307\)/);
  });

  it("a 302 to the cloud metadata address is not followed", async () => {
    const res = await fetch(`${server("hostileApp")}/api/apigo/v1/chat/completions`, {
      method: "POST",
      headers: jsonHeaders(secrets.userKey),
      body: chatBody("[hostile:redirect]", { stream: false }),
    });
    expect(res.status).toBe(502);
    expect(res.headers.get("location")).toBeNull();
    expect(await res.text()).toMatch(/does not follow/);
  });
});

describe("no open CORS", () => {
  it("a cross-site read gets no Access-Control-Allow-Origin (the simulator's * is dropped)", async () => {
    const res = await fetch(`${server("remote")}/api/apigo/v1/models`, {
      headers: { ...auth, origin: "https://evil.example" },
    });
    expect(res.status).toBe(200);
    expect(res.headers.get("access-control-allow-origin")).toBeNull();
    expect(res.headers.get("access-control-expose-headers")).toBeNull();
  });
});
