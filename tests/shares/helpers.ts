// Helpers for the share-store tests: stores on a fresh SQLite file or a fresh Postgres schema.
import { randomBytes } from "node:crypto";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import pg from "pg";
import { hashToken, newShareId } from "@/lib/server/shares/ids";
import { resetShareStoreForTests } from "@/lib/server/shares/index";
import { resetShareLimitsForTests } from "@/lib/server/shares/limits";
import { openPostgresStore } from "@/lib/server/shares/postgres-store";
import { openSqliteStore } from "@/lib/server/shares/sqlite-store";
import type { ShareRecord, ShareStore } from "@/lib/server/shares/store";
import { setEnv } from "@/tests/server";

export interface StoreUnderTest {
  store: ShareStore;
  /** Opens a second store on the same data (another app instance, or a restart). */
  reopen: () => Promise<ShareStore>;
  cleanup: () => Promise<void>;
}

export function tempDir(prefix: string): { dir: string; remove: () => void } {
  const dir = mkdtempSync(path.join(tmpdir(), prefix));
  return { dir, remove: () => rmSync(dir, { recursive: true, force: true }) };
}

export async function sqliteUnderTest(): Promise<StoreUnderTest> {
  const tmp = tempDir("shares-sqlite-");
  const file = path.join(tmp.dir, "shares.db");
  const store = openSqliteStore(file);
  const opened: ShareStore[] = [store];
  return {
    store,
    reopen: async () => {
      const s = openSqliteStore(file);
      opened.push(s);
      return s;
    },
    cleanup: async () => {
      for (const s of opened) await s.close().catch(() => undefined);
      tmp.remove();
    },
  };
}

/** A Postgres store in a schema of its own, so parallel runs never see each other's rows. */
export async function postgresUnderTest(url: string): Promise<StoreUnderTest> {
  const schema = `shares_test_${randomBytes(6).toString("hex")}`;
  const admin = new pg.Client({ connectionString: url });
  await admin.connect();
  await admin.query(`create schema ${schema}`);
  const scoped = new URL(url);
  scoped.searchParams.set("options", `-c search_path=${schema}`);
  const store = await openPostgresStore(scoped.toString(), 60);
  const opened: ShareStore[] = [store];
  return {
    store,
    reopen: async () => {
      const s = await openPostgresStore(scoped.toString(), 4);
      opened.push(s);
      return s;
    },
    cleanup: async () => {
      for (const s of opened) await s.close().catch(() => undefined);
      await admin.query(`drop schema ${schema} cascade`);
      await admin.end();
    },
  };
}

/** Each case: a fresh SQLite store under `dir`, relaxed link rates, fresh limits and `extra` env. */
export async function freshShareEnv(dir: string, extra: Record<string, string | undefined> = {}) {
  resetShareLimitsForTests();
  setEnv({
    DATA_DIR: dir,
    DATABASE_URL: undefined,
    SHARE_RATE_PER_MIN: "1000",
    SHARE_RATE_GLOBAL_PER_MIN: "100000",
    ...extra,
  });
  await resetShareStoreForTests();
}

export function record(overrides: Partial<ShareRecord> = {}): ShareRecord {
  return {
    id: newShareId(),
    kind: "chat",
    snapshot: JSON.stringify({ v: 1, kind: "chat", note: "ünïcode ✓ 中文" }),
    teamOnly: false,
    createdAt: 1_700_000_000_000,
    expiresAt: null,
    deleteTokenHash: hashToken("token"),
    ...overrides,
  };
}
