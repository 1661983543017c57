import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { PUT as putUpstream } from "@/app/api/session/upstream/route";
import { env } from "@/lib/env";
import { APP, restoreEnv, setEnv } from "@/tests/server";
import { DEMO_KEY, resolveRoute } from "./auth";
import { chooseUpstream, gatewayLabel, gatewayOrigin } from "./upstream-choice";

const KEY = "sk-user-choice-0123456789";
const req = (cookie = "", headers: Record<string, string> = {}) =>
  new Request(`${APP}/api/apigo/v1/models`, { headers: cookie ? { cookie, ...headers } : headers });
const keyed = (extra = "") => req(`apigo_key=${KEY}${extra}`);

beforeEach(() => setEnv({ APIGO_BASE_URL: undefined, APIGO_SERVER_KEY: undefined, ACCESS_CODE: undefined }));
afterEach(restoreEnv);

describe("which upstream answers", () => {
  it("with no configuration: a key goes to https://api.apigo.ai, no key to the embedded simulator", () => {
    expect(gatewayOrigin()).toBe("https://api.apigo.ai");
    expect(gatewayLabel()).toBe("apigo");
    expect(resolveRoute(keyed())).toEqual({
      upstream: { kind: "remote", origin: "https://api.apigo.ai" },
      auth: { scheme: "bearer", key: KEY, source: "cookie" },
    });
    expect(resolveRoute(req())).toEqual({
      upstream: { kind: "simulator" },
      auth: { scheme: "bearer", key: DEMO_KEY, source: "demo" },
    });
    // Non-browser callers (the SDKs) with their own key go to the gateway as well.
    expect(resolveRoute(req("", { authorization: `Bearer ${KEY}` })).upstream.kind).toBe("remote");
  });

  it("APIGO_BASE_URL names another gateway by its origin only; `simulator` forces the simulator", () => {
    setEnv({ APIGO_BASE_URL: "https://gw.example.test:8443/some/path?x=1" });
    expect(resolveRoute(keyed()).upstream).toEqual({
      kind: "remote",
      origin: "https://gw.example.test:8443",
    });
    expect(gatewayLabel()).toBe("custom");
    setEnv({ APIGO_BASE_URL: "simulator" });
    expect(gatewayOrigin()).toBeNull();
    // Forced: the caller's key is sent to the simulator (as the gateway would get it), and no pick wins.
    expect(resolveRoute(keyed("; apigo_upstream=gateway"))).toEqual({
      upstream: { kind: "simulator" },
      auth: { scheme: "bearer", key: KEY, source: "cookie" },
    });
    setEnv({ APIGO_BASE_URL: "ftp://gw.example.test" });
    expect(() => env()).toThrow();
  });

  it("the Settings pick wins over the key; a picked simulator never sees the user's key", () => {
    expect(resolveRoute(keyed("; apigo_upstream=simulator"))).toEqual({
      upstream: { kind: "simulator" },
      auth: { scheme: "bearer", key: DEMO_KEY, source: "demo" },
    });
    expect(chooseUpstream(req("apigo_upstream=gateway"), false)).toEqual({
      kind: "remote",
      origin: "https://api.apigo.ai",
    });
    // The gateway picked without a key: 401 that says what to do, nothing sent.
    expect(() => resolveRoute(req("apigo_upstream=gateway"))).toThrow(/Settings/);
    // Anything else in the cookie is no pick at all: never an address.
    expect(chooseUpstream(req("apigo_upstream=http%3A%2F%2Fevil.test"), true)).toEqual({
      kind: "remote",
      origin: "https://api.apigo.ai",
    });
    expect(chooseUpstream(req("apigo_upstream=http%3A%2F%2Fevil.test"), false)).toEqual({
      kind: "simulator",
    });
  });

  it("team mode: the server key goes to the gateway behind the access code; no code, no upstream", () => {
    setEnv({ APIGO_SERVER_KEY: "sk-team-server-key-1", ACCESS_CODE: "open sesame" });
    expect(() => resolveRoute(req())).toThrow(/access code/);
    expect(() => resolveRoute(req("apigo_upstream=simulator"))).toThrow(/access code/);
    // A member's own key needs no code, as before.
    expect(resolveRoute(keyed()).upstream.kind).toBe("remote");
    setEnv({ ACCESS_CODE: undefined, ALLOW_OPEN_RELAY: "true" });
    expect(resolveRoute(req())).toMatchObject({ upstream: { kind: "remote" }, auth: { source: "team" } });
  });
});

describe("PUT /api/session/upstream", () => {
  const put = (body: unknown, cookie = "") =>
    putUpstream(
      new Request(`${APP}/api/session/upstream`, {
        method: "PUT",
        headers: { "content-type": "application/json", origin: APP, ...(cookie ? { cookie } : {}) },
        body: JSON.stringify(body),
      }),
    );

  it("stores one of the two choices in an httpOnly cookie and answers the session it makes", async () => {
    const res = await put({ upstream: "simulator" }, `apigo_key=${KEY}`);
    expect(res.status).toBe(200);
    expect(res.headers.get("set-cookie")).toMatch(
      /^apigo_upstream=simulator; Path=\/api; Max-Age=\d+; HttpOnly; SameSite=Strict$/,
    );
    expect(await res.json()).toMatchObject({
      mode: "demo",
      keyHint: "…6789",
      upstream: { kind: "simulator" },
    });
    const back = await put({ upstream: "gateway" }, `apigo_key=${KEY}; apigo_upstream=simulator`);
    expect(await back.json()).toMatchObject({
      mode: "user-key",
      upstream: { kind: "remote", gateway: "apigo" },
    });
  });

  it("refuses anything but the two names (no URL), and the gateway when the simulator is forced", async () => {
    expect((await put({ upstream: "https://evil.test" })).status).toBe(400);
    expect((await put({ upstream: "gateway", url: "https://evil.test" })).status).toBe(400);
    setEnv({ APIGO_BASE_URL: "simulator" });
    expect((await put({ upstream: "gateway" })).status).toBe(400);
    expect((await put({ upstream: "simulator" })).status).toBe(200);
  });
});
