// Shared by the proxy route tests (proxy-*.test.ts, not shipped): a fake upstream whose reply a test
// may set, and every console line of the file captured to prove the caller's key never reaches a log.
import { afterAll, afterEach, beforeAll, beforeEach, expect, vi } from "vitest";
import { POST } from "@/app/api/apigo/v1/[...path]/route";
import {
  ctx,
  type FakeUpstream,
  proxyRequest,
  restoreEnv,
  type Seen,
  setEnv,
  startFakeUpstream,
} from "@/tests/server";

export const KEY = "sk-user-canary-0123456789abcd";
export const bearer = { authorization: `Bearer ${KEY}` };
export const chatBody = JSON.stringify({ model: "gpt-4o", messages: [{ role: "user", content: "hi" }] });

type Reply = (url: string) => { status: number; headers: Record<string, string>; body: string | Buffer };
const okReply: Reply = () => ({
  status: 200,
  headers: { "content-type": "application/json" },
  body: '{"ok":true}',
});

export interface ProxyUpstream {
  /** What reached the upstream in this test. */
  readonly seen: Seen[];
  /** How the upstream answers for the rest of this test (default 200 `{"ok":true}`). */
  answer(reply: Reply): void;
}

/** Registers the file's hooks: the upstream runs for the whole file, the app points at it in each test. */
export function fakeProxyUpstream(): ProxyUpstream {
  let up: FakeUpstream | undefined;
  let reply = okReply;
  const logged: string[] = [];
  beforeAll(async () => {
    for (const level of ["error", "warn", "info", "log"] as const) {
      vi.spyOn(console, level).mockImplementation((...args: unknown[]) => {
        logged.push(args.map(String).join(" "));
      });
    }
    up = await startFakeUpstream((req, res) => {
      const r = reply(req.url ?? "");
      res.writeHead(r.status, r.headers);
      res.end(r.body);
    });
  });
  afterAll(async () => {
    await up?.close();
    expect(logged.join("\n")).not.toContain(KEY);
    vi.restoreAllMocks();
  });
  beforeEach(() => {
    if (!up) throw new Error("the fake upstream did not start");
    up.seen.length = 0;
    reply = okReply;
    setEnv({ APIGO_BASE_URL: up.origin, APIGO_SERVER_KEY: undefined, ACCESS_CODE: undefined });
  });
  afterEach(restoreEnv);
  return {
    get seen() {
      if (!up) throw new Error("the fake upstream did not start");
      return up.seen;
    },
    answer(next) {
      reply = next;
    },
  };
}

/** A POST through the proxy route with the caller's key and a JSON chat body unless overridden. */
export const post = (path: string, headers: Record<string, string> = {}, body: BodyInit = chatBody) =>
  POST(
    proxyRequest(path, {
      method: "POST",
      headers: { ...bearer, "content-type": "application/json", ...headers },
      body,
    }),
    ctx(path.split("/")),
  );
