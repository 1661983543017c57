#!/usr/bin/env node
// Issue #22's checks on what the image runs: the Dockerfile's files copied into a folder
// (scripts/standalone-app.mjs), two `node server.js` instances on one PostgreSQL (a fresh schema of
// TEST_DATABASE_URL), no sticky sessions:
// - the image serves pages, static assets, public/ files and the simulator's video clips;
// - a share created on one instance is read on the other; the share rate limit counts across both;
// - a compare pane started through one instance is stopped through the other;
// - SIGTERM during a stream: it finishes (within SHUTDOWN_DEADLINE_MS), a share sent meanwhile is kept,
//   the process exits; a stream longer than the deadline ends with the shutdown error event.
//   TEST_DATABASE_URL=postgres://… node scripts/standalone-smoke.mjs   (after `next build`)
// STANDALONE_PORT_BASE (default 3190) and the next port are used. Exit 1 when a check fails, 77 when
// skipped (no TEST_DATABASE_URL outside CI).
import assert from "node:assert/strict";
import { randomBytes } from "node:crypto";
import { rmSync } from "node:fs";
import { request } from "node:http";
import pg from "pg";
import { assembleStandalone, startStandalone } from "./standalone-app.mjs";

const DB = process.env.TEST_DATABASE_URL;
if (!DB) {
  // In CI a missing database is a failure; locally (npm test without PostgreSQL) a skip, exit 77.
  console.error("TEST_DATABASE_URL is not set: export TEST_DATABASE_URL=$(bash scripts/ensure-postgres.sh)");
  process.exit(process.env.CI ? 1 : 77);
}
const PORT = Number(process.env.STANDALONE_PORT_BASE ?? 3190);
const DEADLINE_MS = 4000;
const KEY = "sk-simStandaloneSmoke1";
const auth = { authorization: `Bearer ${KEY}` };
const json = { ...auth, "content-type": "application/json" };
const started = Date.now();
const results = [];

async function check(name, fn) {
  const t0 = Date.now();
  await fn();
  results.push(`ok  ${name} (${Date.now() - t0} ms)`);
  console.info(`ok  ${name} (${Date.now() - t0} ms)`);
}

/** Reads an SSE body line by line; `onData(data)` sees each `data:` value, returns true to stop. */
async function readSse(res, onData) {
  const reader = res.body.getReader();
  const decoder = new TextDecoder();
  let buf = "";
  for (;;) {
    const { done, value } = await reader.read();
    if (done) return;
    buf += decoder.decode(value, { stream: true });
    let nl = buf.indexOf("\n");
    while (nl !== -1) {
      const line = buf.slice(0, nl);
      buf = buf.slice(nl + 1);
      nl = buf.indexOf("\n");
      if (line.startsWith("data: ") && onData(line.slice(6))) {
        await reader.cancel();
        return;
      }
    }
  }
}

const chat = (app, prompt, extra = {}) =>
  fetch(`${app.url}/api/apigo/v1/chat/completions`, {
    method: "POST",
    headers: json,
    body: JSON.stringify({
      model: "gpt-4o-mini",
      stream: true,
      messages: [{ role: "user", content: prompt }],
      ...extra,
    }),
  });

/** Collects a chat stream: content, whether [DONE] came, the error chunk if any. `onFirst` after the first delta. */
async function chatReply(res, onFirst = () => undefined) {
  assert.equal(res.status, 200);
  const out = { text: "", done: false, error: undefined };
  await readSse(res, (data) => {
    if (data === "[DONE]") out.done = true;
    else {
      const obj = JSON.parse(data);
      if (obj.error) out.error = obj.error;
      const delta = obj.choices?.[0]?.delta?.content ?? "";
      if (delta && !out.text) onFirst();
      out.text += delta;
    }
    return false;
  });
  return out;
}

const snapshot = (title) => ({
  v: 1,
  kind: "chat",
  title,
  api: "chat-completions",
  model: "gpt-4o-mini",
  vendor: "openai",
  system: "",
  params: { stream: true },
  messages: [
    { role: "user", content: "Say hello" },
    { role: "assistant", content: `Hello from ${title}` },
  ],
});

/** POSTs a share with `Expect: 100-continue`: `beforeBody()` runs once the server has taken the request. */
function shareAcrossSignal(app, title, beforeBody) {
  const body = JSON.stringify({ snapshot: snapshot(title), expiresIn: "1d" });
  return new Promise((resolve, reject) => {
    const req = request(`${app.url}/api/shares`, {
      method: "POST",
      headers: { ...json, "content-length": Buffer.byteLength(body), expect: "100-continue" },
    });
    req.on("continue", () => {
      beforeBody();
      req.end(body);
    });
    req.on("response", (res) => {
      let text = "";
      res.on("data", (c) => (text += c));
      res.on("end", () => resolve({ status: res.statusCode, body: text }));
    });
    req.on("error", reject);
  });
}

async function main() {
  const schema = `standalone_smoke_${randomBytes(5).toString("hex")}`;
  const admin = new pg.Client({ connectionString: DB });
  await admin.connect();
  await admin.query(`create schema ${schema}`);
  const scoped = new URL(DB);
  scoped.searchParams.set("options", `-c search_path=${schema}`);
  const dir = assembleStandalone();
  const env = {
    DATABASE_URL: scoped.toString(),
    APIGO_BASE_URL: "simulator",
    SIM_FIRST_TOKEN_MS: "0",
    SIM_VIDEO_SECONDS: "1",
    SHUTDOWN_DEADLINE_MS: String(DEADLINE_MS),
    // The rate-limit check names its client in X-Forwarded-For; other requests count as the TCP peer.
    TRUSTED_PROXY_HOPS: "1",
    SHARE_RATE_PER_MIN: "3",
  };
  const apps = [];
  try {
    const [a, b] = await Promise.all([
      startStandalone({ dir, port: PORT, env }),
      startStandalone({ dir, port: PORT + 1, env }),
    ]);
    apps.push(a, b);
    console.info(`two instances of ${dir}/server.js up in ${Date.now() - started} ms`);

    await check("readiness on both: PostgreSQL reachable", async () => {
      for (const app of [a, b]) {
        const res = await fetch(`${app.url}/api/health/ready`);
        assert.equal(res.status, 200);
        assert.deepEqual(await res.json(), { ready: true, store: "postgres" });
      }
    });

    await check("the image serves pages, static assets, public/ and the simulator's clips", async () => {
      const page = await fetch(`${b.url}/chat`);
      assert.equal(page.status, 200);
      const script = /src="(\/_next\/static\/[^"]+\.js)"/.exec(await page.text())?.[1];
      assert.ok(script, "no script in the chat page");
      assert.equal((await fetch(`${b.url}${script}`)).status, 200);
      assert.equal((await fetch(`${b.url}/screenshots/chat.png`)).status, 200);
      const job = await (
        await fetch(`${b.url}/api/apigo/v1/videos`, {
          method: "POST",
          headers: json,
          body: JSON.stringify({ model: "sora-2", prompt: "a lighthouse", seconds: "4", size: "1280x720" }),
        })
      ).json();
      for (let i = 0; ; i++) {
        const state = await (await fetch(`${b.url}/api/apigo/v1/videos/${job.id}`, { headers: auth })).json();
        if (state.status === "completed") break;
        assert.ok(i < 100, `video job stuck in ${state.status}`);
        await new Promise((r) => setTimeout(r, 100));
      }
      const clip = await fetch(`${b.url}/api/apigo/v1/videos/${job.id}/content`, {
        headers: { ...auth, range: "bytes=0-99" },
      });
      assert.equal(clip.status, 206);
      assert.equal(clip.headers.get("content-type"), "video/mp4");
      assert.equal((await clip.arrayBuffer()).byteLength, 100);
    });

    let early;
    await check("a share created on one instance is read on the other", async () => {
      const res = await fetch(`${a.url}/api/shares`, {
        method: "POST",
        headers: json,
        body: JSON.stringify({ snapshot: snapshot("made on A"), expiresIn: "1d" }),
      });
      assert.equal(res.status, 201);
      early = await res.json();
      const read = await fetch(`${b.url}/api/shares/${early.id}`);
      assert.equal(read.status, 200);
      assert.equal((await read.json()).snapshot.title, "made on A");
      assert.equal((await fetch(`${b.url}/s/${early.id}`)).status, 200);
    });

    await check("the share rate limit holds across instances (counted in PostgreSQL)", async () => {
      const from = { ...json, "x-forwarded-for": "192.0.2.10" };
      const statuses = [];
      for (const app of [a, b, a, b]) {
        const res = await fetch(`${app.url}/api/shares`, {
          method: "POST",
          headers: from,
          body: JSON.stringify({ snapshot: snapshot("rate"), expiresIn: "1d" }),
        });
        statuses.push(res.status);
      }
      // Counted per instance, B would still allow its second link (2 of 3 there).
      assert.deepEqual(statuses, [201, 201, 201, 429]);
    });

    await check("a compare pane started through one instance is stopped through the other", async () => {
      const pane = (id, prompt) => ({
        id,
        api: "chat-completions",
        body: { model: "gpt-4o-mini", stream: true, messages: [{ role: "user", content: prompt }] },
      });
      const res = await fetch(`${a.url}/api/compare`, {
        method: "POST",
        headers: json,
        body: JSON.stringify({
          panes: [pane("long", "[sim:long] [sim:tps=40] stop me"), pane("short", "[sim:tps=200] keep me")],
        }),
      });
      assert.equal(res.status, 200);
      const outcome = {};
      let run;
      let stopped;
      await readSse(res, (data) => {
        const e = JSON.parse(data);
        if (e.t === "start") run = e.run;
        if (e.t === "chunk" && e.pane === "long" && !stopped) {
          stopped = fetch(`${b.url}/api/compare/${run}/long`, { method: "DELETE", headers: auth });
        }
        if (e.t === "cut" || e.t === "end") outcome[e.pane] = e.t;
        return e.t === "done";
      });
      assert.equal((await stopped).status, 204);
      assert.deepEqual(outcome, { long: "cut", short: "end" });
      // Finished: no instance runs it any more.
      const again = await fetch(`${b.url}/api/compare/${run}/long`, { method: "DELETE", headers: auth });
      assert.equal(again.status, 404);
    });

    await check(
      "SIGTERM during a stream: it finishes, a share sent meanwhile is kept, the process exits",
      async () => {
        let signalled = 0;
        let firstDelta;
        const gotFirst = new Promise((r) => (firstDelta = r));
        // About 2 s of reply, inside the 4 s deadline.
        const stream = chatReply(await chat(a, "[sim:tps=40] finish me", { max_tokens: 80 }), firstDelta);
        await gotFirst;
        const share = shareAcrossSignal(a, "sent during shutdown", () => {
          signalled = Date.now();
          process.kill(a.pid, "SIGTERM");
        });
        const reply = await stream;
        const created = await share;
        assert.equal(reply.error, undefined);
        assert.ok(reply.done, "the stream did not end with [DONE]");
        assert.equal(created.status, 201, created.body);
        await assert.rejects(fetch(`${a.url}/api/health`), "instance A still accepts connections");
        const code = await a.exited;
        const tookMs = Date.now() - signalled;
        assert.equal(code, 143);
        assert.ok(tookMs < DEADLINE_MS + 3000, `exit took ${tookMs} ms`);
        const { id } = JSON.parse(created.body);
        for (const shareId of [id, early.id])
          assert.equal((await fetch(`${b.url}/api/shares/${shareId}`)).status, 200);
        console.info(`    exit 143 ${tookMs} ms after SIGTERM; both shares read on B`);
      },
    );

    await check("a stream longer than the deadline ends with the shutdown error event", async () => {
      let firstDelta;
      const gotFirst = new Promise((r) => (firstDelta = r));
      const stream = chatReply(await chat(b, "[sim:long] [sim:tps=20] outlast me"), firstDelta);
      await gotFirst;
      const t0 = Date.now();
      process.kill(b.pid, "SIGTERM");
      const reply = await stream;
      const endedAfter = Date.now() - t0;
      assert.ok(reply.text.length > 0, "no partial reply before the error");
      assert.equal(reply.error?.code, "shutting_down");
      assert.match(reply.error?.message ?? "", /shutting down/);
      assert.ok(
        endedAfter >= DEADLINE_MS - 200 && endedAfter < DEADLINE_MS + 2000,
        `ended after ${endedAfter} ms`,
      );
      assert.equal(await b.exited, 143);
      console.info(
        `    ended ${endedAfter} ms after SIGTERM (deadline ${DEADLINE_MS} ms) with ${reply.text.length} characters kept`,
      );
    });
  } finally {
    await Promise.all(apps.map((app) => app.stop("SIGKILL")));
    await admin.query(`drop schema if exists ${schema} cascade`).catch(() => undefined);
    await admin.end();
    rmSync(dir, { recursive: true, force: true });
  }
  console.info(
    `standalone smoke OK: ${results.length} checks in ${((Date.now() - started) / 1000).toFixed(1)} s`,
  );
}

main().catch((err) => {
  console.error(`standalone smoke FAILED: ${err?.stack ?? err}`);
  process.exit(1);
});
