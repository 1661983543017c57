import { afterAll, afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { DELETE, GET } from "@/app/api/shares/[id]/route";
import { POST } from "@/app/api/shares/route";
import { createShareResponseSchema, shareIdPattern } from "@/lib/schemas/share";
import { issueAccessToken } from "@/lib/server/auth";
import { ACCESS_COOKIE } from "@/lib/server/cookies";
import { hashToken } from "@/lib/server/shares/ids";
import { getShareStore } from "@/lib/server/shares/index";
import { resetShareLimitsForTests } from "@/lib/server/shares/limits";
import { restoreEnv, setEnv } from "@/tests/server";
import {
  chatSnapshot,
  chatToolsSnapshot,
  compareSnapshot,
  imagesSnapshot,
  messagesSnapshot,
  videosSnapshot,
} from "./fixtures";
import { freshShareEnv, tempDir } from "./helpers";

const APP = "http://localhost:3000";
const tmp = tempDir("shares-routes-");
afterAll(() => tmp.remove());

// What the request hook (lib/server/peer-address.ts) does on `next start`: the TCP peer in a header.
const PEER_HEADER = "x-test-peer";
(globalThis as { [key: symbol]: unknown })[Symbol.for("apigo.peer-header")] = PEER_HEADER;

let client = 0;
beforeEach(async () => {
  await freshShareEnv(tmp.dir, { ACCESS_CODE: undefined });
  client += 1;
});
afterEach(() => {
  vi.useRealTimers();
  restoreEnv();
});

function post(body: unknown, headers: Record<string, string> = {}) {
  return POST(
    new Request(`${APP}/api/shares`, {
      method: "POST",
      headers: { "content-type": "application/json", [PEER_HEADER]: `10.0.0.${client}`, ...headers },
      body: typeof body === "string" ? body : JSON.stringify(body),
    }),
  );
}
const ctx = (id: string) => ({ params: Promise.resolve({ id }) });
const get = (id: string, headers: Record<string, string> = {}) =>
  GET(new Request(`${APP}/api/shares/${id}`, { headers }), ctx(id));
const revoke = (id: string, deleteToken: string) =>
  DELETE(
    new Request(`${APP}/api/shares/${id}`, { method: "DELETE", body: JSON.stringify({ deleteToken }) }),
    ctx(id),
  );

async function share(snapshot: unknown = chatSnapshot, extra: Record<string, unknown> = {}) {
  const res = await post({ snapshot, expiresIn: "7d", ...extra });
  expect(res.status, await res.clone().text()).toBe(201);
  return createShareResponseSchema.parse(await res.json());
}

describe("POST /api/shares", () => {
  it.each([
    chatSnapshot,
    chatToolsSnapshot,
    messagesSnapshot,
    imagesSnapshot,
    videosSnapshot,
    compareSnapshot,
  ])("stores a $kind snapshot and reads it back unchanged", async (snapshot) => {
    const created = await share(snapshot);
    expect(created.id).toMatch(shareIdPattern);
    expect(Buffer.from(created.id, "base64url")).toHaveLength(16);
    expect(created.path).toBe(`/s/${created.id}`);
    const res = await get(created.id);
    expect(res.status).toBe(200);
    expect(res.headers.get("cache-control")).toBe("no-store");
    expect(res.headers.get("x-robots-tag")).toBe("noindex");
    expect((await res.json()).snapshot).toEqual(snapshot);
  });

  it("stores the delete token hashed, never in clear", async () => {
    const created = await share();
    const row = await (await getShareStore()).get(created.id);
    expect(row?.deleteTokenHash).toBe(hashToken(created.deleteToken));
    expect(JSON.stringify(row)).not.toContain(created.deleteToken);
  });

  it("drops key, cookie and header fields a crafted request adds", async () => {
    const crafted = {
      ...chatSnapshot,
      apiKey: "crafted-secret-A",
      headers: { authorization: "crafted-secret-B", cookie: "apigo_key=crafted-secret-C" },
      params: {
        ...chatSnapshot.params,
        api_key: "crafted-secret-D",
        extra_headers: { "x-api-key": "crafted-secret-E" },
      },
      messages: chatSnapshot.messages.map((m) => ({
        ...m,
        key: "crafted-secret-F",
        metrics: {
          ...m.metrics,
          requestId: "crafted-secret-G",
          requestHeaders: { cookie: "crafted-secret-H" },
        },
      })),
    };
    const created = await share(crafted);
    const row = await (await getShareStore()).get(created.id);
    const stored = row?.snapshot ?? "";
    for (const marker of ["crafted-secret", "apiKey", "api_key", "headers", "cookie", "requestId", '"key"']) {
      expect(stored).not.toContain(marker);
    }
    expect(JSON.parse(stored).messages[1].content).toBe(chatSnapshot.messages[1]?.content);
  });

  it.each([
    ["an API key in a message", "my key is sk-proj-abcdefghijklmnopqrstuvwx"],
    ["a bearer header in the system prompt", "Authorization: Bearer abcdefghijklmnopqrstu"],
    ["a credentialed URL", "see https://user:hunter2@example.com/x"],
    ["a signed URL", "https://bucket.example.com/v.mp4?X-Amz-Signature=abc123"],
  ])("refuses %s", async (_what, text) => {
    const res = await post({
      snapshot: { ...chatSnapshot, system: text },
      expiresIn: "1d",
    });
    expect(res.status).toBe(400);
    expect((await res.json()).error.message).toMatch(/looks like/);
  });

  it("refuses the caller's own key even when it matches no pattern", async () => {
    const key = "custom-gateway-key-42";
    const res = await post(
      {
        snapshot: { ...chatSnapshot, messages: [{ role: "user", content: `use ${key} please` }] },
        expiresIn: "1d",
      },
      { cookie: `apigo_key=${key}` },
    );
    expect(res.status).toBe(400);
  });

  it("refuses image bytes that do not match their type", async () => {
    const svg = Buffer.from(
      "<svg xmlns='http://www.w3.org/2000/svg'><script>alert(1)</script></svg>",
    ).toString("base64");
    const res = await post({
      snapshot: { ...imagesSnapshot, images: [{ mime: "image/png", data: svg }] },
      expiresIn: "1d",
    });
    expect(res.status).toBe(400);
  });

  it("answers 413 over the size limit and 400 for malformed bodies", async () => {
    setEnv({ SHARE_MAX_BYTES: "2000" });
    const big = { ...chatSnapshot, system: "x".repeat(3000) };
    expect((await post({ snapshot: big, expiresIn: "1d" })).status).toBe(413);
    expect((await post("{not json")).status).toBe(400);
    expect((await post({ snapshot: { ...chatSnapshot, kind: "nope" }, expiresIn: "1d" })).status).toBe(400);
    expect((await post({ snapshot: chatSnapshot, expiresIn: "forever" })).status).toBe(400);
  });

  it("limits the creation rate per client with a clear 429", async () => {
    setEnv({ SHARE_RATE_PER_MIN: "3" });
    for (let i = 0; i < 3; i++)
      expect((await post({ snapshot: chatSnapshot, expiresIn: "1d" })).status).toBe(201);
    const limited = await post({ snapshot: chatSnapshot, expiresIn: "1d" });
    expect(limited.status).toBe(429);
    expect((await limited.json()).error.message).toMatch(/try again in \d+ s/);
    // Another client is not affected.
    client += 1;
    expect((await post({ snapshot: chatSnapshot, expiresIn: "1d" })).status).toBe(201);
  });

  it("a client rotating X-Forwarded-For values gets no fresh bucket; behind a proxy the appended entry counts", async () => {
    setEnv({ SHARE_RATE_PER_MIN: "3", SHARE_RATE_GLOBAL_PER_MIN: "100000" });
    const spoofed: number[] = [];
    for (let i = 0; i < 5; i++) {
      const res = await post(
        { snapshot: chatSnapshot, expiresIn: "1d" },
        { "x-forwarded-for": `10.9.${client}.${i}` },
      );
      spoofed.push(res.status);
    }
    expect(spoofed).toEqual([201, 201, 201, 429, 429]);

    setEnv({ SHARE_RATE_PER_MIN: "2", SHARE_RATE_GLOBAL_PER_MIN: "100000", TRUSTED_PROXY_HOPS: "1" });
    const behindProxy: number[] = [];
    for (let i = 0; i < 3; i++) {
      // The client varies what it writes; the proxy appends the one address it saw.
      const res = await post(
        { snapshot: chatSnapshot, expiresIn: "1d" },
        { "x-forwarded-for": `6.6.6.${i}, 203.0.113.${client % 250}` },
      );
      behindProxy.push(res.status);
    }
    expect(behindProxy).toEqual([201, 201, 429]);
  });

  it("many clients together meet the global cap; a client over its own rate spends none of it", async () => {
    setEnv({ SHARE_RATE_PER_MIN: "2", SHARE_RATE_GLOBAL_PER_MIN: "5" });
    const statuses: number[] = [];
    for (let i = 0; i < 10; i++)
      statuses.push((await post({ snapshot: chatSnapshot, expiresIn: "1d" })).status);
    expect(statuses).toEqual([201, 201, 429, 429, 429, 429, 429, 429, 429, 429]);
    const others: number[] = [];
    for (let i = 0; i < 5; i++) {
      client += 1;
      others.push((await post({ snapshot: chatSnapshot, expiresIn: "1d" })).status);
    }
    expect(others).toEqual([201, 201, 201, 429, 429]);
  });

  it("holds each client to its hourly byte quota (429) and the store to its total size (507)", async () => {
    const size = Buffer.byteLength(JSON.stringify(chatSnapshot));
    setEnv({ SHARE_CLIENT_BYTES_PER_HOUR: String(size * 2 + 10) });
    const mine = [];
    for (let i = 0; i < 3; i++) mine.push(await post({ snapshot: chatSnapshot, expiresIn: "1d" }));
    expect(mine.map((r) => r.status)).toEqual([201, 201, 429]);
    const over = mine[2] as Response;
    expect(over.headers.get("retry-after")).toMatch(/^\d+$/);
    expect((await over.json()).error.message).toMatch(/in the last hour: try again in \d+ min/);

    const used = await (await getShareStore()).totalBytes();
    setEnv({ SHARE_CLIENT_BYTES_PER_HOUR: "0", SHARE_STORAGE_MAX_BYTES: String(used + size + 10) });
    resetShareLimitsForTests();
    client += 1;
    expect((await post({ snapshot: chatSnapshot, expiresIn: "1d" })).status).toBe(201);
    const full = await post({ snapshot: chatSnapshot, expiresIn: "1d" });
    expect(full.status).toBe(507);
    expect((await full.json()).error.message).toMatch(/share store of this playground is full/);
  });

  it("refuses a request from another site", async () => {
    const res = await post({ snapshot: chatSnapshot, expiresIn: "1d" }, { origin: "https://evil.example" });
    expect(res.status).toBe(403);
  });
});

describe("GET and DELETE /api/shares/<id>", () => {
  it("rejects malformed or oversized ids before any query", async () => {
    const store = await getShareStore();
    const spy = vi.spyOn(store, "get");
    for (const id of [
      "../../etc/passwd",
      "a".repeat(23),
      "a".repeat(5000),
      "' or '1'='1' --xxxxxxx",
      "ÄÄÄÄÄÄÄÄÄÄÄÄÄÄÄÄÄÄÄÄÄÄ",
    ]) {
      expect((await get(id)).status).toBe(404);
      expect((await revoke(id, "x".repeat(43))).status).toBe(404);
    }
    expect(spy).not.toHaveBeenCalled();
  });

  it("revokes with the delete token only, then answers 404 at once", async () => {
    const created = await share();
    expect((await revoke(created.id, "A".repeat(43))).status).toBe(404);
    expect((await get(created.id)).status).toBe(200);
    expect((await revoke(created.id, created.deleteToken)).status).toBe(204);
    expect((await get(created.id)).status).toBe(404);
    expect((await revoke(created.id, created.deleteToken)).status).toBe(404);
  });

  it("answers 404 from the moment a share expires", async () => {
    vi.useFakeTimers({ toFake: ["Date"] });
    vi.setSystemTime(new Date("2030-01-01T00:00:00Z"));
    const created = await share(chatSnapshot, { expiresIn: "1d" });
    expect(created.expiresAt).toBe(Date.now() + 86_400_000);
    vi.setSystemTime(Date.now() + 86_400_000 - 1);
    expect((await get(created.id)).status).toBe(200);
    vi.setSystemTime(Date.now() + 1);
    expect((await get(created.id)).status).toBe(404);
  });

  it("keeps team-only shares for holders of the access session", async () => {
    expect((await post({ snapshot: chatSnapshot, expiresIn: "1d", teamOnly: true })).status).toBe(400);
    setEnv({ ACCESS_CODE: "team-code-123", APIGO_SERVER_KEY: "server-key-xyz" });
    const cookie = `${ACCESS_COOKIE}=${issueAccessToken()}`;
    expect((await post({ snapshot: chatSnapshot, expiresIn: "1d", teamOnly: true })).status).toBe(401);
    const res = await post({ snapshot: chatSnapshot, expiresIn: "1d", teamOnly: true }, { cookie });
    expect(res.status).toBe(201);
    const { id } = createShareResponseSchema.parse(await res.json());
    expect((await get(id)).status).toBe(401);
    expect((await get(id, { cookie })).status).toBe(200);
  });

  it("on a team deployment, only holders of the access session create links (public or team-only)", async () => {
    setEnv({ ACCESS_CODE: "team-code-123", APIGO_SERVER_KEY: "server-key-xyz" });
    const outsider = await post({ snapshot: chatSnapshot, expiresIn: "1d" });
    expect(outsider.status).toBe(401);
    expect((await outsider.json()).error.message).toMatch(/enter the access code/);
    const cookie = `${ACCESS_COOKIE}=${issueAccessToken()}`;
    expect((await post({ snapshot: chatSnapshot, expiresIn: "1d" }, { cookie })).status).toBe(201);
  });

  it("refuses over-deep snapshots and broken image data with a clean 400", async () => {
    // Written as text: JSON.stringify itself recurses and overflows at this depth.
    const input = `${'{"a":'.repeat(5000)}"leaf"${"}".repeat(5000)}`;
    const deep = JSON.stringify({
      ...messagesSnapshot,
      messages: [{ role: "assistant", blocks: [{ type: "tool_use", id: "t1", name: "f", input: "INPUT" }] }],
    }).replace('"INPUT"', input);
    const res = await post(`{"snapshot":${deep},"expiresIn":"1d"}`);
    expect(res.status).toBe(400);
    expect((await res.json()).error.message).toMatch(/nested deeper than 64 levels/);
    const image = imagesSnapshot.images[0];
    // A share stored before the limit (the probe's depth 1,600) reads as gone, not as a 500.
    const store = await getShareStore();
    const old = { ...(await share()), snapshot: "" };
    const row = await store.get(old.id);
    await store.delete(old.id);
    await store.insert({
      ...(row as NonNullable<typeof row>),
      snapshot: deep.replace(input, `${"[".repeat(1600)}${"]".repeat(1600)}`),
    });
    expect((await get(old.id)).status).toBe(404);
    for (const data of ["A".repeat(17), "%".repeat(20), "AAAA=AAAAAAAAAAAAAAAA"]) {
      const broken = { ...imagesSnapshot, images: [{ ...image, data }] };
      const bad = await post({ snapshot: broken, expiresIn: "1d" });
      expect(bad.status, data).toBe(400);
    }
  });
});
