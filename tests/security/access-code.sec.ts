// Issue #16, items 1 and 2, against `next start` in team mode: no reply depends on a server-held
// secret (the share scanner was an oracle that recovered the access code in 18 requests), and
// access-code guesses are limited per client (by its socket address, whatever X-Forwarded-For says)
// and globally. Each attacker and honest client connects from its own loopback address.
import { randomBytes } from "node:crypto";
import { describe, expect, it } from "vitest";
import { chatSnapshot } from "../shares/fixtures";
import { raw, server } from "./helpers";
import { secrets } from "./servers";

const team = () => server("team");

function shareWith(texts: string[], cookie?: string, from?: string) {
  const snapshot = { ...chatSnapshot, messages: [{ role: "user", content: texts.join(" ") }] };
  return raw(team(), "POST", "/api/shares", {
    from,
    headers: { "content-type": "application/json", ...(cookie ? { cookie } : {}) },
    body: JSON.stringify({ snapshot, expiresIn: "1d" }),
  });
}

/** What a reply tells the caller: its status and error message (ids and tokens differ every time). */
async function verdict(reply: Promise<{ status: number; body: string }>): Promise<string> {
  const { status, body } = await reply;
  const message =
    status >= 400 ? ((JSON.parse(body) as { error?: { message?: string } }).error?.message ?? "") : "";
  return `${status} ${message}`;
}

/**
 * The attack of the probe: a binary search over candidates, asking each time whether the reply to one
 * half differs from the reply to text known not to hold the secret. Answers the candidate it ends on
 * and whether any reply differed at all.
 */
async function binarySearch(candidates: string[], ask: (texts: string[]) => Promise<string>) {
  const baseline = await ask(["nothing secret here"]);
  let left = candidates;
  let requests = 1;
  let differed = false;
  while (left.length > 1) {
    const half = left.slice(0, Math.ceil(left.length / 2));
    const answer = await ask(half);
    requests += 1;
    const hit = answer !== baseline;
    differed ||= hit;
    left = hit ? half : left.slice(half.length);
  }
  return { found: left[0], requests, differed };
}

function candidatesWith(secret: string, n = 50_000): string[] {
  const list = Array.from({ length: n - 1 }, () => randomBytes(10).toString("base64url"));
  list.splice(Math.floor(Math.random() * n), 0, secret);
  return list;
}

async function accessCookie(from: string): Promise<string> {
  const res = await raw(team(), "PUT", "/api/session/access", {
    from,
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ code: secrets.accessCode }),
  });
  expect(res.status).toBe(200);
  return String(res.headers["set-cookie"]?.[0] ?? "").split(";")[0] ?? "";
}

describe("the share scanner is no oracle for server secrets", () => {
  it("an outsider's binary search over 50,000 candidates finds nothing (every reply is the same)", async () => {
    const from = "127.0.0.21";
    const result = await binarySearch(candidatesWith(secrets.accessCode), (texts) =>
      verdict(shareWith(texts, undefined, from)),
    );
    const found = result.found === secrets.accessCode;
    expect(
      result.differed,
      `replies differed; found the code: ${found}, in ${result.requests} requests`,
    ).toBe(false);
    expect(found).toBe(false);
  }, 120_000);

  it("nor a member's: neither the access code nor the server key changes a reply", async () => {
    const from = "127.0.0.22";
    const cookie = await accessCookie(from);
    // A key-shaped word in both keeps either from being stored (no secret may reach the data folder,
    // logs.sec.ts), and the old scanner named what it found first: the access code.
    const keyShaped = "sk-simLookalikeKey000000aa";
    const code = [...candidatesWith(secrets.accessCode, 2000), keyShaped];
    expect(await verdict(shareWith(code, cookie, from))).toBe(
      await verdict(shareWith([...candidatesWith("not-the-code", 2000), keyShaped], cookie, from)),
    );
    // Key-shaped text is refused by its shape, the server's own key in exactly the same words.
    const lookalike = "sk-simSecSuiteTeam0000aa";
    expect(await verdict(shareWith([secrets.teamKey], cookie, from))).toBe(
      await verdict(shareWith([lookalike], cookie, from)),
    );
  }, 60_000);
});

describe("access-code guesses", () => {
  const guess = (from: string, code: string, xff?: string) =>
    raw(team(), "PUT", "/api/session/access", {
      from,
      headers: { "content-type": "application/json", ...(xff ? { "x-forwarded-for": xff } : {}) },
      body: JSON.stringify({ code }),
    });

  it("the 30th wrong code within a minute gets 429 with Retry-After, rotating X-Forwarded-For or not; an honest client still gets in", async () => {
    const attacker = "127.0.0.23";
    const started = Date.now();
    const replies = [];
    for (let i = 0; i < 30; i++) replies.push(await guess(attacker, `guess-${i}`, `203.0.113.${i + 1}`));
    expect(Date.now() - started).toBeLessThan(60_000);
    const last = replies[29];
    const counts = `401: ${replies.filter((r) => r.status === 401).length}, 429: ${replies.filter((r) => r.status === 429).length}`;
    expect(last?.status, counts).toBe(429);
    expect(Number(last?.headers["retry-after"])).toBeGreaterThan(0);
    expect(last?.body).toMatch(/Too many wrong access codes/);
    // Only the first few were even checked.
    expect(replies.filter((r) => r.status === 401).length).toBeLessThanOrEqual(6);
    // Held back, the attacker learns nothing even from the right code.
    expect((await guess(attacker, secrets.accessCode)).status).toBe(429);
    expect((await guess("127.0.0.24", secrets.accessCode)).status).toBe(200);
  });
});
