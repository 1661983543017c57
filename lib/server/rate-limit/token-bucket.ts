import "server-only";
import { createMemoryStore, type LimiterStore } from "./store";

export interface Bucket {
  tokens: number;
  at: number;
}

/**
 * A token bucket per key: `perMinute` tokens refilled continuously, up to `burst` (default: one
 * minute's worth). `take` spends `cost` tokens (1 per request, or bytes for a quota).
 */
export function createTokenBucket(
  perMinute: number,
  opts: { burst?: number; store?: LimiterStore<Bucket> } = {},
) {
  const burst = opts.burst ?? perMinute;
  const store = opts.store ?? createMemoryStore<Bucket>();
  const refillPerMs = perMinute / 60_000;
  const fullAfterMs = Math.ceil(burst / Math.max(refillPerMs, 1e-9));
  return {
    /** Spends `cost` tokens; returns 0 when allowed, else the seconds until they are there. */
    async take(key: string, now = Date.now(), cost = 1): Promise<number> {
      if (perMinute <= 0) return 0;
      let wait = 0;
      await store.update(key, fullAfterMs, (bucket) => {
        const b = bucket ?? { tokens: burst, at: now };
        // A clock that steps back (NTP, tests) must not drain a bucket.
        const tokens = Math.min(burst, b.tokens + Math.max(0, now - b.at) * refillPerMs);
        if (tokens < cost) {
          wait = Math.max(1, Math.ceil((cost - tokens) / refillPerMs / 1000));
          return { tokens, at: now };
        }
        return { tokens: tokens - cost, at: now };
      });
      return wait;
    },
  };
}
export type TokenBucket = ReturnType<typeof createTokenBucket>;

/**
 * Per-client buckets first, then one global bucket as a backstop. A client over its own rate is
 * refused without spending a global token, so one noisy client cannot use up everybody's budget;
 * only many clients together reach the global cap (sized well above honest use).
 */
export function createTwoLevelLimiter(
  perClient: number,
  global: number,
  stores: { clients?: LimiterStore<Bucket>; all?: LimiterStore<Bucket> } = {},
) {
  const clients = createTokenBucket(perClient, { store: stores.clients });
  const all = createTokenBucket(global, { store: stores.all });
  return {
    async take(client: string, now = Date.now()): Promise<number> {
      const wait = await clients.take(client, now);
      if (wait > 0) return wait;
      return all.take("*", now);
    },
  };
}
