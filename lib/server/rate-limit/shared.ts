import "server-only";
import pg from "pg";
import { env } from "@/lib/env";
import { closeOnShutdown } from "../lifecycle/streams";
import { getShareStore } from "../shares";
import { createPostgresLimiterStore } from "./postgres-store";
import { createMemoryStore, type LimiterStore } from "./store";

let pool: pg.Pool | undefined;
function limiterPool(url: string): pg.Pool {
  if (!pool) {
    const opened = new pg.Pool({ connectionString: url, max: 4 });
    // An idle client that loses its connection emits here; without a listener it would crash the process.
    opened.on("error", () => undefined);
    closeOnShutdown(async () => {
      if (pool === opened) pool = undefined;
      await opened.end();
    });
    pool = opened;
  }
  return pool;
}

// A database error is logged at most this often per limiter.
const LOG_EVERY_MS = 60_000;

/**
 * The store a limit that must hold across instances counts in: PostgreSQL with DATABASE_URL (every
 * instance meets the same counters), else this process's memory (one instance; SQLite shares). While
 * the database fails, the limit falls back to per-instance counting rather than refusing everyone.
 */
export function sharedLimiterStore<T>(namespace: string): LimiterStore<T> {
  const memory = createMemoryStore<T>();
  const url = env().DATABASE_URL;
  if (!url) return memory;
  const shared = createPostgresLimiterStore<T>(limiterPool(url), namespace, getShareStore);
  let loggedAt = 0;
  return {
    async update(key, ttlMs, change) {
      try {
        return await shared.update(key, ttlMs, change);
      } catch (err) {
        if (Date.now() - loggedAt > LOG_EVERY_MS) {
          loggedAt = Date.now();
          console.error(
            `Rate limit "${namespace}" counts per instance for now: the database failed (${err instanceof Error ? err.message : String(err)})`,
          );
        }
        return memory.update(key, ttlMs, change);
      }
    },
  };
}
