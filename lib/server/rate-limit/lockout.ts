import "server-only";
import { createMemoryStore, type LimiterStore } from "./store";

export interface Failures {
  count: number;
  lockedUntil: number;
}

export interface LockoutOptions {
  /** Failures allowed before any delay (typos). */
  free: number;
  /** Delay after the first failure past `free`; it doubles with each further one. */
  baseMs: number;
  maxMs: number;
  /** A client with no failure for this long starts over; longer than `maxMs`, so waiting out the
   * longest delay does not reset the count. */
  forgetMs: number;
  store?: LimiterStore<Failures>;
}

/**
 * A growing delay per client for guesses of a secret. Every attempt counts as a failure when it
 * starts (`attempt`), before the secret is checked, so parallel requests cannot all slip in before
 * the first failure is written; `succeeded` clears the count.
 */
export function createLockout(opts: LockoutOptions) {
  const store = opts.store ?? createMemoryStore<Failures>();
  const delayFor = (count: number) =>
    count <= opts.free ? 0 : Math.min(opts.maxMs, opts.baseMs * 2 ** (count - opts.free - 1));
  return {
    /** 0 when the client may try now (and the try is counted), else the seconds to wait. */
    async attempt(client: string, now = Date.now()): Promise<{ wait: number; failures: number }> {
      let wait = 0;
      const after = await store.update(client, opts.forgetMs, (current) => {
        const f = current ?? { count: 0, lockedUntil: 0 };
        if (f.lockedUntil > now) {
          wait = Math.ceil((f.lockedUntil - now) / 1000);
          return f;
        }
        const count = f.count + 1;
        return { count, lockedUntil: now + delayFor(count) };
      });
      return { wait, failures: after.count };
    },
    async succeeded(client: string): Promise<void> {
      await store.update(client, 1, () => ({ count: 0, lockedUntil: 0 }));
    },
  };
}
