import path from "node:path";
import { pathToFileURL } from "node:url";
import { describe, expect, it } from "vitest";
import { z } from "zod";
import {
  API_SECURITY_HEADERS,
  contentSecurityPolicy,
  createNonce,
  isSharePage,
  pageSecurityHeaders,
} from "./security-headers";

function directives(csp: string): Map<string, string[]> {
  return new Map(
    csp.split(";").map((d) => {
      const [name = "", ...values] = d.trim().split(/\s+/);
      return [name, values] as const;
    }),
  );
}

describe("content security policy", () => {
  const prod = directives(contentSecurityPolicy("abc123==", { dev: false }));

  it("allows scripts by nonce only, never inline or eval in production", () => {
    expect(prod.get("script-src")).toEqual(["'self'", "'nonce-abc123=='", "'strict-dynamic'"]);
    const csp = contentSecurityPolicy("n", { dev: false });
    expect(csp).not.toContain("unsafe-eval");
    expect(prod.get("script-src")).not.toContain("'unsafe-inline'");
  });

  it("locks connections, framing, plugins, base and forms to our origin", () => {
    expect(prod.get("connect-src")).toEqual(["'self'"]);
    expect(prod.get("frame-ancestors")).toEqual(["'none'"]);
    expect(prod.get("object-src")).toEqual(["'none'"]);
    expect(prod.get("base-uri")).toEqual(["'self'"]);
    expect(prod.get("form-action")).toEqual(["'self'"]);
    expect(prod.get("default-src")).toEqual(["'self'"]);
  });

  it("loads images and media only from our origin, blob:, data: (images) and https:", () => {
    expect(prod.get("img-src")).toEqual(["'self'", "blob:", "data:", "https:"]);
    expect(prod.get("media-src")).toEqual(["'self'", "blob:", "https:"]);
    expect(prod.get("style-src")).toEqual(["'self'", "'unsafe-inline'"]);
  });

  it("adds eval and the hot-reload socket in development only", () => {
    const dev = directives(contentSecurityPolicy("n", { dev: true }));
    expect(dev.get("script-src")).toContain("'unsafe-eval'");
    expect(dev.get("connect-src")).toEqual(["'self'", "ws:"]);
  });
});

describe("page headers", () => {
  it("carry the CSP with the nonce and the other security headers", () => {
    const h = pageSecurityHeaders("/chat", "xyz", { dev: false });
    expect(h["content-security-policy"]).toContain("'nonce-xyz'");
    expect(h["x-content-type-options"]).toBe("nosniff");
    expect(h["x-frame-options"]).toBe("DENY");
    expect(h["referrer-policy"]).toBe("strict-origin-when-cross-origin");
    expect(h["permissions-policy"]).toMatch(/camera=\(\), microphone=\(\), geolocation=\(\)/);
  });

  it("send no referrer from share pages", () => {
    expect(pageSecurityHeaders("/s/abc", "n", { dev: false })["referrer-policy"]).toBe("no-referrer");
    expect(isSharePage("/s")).toBe(true);
    expect(isSharePage("/settings")).toBe(false);
    expect(isSharePage("/share")).toBe(false);
  });
});

describe("nonce", () => {
  it("is 128 random bits in base64, fresh each time", () => {
    const a = createNonce();
    expect(a).toMatch(/^[A-Za-z0-9+/]{22}==$/);
    const seen = new Set(Array.from({ length: 200 }, createNonce));
    expect(seen.size).toBe(200);
  });
});

const headerRules = z.array(
  z.object({ source: z.string(), headers: z.array(z.object({ key: z.string(), value: z.string() })) }),
);

describe("API routes", () => {
  it("next.config.mjs sets the same static headers on /api as API_SECURITY_HEADERS", async () => {
    // Imported by URL: the .mjs config has no type declarations, so its shape is checked here instead.
    const url = pathToFileURL(path.resolve(import.meta.dirname, "../../next.config.mjs")).href;
    const config = z
      .object({ default: z.object({ headers: z.function() }) })
      .parse(await import(/* @vite-ignore */ url));
    const rules = headerRules.parse(await config.default.headers());
    const api = rules.find((r) => r.source === "/api/:path*");
    const got = Object.fromEntries((api?.headers ?? []).map((h) => [h.key.toLowerCase(), h.value]));
    expect(got).toEqual(API_SECURITY_HEADERS);
  });
});
