// Issue #16, item 7, against `next start`: the share scanner and validator at any depth (clean 400s,
// never a 500 or a stored share whose page fails), broken base64, headers on every page path, DNS
// rebinding, and what GET /api/session tells anyone.
import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { imagesSnapshot, messagesSnapshot } from "../shares/fixtures";
import { raw, server } from "./helpers";
import { secrets } from "./servers";

const base = () => server("remote");
// The remote server trusts one proxy hop: the suite's X-Forwarded-For names a fresh client per call.
const post = (body: string) =>
  raw(base(), "POST", "/api/shares", {
    headers: { "content-type": "application/json", "x-forwarded-for": `client-${randomUUID()}` },
    body,
  });

/** A messages snapshot whose tool input nests `depth` objects around `leaf`, written as text. */
function nested(depth: number, leaf: string): string {
  const input = `${'{"a":'.repeat(depth)}${JSON.stringify(leaf)}${"}".repeat(depth)}`;
  const snapshot = JSON.stringify({
    ...messagesSnapshot,
    messages: [{ role: "assistant", blocks: [{ type: "tool_use", id: "t1", name: "f", input: "INPUT" }] }],
  }).replace('"INPUT"', input);
  return `{"snapshot":${snapshot},"expiresIn":"1d"}`;
}

describe("snapshot depth", () => {
  it("a key nested 70 deep is not stored", async () => {
    const res = await post(nested(70, `my key ${secrets.userKey}`));
    expect(res.status).toBe(400);
    expect(res.body).not.toContain(secrets.userKey.slice(3));
  });

  it.each([1600, 5000, 30_000])("nesting %i deep is a clean 400 that says why", async (depth) => {
    const res = await post(nested(depth, "leaf"));
    expect(res.status).toBe(400);
    expect(res.body).toMatch(/nested deeper than \d+ levels/);
  });

  it("a snapshot at the allowed depth is stored and its page renders", async () => {
    const res = await post(nested(50, "leaf"));
    expect(res.status).toBe(201);
    const { id } = JSON.parse(res.body) as { id: string };
    expect((await raw(base(), "GET", `/s/${id}`)).status).toBe(200);
  });
});

describe("image data", () => {
  it.each(["%".repeat(20), "AAAA=AAAAAAAAAAAAAAAA", "AAAAAAAAAAAAA==="])(
    "invalid base64 %s is a 400, not a 500",
    async (data) => {
      const image = imagesSnapshot.images[0];
      const snapshot = { ...imagesSnapshot, images: [{ ...image, data }] };
      const res = await post(JSON.stringify({ snapshot, expiresIn: "1d" }));
      expect(res.status).toBe(400);
      expect(res.body).toMatch(/images\.0\.data/);
    },
  );
});

describe("headers on every page path", () => {
  it.each(["/favicon.ico", "/favicon.ico/x", "/icon.svgx", "/icon.svg/..%2Fx", "/no-such-page"])(
    "%s carries the CSP, X-Frame-Options, nosniff and Referrer-Policy",
    async (path) => {
      const res = await raw(base(), "GET", path);
      expect(String(res.headers["content-security-policy"])).toMatch(/frame-ancestors 'none'/);
      expect(res.headers["x-frame-options"]).toBe("DENY");
      expect(res.headers["x-content-type-options"]).toBe("nosniff");
      expect(res.headers["referrer-policy"]).toBeTruthy();
    },
  );
});

describe("same-origin check", () => {
  it("a DNS-rebinding page (Origin and Host on a foreign name that resolves here) is refused", async () => {
    const { port } = new URL(base());
    const rebound = `rebind-${randomUUID().slice(0, 8)}.attacker.example:${port}`;
    const res = await raw(base(), "PUT", "/api/session/key", {
      headers: { host: rebound, origin: `http://${rebound}`, "content-type": "application/json" },
      body: JSON.stringify({ key: secrets.userKey }),
    });
    expect(res.status).toBe(403);
    expect(res.headers["set-cookie"]).toBeUndefined();
    // The app's own page still may.
    const own = await raw(base(), "PUT", "/api/session/key", {
      headers: { origin: `http://localhost:${port}`, "content-type": "application/json" },
      body: JSON.stringify({ key: secrets.userKey }),
    });
    expect(own.status).toBe(200);
  });
});

describe("GET /api/session", () => {
  it("tells nobody where the upstream is", async () => {
    const res = await raw(base(), "GET", "/api/session");
    expect(res.status).toBe(200);
    const upstream = new URL(server("sim"));
    expect(res.body).not.toContain(upstream.host);
    expect(res.body).not.toContain(upstream.port);
    // Keyless: the embedded simulator answers; of the gateway only "not API·GO's public one" is said.
    expect(JSON.parse(res.body).upstream).toEqual({ kind: "simulator", forced: false, gateway: "custom" });
  });
});
