import { describe, expect, it } from "vitest";
import { clientKey, createRateLimiter, createShareLimiter } from "./rate-limit";

const req = (xff?: string) =>
  new Request("http://app.test/api/shares", xff ? { headers: { "x-forwarded-for": xff } } : {});

describe("clientKey", () => {
  it("with no trusted proxy takes the first entry (the client's word), else 'direct'", () => {
    expect(clientKey(req("203.0.113.7"))).toBe("203.0.113.7");
    expect(clientKey(req("1.1.1.1, 203.0.113.7"))).toBe("1.1.1.1");
    expect(clientKey(req())).toBe("direct");
  });

  it("behind trusted proxies takes the entry the nearest one appended, whatever the client wrote before it", () => {
    // The client sent "6.6.6.6, 7.7.7.7"; our one proxy appended the address it saw.
    expect(clientKey(req("6.6.6.6, 7.7.7.7, 203.0.113.7"), 1)).toBe("203.0.113.7");
    // Two proxies: a CDN appended the client, our load balancer appended the CDN.
    expect(clientKey(req("6.6.6.6, 203.0.113.7, 10.0.0.2"), 2)).toBe("203.0.113.7");
    // Fewer entries than hops: nothing trustworthy.
    expect(clientKey(req("203.0.113.7"), 2)).toBe("direct");
  });
});

describe("createShareLimiter", () => {
  it("a client inventing a new address per request is stopped by the global bucket", () => {
    const limiter = createShareLimiter(2, 5);
    const now = 1_000_000;
    const waits = Array.from({ length: 8 }, (_, i) => limiter.take(`spoofed-${i}`, now));
    expect(waits.slice(0, 5)).toEqual([0, 0, 0, 0, 0]);
    expect(waits.slice(5).every((w) => w > 0)).toBe(true);
  });

  it("one honest client is held to its own rate; others still get theirs", () => {
    const limiter = createShareLimiter(2, 100);
    const now = 1_000_000;
    expect([limiter.take("a", now), limiter.take("a", now)]).toEqual([0, 0]);
    expect(limiter.take("a", now)).toBeGreaterThan(0);
    expect(limiter.take("b", now)).toBe(0);
    // A minute later the bucket has refilled.
    expect(limiter.take("a", now + 60_000)).toBe(0);
  });

  it("a rate of 0 turns a bucket off", () => {
    const limiter = createShareLimiter(0, 0);
    expect(Array.from({ length: 50 }, () => limiter.take("x")).every((w) => w === 0)).toBe(true);
    expect(createRateLimiter(0).take("x")).toBe(0);
  });
});

describe("createRateLimiter", () => {
  it("a clock stepping back does not drain the bucket", () => {
    const limiter = createRateLimiter(3);
    expect(limiter.take("a", 10_000_000)).toBe(0);
    expect(limiter.take("a", 1_000)).toBe(0);
    expect(limiter.take("a", 1_000)).toBe(0);
    expect(limiter.take("a", 1_000)).toBeGreaterThan(0);
  });
});
