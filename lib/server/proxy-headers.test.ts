// The proxy route's header allowlists both ways, content types, and upstream errors passed through.
import { gzipSync } from "node:zlib";
import { describe, expect, it } from "vitest";
import { fakeProxyUpstream, KEY, post } from "@/tests/proxy-setup";
import { downstreamResponseHeaders } from "./headers";

const up = fakeProxyUpstream();

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
    up.answer(() => ({
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
    }));
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
    up.answer(() => ({
      status: 502,
      headers: { "content-type": "text/html" },
      body: "<script>alert(1)</script>",
    }));
    const res = await post("chat/completions");
    expect(res.status).toBe(502);
    expect(res.headers.get("content-type")).toBe("application/octet-stream");
    expect(await res.text()).toBe("<script>alert(1)</script>");
  });

  it("marks SSE replies no-transform and unbuffered", async () => {
    up.answer(() => ({
      status: 200,
      headers: { "content-type": "text/event-stream" },
      body: "data: [DONE]\n\n",
    }));
    const res = await post("chat/completions");
    expect(res.headers.get("cache-control")).toBe("no-cache, no-transform");
    expect(res.headers.get("x-accel-buffering")).toBe("no");
    expect(await res.text()).toBe("data: [DONE]\n\n");
  });

  it("marks video and Range replies no-transform (next start's gzip skips them), not JSON ones", () => {
    const cc = (headers: Record<string, string>, endpoint: string) =>
      downstreamResponseHeaders(new Headers(headers), { reencoded: false, endpoint }).get("cache-control");
    expect(cc({ "content-type": "video/mp4" }, "videos.content")).toBe("private, max-age=3600, no-transform");
    expect(cc({ "content-type": "video/mp4", "cache-control": "public, max-age=60" }, "videos.content")).toBe(
      "private, max-age=60, no-transform",
    );
    expect(cc({ "content-type": "video/mp4", "cache-control": "no-transform" }, "videos.content")).toBe(
      "no-transform",
    );
    expect(cc({ "content-type": "application/json", "content-range": "bytes 0-9/20" }, "files.get")).toBe(
      "no-store, no-transform",
    );
    expect(cc({ "content-type": "application/json" }, "chat.completions")).toBe("no-store");
  });

  it("decodes a gzip upstream body and drops content-encoding and content-length", async () => {
    const json = JSON.stringify({ text: "hello ".repeat(200) });
    up.answer(() => ({
      status: 200,
      headers: { "content-type": "application/json", "content-encoding": "gzip" },
      body: gzipSync(json),
    }));
    const res = await post("chat/completions");
    expect(res.headers.get("content-encoding")).toBeNull();
    expect(res.headers.get("content-length")).toBeNull();
    expect(await res.text()).toBe(json);
  });

  it("passes error statuses, bodies and retry headers through, masking the caller's key", async () => {
    up.answer(() => ({
      status: 429,
      headers: { "content-type": "application/json", "retry-after": "3", "x-should-retry": "false" },
      body: JSON.stringify({
        error: { message: `Key ${KEY} is rate limited`, type: "rate_limit", code: "" },
      }),
    }));
    const res = await post("chat/completions");
    expect(res.status).toBe(429);
    expect(res.headers.get("retry-after")).toBe("3");
    expect(res.headers.get("x-should-retry")).toBe("false");
    const text = await res.text();
    expect(text).not.toContain(KEY);
    expect(JSON.parse(text)).toEqual({
      error: {
        message: `Key ${"*".repeat(KEY.length - 7)}…abcd is rate limited`,
        type: "rate_limit",
        code: "",
      },
    });
    expect(up.seen).toHaveLength(1);
  });
});
