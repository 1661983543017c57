import "server-only";
import type pg from "pg";
import type { LimiterStore } from "./store";

// Entries no longer live are deleted at most this often per instance (they are already ignored).
const PURGE_EVERY_MS = 60_000;

/**
 * Limiter counters in PostgreSQL (the `limiter_entries` table, shares migration 3), shared by every
 * app instance on the database: a client spreading requests over instances meets one limit. `update`
 * is atomic per key: the row is locked (`for update`) from read to write, so parallel requests, on one
 * instance or several, see each other's writes. `ready` must resolve before the first query (it runs
 * the migrations).
 */
export function createPostgresLimiterStore<T>(
  pool: pg.Pool,
  namespace: string,
  ready: () => Promise<unknown>,
): LimiterStore<T> {
  let lastPurge = 0;
  return {
    async update(key, ttlMs, change) {
      await ready();
      const id = `${namespace}:${key}`;
      const client = await pool.connect();
      try {
        await client.query("begin");
        const now = Date.now();
        await client.query(
          "insert into limiter_entries (key, value, until) values ($1, null, 0) on conflict (key) do nothing",
          [id],
        );
        const { rows } = await client.query<{ value: string | null; until: string }>(
          "select value, until from limiter_entries where key = $1 for update",
          [id],
        );
        const row = rows[0];
        const live = row?.value != null && Number(row.until) > now;
        const next = change(live ? (JSON.parse(row.value as string) as T) : undefined);
        await client.query("update limiter_entries set value = $2, until = $3 where key = $1", [
          id,
          JSON.stringify(next),
          now + ttlMs,
        ]);
        await client.query("commit");
        if (now - lastPurge > PURGE_EVERY_MS) {
          lastPurge = now;
          void pool.query("delete from limiter_entries where until < $1", [now]).catch(() => undefined);
        }
        return next;
      } catch (err) {
        await client.query("rollback").catch(() => undefined);
        throw err;
      } finally {
        client.release();
      }
    },
  };
}
