import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { POST } from "@/app/api/apigo/v1/[...path]/route";
import { GET as health } from "@/app/api/health/route";
import { PUT as putAccess } from "@/app/api/session/access/route";
import { DELETE as deleteKey, PUT as putKey } from "@/app/api/session/key/route";
import { GET as getSession } from "@/app/api/session/route";
import { env } from "@/lib/env";
import { sessionInfoSchema } from "@/lib/schemas/session";
import {
  APP,
  ctx,
  type FakeUpstream,
  proxyRequest,
  restoreEnv,
  setEnv,
  startFakeUpstream,
} from "@/tests/server";

const KEY = "sk-user-canary-0123456789abcd";
let up: FakeUpstream;
beforeAll(async () => {
  up = await startFakeUpstream((_q, s) => {
    s.writeHead(200, { "content-type": "application/json" });
    s.end("{}");
  });
});
afterAll(() => up.close());
beforeEach(() => {
  up.seen.length = 0;
  setEnv({
    APIGO_BASE_URL: up.origin,
    APIGO_SERVER_KEY: undefined,
    ACCESS_CODE: undefined,
    ALLOW_OPEN_RELAY: undefined,
    ALLOWED_ORIGINS: undefined,
  });
});
afterEach(restoreEnv);

const json = (method: string, path: string, body: unknown, headers: Record<string, string> = {}) =>
  new Request(`${APP}${path}`, {
    method,
    headers: { "content-type": "application/json", origin: APP, ...headers },
    body: JSON.stringify(body),
  });
const chat = (headers: Record<string, string>) =>
  POST(
    proxyRequest("chat/completions", {
      method: "POST",
      headers: { "content-type": "application/json", ...headers },
      body: '{"model":"m","messages":[]}',
    }),
    ctx(["chat", "completions"]),
  );

describe("PUT/DELETE /api/session/key", () => {
  it("sets an httpOnly strict cookie and never echoes the key", async () => {
    const res = await putKey(json("PUT", "/api/session/key", { key: KEY }));
    expect(res.status).toBe(200);
    expect(res.headers.get("set-cookie")).toBe(
      `apigo_key=${KEY}; Path=/api; Max-Age=2592000; HttpOnly; SameSite=Strict`,
    );
    expect(res.headers.get("cache-control")).toBe("no-store");
    const text = await res.text();
    expect(text).not.toContain(KEY);
    const info = sessionInfoSchema.parse(JSON.parse(text));
    expect(info).toMatchObject({
      mode: "user-key",
      keyHint: "…abcd",
      upstream: { kind: "remote" },
    });
  });

  it("adds Secure behind an https proxy", async () => {
    const res = await putKey(
      json(
        "PUT",
        "/api/session/key",
        { key: KEY },
        { "x-forwarded-proto": "https", origin: "https://localhost:3000" },
      ),
    );
    expect(res.headers.get("set-cookie")).toMatch(/; Secure$/);
  });

  it("clears the cookie", async () => {
    const res = await deleteKey(
      new Request(`${APP}/api/session/key`, { method: "DELETE", headers: { cookie: `apigo_key=${KEY}` } }),
    );
    expect(res.headers.get("set-cookie")).toBe("apigo_key=; Path=/api; Max-Age=0; HttpOnly; SameSite=Strict");
    // Keyless again: the embedded simulator answers (upstream-choice.ts).
    expect((await res.json()).mode).toBe("demo");
  });

  it("refuses a DNS-rebinding page (a foreign name whose Host agrees with its Origin) unless ALLOWED_ORIGINS lists it", async () => {
    const rebound = (origin: string) =>
      putKey(
        new Request(`${origin}/api/session/key`, {
          method: "PUT",
          headers: { "content-type": "application/json", origin, host: new URL(origin).host },
          body: JSON.stringify({ key: KEY }),
        }),
      );
    expect((await rebound("http://rebind.attacker.test:3000")).status).toBe(403);
    expect((await rebound("http://127.0.0.1:3000")).status).toBe(200);
    setEnv({ ALLOWED_ORIGINS: "https://playground.example.com, http://rebind.attacker.test:3000" });
    expect((await rebound("http://rebind.attacker.test:3000")).status).toBe(200);
    expect((await rebound("http://127.0.0.1:3000")).status).toBe(403);
  });

  it("refuses foreign origins, bad bodies and other content types", async () => {
    expect(
      (await putKey(json("PUT", "/api/session/key", { key: KEY }, { origin: "https://evil.test" }))).status,
    ).toBe(403);
    expect((await putKey(json("PUT", "/api/session/key", { key: "has space" }))).status).toBe(400);
    expect((await putKey(json("PUT", "/api/session/key", { nokey: 1 }))).status).toBe(400);
    const plain = new Request(`${APP}/api/session/key`, {
      method: "PUT",
      headers: { "content-type": "text/plain" },
      body: KEY,
    });
    expect((await putKey(plain)).status).toBe(415);
    const big = json("PUT", "/api/session/key", { key: "k".repeat(10_000) });
    expect((await putKey(big)).status).toBe(413);
  });

  it("GET /api/session: keyless is demo mode on the embedded simulator; a key goes to API·GO", async () => {
    setEnv({ APIGO_BASE_URL: undefined });
    const info = sessionInfoSchema.parse(await (await getSession(new Request(`${APP}/api/session`))).json());
    expect(info).toEqual({
      mode: "demo",
      keyHint: null,
      upstream: { kind: "simulator", forced: false, gateway: "apigo" },
      defaultVendor: null,
      accessRequired: false,
      accessGranted: false,
    });
    const keyed = await getSession(
      new Request(`${APP}/api/session`, { headers: { cookie: `apigo_key=${KEY}` } }),
    );
    expect(await keyed.json()).toMatchObject({
      mode: "user-key",
      upstream: { kind: "remote", forced: false, gateway: "apigo" },
    });
    expect(await (await health(new Request(`${APP}/api/health`))).json()).toEqual({
      ok: true,
      upstream: "remote",
    });
    setEnv({ APIGO_BASE_URL: "simulator" });
    expect(await (await getSession(new Request(`${APP}/api/session`))).json()).toMatchObject({
      mode: "demo",
      upstream: { kind: "simulator", forced: true, gateway: null },
    });
    expect(await (await health(new Request(`${APP}/api/health`))).json()).toEqual({
      ok: true,
      upstream: "simulator",
    });
  });
});

describe("which key goes upstream", () => {
  it("prefers the cookie, then Bearer, then x-api-key (kept as x-api-key)", async () => {
    await chat({ cookie: `apigo_key=${KEY}`, authorization: "Bearer sk-other-key-1234" });
    expect(up.seen[0]?.headers.authorization).toBe(`Bearer ${KEY}`);
    await chat({ authorization: "Bearer sk-other-key-1234", "x-api-key": "sk-third-key-5678" });
    expect(up.seen[1]?.headers.authorization).toBe("Bearer sk-other-key-1234");
    expect(up.seen[1]?.headers["x-api-key"]).toBeUndefined();
    await chat({ "x-api-key": "sk-third-key-5678" });
    expect(up.seen[2]?.headers["x-api-key"]).toBe("sk-third-key-5678");
    expect(up.seen[2]?.headers.authorization).toBeUndefined();
  });

  it("answers 401 without a key when the gateway is picked, sending nothing", async () => {
    const res = await chat({ cookie: "apigo_upstream=gateway" });
    expect(res.status).toBe(401);
    expect((await res.json()).error).toMatchObject({
      code: "unauthorized",
      message: expect.stringMatching(/Settings/),
    });
    expect(up.seen).toHaveLength(0);
  });
});

describe("team mode", () => {
  const SERVER_KEY = "sk-server-secret-key-9999";
  beforeEach(() => setEnv({ APIGO_SERVER_KEY: SERVER_KEY, ACCESS_CODE: "open sesame" }));

  it("refuses to start with a server key and no access code unless an open relay is wanted", () => {
    setEnv({ ACCESS_CODE: undefined });
    expect(() => env()).toThrow(/ACCESS_CODE/);
    setEnv({ ALLOW_OPEN_RELAY: "true" });
    expect(env().ALLOW_OPEN_RELAY).toBe(true);
  });

  it("requires the access code before using the server key", async () => {
    const res = await chat({});
    expect(res.status).toBe(401);
    expect((await res.json()).error.code).toBe("access_code_required");
    expect(up.seen).toHaveLength(0);

    const wrong = await putAccess(json("PUT", "/api/session/access", { code: "guess" }));
    expect(wrong.status).toBe(401);
    const ok = await putAccess(json("PUT", "/api/session/access", { code: "open sesame" }));
    expect(ok.status).toBe(200);
    const cookie = ok.headers.get("set-cookie") ?? "";
    expect(cookie).toMatch(
      /^apigo_access=v1\.\d+\.[A-Za-z0-9_-]{43}; Path=\/api; Max-Age=2592000; HttpOnly; SameSite=Strict$/,
    );
    const body = await ok.text();
    expect(body).not.toContain(SERVER_KEY);
    expect(JSON.parse(body)).toMatchObject({
      mode: "team",
      accessRequired: true,
      accessGranted: true,
      keyHint: null,
    });

    const value = cookie.split(";")[0] ?? "";
    expect((await chat({ cookie: value })).status).toBe(200);
    expect(up.seen[0]?.headers.authorization).toBe(`Bearer ${SERVER_KEY}`);
    // A forged or tampered cookie is worthless.
    expect((await chat({ cookie: `${value.slice(0, -2)}xx` })).status).toBe(401);
    // Changing the access code revokes issued cookies.
    setEnv({ ACCESS_CODE: "new code" });
    expect((await chat({ cookie: value })).status).toBe(401);
  });

  it("holds back a client guessing codes (429 with Retry-After, guess not logged); another client still gets in", async () => {
    const g = globalThis as { [key: symbol]: unknown };
    g[Symbol.for("apigo.peer-header")] = "x-test-peer";
    const from = (peer: string, code: string) =>
      putAccess(json("PUT", "/api/session/access", { code }, { "x-test-peer": peer }));
    const warn = vi.spyOn(console, "warn").mockImplementation(() => {});
    try {
      const statuses: number[] = [];
      for (let i = 0; i < 30; i++) statuses.push((await from("192.0.2.66", `guess-${i}`)).status);
      expect(statuses.slice(0, 6)).toEqual([401, 401, 401, 401, 401, 401]);
      expect(statuses.slice(6).every((s) => s === 429)).toBe(true);
      const held = await from("192.0.2.66", "open sesame");
      expect(held.status).toBe(429);
      expect(Number(held.headers.get("retry-after"))).toBeGreaterThan(0);
      expect((await held.json()).error.message).toMatch(/Too many wrong access codes from your address/);
      expect((await from("192.0.2.77", "open sesame")).status).toBe(200);
      const logged = warn.mock.calls.map((c) => String(c[0])).join("\n");
      expect(logged).toContain("wrong access code from 192.0.2.66 (6 in a row)");
      expect(logged).not.toContain("guess-");
    } finally {
      warn.mockRestore();
      delete g[Symbol.for("apigo.peer-header")];
    }
  });

  it("uses the server key for everyone in an explicit open relay", async () => {
    setEnv({ ACCESS_CODE: undefined, ALLOW_OPEN_RELAY: "1" });
    expect((await chat({})).status).toBe(200);
    expect(up.seen[0]?.headers.authorization).toBe(`Bearer ${SERVER_KEY}`);
  });
});
