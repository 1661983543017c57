import { describe, expect, it } from "vitest";
import { HttpError } from "@/lib/queries/http";
import { backoffMs, withRetries } from "./retry";
import { LimitQueue } from "./scheduler";

describe("LimitQueue", () => {
  it("keeps at most `concurrency` running and at most `perGroup` per group, in order", async () => {
    const running = new Set<string>();
    let peak = 0;
    let peakA = 0;
    const order: string[] = [];
    const done = new Promise<void>((resolve) => {
      const queue = new LimitQueue(
        () => ({ concurrency: 3, perGroup: 2 }),
        async (job) => {
          running.add(job.key);
          order.push(job.key);
          peak = Math.max(peak, running.size);
          peakA = Math.max(peakA, [...running].filter((k) => k.startsWith("a")).length);
          await new Promise((r) => setTimeout(r, 5));
          running.delete(job.key);
        },
        resolve,
      );
      queue.add(["a1", "a2", "a3", "a4", "b1", "b2"].map((key) => ({ key, group: key[0] ?? "" })));
    });
    await done;
    expect(peak).toBe(3);
    expect(peakA).toBe(2);
    expect(order.slice(0, 3)).toEqual(["a1", "a2", "b1"]);
    expect(order).toHaveLength(6);
  });

  it("stop aborts running jobs and drops the queue", async () => {
    const aborted: string[] = [];
    const started: string[] = [];
    let idle = 0;
    const queue = new LimitQueue(
      () => ({ concurrency: 1, perGroup: 1 }),
      (job, signal) =>
        new Promise<void>((resolve) => {
          started.push(job.key);
          signal.addEventListener("abort", () => {
            aborted.push(job.key);
            resolve();
          });
        }),
      () => idle++,
    );
    queue.add([
      { key: "x", group: "" },
      { key: "y", group: "" },
    ]);
    queue.stop();
    await new Promise((r) => setTimeout(r, 0));
    expect(started).toEqual(["x"]);
    expect(aborted).toEqual(["x"]);
    expect(queue.busy).toBe(false);
    expect(idle).toBe(1);
  });

  it("held: nothing starts, a job that asks again waits first in line; stop still ends idle", async () => {
    const started: string[] = [];
    let idle = 0;
    let first = true;
    const queue = new LimitQueue(
      () => ({ concurrency: 1, perGroup: 1 }),
      async (job) => {
        started.push(job.key);
        if (job.key === "x" && first) {
          first = false;
          queue.hold();
          return "again";
        }
      },
      () => idle++,
    );
    queue.add(["x", "y"].map((key) => ({ key, group: "" })));
    await new Promise((r) => setTimeout(r, 0));
    expect(started).toEqual(["x"]);
    expect(queue.held && queue.has("x") && queue.busy).toBe(true);
    expect(idle).toBe(0);
    queue.release();
    await new Promise((r) => setTimeout(r, 0));
    expect(started).toEqual(["x", "x", "y"]);
    expect(idle).toBe(1);
    queue.hold();
    queue.add([{ key: "z", group: "" }]);
    queue.stop();
    expect(started).toHaveLength(3);
    expect(idle).toBe(2);
  });
});

describe("withRetries", () => {
  const rateLimited = () => new HttpError({ status: 429, message: "slow down" });

  it("backs off exponentially with jitter, capped, and honours Retry-After", () => {
    expect(backoffMs(1, 1000, () => 0)).toBe(500);
    expect(backoffMs(3, 1000, () => 1)).toBe(4000);
    expect(backoffMs(20, 1000, () => 1)).toBe(30_000);
    expect(backoffMs(1, 1000, () => 0, 7)).toBe(7000);
  });

  it("retries only 429s, counting them", async () => {
    const retries: number[] = [];
    let n = 0;
    const value = await withRetries(
      async () => {
        if (++n < 3) throw rateLimited();
        return "ok";
      },
      { signal: new AbortController().signal, baseMs: 1, onRetry: (i) => retries.push(i) },
    );
    expect(value).toBe("ok");
    expect(retries).toEqual([1, 2]);
    const other = withRetries(
      async () => {
        throw new HttpError({ status: 500, message: "boom" });
      },
      { signal: new AbortController().signal, baseMs: 1 },
    );
    await expect(other).rejects.toThrow("boom");
  });

  it("a stop during the wait ends it at once", async () => {
    const controller = new AbortController();
    const pending = withRetries(
      async () => {
        throw rateLimited();
      },
      { signal: controller.signal, baseMs: 60_000 },
    );
    setTimeout(() => controller.abort(), 5);
    await expect(pending).rejects.toMatchObject({ name: "AbortError" });
  });
});
