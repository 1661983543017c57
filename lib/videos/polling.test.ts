import { describe, expect, it } from "vitest";
import {
  errorDelay,
  isRetryableStatus,
  jitterFactor,
  nextPollDelay,
  type PollState,
  pollPolicy,
  runningDelay,
} from "./polling";

const running = (attempt: number, extra: Partial<PollState> = {}): PollState => ({
  phase: "running",
  attempt,
  errorStreak: 0,
  retryable: true,
  seed: "task_abc",
  ...extra,
});

describe("polling policy", () => {
  it("starts at 1 s and backs off by 1.5 up to 10 s", () => {
    const sequence = Array.from({ length: 9 }, (_, i) => runningDelay(i + 1));
    expect(sequence).toEqual([1000, 1500, 2250, 3375, 5062.5, 7593.75, 10000, 10000, 10000]);
    expect(runningDelay(0)).toBe(1000);
    expect(runningDelay(1000)).toBe(pollPolicy.maxMs);
  });

  it("adds a deterministic jitter of at most ±20 %", () => {
    for (let attempt = 1; attempt < 50; attempt++) {
      const delay = nextPollDelay(running(attempt));
      expect(delay).not.toBe(false);
      const base = runningDelay(attempt);
      expect(delay as number).toBeGreaterThanOrEqual(Math.floor(base * 0.8));
      expect(delay as number).toBeLessThanOrEqual(Math.ceil(base * 1.2));
      // Same job, same attempt: same delay, so a re-render never re-arms the timer with another value.
      expect(nextPollDelay(running(attempt))).toBe(delay);
    }
  });

  it("spreads twenty jobs created together instead of polling in lockstep", () => {
    const firstDelays = Array.from({ length: 20 }, (_, i) =>
      nextPollDelay(running(1, { seed: `task_${i}` })),
    );
    expect(new Set(firstDelays).size).toBeGreaterThan(15);
    const factors = Array.from({ length: 200 }, (_, i) => jitterFactor(`task_${i}`, 1));
    expect(Math.min(...factors)).toBeGreaterThanOrEqual(0.8);
    expect(Math.max(...factors)).toBeLessThan(1.2);
  });

  it("keeps polling queued, running and not-yet-known jobs", () => {
    expect(nextPollDelay(running(1, { phase: "queued" }))).toEqual(expect.any(Number));
    expect(nextPollDelay(running(0, { phase: undefined }))).toEqual(expect.any(Number));
  });

  it("stops at a terminal status", () => {
    expect(nextPollDelay(running(3, { phase: "completed" }))).toBe(false);
    expect(nextPollDelay(running(3, { phase: "failed" }))).toBe(false);
  });

  it("backs off harder after failures and honours retry-after", () => {
    expect([1, 2, 3, 4, 5, 6, 9].map((n) => errorDelay(n))).toEqual([
      2000, 4000, 8000, 16000, 30000, 30000, 30000,
    ]);
    expect(errorDelay(1, 12)).toBe(12000);
    const delay = nextPollDelay(running(4, { errorStreak: 2 })) as number;
    expect(delay).toBeGreaterThanOrEqual(3200);
    expect(delay).toBeLessThanOrEqual(4800);
  });

  it("retries a failed status request even when the last known status was terminal-free", () => {
    // A failure while the last good answer said "running": still retried, with the error backoff.
    expect(nextPollDelay(running(2, { errorStreak: 1 }))).toBeGreaterThanOrEqual(1600);
  });

  it("stops on errors asking again cannot fix", () => {
    expect(nextPollDelay(running(2, { errorStreak: 1, retryable: false }))).toBe(false);
    expect([0, 408, 425, 429, 500, 502, 503, 504].every(isRetryableStatus)).toBe(true);
    expect([400, 401, 403, 404, 422].some(isRetryableStatus)).toBe(false);
  });

  it("sends fewer requests than a fixed 1-second poll over a 60-second job", () => {
    let elapsed = 0;
    let requests = 0;
    for (let attempt = 1; elapsed < 60_000; attempt++) {
      elapsed += nextPollDelay(running(attempt)) as number;
      requests++;
    }
    expect(requests).toBeLessThan(15);
  });
});
