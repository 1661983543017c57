// What `next start` compresses (issue #23): pages, JS and CSS chunks and JSON replies go out gzipped
// when the browser asks for it, byte for byte the same once decoded; event streams and Range replies
// go out as they are (no Content-Encoding). The chat SSE's timing is checked in streaming.sec.ts and the
// video Range bytes in uploads.sec.ts, both with the browser's Accept-Encoding.
import { gunzipSync } from "node:zlib";
import { describe, expect, it } from "vitest";
import { BROWSER_ACCEPT_ENCODING, onePaneCompareBody, rawBytes, readTimed, server } from "./helpers";
import { secrets } from "./servers";

const remote = () => server("remote");
const browser = { "accept-encoding": BROWSER_ACCEPT_ENCODING };

/** GET with and without the browser's Accept-Encoding; checks the gzip one decodes to the plain one. */
async function bothWays(path: string, headers: Record<string, string> = {}) {
  const plain = await rawBytes(remote(), "GET", path, { headers });
  const packed = await rawBytes(remote(), "GET", path, { headers: { ...headers, ...browser } });
  expect(plain.status).toBe(200);
  expect(packed.status).toBe(200);
  expect(plain.headers["content-encoding"]).toBeUndefined();
  expect(packed.headers["content-encoding"]).toBe("gzip");
  expect(packed.headers.vary).toMatch(/accept-encoding/i);
  expect(packed.body.byteLength).toBeLessThan(plain.body.byteLength);
  return { plain, packed, decoded: gunzipSync(packed.body) };
}

/** The page's own script and stylesheet URLs. */
async function assetsOf(path: string): Promise<{ js: string[]; css: string[] }> {
  const html = (await rawBytes(remote(), "GET", path)).body.toString("utf8");
  const urls = [...html.matchAll(/(?:src|href)="(\/_next\/static\/[^"]+)"/g)].map((m) => m[1] ?? "");
  return { js: urls.filter((u) => u.endsWith(".js")), css: urls.filter((u) => u.endsWith(".css")) };
}

describe("compressed when the browser asks", () => {
  it("pages", async () => {
    for (const path of ["/chat", "/compare"]) {
      const { plain, decoded } = await bothWays(path);
      // A page is rendered per request (nonces): the same document, not the same bytes.
      expect(decoded.toString("utf8")).toMatch(/^<!DOCTYPE html>/i);
      expect(plain.body.toString("utf8")).toMatch(/^<!DOCTYPE html>/i);
    }
  });

  it("static JS and CSS chunks, immutable as before and the same bytes once decoded", async () => {
    const { js, css } = await assetsOf("/chat");
    expect(js.length).toBeGreaterThan(5);
    expect(css.length).toBeGreaterThan(0);
    // Next's compression leaves bodies under 1 kB as they are (gzip would save nothing there).
    const sizes = await Promise.all(
      js.map(async (p) => (await rawBytes(remote(), "GET", p)).body.byteLength),
    );
    const big = [...js.filter((_, i) => (sizes[i] ?? 0) >= 1024), ...css];
    expect(big.length).toBeGreaterThan(5);
    for (const path of big) {
      const { plain, packed, decoded } = await bothWays(path);
      expect(decoded.equals(plain.body)).toBe(true);
      expect(packed.headers["cache-control"]).toBe("public, max-age=31536000, immutable");
    }
  });

  it("JSON replies of the API", async () => {
    const { decoded } = await bothWays("/api/apigo/v1/models", {
      authorization: `Bearer ${secrets.userKey}`,
    });
    expect(JSON.parse(decoded.toString("utf8"))).toHaveProperty("data");
  });
});

describe("left as they are", () => {
  it("a Range request for a static chunk: 206, its exact bytes, no Content-Encoding", async () => {
    const [path] = (await assetsOf("/chat")).js;
    const whole = await rawBytes(remote(), "GET", path ?? "");
    const part = await rawBytes(remote(), "GET", path ?? "", {
      headers: { ...browser, range: "bytes=100-4195" },
    });
    expect(part.status).toBe(206);
    expect(part.headers["content-range"]).toBe(`bytes 100-4195/${whole.body.byteLength}`);
    expect(part.headers["content-encoding"]).toBeUndefined();
    expect(part.body.equals(whole.body.subarray(100, 4196))).toBe(true);
  });

  it("compare's event stream: no Content-Encoding, events as they come", async () => {
    const res = await fetch(`${remote()}/api/compare`, {
      method: "POST",
      headers: { ...browser, "content-type": "application/json", authorization: `Bearer ${secrets.userKey}` },
      body: onePaneCompareBody("hi [sim:tps=40]"),
    });
    expect(res.status).toBe(200);
    expect(res.headers.get("content-encoding")).toBeNull();
    expect(res.headers.get("cache-control")).toMatch(/no-transform/);
    const chunks = await readTimed(res);
    expect(chunks.length).toBeGreaterThan(5);
    expect((chunks.at(-1)?.at ?? 0) - (chunks[0]?.at ?? 0)).toBeGreaterThan(300);
  });
});
