import { createServer, get as httpGet, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
// Next's own writer of a route's Response to the socket (what `next start` runs): it sends the
// headers with the first body chunk, which is what this file checks the proxy feeds it at once.
import { pipeToNodeResponse } from "next/dist/server/pipe-readable";
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { slow } from "@/e2e/machine";
import { KEY, post } from "@/tests/proxy-setup";
import { type FakeUpstream, restoreEnv, setEnv, startFakeUpstream } from "@/tests/server";

// A stand-in gateway that sends its headers (and maybe a first chunk), then thinks or goes silent.
let up: FakeUpstream;
let behave: (res: ServerResponse) => void;
beforeAll(async () => {
  up = await startFakeUpstream((_req, res) => behave(res));
});
afterAll(() => up.close());
beforeEach(() => {
  up.seen.length = 0;
  up.closed.length = 0;
  setEnv({ APIGO_BASE_URL: up.origin, APIGO_SERVER_KEY: undefined, ACCESS_CODE: undefined });
});
afterEach(restoreEnv);

const SSE = { "content-type": "text/event-stream" };
const chunk = (text: string) =>
  `data: ${JSON.stringify({ id: "c1", object: "chat.completion.chunk", choices: [{ index: 0, delta: { content: text } }] })}\n\n`;
const thinks = (first?: string) => (res: ServerResponse) => {
  res.writeHead(200, SSE);
  if (first) res.write(first);
  else res.flushHeaders();
};

async function readAll(body: ReadableStream<Uint8Array> | null): Promise<string> {
  return body ? await new Response(body).text() : "";
}

describe("headers as soon as the upstream's arrive", () => {
  it("gets a 200 to the browser while the gateway thinks (through Next's response writer)", async () => {
    behave = thinks();
    const server = createServer((_req, res) => {
      void post("chat/completions").then((reply) => {
        res.writeHead(reply.status, Object.fromEntries(reply.headers));
        return pipeToNodeResponse(reply.body as ReadableStream<Uint8Array>, res);
      });
    });
    await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
    const { port } = server.address() as AddressInfo;
    const started = Date.now();
    const head = await new Promise<IncomingMessage>((resolve, reject) => {
      httpGet(`http://127.0.0.1:${port}/`, resolve).on("error", reject);
    });
    // The gateway has sent no body byte (and never will in this test): the status still arrived.
    expect(head.statusCode).toBe(200);
    expect(head.headers["content-type"]).toBe("text/event-stream");
    expect(Date.now() - started).toBeLessThan(slow(2000));
    head.destroy();
    server.closeAllConnections();
    await new Promise<void>((r) => server.close(() => r()));
  });
});

describe("a stream that goes silent", () => {
  it("ends a chat stream with an error chunk and [DONE] after the text so far, and stops the upstream", async () => {
    setEnv({ STREAM_SILENCE_TIMEOUT_MS: "300" });
    behave = thinks(chunk("Hello, wor"));
    const res = await post("chat/completions");
    expect(res.status).toBe(200);
    const text = await readAll(res.body);
    const events = text.split("\n\n").filter(Boolean);
    expect(events[0]).toBe(chunk("Hello, wor").trim());
    const error = JSON.parse(events[1]?.slice("data: ".length) ?? "");
    expect(error.error).toMatchObject({ code: "upstream_timeout", type: "playground_error" });
    expect(error.error.message).toMatch(/sent nothing for \d+ s.*text so far is kept/);
    expect(events[2]).toBe("data: [DONE]");
    await up.closed[0];
    expect(text).not.toContain(KEY);
  });

  it("ends a Messages stream with an error event", async () => {
    setEnv({ STREAM_SILENCE_TIMEOUT_MS: "300" });
    const start = 'event: message_start\ndata: {"type":"message_start","message":{"id":"m1"}}\n\n';
    behave = thinks(start);
    const text = await readAll((await post("messages")).body);
    expect(text.startsWith(start)).toBe(true);
    const tail = text.slice(start.length);
    expect(tail).toMatch(/^event: error\ndata: /);
    const event = JSON.parse(tail.split("\n")[1]?.slice("data: ".length) ?? "");
    expect(event).toMatchObject({ type: "error", error: { type: "playground_error" } });
    expect(event.error.message).toMatch(/sent nothing/);
  });

  it("says so in the caller's language (the locale cookie the pages use)", async () => {
    setEnv({ STREAM_SILENCE_TIMEOUT_MS: "300" });
    behave = thinks(chunk("你好"));
    const text = await readAll((await post("chat/completions", { cookie: "locale=zh-CN" })).body);
    const error = JSON.parse(text.split("\n\n")[1]?.slice("data: ".length) ?? "");
    expect(error.error.message).toMatch(/上游网关 0 秒内没有发送任何内容.*已收到的文本会保留/);
  });

  it("cuts a reply that is not a stream of events (an incomplete body, not a clean end)", async () => {
    setEnv({ STREAM_SILENCE_TIMEOUT_MS: "300" });
    behave = (res) => {
      res.writeHead(200, { "content-type": "application/json" });
      res.write('{"partial":');
    };
    await expect(readAll((await post("chat/completions")).body)).rejects.toThrow(/sent nothing/);
  });

  it("does not count a slow reader as silence", async () => {
    setEnv({ STREAM_SILENCE_TIMEOUT_MS: "200" });
    behave = (res) => {
      res.writeHead(200, SSE);
      res.end(`${chunk("a")}${chunk("b")}data: [DONE]\n\n`);
    };
    const res = await post("chat/completions");
    await new Promise((r) => setTimeout(r, 600));
    const text = await readAll(res.body);
    expect(text).toBe(`${chunk("a")}${chunk("b")}data: [DONE]\n\n`);
  });

  it("is off with 0", async () => {
    setEnv({ STREAM_SILENCE_TIMEOUT_MS: "0" });
    behave = (res) => {
      res.writeHead(200, SSE);
      res.write(chunk("a"));
      setTimeout(() => res.end("data: [DONE]\n\n"), 400);
    };
    expect(await readAll((await post("chat/completions")).body)).toBe(`${chunk("a")}data: [DONE]\n\n`);
  });
});
