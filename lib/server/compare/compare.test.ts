import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { POST as proxyPOST } from "@/app/api/apigo/v1/[...path]/route";
import { DELETE as cancelDELETE } from "@/app/api/compare/[run]/[pane]/route";
import { GET as compareGET } from "@/app/api/compare/route";
import { slow as budget, slowdown } from "@/e2e/machine";
import {
  type Arrived,
  allEvents,
  byPane,
  chatPane,
  events,
  msgPane,
  postCompare,
  waitFor,
} from "@/tests/compare-route";
import { APP, ctx, EMBEDDED_SIM_ENV, proxyRequest, restoreEnv, setEnv } from "@/tests/server";
import { embeddedSimulator } from "../upstream";
import { runCount } from "./registry";

// The embedded simulator is the upstream: no network, deterministic replies. It is one per process and
// keeps the timing it was created with (no delays), so tests pace panes with [sim:tps=…] directives.
const KEY = "sk-simCanary0123456789abcd";
const bearer = { authorization: `Bearer ${KEY}` };
beforeEach(() => setEnv(EMBEDDED_SIM_ENV));
afterEach(restoreEnv);

// Through upstream.ts, so the singleton is created with the env timing above even when a test asks first.
const sim = () => embeddedSimulator();
const withBody = <P extends { body: Record<string, unknown> }>(
  pane: P,
  extra: Record<string, unknown>,
): P => ({
  ...pane,
  body: { ...pane.body, ...extra },
});
const text = (arrived: Arrived[]) => arrived.map((a) => JSON.stringify(a.event)).join("\n");

// Ids and clocks differ per request by design; everything else must be byte-identical.
const normalize = (s: string) =>
  s
    .replace(/chatcmpl-[A-Za-z0-9]+/g, "chatcmpl-ID")
    .replace(/fp_[a-z0-9]+/g, "fp_ID")
    .replace(/msg_01[A-Za-z0-9]+/g, "msg_ID")
    .replace(/"created":\d+/g, '"created":0');

async function viaProxy(pane: ReturnType<typeof chatPane> | ReturnType<typeof msgPane>): Promise<string> {
  const path = pane.api === "messages" ? ["messages"] : ["chat", "completions"];
  const headers: Record<string, string> = { ...bearer, "content-type": "application/json" };
  if ("vendor" in pane && pane.vendor) headers.vendor = pane.vendor;
  if ("anthropicVersion" in pane && pane.anthropicVersion)
    headers["anthropic-version"] = pane.anthropicVersion;
  const res = await proxyPOST(
    proxyRequest(path.join("/"), { method: "POST", headers, body: JSON.stringify(pane.body) }),
    ctx(path),
  );
  return res.text();
}

describe("fan-out", () => {
  it("streams 4 panes (2 chat, 2 messages) interleaved; each body equals the single proxy route's", async () => {
    const panes = [
      chatPane("c1", "Compare streaming one [sim:tps=400]", { vendor: "openai" }),
      withBody(chatPane("c2", "Compare streaming two [sim:tps=400]", { vendor: "gemini" }), {
        model: "gemini-2.5-flash",
      }),
      msgPane("m1", "Compare messages one [sim:tps=400]", { vendor: "anthropic" }),
      withBody(msgPane("m2", "Compare messages two [sim:tps=400]"), { model: "claude-haiku-4-5-20251001" }),
    ];
    for (const p of panes) Object.assign(p.body, { max_tokens: 80 });
    // Warm the simulator's prompt cache, so both later runs report the same cached tokens.
    for (const p of panes) await viaProxy(p);
    const res = await postCompare(panes, { ...bearer, origin: APP });
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toBe("text/event-stream; charset=utf-8");
    expect(res.headers.get("cache-control")).toBe("no-store, no-transform");
    expect(res.headers.get("x-accel-buffering")).toBe("no");
    const arrived = await allEvents(res);
    const first = arrived[0]?.event;
    expect(first?.t).toBe("start");
    expect(first?.t === "start" && first.run).toMatch(/^[A-Za-z0-9_-]{22}$/);
    expect(arrived.at(-1)?.event).toEqual({ t: "done" });
    const results = byPane(arrived);
    expect([...results.keys()].sort()).toEqual(["c1", "c2", "m1", "m2"]);
    for (const p of panes) {
      const r = results.get(p.id);
      expect(r?.status, p.id).toBe(200);
      expect(r?.outcome, p.id).toBe("end");
      expect(r?.headers?.["content-type"]).toBe("text/event-stream");
      expect(r?.chunks).toBeGreaterThan(10);
      expect(normalize(r?.body ?? ""), p.id).toBe(normalize(await viaProxy(p)));
    }
    // Interleaved: the chunk events do not come pane after pane.
    const order = arrived.flatMap((a) => (a.event.t === "chunk" ? [a.event.pane] : []));
    const switches = order.filter((p, i) => i > 0 && p !== order[i - 1]).length;
    expect(switches).toBeGreaterThan(10);
    expect(text(arrived)).not.toContain(KEY);
    expect(runCount()).toBe(0);
  });

  it("one pane's 429 (from its own system prompt) never disturbs the others", async () => {
    const panes = [
      chatPane("ok1", "hello there"),
      chatPane("limited", "hello there", {}, "You are terse. [sim:status=429]"),
      msgPane("ok2", "hello there"),
      { ...chatPane("bounced", "hello [sim:redirect]") },
    ];
    const results = byPane(await allEvents(await postCompare(panes, bearer)));
    const limited = results.get("limited");
    expect(limited?.status).toBe(429);
    // new-api sends no retry-after (controller/relay.go): none reaches the pane either.
    expect(limited?.headers?.["retry-after"]).toBeUndefined();
    expect(JSON.parse(limited?.body ?? "{}").error.code).toBe("rate_limit_exceeded");
    expect(limited?.outcome).toBe("end");
    // A pane the proxy refuses (an upstream redirect) gets the proxy route's own status and error body.
    const bounced = results.get("bounced");
    expect(bounced?.status).toBe(502);
    expect(JSON.parse(bounced?.body ?? "{}").error).toMatchObject({
      type: "playground_error",
      code: "upstream_unreachable",
    });
    for (const id of ["ok1", "ok2"]) {
      expect(results.get(id)?.status).toBe(200);
      expect(results.get(id)?.outcome).toBe("end");
    }
    expect(results.get("ok1")?.body).toContain("[DONE]");
    expect(results.get("ok2")?.body).toContain("message_stop");
  });

  it("emits each chunk as soon as the upstream sends it (one read → one event, no batching)", async () => {
    const panes = [
      withBody(chatPane("fast", "[sim:stamp] timing", {}, "[sim:tps=40]"), { max_tokens: 40 }),
      withBody(msgPane("slow", "[sim:stamp] timing", {}, "[sim:tps=20]"), { max_tokens: 30 }),
    ];
    const lags: number[] = [];
    const perPane = new Map<string, number[]>();
    for await (const { event, at } of events(await postCompare(panes, bearer))) {
      if (event.t !== "chunk") continue;
      for (const m of event.data.matchAll(/"sim_sent_at":([\d.]+)/g)) {
        lags.push(at - Number(m[1]));
        perPane.set(event.pane, [...(perPane.get(event.pane) ?? []), at]);
      }
    }
    expect(lags.length).toBeGreaterThan(40);
    lags.sort((a, b) => a - b);
    // A batching relay delays most chunks by hundreds of ms; a busy machine delays a few (scaled).
    const late = lags.filter((l) => l >= budget(25));
    expect(late.length, `lags ms: ${lags.map((l) => l.toFixed(1)).join(", ")}`).toBeLessThanOrEqual(
      2 * Math.ceil(slowdown),
    );
    // Paced like the source: the slow pane's chunks are spread over time, not delivered in a burst.
    const slow = perPane.get("slow") ?? [];
    expect((slow.at(-1) ?? 0) - (slow[0] ?? 0)).toBeGreaterThan((slow.length - 2) * 40);
  });
});

describe("keep-alive", () => {
  it("writes a `: ping` comment every 15 s while the panes run, and stops after done", async () => {
    vi.useFakeTimers({ toFake: ["setInterval", "clearInterval"] });
    try {
      const res = await postCompare([chatPane("slow", "[sim:slow-first=300] hi [sim:tps=0]")], bearer);
      vi.advanceTimersByTime(15_000);
      vi.advanceTimersByTime(15_000);
      const body = await res.text();
      expect(body.match(/^: ping$/gm)).toHaveLength(2);
      expect(vi.getTimerCount()).toBe(0);
    } finally {
      vi.useRealTimers();
    }
  });
});

describe("refusals before any pane starts", () => {
  it("403 cross-origin, 415 not JSON, 400 bad body, 400 for 7 panes or duplicate ids, 405 GET", async () => {
    const one = [chatPane("a", "hi")];
    const err = async (res: Response, status: number, code: string) => {
      expect(res.status).toBe(status);
      expect(res.headers.get("content-type")).toMatch(/^application\/json/);
      expect((await res.json()).error).toMatchObject({ type: "playground_error", code });
    };
    await err(await postCompare(one, { origin: "https://evil.test" }), 403, "forbidden_origin");
    await err(await postCompare(one, { "content-type": "text/plain" }), 415, "unsupported_media_type");
    await err(await postCompare("{not json"), 400, "bad_request");
    await err(await postCompare([]), 400, "bad_request");
    await err(await postCompare([{ ...chatPane("a", "hi"), api: "images" }]), 400, "bad_request");
    await err(await postCompare([{ ...chatPane("a", "hi"), id: "../x" }]), 400, "bad_request");
    await err(
      await postCompare([{ ...chatPane("a", "hi"), vendor: "x\r\nset-cookie: a=b" }]),
      400,
      "bad_request",
    );
    await err(await postCompare([chatPane("a", "hi"), chatPane("a", "ho")]), 400, "bad_request");
    const seven = Array.from({ length: 7 }, (_, i) => chatPane(`p${i}`, "hi"));
    await err(await postCompare(seven), 400, "bad_request");
    expect((await compareGET(new Request(`${APP}/api/compare`))).status).toBe(405);
  });

  it("413 above the JSON limit, 401 in team mode without the access code", async () => {
    setEnv({ PROXY_MAX_JSON_BYTES: "300" });
    const res = await postCompare([chatPane("a", "x".repeat(400))]);
    expect(res.status).toBe(413);
    expect((await res.json()).error.code).toBe("payload_too_large");
    expect(res.headers.get("connection")).toBe("close");
    setEnv({ PROXY_MAX_JSON_BYTES: undefined, APIGO_SERVER_KEY: "sk-simServerKey", ACCESS_CODE: "letmein" });
    const before = sim().log().length;
    const team = await postCompare([chatPane("a", "hi")]);
    expect(team.status).toBe(401);
    expect((await team.json()).error.code).toBe("access_code_required");
    expect(sim().log().length).toBe(before);
  });
});

describe("cancel", () => {
  const longPanes = (n: number) =>
    Array.from({ length: n }, (_, i) =>
      chatPane(`p${i}`, `[sim:long] [sim:tps=50] cancel test ${i} ${Math.random()}`),
    );

  async function readUntilChunks(it: AsyncGenerator<Arrived>, panes: number): Promise<string> {
    let run = "";
    const seen = new Set<string>();
    for (;;) {
      const { value, done } = await it.next();
      if (done) throw new Error("stream ended early");
      if (value.event.t === "start") run = value.event.run;
      if (value.event.t === "chunk") seen.add(value.event.pane);
      if (seen.size >= panes) return run;
    }
  }

  it("aborting the request aborts every upstream (simulator log: aborted)", async () => {
    const ac = new AbortController();
    const before = sim().log().length;
    const res = await postCompare(longPanes(3), bearer, ac.signal);
    const it = events(res);
    await readUntilChunks(it, 3);
    ac.abort();
    await it.return(undefined);
    await waitFor(() => {
      const mine = sim().log().slice(before);
      return mine.length === 3 && mine.every((e) => e.outcome === "aborted");
    });
    await waitFor(() => runCount() === 0);
  });

  it("DELETE cuts one pane only; another session's DELETE is a 404", async () => {
    const before = sim().log().length;
    const res = await postCompare(
      [
        chatPane("a", `[sim:long] [sim:tps=50] a ${Math.random()}`),
        chatPane("b", `[sim:tps=200] hello b ${Math.random()}`),
      ],
      bearer,
    );
    const it = events(res);
    const run = await readUntilChunks(it, 2);
    const del = (pane: string, headers: Record<string, string>) =>
      cancelDELETE(new Request(`${APP}/api/compare/${run}/${pane}`, { method: "DELETE", headers }), {
        params: Promise.resolve({ run, pane }),
      });
    expect((await del("a", { authorization: "Bearer sk-simSomeoneElse" })).status).toBe(404);
    expect((await del("a", { ...bearer, origin: "https://evil.test" })).status).toBe(403);
    expect((await del("zz", bearer)).status).toBe(404);
    expect((await del("a", bearer)).status).toBe(204);
    expect((await del("a", bearer)).status).toBe(404);
    const rest: Arrived[] = [];
    for (;;) {
      const { value, done } = await it.next();
      if (done) break;
      rest.push(value);
    }
    const results = byPane(rest);
    expect(results.get("a")?.outcome).toBe("cut");
    expect(results.get("b")?.outcome).toBe("end");
    expect(results.get("b")?.body).toContain("[DONE]");
    expect(rest.at(-1)?.event).toEqual({ t: "done" });
    const log = sim().log().slice(before);
    expect(log.map((e) => e.outcome).sort()).toEqual(["aborted", "completed"]);
    // Finished run: nothing left to cancel.
    expect((await del("b", bearer)).status).toBe(404);
    expect(runCount()).toBe(0);
  });
});
