import { afterEach, describe, expect, it } from "vitest";
import * as chatRoute from "@/app/api/apigo/v1/chat/completions/route";
import { type FakeUpstream, proxyRequest, restoreEnv, setEnv, startFakeUpstream } from "@/tests/server";

// Keys the upstream echoes are masked in every relayed byte: 200 bodies and streams, not only errors.
const KEY = "sk-user-canary-0123456789abcd";
const TEAM = "sk-team-server-key-98765zyxw";
const body = JSON.stringify({ model: "gpt-4o", stream: true, messages: [{ role: "user", content: "hi" }] });
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

let up: FakeUpstream | undefined;
afterEach(async () => {
  await up?.close();
  restoreEnv();
});

/** An upstream that echoes what it was sent as Bearer in the given pieces, one write each. */
async function echoing(pieces: (key: string) => string[], type = "text/event-stream"): Promise<string> {
  up = await startFakeUpstream(async (req, res) => {
    const key = /^Bearer (\S+)$/.exec(req.headers.authorization ?? "")?.[1] ?? "";
    res.writeHead(200, { "content-type": type });
    for (const piece of pieces(key)) {
      res.write(piece);
      await sleep(20);
    }
    res.end();
  });
  return up.origin;
}

const send = (headers: Record<string, string>) =>
  chatRoute.POST(
    proxyRequest("chat/completions", {
      method: "POST",
      headers: { "content-type": "application/json", ...headers },
      body,
    }),
  );

describe("keys echoed by the upstream", () => {
  it("are masked in a 200 JSON body, with Content-Length still true", async () => {
    const origin = await echoing((k) => [`{"echo":"${k}"}`], "application/json");
    setEnv({ APIGO_BASE_URL: origin, APIGO_SERVER_KEY: undefined, ACCESS_CODE: undefined });
    const res = await send({ authorization: `Bearer ${KEY}` });
    const text = await res.text();
    expect(text).not.toContain(KEY);
    expect(text).toContain("…abcd");
    expect(Buffer.byteLength(text)).toBe(`{"echo":"${KEY}"}`.length);
  });

  it("are masked mid-stream even when split across two upstream writes, events intact", async () => {
    const origin = await echoing((k) => [
      'data: {"choices":[{"delta":{"content":"hi"}}]}\n\n',
      `event: error\ndata: {"error":{"message":"bad key ${k.slice(0, 10)}`,
      `${k.slice(10)}"}}\n\n`,
      "data: [DONE]\n\n",
    ]);
    setEnv({ APIGO_BASE_URL: origin, APIGO_SERVER_KEY: undefined, ACCESS_CODE: undefined });
    const res = await send({ authorization: `Bearer ${KEY}` });
    const chunks: string[] = [];
    const reader = res.body?.getReader();
    for (;;) {
      const r = await reader?.read();
      if (!r || r.done) break;
      // The empty first chunk only sends the headers early (stream-guard.ts).
      if (r.value.byteLength > 0) chunks.push(Buffer.from(r.value).toString());
    }
    const text = chunks.join("");
    expect(text).not.toContain(KEY);
    expect(text).toContain(`bad key ${"*".repeat(KEY.length - 7)}…abcd"}}\n\n`);
    // Every chunk still ends where an upstream write ended, except the one that held back a key prefix.
    expect(chunks[0]).toBe('data: {"choices":[{"delta":{"content":"hi"}}]}\n\n');
    expect(chunks.at(-1)).toBe("data: [DONE]\n\n");
  });

  it("team mode: the server key is masked for every member", async () => {
    const origin = await echoing((k) => [`data: {"error":"${k}"}\n\n`]);
    setEnv({
      APIGO_BASE_URL: origin,
      APIGO_SERVER_KEY: TEAM,
      ACCESS_CODE: undefined,
      ALLOW_OPEN_RELAY: "true",
    });
    const text = await (await send({})).text();
    expect(up?.seen[0]?.headers.authorization).toBe(`Bearer ${TEAM}`);
    expect(text).not.toContain(TEAM);
    expect(text).toContain("…zyxw");
  });
});
