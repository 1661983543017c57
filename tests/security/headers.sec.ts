// Security headers on every page (set by proxy.ts) and on API replies (next.config.mjs), checked on the
// production server.
import { describe, expect, it } from "vitest";
import { raw, server } from "./helpers";
import { secrets } from "./servers";

const PAGES = [
  "/",
  "/chat",
  "/messages",
  "/images",
  "/videos",
  "/compare",
  "/no-such-page",
  "/s/abcdefghijklmnop",
];

function directive(csp: string, name: string): string[] {
  const d = csp
    .split(";")
    .map((s) => s.trim().split(/\s+/))
    .find(([n]) => n === name);
  return d ? d.slice(1) : [];
}

describe("pages", () => {
  it.each(PAGES)("%s carries a nonce CSP and the other security headers", async (path) => {
    const res = await raw(server("remote"), "GET", path);
    expect([200, 307, 308, 404]).toContain(res.status);
    const csp = String(res.headers["content-security-policy"] ?? "");
    const nonce = /'nonce-([A-Za-z0-9+/=]+)'/.exec(csp)?.[1];
    expect(nonce).toMatch(/^[A-Za-z0-9+/]{22}==$/);
    expect(directive(csp, "script-src")).toEqual(["'self'", `'nonce-${nonce}'`, "'strict-dynamic'"]);
    expect(directive(csp, "connect-src")).toEqual(["'self'"]);
    expect(directive(csp, "frame-ancestors")).toEqual(["'none'"]);
    expect(directive(csp, "object-src")).toEqual(["'none'"]);
    expect(directive(csp, "img-src")).toEqual(["'self'", "blob:", "data:", "https:"]);
    expect(directive(csp, "media-src")).toEqual(["'self'", "blob:", "https:"]);
    expect(csp).not.toMatch(/unsafe-eval/);
    expect(res.headers["x-content-type-options"]).toBe("nosniff");
    expect(res.headers["x-frame-options"]).toBe("DENY");
    expect(res.headers["permissions-policy"]).toMatch(/camera=\(\).*microphone=\(\).*geolocation=\(\)/);
    expect(res.headers["referrer-policy"]).toBe(
      path.startsWith("/s/") ? "no-referrer" : "strict-origin-when-cross-origin",
    );
    if (res.status === 200) {
      // Every script Next renders carries this response's nonce; none is left without one.
      const scripts = [...res.body.matchAll(/<script\b[^>]*>/g)].map((m) => m[0]);
      expect(scripts.length).toBeGreaterThan(0);
      for (const tag of scripts) expect(tag).toContain(`nonce="${nonce}"`);
    }
  });

  it("the nonce is fresh on every request", async () => {
    const nonces = new Set<string>();
    for (let i = 0; i < 5; i++) {
      const res = await raw(server("remote"), "GET", "/chat");
      nonces.add(/'nonce-([^']+)'/.exec(String(res.headers["content-security-policy"]))?.[1] ?? "");
    }
    expect(nonces.size).toBe(5);
  });

  it("a CSP injected by the client in a request header does not become the page's policy", async () => {
    const res = await raw(server("remote"), "GET", "/chat", {
      headers: { "content-security-policy": "script-src * 'unsafe-inline'", "x-nonce": "attacker" },
    });
    expect(String(res.headers["content-security-policy"])).not.toContain("attacker");
    expect(res.body).not.toContain('nonce="attacker"');
  });
});

describe("API replies", () => {
  const auth = { authorization: `Bearer ${secrets.userKey}` };
  it.each([
    ["GET", "/api/health"],
    ["GET", "/api/session"],
    ["GET", "/api/apigo/v1/models"],
    ["GET", "/api/apigo/v1/nope"],
    ["POST", "/api/apigo/v1/chat/completions"],
    ["PUT", "/api/session/key"],
    ["GET", "/api/no-such-route"],
  ])("%s %s carries nosniff and is never HTML", async (method, path) => {
    const res = await raw(server("remote"), method, path, {
      headers: { ...auth, "content-type": "text/plain" },
      body: method === "GET" ? undefined : "x",
    });
    expect(res.headers["x-content-type-options"]).toBe("nosniff");
    if (path !== "/api/no-such-route") expect(String(res.headers["content-type"] ?? "")).not.toMatch(/html/);
  });

  it("API replies do not run through proxy.ts (no nonce, no body buffering) but carry a no-script CSP", async () => {
    const res = await raw(server("remote"), "GET", "/api/health");
    const csp = String(res.headers["content-security-policy"]);
    expect(csp).not.toContain("nonce");
    expect(csp).toMatch(/^default-src 'none';/);
  });

  it("an unknown /api path (Next's HTML 404) runs no script", async () => {
    const res = await raw(server("remote"), "GET", "/api/no-such-route/x");
    expect(res.status).toBe(404);
    expect(String(res.headers["content-security-policy"])).toMatch(/^default-src 'none';/);
  });
});
