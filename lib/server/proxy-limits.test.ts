// The proxy route refuses foreign origins, other content types and oversized bodies before the upstream.
import { describe, expect, it } from "vitest";
import { POST } from "@/app/api/apigo/v1/[...path]/route";
import { bearer, fakeProxyUpstream, post } from "@/tests/proxy-setup";
import { APP, ctx, proxyRequest, setEnv } from "@/tests/server";

const up = fakeProxyUpstream();

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
