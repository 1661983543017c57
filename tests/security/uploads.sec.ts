// Uploads and downloads: size limits without buffering, content types checked, hostile multipart parts
// relayed as data, video bytes served only as video with nosniff, Range answered with 206.
import { describe, expect, it } from "vitest";
import {
  BROWSER_ACCEPT_ENCODING,
  chatBody,
  jsonHeaders,
  marker,
  raw,
  rawBytes,
  server,
  simLog,
  simSaw,
} from "./helpers";
import { secrets } from "./servers";

const auth = { authorization: `Bearer ${secrets.userKey}` };
const remote = () => server("remote");

function multipart(parts: { name: string; value: string | Buffer; filename?: string; type?: string }[]) {
  const boundary = `----sec${marker()}`;
  const chunks: Buffer[] = [];
  for (const p of parts) {
    const disp = p.filename === undefined ? `name="${p.name}"` : `name="${p.name}"; filename="${p.filename}"`;
    chunks.push(Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; ${disp}\r\n`));
    if (p.type) chunks.push(Buffer.from(`Content-Type: ${p.type}\r\n`));
    chunks.push(Buffer.from("\r\n"), Buffer.from(p.value), Buffer.from("\r\n"));
  }
  chunks.push(Buffer.from(`--${boundary}--\r\n`));
  return { body: Buffer.concat(chunks), type: `multipart/form-data; boundary=${boundary}` };
}

describe("request size limits (JSON 64 KB, multipart 1 MB in this suite)", () => {
  it("a JSON body over the limit with its length declared: 413 at once, nothing sent upstream", async () => {
    const before = (await simLog()).length;
    const res = await raw(remote(), "POST", "/api/apigo/v1/chat/completions", {
      headers: jsonHeaders(secrets.userKey),
      body: chatBody("x".repeat(70_000)),
    });
    expect(res.status).toBe(413);
    expect(res.body).toMatch(/JSON request body is larger than this playground accepts \(64 KB\)/);
    expect((await simLog()).length).toBe(before);
  });

  it("a chunked JSON body (no length) over the limit: 413 or a closed upload, never a completed upstream request", async () => {
    const m = marker();
    const big = chatBody(`${m}${"y".repeat(200_000)}`);
    const stream = new ReadableStream<Uint8Array>({
      start(c) {
        const bytes = new TextEncoder().encode(big);
        for (let i = 0; i < bytes.length; i += 16_384) c.enqueue(bytes.slice(i, i + 16_384));
        c.close();
      },
    });
    // The 413 goes out with `Connection: close` while the client may still be sending: undici then
    // reports the reset of its upload instead of the status. Either way the request went nowhere.
    const status = await fetch(`${remote()}/api/apigo/v1/chat/completions`, {
      method: "POST",
      headers: jsonHeaders(secrets.userKey),
      body: stream,
      duplex: "half",
    } as RequestInit & { duplex: "half" }).then(
      (res) => res.status,
      (err: unknown) => String((err as { cause?: { code?: string } }).cause?.code),
    );
    expect(["413", "ECONNRESET", "EPIPE", "UND_ERR_SOCKET"]).toContain(String(status));
    expect((await simSaw(m)).filter((e) => e.outcome === "completed")).toEqual([]);
  });

  it("a multipart upload over the limit: 413 with a clear message", async () => {
    const { body, type } = multipart([
      { name: "model", value: "sora-2" },
      { name: "prompt", value: "a cat" },
      { name: "input_reference", value: Buffer.alloc(1_200_000, 1), filename: "ref.png", type: "image/png" },
    ]);
    const res = await raw(remote(), "POST", "/api/apigo/v1/videos", {
      headers: { ...auth, "content-type": type },
      body,
    });
    expect(res.status).toBe(413);
    expect(res.body).toMatch(/upload is larger than this playground accepts \(1 MB\)/);
  });
});

describe("content types", () => {
  it.each([
    [
      "multipart to a JSON-only endpoint",
      "/api/apigo/v1/chat/completions",
      "multipart/form-data; boundary=x",
    ],
    ["text/plain", "/api/apigo/v1/chat/completions", "text/plain"],
    ["no content type", "/api/apigo/v1/images/generations", ""],
    ["form-urlencoded", "/api/apigo/v1/videos", "application/x-www-form-urlencoded"],
    ["multipart without a boundary", "/api/apigo/v1/videos", "multipart/form-data"],
  ])("%s: 415, nothing sent upstream", async (_label, path, type) => {
    const before = (await simLog()).length;
    const res = await raw(remote(), "POST", path, {
      headers: { ...auth, ...(type ? { "content-type": type } : {}) },
      body: "model=sora-2&prompt=x",
    });
    expect(res.status).toBe(415);
    expect((await simLog()).length).toBe(before);
  });

  it("malformed JSON and malformed multipart reach the upstream as sent and its 4xx comes back", async () => {
    const json = await raw(remote(), "POST", "/api/apigo/v1/chat/completions", {
      headers: jsonHeaders(secrets.userKey),
      body: '{"model": "gpt-4o-mini", "messages": [',
    });
    expect(json.status).toBeGreaterThanOrEqual(400);
    expect(json.status).toBeLessThan(600);
    expect(json.status).not.toBe(502);
    const broken = await raw(remote(), "POST", "/api/apigo/v1/videos", {
      headers: { ...auth, "content-type": "multipart/form-data; boundary=abc" },
      body: '--abc\r\nContent-Disposition: form-data; name="model"\r\n\r\nsora-2\r\n--abc', // no final boundary
    });
    expect(broken.status).toBeGreaterThanOrEqual(400);
    expect(broken.headers["content-type"]).toMatch(/json/);
  });

  it.each([
    "../../etc/passwd.png",
    "<img src=x onerror=alert(1)>.png",
    "C:\\Windows\\win.ini",
    "..%2f..%2fx.png",
  ])("a file named %s is relayed byte for byte as data, never interpreted by us", async (filename) => {
    const m = marker();
    const { body, type } = multipart([
      { name: "model", value: "sora-2" },
      { name: "prompt", value: `a cat ${m}` },
      { name: "input_reference", value: "<script>alert(1)</script>", filename, type: "text/html" },
    ]);
    const res = await raw(remote(), "POST", "/api/apigo/v1/videos", {
      headers: { ...auth, "content-type": type },
      body,
    });
    expect(res.status).toBe(200);
    expect(res.headers["content-type"]).toMatch(/^application\/json/);
    const [entry] = await simSaw(m);
    expect(entry?.body).toMatchObject({ input_reference: { name: filename, type: "text/html", size: 25 } });
  });

  it("a part header that breaks the multipart framing gets the upstream's 400, not a crash of ours", async () => {
    const { body, type } = multipart([
      { name: "model", value: "sora-2" },
      { name: "input_reference", value: "x", filename: 'a"; name="model"; x=".png', type: "image/png" },
    ]);
    const res = await raw(remote(), "POST", "/api/apigo/v1/videos", {
      headers: { ...auth, "content-type": type },
      body,
    });
    expect(res.status).toBe(400);
    expect(res.body).toMatch(/"error"/);
  });
});

describe("video downloads", () => {
  async function completedVideo(prompt: string): Promise<string> {
    const created = await fetch(`${remote()}/api/apigo/v1/videos`, {
      method: "POST",
      headers: jsonHeaders(secrets.userKey),
      body: JSON.stringify({ model: "sora-2", prompt, seconds: "4" }),
    });
    const { id } = (await created.json()) as { id: string };
    for (let i = 0; i < 60; i++) {
      const r = await fetch(`${remote()}/api/apigo/v1/videos/${id}`, { headers: auth });
      const job = (await r.json()) as { status: string };
      if (job.status === "completed") return id;
      await new Promise((r) => setTimeout(r, 200));
    }
    throw new Error("video did not complete");
  }

  // [sim:no-range]: the gateway ignores Range as new-api's does; the proxy's per-key disk cache answers it.
  it.each([
    ["a gateway that serves Range", "a calm sea"],
    ["a gateway that ignores Range", "a calm sea [sim:no-range]"],
  ])("served as video/mp4 with nosniff and a private cache; Range gives 206 (%s)", async (_, prompt) => {
    const id = await completedVideo(prompt);
    const full = await fetch(`${remote()}/api/apigo/v1/videos/${id}/content`, { headers: auth });
    expect(full.status).toBe(200);
    expect(full.headers.get("content-type")).toBe("video/mp4");
    expect(full.headers.get("x-content-type-options")).toBe("nosniff");
    expect(full.headers.get("cache-control")).toMatch(/private/);
    const bytes = Buffer.from(await full.arrayBuffer());
    const size = bytes.byteLength;
    // With the browser's Accept-Encoding: `next start` compresses other replies, never a Range one.
    const part = await rawBytes(remote(), "GET", `/api/apigo/v1/videos/${id}/content`, {
      headers: { ...auth, range: "bytes=100-199", "accept-encoding": BROWSER_ACCEPT_ENCODING },
    });
    expect(part.status).toBe(206);
    expect(part.headers["content-range"]).toBe(`bytes 100-199/${size}`);
    expect(part.headers["content-encoding"]).toBeUndefined();
    expect(part.body.equals(bytes.subarray(100, 200))).toBe(true);
    const bad = await fetch(`${remote()}/api/apigo/v1/videos/${id}/content`, {
      headers: { ...auth, range: `bytes=${size + 10}-` },
    });
    expect(bad.status).toBe(416);
  });

  it("an upstream that serves the video bytes as HTML gets them served as octet-stream", async () => {
    const res = await fetch(`${server("hostileApp")}/api/apigo/v1/videos/video_abc/content`, {
      headers: auth,
    });
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toBe("application/octet-stream");
    expect(res.headers.get("x-content-type-options")).toBe("nosniff");
  });

  it("a variant that is not a plain word is refused before anything is sent", async () => {
    const before = (await simLog()).length;
    const res = await raw(remote(), "GET", "/api/apigo/v1/videos/video_abc/content?variant=../../x", {
      headers: auth,
    });
    expect(res.status).toBe(400);
    expect((await simLog()).length).toBe(before);
  });
});
