import "server-only";
import path from "node:path";
import { env } from "@/lib/env";
import { closeOnShutdown } from "../lifecycle/streams";
import { openPostgresStore } from "./postgres-store";
import { openSqliteStore } from "./sqlite-store";
import type { ShareStore } from "./store";

let opening: Promise<ShareStore> | undefined;

/**
 * The process's share store, opened (and migrated) once: Postgres when DATABASE_URL is set, else the
 * SQLite file `<DATA_DIR>/shares.db`. A failed open is retried on the next call.
 */
export function getShareStore(): Promise<ShareStore> {
  opening ??= openConfigured().catch((err: unknown) => {
    opening = undefined;
    throw err;
  });
  return opening;
}

async function openConfigured(): Promise<ShareStore> {
  const e = env();
  const store = e.DATABASE_URL
    ? await openPostgresStore(e.DATABASE_URL)
    : openSqliteStore(path.resolve(e.DATA_DIR, "shares.db"));
  closeOnShutdown(closeShareStore);
  return store;
}

/** Closes the store if it was opened (graceful shutdown, once no request is left to use it). */
export async function closeShareStore(): Promise<void> {
  const current = opening;
  opening = undefined;
  if (current) await (await current.catch(() => undefined))?.close();
}

/** Tests swap stores between cases. */
export async function resetShareStoreForTests(store?: ShareStore): Promise<void> {
  const current = opening;
  opening = store ? Promise.resolve(store) : undefined;
  if (current && (await current) !== store) await (await current).close();
}
