import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterEach, describe, expect, it } from "vitest";
import * as chatRoute from "@/app/api/apigo/v1/chat/completions/route";
import * as messagesRoute from "@/app/api/apigo/v1/messages/route";
import { proxyRequest, restoreEnv, setEnv, startFakeUpstream } from "@/tests/server";

// The node:http upstream client: pooled connections, the one safe retry, and the static routes that
// serve the busiest paths with the catch-all's exact checks.
const KEY = "sk-user-canary-0123456789abcd";
const json = { authorization: `Bearer ${KEY}`, "content-type": "application/json" };
const body = JSON.stringify({ model: "gpt-4o", messages: [{ role: "user", content: "hi" }] });
afterEach(restoreEnv);

describe("pooled upstream connections", () => {
  let server: Server | undefined;
  afterEach(() => new Promise<void>((r) => (server ? server.close(() => r()) : r())));

  it("sends again once when the server drops a reused keep-alive connection unanswered", async () => {
    let n = 0;
    server = createServer((req, res) => {
      n += 1;
      req.resume();
      // The second request arrives on the pooled connection of the first: drop it without a reply.
      if (n === 2) req.socket.destroy();
      else req.on("end", () => res.end(`{"n":${n}}`));
    });
    await new Promise<void>((r) => server?.listen(0, "127.0.0.1", r));
    setEnv({ APIGO_BASE_URL: `http://127.0.0.1:${(server.address() as AddressInfo).port}` });
    const post = () =>
      chatRoute.POST(proxyRequest("chat/completions", { method: "POST", headers: json, body }));
    expect(await (await post()).json()).toEqual({ n: 1 });
    const second = await post();
    expect(second.status).toBe(200);
    expect(await second.json()).toEqual({ n: 3 });
    server.closeAllConnections();
  });

  it("does not retry a fresh connection that fails (502 with the error code)", async () => {
    server = createServer((req) => req.socket.destroy());
    await new Promise<void>((r) => server?.listen(0, "127.0.0.1", r));
    setEnv({ APIGO_BASE_URL: `http://127.0.0.1:${(server.address() as AddressInfo).port}` });
    const res = await chatRoute.POST(
      proxyRequest("chat/completions", { method: "POST", headers: json, body }),
    );
    expect(res.status).toBe(502);
    expect((await res.json()).error.message).toMatch(/ECONNRESET/);
  });
});

describe("static routes for chat/completions and messages", () => {
  it("relay like the catch-all: allowlisted headers, key added, body and reply unchanged", async () => {
    const up = await startFakeUpstream((_q, s) => {
      s.writeHead(200, { "content-type": "application/json", "set-cookie": "a=b" });
      s.end('{"ok":true}');
    });
    setEnv({ APIGO_BASE_URL: up.origin, APIGO_SERVER_KEY: undefined, ACCESS_CODE: undefined });
    for (const [route, path] of [
      [chatRoute, "chat/completions"],
      [messagesRoute, "messages"],
    ] as const) {
      const res = await route.POST(
        proxyRequest(path, { method: "POST", headers: { ...json, cookie: "x=1" }, body }),
      );
      expect(res.status).toBe(200);
      expect(res.headers.get("set-cookie")).toBeNull();
      expect(await res.text()).toBe('{"ok":true}');
    }
    expect(up.seen.map((s) => s.url)).toEqual(["/v1/chat/completions", "/v1/messages"]);
    for (const s of up.seen) {
      expect(s.headers.authorization).toBe(`Bearer ${KEY}`);
      expect(s.headers.cookie).toBeUndefined();
      expect(s.body.toString()).toBe(body);
    }
    await up.close();
  });

  it("answer 405 for GET and the other methods, refuse a foreign Origin, and a mismatched URL is a 404", async () => {
    setEnv({ APIGO_BASE_URL: "http://127.0.0.1:9" });
    const get = await chatRoute.GET(proxyRequest("chat/completions", { headers: json }));
    expect(get.status).toBe(405);
    expect((await chatRoute.DELETE(proxyRequest("chat/completions", { method: "DELETE" }))).status).toBe(405);
    const foreign = await messagesRoute.POST(
      proxyRequest("messages", { method: "POST", headers: { ...json, origin: "https://evil.test" }, body }),
    );
    expect(foreign.status).toBe(403);
    // The static route only ever sees its own URL; should anything else reach it, the raw-URL check refuses.
    const odd = await chatRoute.POST(
      proxyRequest("chat%2Fcompletions", { method: "POST", headers: json, body }),
    );
    expect(odd.status).toBe(404);
  });
});
