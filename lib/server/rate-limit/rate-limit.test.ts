import { afterEach, describe, expect, it } from "vitest";
import { addressKey, clientKey } from "./client";
import { createLockout } from "./lockout";
import { createTokenBucket, createTwoLevelLimiter } from "./token-bucket";

const PEER = Symbol.for("apigo.peer-header");
const g = globalThis as { [PEER]?: string };
afterEach(() => {
  delete g[PEER];
});

const req = (headers: Record<string, string> = {}) => new Request("http://app.test/api/shares", { headers });

describe("clientKey", () => {
  it("with no trusted proxy takes the TCP peer the request hook stamped, never X-Forwarded-For", () => {
    g[PEER] = "x-peer-test";
    expect(clientKey(req({ "x-peer-test": "203.0.113.7", "x-forwarded-for": "1.1.1.1" }))).toBe(
      "203.0.113.7",
    );
    expect(clientKey(req({ "x-forwarded-for": "1.1.1.1" }))).toBe("unknown");
  });

  it("without the hook (unit tests, dev) a client-sent header with a guessed name counts for nothing", () => {
    expect(clientKey(req({ "x-apigo-peer": "1.2.3.4", "x-forwarded-for": "1.1.1.1" }))).toBe("unknown");
  });

  it("behind trusted proxies takes the entry the outermost one appended, whatever the client wrote before it", () => {
    const xff = (v: string) => req({ "x-forwarded-for": v });
    expect(clientKey(xff("6.6.6.6, 7.7.7.7, 203.0.113.7"), 1)).toBe("203.0.113.7");
    expect(clientKey(xff("6.6.6.6, 203.0.113.7, 10.0.0.2"), 2)).toBe("203.0.113.7");
    // Fewer entries than hops: the peer (the proxy itself) is all there is.
    expect(clientKey(xff("203.0.113.7"), 2)).toBe("unknown");
  });

  it("counts IPv6 clients by their /64 and unwraps IPv4-mapped addresses", () => {
    expect(addressKey("2001:db8:1:2:aaaa:bbbb:cccc:dddd")).toBe("2001:db8:1:2::/64");
    expect(addressKey("2001:db8:1:2::99")).toBe("2001:db8:1:2::/64");
    expect(addressKey("2001:db8::1")).toBe("2001:db8:0:0::/64");
    expect(addressKey("::1")).toBe("0:0:0:0::/64");
    expect(addressKey("::ffff:127.0.0.1")).toBe("127.0.0.1");
    expect(addressKey("fe80::1%eth0")).toBe("fe80:0:0:0::/64");
  });
});

describe("createTwoLevelLimiter", () => {
  it("many clients together are stopped by the global bucket", async () => {
    const limiter = createTwoLevelLimiter(2, 5);
    const now = 1_000_000;
    const waits: number[] = [];
    for (let i = 0; i < 8; i++) waits.push(await limiter.take(`client-${i}`, now));
    expect(waits.slice(0, 5)).toEqual([0, 0, 0, 0, 0]);
    expect(waits.slice(5).every((w) => w > 0)).toBe(true);
  });

  it("a client over its own rate spends nothing of the global budget", async () => {
    const limiter = createTwoLevelLimiter(2, 4);
    const now = 1_000_000;
    // The flooder spends 2 global tokens (its own allowance), then nothing more.
    for (let i = 0; i < 50; i++) await limiter.take("flooder", now);
    expect(await limiter.take("honest-1", now)).toBe(0);
    expect(await limiter.take("honest-2", now)).toBe(0);
  });

  it("one client is held to its own rate; it refills over a minute; 0 turns a bucket off", async () => {
    const limiter = createTwoLevelLimiter(2, 100);
    const now = 1_000_000;
    expect([await limiter.take("a", now), await limiter.take("a", now)]).toEqual([0, 0]);
    expect(await limiter.take("a", now)).toBeGreaterThan(0);
    expect(await limiter.take("b", now)).toBe(0);
    expect(await limiter.take("a", now + 60_000)).toBe(0);
    const off = createTwoLevelLimiter(0, 0);
    for (let i = 0; i < 50; i++) expect(await off.take("x")).toBe(0);
  });
});

describe("createTokenBucket", () => {
  it("a clock stepping back does not drain the bucket", async () => {
    const bucket = createTokenBucket(3);
    expect(await bucket.take("a", 10_000_000)).toBe(0);
    expect(await bucket.take("a", 1_000)).toBe(0);
    expect(await bucket.take("a", 1_000)).toBe(0);
    expect(await bucket.take("a", 1_000)).toBeGreaterThan(0);
  });

  it("spends a cost (bytes) and says how long until that much is back", async () => {
    const perHour = 1000;
    const bucket = createTokenBucket(perHour / 60, { burst: perHour });
    expect(await bucket.take("c", 0, 600)).toBe(0);
    expect(await bucket.take("c", 0, 300)).toBe(0);
    // 100 left; 500 more need 400 refilled at 1000/h: 24 min.
    expect(await bucket.take("c", 0, 500)).toBe(1440);
    expect(await bucket.take("c", 1440_000, 500)).toBe(0);
  });
});

describe("createLockout", () => {
  const lockout = () => createLockout({ free: 5, baseMs: 1000, maxMs: 60_000, forgetMs: 3_600_000 });

  it("5 free tries, then a delay that doubles; tries while held back are refused and not counted", async () => {
    const l = lockout();
    const waits: number[] = [];
    for (let i = 0; i < 6; i++) waits.push((await l.attempt("a", 0)).wait);
    expect(waits).toEqual([0, 0, 0, 0, 0, 0]);
    expect((await l.attempt("a", 500)).wait).toBe(1);
    expect(await l.attempt("a", 1000)).toEqual({ wait: 0, failures: 7 });
    expect((await l.attempt("a", 1000)).wait).toBe(2);
    expect((await l.attempt("a", 3000)).failures).toBe(8);
    expect((await l.attempt("a", 3000)).wait).toBe(4);
  });

  it("parallel tries cannot all slip in before the first failure is written", async () => {
    const l = lockout();
    const results = await Promise.all(Array.from({ length: 300 }, () => l.attempt("p", 0)));
    expect(results.filter((r) => r.wait === 0)).toHaveLength(6);
  });

  it("the delay stops at its maximum; a success starts over; other clients are not affected", async () => {
    const l = lockout();
    let now = 0;
    for (let i = 0; i < 20; i++) {
      const { wait } = await l.attempt("b", now);
      now += wait * 1000;
      if (wait) await l.attempt("b", now);
    }
    expect((await l.attempt("b", now)).wait).toBeLessThanOrEqual(60);
    expect((await l.attempt("other", now)).wait).toBe(0);
    await l.succeeded("b");
    expect((await l.attempt("b", now)).wait).toBe(0);
  });
});
