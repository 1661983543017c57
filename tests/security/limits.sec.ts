// Issue #16, items 5 and 7, against `next start`: share creation on a team deployment needs the
// access session; a rotating fake X-Forwarded-For (no trusted proxy) buys no fresh per-client bucket
// and a flood does not lock out honest clients; per-client byte quota and a cap on the store's size;
// a body trickled in is cut off. The caps run on a server of this file's own, with its own store.
import type { ChildProcess } from "node:child_process";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { chatSnapshot } from "../shares/fixtures";
import { raw, server } from "./helpers";
import { nextStart, ports, secrets, stopGroup, waitFor } from "./servers";

const limits = `http://127.0.0.1:${ports.limits}`;
let child: ChildProcess | undefined;

beforeAll(async () => {
  const dir = mkdtempSync(path.join(tmpdir(), "apigo-sec-limits-"));
  const started = nextStart(
    "limits",
    ports.limits,
    {
      DATA_DIR: dir,
      SHARE_MAX_BYTES: "100000",
      SHARE_CLIENT_BYTES_PER_HOUR: "250000",
      SHARE_STORAGE_MAX_BYTES: "400000",
      BODY_READ_TIMEOUT_MS: "2000",
    },
    dir,
  );
  child = started.child;
  await waitFor(`${limits}/api/health`, child);
}, 120_000);
afterAll(() => {
  if (child) stopGroup(child);
});

const share = (
  base: string,
  snapshot: unknown,
  opts: { from?: string; xff?: string; cookie?: string } = {},
) =>
  raw(base, "POST", "/api/shares", {
    from: opts.from,
    headers: {
      "content-type": "application/json",
      ...(opts.xff ? { "x-forwarded-for": opts.xff } : {}),
      ...(opts.cookie ? { cookie: opts.cookie } : {}),
    },
    body: JSON.stringify({ snapshot, expiresIn: "never" }),
  });

describe("share links on a team deployment", () => {
  it("an outsider cannot create one (401, says what to do); a member can", async () => {
    const outsider = await share(server("team"), chatSnapshot, { from: "127.0.0.31" });
    expect(outsider.status).toBe(401);
    expect(outsider.body).toMatch(/enter the access code/);
    const access = await raw(server("team"), "PUT", "/api/session/access", {
      from: "127.0.0.31",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ code: secrets.accessCode }),
    });
    const cookie = String(access.headers["set-cookie"]?.[0] ?? "").split(";")[0] ?? "";
    expect((await share(server("team"), chatSnapshot, { from: "127.0.0.31", cookie })).status).toBe(201);
  });
});

describe("share rate limits with no trusted proxy (TRUSTED_PROXY_HOPS=0)", () => {
  it("a rotating fake X-Forwarded-For gets no fresh bucket, and its flood leaves honest clients their share", async () => {
    // The "refused" server: default limits (20 per client, 300 for everyone, per minute).
    const base = server("refused");
    const statuses: number[] = [];
    const started = Date.now();
    for (let i = 0; i < 320; i++) {
      const res = await share(base, chatSnapshot, {
        from: "127.0.0.32",
        xff: `198.51.100.${i % 250}, 10.${i}.0.1`,
      });
      statuses.push(res.status);
    }
    const accepted = statuses.filter((s) => s === 201).length;
    // 20 at once, then one more every 3 s while the flood lasts.
    const allowance = 20 + Math.ceil((Date.now() - started) / 3000);
    expect(accepted, `${accepted} of 320 accepted`).toBeLessThanOrEqual(allowance);
    // Refused as soon as the burst was spent (whichever request lands on a refill is accepted again,
    // so the last one may be a 201 on a slow machine; the count above bounds them all).
    const firstRefusal = statuses.indexOf(429);
    expect(firstRefusal, `first 429 at request ${firstRefusal + 1}`).toBeGreaterThanOrEqual(0);
    expect(firstRefusal).toBeLessThanOrEqual(allowance);
    const honest = await share(base, chatSnapshot, { from: "127.0.0.33" });
    expect(honest.status, `the honest client after the flood: ${honest.status}`).toBe(201);
  }, 120_000);
});

describe("share storage", () => {
  const big = (n: number) => ({
    ...chatSnapshot,
    messages: [{ role: "user", content: `${n} ${"x".repeat(90_000)}` }],
  });

  it("one client is held to its bytes per hour (429 with Retry-After); the store to its total size (507)", async () => {
    const a = [];
    for (let i = 0; i < 3; i++) a.push(await share(limits, big(i), { from: "127.0.0.34" }));
    expect(a.map((r) => r.status)).toEqual([201, 201, 429]);
    expect(Number(a[2]?.headers["retry-after"])).toBeGreaterThan(0);
    expect(a[2]?.body).toMatch(/went over .* MB in the last hour/);
    // Another client stores 2 more (360 kB in all); a third's first share would pass 400 kB.
    for (let i = 0; i < 2; i++)
      expect((await share(limits, big(i), { from: "127.0.0.35" })).status).toBe(201);
    const full = await share(limits, big(0), { from: "127.0.0.36" });
    expect(full.status).toBe(507);
    expect(full.body).toMatch(/share store of this playground is full/);
  });
});

describe("slow request bodies", () => {
  it("a body sent a byte at a time is answered 408 at the body deadline, and the connection closed", async () => {
    const { request } = await import("node:http");
    const started = Date.now();
    const result = await new Promise<{ status: number; at: number }>((resolve, reject) => {
      const req = request(
        `${limits}/api/session/key`,
        { method: "PUT", headers: { "content-type": "application/json", "content-length": "1000" } },
        (res) => {
          res.resume();
          resolve({ status: res.statusCode ?? 0, at: Date.now() - started });
        },
      );
      req.on("error", (err) =>
        Date.now() - started < 20_000 ? resolve({ status: 0, at: Date.now() - started }) : reject(err),
      );
      let sent = 0;
      const timer = setInterval(() => {
        if (sent++ >= 60 || req.destroyed) return clearInterval(timer);
        req.write(" ");
      }, 500);
      setTimeout(() => {
        clearInterval(timer);
        req.destroy();
        reject(new Error("still open after 25 s"));
      }, 25_000);
    });
    expect(result.status).toBe(408);
    expect(result.at).toBeLessThan(6000);
  }, 30_000);
});
