// The compare fan-out through `next start`: a pane reaches only the two allowlisted endpoints, its ids
// cannot steer any path, the caller's key never shows in the interleaved stream, Stop aborts every
// upstream, and one pane's cancel belongs to the session that started the run.
import { describe, expect, it } from "vitest";
import { slow } from "../../e2e/machine";
import { sseEvents } from "../sse-events";
import { marker, raw, server, simLog, simSaw, waitForOutcome } from "./helpers";
import { secrets } from "./servers";

type Event = { t: string; pane?: string; run?: string; status?: number; data?: string; message?: string };

const url = (name: "remote" | "team" = "remote") => `${server(name)}/api/compare`;
const headers = (key: string = secrets.userKey, extra: Record<string, string> = {}) => ({
  "content-type": "application/json",
  authorization: `Bearer ${key}`,
  ...extra,
});
const chat = (id: string, prompt: string, body: Record<string, unknown> = {}) => ({
  id,
  api: "chat-completions",
  body: { model: "gpt-4o-mini", stream: true, messages: [{ role: "user", content: prompt }], ...body },
});
const post = (
  panes: unknown,
  opts: { key?: string; extra?: Record<string, string>; signal?: AbortSignal } = {},
) =>
  fetch(url(), {
    method: "POST",
    headers: headers(opts.key, opts.extra),
    body: JSON.stringify({ panes }),
    signal: opts.signal,
  });

async function* events(res: Response): AsyncGenerator<Event> {
  for await (const { event } of sseEvents<Event>(res)) yield event;
}

async function collect(res: Response): Promise<{ all: Event[]; text: string }> {
  const all: Event[] = [];
  for await (const e of events(res)) all.push(e);
  return { all, text: all.map((e) => JSON.stringify(e)).join("\n") };
}

const paneEvents = (all: Event[], pane: string) => all.filter((e) => e.pane === pane);

describe("compare: routing", () => {
  it("ids, apis and pane shapes that try to steer the request are refused before anything is sent", async () => {
    const m = marker();
    const bad: unknown[] = [
      [{ ...chat("../../v1/models", m) }],
      [{ ...chat("a/b", m) }],
      [{ ...chat("%2e%2e", m) }],
      [{ ...chat("x".repeat(33), m) }],
      [{ ...chat("a", m), api: "images" }],
      [{ ...chat("a", m), api: "../models" }],
      [{ ...chat("a", m), path: "/v1/videos" }],
      [{ ...chat("a", m), url: "http://127.0.0.1:9/evil" }],
      [{ ...chat("a", m), headers: { authorization: "Bearer other" } }],
      [{ ...chat("a", m), vendor: "openai\r\nx-evil: 1" }],
      [{ ...chat("a", m), body: [m] }],
      Array.from({ length: 7 }, (_, i) => chat(`p${i}`, m)),
      [chat("dup", m), chat("dup", m)],
      [],
    ];
    for (const panes of bad) {
      const res = await post(panes);
      expect(res.status, JSON.stringify(panes).slice(0, 80)).toBe(400);
      expect((await res.json()).error.code).toBe("bad_request");
    }
    expect(await simSaw(m)).toHaveLength(0);
  });

  it("a pane without a model or with an absurd body goes only to its endpoint; the upstream judges it", async () => {
    const m = marker();
    const panes = [
      { id: "nomodel", api: "chat-completions", body: { messages: [{ role: "user", content: m }] } },
      chat("absurd", m, { model: "../../v1/models?x=", stream: "yes", url: "http://127.0.0.1:9/evil" }),
      { id: "msg", api: "messages", body: { model: "claude-haiku-4-5-20251001", note: m, messages: [] } },
    ];
    const { all } = await collect(await post(panes));
    const heads = Object.fromEntries(all.filter((e) => e.t === "head").map((e) => [e.pane, e.status]));
    expect(heads.nomodel).toBe(400);
    expect(heads.absurd).toBeGreaterThanOrEqual(400);
    expect(heads.msg).toBeGreaterThanOrEqual(400);
    expect(all.at(-1)).toEqual({ t: "done" });
    const seen = await simSaw(m);
    expect(seen.map((e) => `${e.method} ${e.path}`).sort()).toEqual([
      "POST /v1/chat/completions",
      "POST /v1/chat/completions",
      "POST /v1/messages",
    ]);
  });

  it("DELETE path tricks and other methods are 404/405, cross-site requests 403, nothing sent", async () => {
    const before = (await simLog()).length;
    for (const path of [
      "/api/compare/..%2F..%2Fapigo%2Fv1%2Fmodels/a",
      "/api/compare/AAAAAAAAAAAAAAAAAAAAAA/..",
      "/api/compare/AAAAAAAAAAAAAAAAAAAAAA/a/extra",
      "/api/compare/short/a",
      "/api/compare/AAAAAAAAAAAAAAAAAAAAAA/a%00",
    ]) {
      let res = await raw(server("remote"), "DELETE", path, { headers: headers() });
      if (res.status === 308) {
        // Next cleans dot segments with a redirect: it must stay on our origin, and the cleaned path
        // (here /api/compare/<run>, /api/compare) must be refused in turn.
        const location = new URL(String(res.headers.location), server("remote"));
        expect(location.origin).toBe(new URL(server("remote")).origin);
        res = await raw(server("remote"), "DELETE", location.pathname, { headers: headers() });
      }
      expect([404, 405], path).toContain(res.status);
    }
    for (const method of ["GET", "PUT", "OPTIONS"]) {
      const res = await raw(server("remote"), method, "/api/compare", { headers: headers() });
      expect(res.status).toBe(405);
      expect(res.headers["access-control-allow-origin"]).toBeUndefined();
    }
    const cross = await post([chat("a", marker())], { extra: { origin: "https://evil.test" } });
    expect(cross.status).toBe(403);
    const del = await raw(server("remote"), "DELETE", "/api/compare/AAAAAAAAAAAAAAAAAAAAAA/a", {
      headers: headers(secrets.userKey, { origin: "https://evil.test" }),
    });
    expect(del.status).toBe(403);
    expect((await simLog()).length).toBe(before);
  });

  it("413 above the JSON limit; team mode without the access code is a 401 with nothing sent", async () => {
    const m = marker();
    const big = await post([chat("a", `${m} ${"x".repeat(70_000)}`)]);
    expect(big.status).toBe(413);
    const team = await fetch(url("team"), {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ panes: [chat("a", m)] }),
    });
    expect(team.status).toBe(401);
    expect((await team.json()).error.code).toBe("access_code_required");
    expect(await simSaw(m)).toHaveLength(0);
  });
});

describe("compare: keys", () => {
  it("the caller's key reaches the upstream but never the stream, error bodies included", async () => {
    const m = marker();
    const panes = [
      chat("ok", `${m} hello`),
      chat("limited", `${m} [sim:status=429]`),
      chat("bad", `${m}`, { model: "no-such-model" }),
    ];
    const res = await post(panes);
    expect(res.status).toBe(200);
    const { all, text } = await collect(res);
    expect(text).not.toContain(secrets.userKey);
    expect(text).not.toContain(secrets.userKey.slice(4));
    expect(paneEvents(all, "limited")[0]?.status).toBe(429);
    expect(paneEvents(all, "bad")[0]?.status).toBe(503);
    const seen = await simSaw(m);
    expect(seen).toHaveLength(3);
    for (const e of seen) expect(e.headers.authorization).toBe(`****${secrets.userKey.slice(-4)}`);
  });
});

describe("compare: abort", () => {
  it("closing the connection (Stop all) aborts every pane's upstream request", async () => {
    const m = marker();
    const ac = new AbortController();
    const res = await post(
      [0, 1, 2].map((i) => chat(`p${i}`, `${m}-${i} [sim:long] [sim:tps=50]`)),
      { signal: ac.signal },
    );
    const started = new Set<string>();
    for await (const e of events(res)) {
      if (e.t === "chunk" && e.pane) started.add(e.pane);
      if (started.size === 3) break;
    }
    ac.abort();
    for (const i of [0, 1, 2]) await waitForOutcome(`${m}-${i}`, "aborted");
  });

  it("DELETE cuts one pane of the caller's own run; another key gets 404", async () => {
    const m = marker();
    const res = await post([chat("a", `${m}-a [sim:long] [sim:tps=50]`), chat("b", `${m}-b [sim:tps=100]`)]);
    const all: Event[] = [];
    let run = "";
    let deleted = false;
    for await (const e of events(res)) {
      all.push(e);
      if (e.t === "start") run = e.run ?? "";
      if (!deleted && e.t === "chunk" && e.pane === "a") {
        deleted = true;
        const path = `/api/compare/${run}/a`;
        const other = await raw(server("remote"), "DELETE", path, {
          headers: headers("sk-simSomeoneElse77"),
        });
        expect(other.status).toBe(404);
        const teamServer = await raw(server("team"), "DELETE", path, { headers: headers() });
        expect(teamServer.status).toBe(404);
        const mine = await raw(server("remote"), "DELETE", path, { headers: headers() });
        expect(mine.status).toBe(204);
      }
    }
    expect(paneEvents(all, "a").at(-1)?.t).toBe("cut");
    expect(paneEvents(all, "b").at(-1)?.t).toBe("end");
    expect(all.at(-1)).toEqual({ t: "done" });
    await waitForOutcome(`${m}-a`, "aborted");
    await waitForOutcome(`${m}-b`, "completed");
    const late = await raw(server("remote"), "DELETE", `/api/compare/${run}/b`, { headers: headers() });
    expect(late.status).toBe(404);
  });
});

describe("compare: streaming through next start", () => {
  it("six panes on one connection, each chunk relayed the moment the upstream sent it", async () => {
    const m = marker();
    const panes = Array.from({ length: 6 }, (_, i) =>
      chat(`p${i}`, `${m}-${i} [sim:stamp] [sim:tps=${20 + i * 10}]`, { max_tokens: 40 }),
    );
    const res = await post(panes);
    expect(res.headers.get("content-type")).toBe("text/event-stream; charset=utf-8");
    const lags: number[] = [];
    const firstAt = new Map<string, number>();
    const lastAt = new Map<string, number>();
    for await (const e of events(res)) {
      if (e.t !== "chunk" || !e.pane) continue;
      const now = performance.timeOrigin + performance.now();
      for (const s of (e.data ?? "").matchAll(/"sim_sent_at":\s*([\d.]+)/g)) lags.push(now - Number(s[1]));
      if (!firstAt.has(e.pane)) firstAt.set(e.pane, now);
      lastAt.set(e.pane, now);
    }
    expect(lags.length).toBeGreaterThan(6 * 30);
    lags.sort((a, b) => a - b);
    const p90 = lags[Math.floor(lags.length * 0.9)] ?? Number.POSITIVE_INFINITY;
    // A buffering relay would hold chunks for seconds at these speeds; ours adds milliseconds.
    expect(p90).toBeLessThan(slow(250));
    // Each pane at its own pace: the 20 tok/s pane takes about twice as long as the 70 tok/s one.
    const span = (p: string) => (lastAt.get(p) ?? 0) - (firstAt.get(p) ?? 0);
    expect(span("p0")).toBeGreaterThan(1500);
    expect(span("p0")).toBeGreaterThan(span("p5") * 2);
  });
});
