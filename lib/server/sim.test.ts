import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { GET, POST } from "@/app/api/apigo/v1/[...path]/route";
import { GET as simFileGET } from "@/app/api/sim/[...path]/route";
import { getEmbeddedSimulator } from "@/lib/sim";
import { APP, ctx, proxyRequest, restoreEnv, setEnv } from "@/tests/server";

// The embedded simulator as the upstream (demo mode): no network at all.
beforeEach(() =>
  setEnv({
    APIGO_BASE_URL: "simulator",
    APIGO_SERVER_KEY: undefined,
    SIM_FIRST_TOKEN_MS: "0",
    SIM_TOKENS_PER_SEC: "40",
    SIM_VIDEO_SECONDS: "1",
  }),
);
afterEach(restoreEnv);

const chat = (content: string, extra: Record<string, unknown> = {}, init: RequestInit = {}) =>
  POST(
    proxyRequest("chat/completions", {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ model: "gpt-4o", messages: [{ role: "user", content }], ...extra }),
      ...init,
    }),
    ctx(["chat", "completions"]),
  );

async function waitFor(check: () => boolean, ms = 3000): Promise<void> {
  const end = Date.now() + ms;
  while (!check()) {
    if (Date.now() > end) throw new Error("condition not met in time");
    await new Promise((r) => setTimeout(r, 20));
  }
}

describe("embedded simulator upstream", () => {
  it("uses the demo key when the caller has none", async () => {
    const res = await chat("hello");
    expect(res.status).toBe(200);
    const body = await res.json();
    expect(body.choices[0].message.content.length).toBeGreaterThan(0);
    expect(res.headers.get("x-oneapi-request-id")).toBeTruthy();
  });

  it("passes a caller's invalid key through to the simulator's 401", async () => {
    const res = await chat(
      "hello",
      {},
      { headers: { "content-type": "application/json", authorization: "Bearer nope" } },
    );
    expect(res.status).toBe(401);
    expect((await res.json()).error.message).toMatch(/Invalid token/);
  });

  it("keeps an upstream error status and body unchanged", async () => {
    const res = await chat("[sim:status=429]");
    expect(res.status).toBe(429);
    const body = await res.json();
    expect(body.error).toBeTruthy();
  });

  it("answers 504 when the simulator never sends headers", async () => {
    setEnv({ UPSTREAM_HEADERS_TIMEOUT_MS: "200" });
    const res = await chat("[sim:no-headers] hello");
    expect(res.status).toBe(504);
    expect((await res.json()).error).toMatchObject({
      code: "upstream_timeout",
      message: expect.stringMatching(/try again/),
    });
  });

  it("decodes a gzip reply and forwards no content-encoding", async () => {
    const res = await chat("[sim:gzip] hello");
    expect(res.status).toBe(200);
    expect(res.headers.get("content-encoding")).toBeNull();
    expect(res.headers.get("content-length")).toBeNull();
    expect((await res.json()).object).toBe("chat.completion");
  });

  it("does not follow a redirect from the simulator", async () => {
    const res = await chat("[sim:redirect] hello");
    expect(res.status).toBe(502);
    expect((await res.json()).error.message).toMatch(/redirect/);
  });

  it("relays a dropped stream as it is: partial chunks and no [DONE] terminator", async () => {
    const res = await chat("[sim:drop] tell me a story", { stream: true });
    expect(res.status).toBe(200);
    // The in-process simulator ends a cut stream by closing it (a network upstream drops the socket).
    const text = await res.text().catch(() => "");
    expect(text).toContain("data: {");
    expect(text).not.toContain("[DONE]");
  });

  it("cancels the simulator's stream when the browser request aborts", async () => {
    const ac = new AbortController();
    const res = await chat("[sim:long] abort me please", { stream: true }, { signal: ac.signal });
    const reader = res.body?.getReader();
    await reader?.read();
    await reader?.read();
    const before = getEmbeddedSimulator().log().length;
    ac.abort();
    await waitFor(() =>
      getEmbeddedSimulator()
        .log()
        .slice(before - 1)
        .some((e) => e.outcome === "aborted"),
    );
  });

  it("cancels the simulator's stream when the reply stream is cancelled", async () => {
    const res = await chat("[sim:long] cancel me please", { stream: true });
    const reader = res.body?.getReader();
    await reader?.read();
    const before = getEmbeddedSimulator().log().length;
    await reader?.cancel();
    await waitFor(() =>
      getEmbeddedSimulator()
        .log()
        .slice(before - 1)
        .some((e) => e.outcome === "aborted"),
    );
  });

  it("keeps x-api-key as x-api-key: /v1/models answers in Anthropic's list format", async () => {
    const anth = await GET(
      proxyRequest("models", { headers: { "x-api-key": "sk-simkey", "anthropic-version": "2023-06-01" } }),
      ctx(["models"]),
    );
    expect(await anth.json()).toHaveProperty("has_more");
    const oai = await GET(
      proxyRequest("models", { headers: { authorization: "Bearer sk-simkey" } }),
      ctx(["models"]),
    );
    expect((await oai.json()).object).toBe("list");
  });

  it("serves url-mode images through /api/sim only (whatever gateway is configured)", async () => {
    const res = await POST(
      proxyRequest("images/generations", {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ model: "dall-e-3", prompt: "a cat", response_format: "url" }),
      }),
      ctx(["images", "generations"]),
    );
    const url = new URL((await res.json()).data[0].url);
    expect(url.origin).toBe(APP);
    expect(url.pathname).toMatch(/^\/api\/sim\/files\/images\/[A-Za-z0-9_-]+\.png$/);
    const params = url.pathname.split("/").slice(3);
    const img = await simFileGET(new Request(url), ctx(params));
    expect(img.status).toBe(200);
    expect(img.headers.get("content-type")).toBe("image/png");
    expect(img.headers.get("x-content-type-options")).toBe("nosniff");
    expect((await img.arrayBuffer()).byteLength).toBeGreaterThan(50);

    for (const bad of [
      ["files", "images", "..", "x.png"],
      ["v1", "models"],
      ["files", "images", "x.svg"],
    ]) {
      const r = await simFileGET(new Request(`${APP}/api/sim/${bad.join("/")}`), ctx(bad));
      expect(r.status).toBe(404);
    }
    // With a gateway configured, keyless callers still get the embedded simulator, and its images.
    setEnv({ APIGO_BASE_URL: "https://api.example.test" });
    expect((await simFileGET(new Request(url), ctx(params))).status).toBe(200);
  });

  it("derives image links per request, so one caller's Host header cannot poison another's", async () => {
    const gen = (origin: string) =>
      POST(
        new Request(`${origin}/api/apigo/v1/images/generations`, {
          method: "POST",
          headers: { "content-type": "application/json" },
          body: JSON.stringify({ model: "dall-e-3", prompt: "a dog", response_format: "url" }),
        }),
        ctx(["images", "generations"]),
      ).then(async (r) => new URL((await r.json()).data[0].url).origin);
    expect(await gen("http://evil.test")).toBe("http://evil.test");
    expect(await gen(APP)).toBe(APP);
  });
});
