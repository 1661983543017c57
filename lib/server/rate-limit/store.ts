import "server-only";

/**
 * Where a limiter keeps its counters. In memory now (each instance counts on its own); a store shared
 * by all instances (issue #22) implements the same two-method interface. `update` must be atomic per
 * key: read, compute, write with no other update of that key in between (a Redis script, a row lock),
 * so parallel requests cannot all read the same count before any of them writes it.
 */
export interface LimiterStore<T> {
  /** Replaces the entry of `key` by `change(current)`; it lapses `ttlMs` after this write. */
  update(key: string, ttlMs: number, change: (current: T | undefined) => T): Promise<T>;
}

/** A bounded in-memory store: least recently written keys are dropped first past `maxKeys`. */
export function createMemoryStore<T>(maxKeys = 10_000): LimiterStore<T> {
  const entries = new Map<string, { value: T; until: number }>();
  return {
    async update(key, ttlMs, change) {
      const now = Date.now();
      const found = entries.get(key);
      const value = change(found && found.until > now ? found.value : undefined);
      // Delete-then-set keeps the map in least-recently-written order, so the oldest entry goes first.
      entries.delete(key);
      entries.set(key, { value, until: now + ttlMs });
      if (entries.size > maxKeys) {
        const oldest = entries.keys().next().value;
        if (oldest !== undefined) entries.delete(oldest);
      }
      return value;
    },
  };
}
