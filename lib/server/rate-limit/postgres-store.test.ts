import { randomBytes } from "node:crypto";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openPostgresStore } from "../shares/postgres-store";
import type { ShareStore } from "../shares/store";
import { createLockout } from "./lockout";
import { createPostgresLimiterStore } from "./postgres-store";
import { type Bucket, createTokenBucket } from "./token-bucket";

// Two pools on one database stand for two app instances. Needs PostgreSQL (TEST_DATABASE_URL; in CI
// it must run, see scripts/ensure-postgres.sh).
const url = process.env.TEST_DATABASE_URL;

describe.skipIf(!url && !process.env.CI)("rate limits counted in PostgreSQL (several instances)", () => {
  const schema = `limiter_test_${randomBytes(5).toString("hex")}`;
  let admin: pg.Client;
  let migrated: ShareStore;
  const pools: pg.Pool[] = [];
  let scoped = "";

  beforeAll(async () => {
    admin = new pg.Client({ connectionString: url });
    await admin.connect();
    await admin.query(`create schema ${schema}`);
    const u = new URL(url ?? "");
    u.searchParams.set("options", `-c search_path=${schema}`);
    scoped = u.toString();
    migrated = await openPostgresStore(scoped, 2);
  });
  afterAll(async () => {
    await Promise.all(pools.map((p) => p.end()));
    await migrated.close();
    await admin.query(`drop schema ${schema} cascade`);
    await admin.end();
  });

  const instance = <T>(namespace: string) => {
    const pool = new pg.Pool({ connectionString: scoped, max: 4 });
    pools.push(pool);
    return createPostgresLimiterStore<T>(pool, namespace, async () => undefined);
  };

  it("a token bucket holds across instances, even for parallel requests", async () => {
    const a = createTokenBucket(5, { store: instance<Bucket>("links") });
    const b = createTokenBucket(5, { store: instance<Bucket>("links") });
    const now = Date.now();
    const waits = await Promise.all(
      Array.from({ length: 20 }, (_, i) => (i % 2 ? a : b).take("203.0.113.7", now)),
    );
    expect(waits.filter((w) => w === 0)).toHaveLength(5);
    expect(waits.filter((w) => w > 0).every((w) => w >= 1 && w <= 12)).toBe(true);
    // Another client and another namespace count apart.
    expect(await a.take("203.0.113.8", now)).toBe(0);
    expect(await createTokenBucket(5, { store: instance<Bucket>("bytes") }).take("203.0.113.7", now)).toBe(0);
  });

  it("the access-code lockout seen from two instances is one count", async () => {
    const opts = { free: 2, baseMs: 1000, maxMs: 60_000, forgetMs: 3_600_000 };
    const a = createLockout({ ...opts, store: instance("lockout") });
    const b = createLockout({ ...opts, store: instance("lockout") });
    const now = Date.now();
    expect((await a.attempt("198.51.100.1", now)).wait).toBe(0);
    expect((await b.attempt("198.51.100.1", now)).wait).toBe(0);
    // The third try (past the 2 free ones) starts a 1 s delay, seen by the other instance.
    expect((await a.attempt("198.51.100.1", now)).failures).toBe(3);
    expect((await b.attempt("198.51.100.1", now)).wait).toBe(1);
    await b.succeeded("198.51.100.1");
    expect((await a.attempt("198.51.100.1", now)).failures).toBe(1);
  });
});
