import "server-only";
import { env } from "@/lib/env";
import { AppError } from "@/lib/errors";
import { clientKey } from "../rate-limit/client";
import { sharedLimiterStore } from "../rate-limit/shared";
import { createTokenBucket, createTwoLevelLimiter } from "../rate-limit/token-bucket";
import type { ShareStore } from "./store";

// What one client and everyone together may put in the share store: links per minute (per client,
// then a global backstop), snapshot bytes per client per hour, and a cap on the store's total size.

const mb = (n: number) => `${Math.round((n / 1048576) * 10) / 10} MB`;

let limiters:
  | {
      config: string;
      links: ReturnType<typeof createTwoLevelLimiter>;
      bytes: ReturnType<typeof createTokenBucket>;
    }
  | undefined;
function current() {
  const e = env();
  const config = `${e.SHARE_RATE_PER_MIN}/${e.SHARE_RATE_GLOBAL_PER_MIN}/${e.SHARE_CLIENT_BYTES_PER_HOUR}`;
  if (limiters?.config !== config) {
    const perHour = e.SHARE_CLIENT_BYTES_PER_HOUR;
    limiters = {
      config,
      // Counted in PostgreSQL with DATABASE_URL, so N instances do not allow N times the rates.
      links: createTwoLevelLimiter(e.SHARE_RATE_PER_MIN, e.SHARE_RATE_GLOBAL_PER_MIN, {
        clients: sharedLimiterStore("share-links"),
        all: sharedLimiterStore("share-links-all"),
      }),
      bytes: createTokenBucket(perHour / 60, { burst: perHour, store: sharedLimiterStore("share-bytes") }),
    };
  }
  return limiters;
}

/** Who the share limits count this request under. */
export const shareClient = (req: Request) => clientKey(req, env().TRUSTED_PROXY_HOPS);

/** One more link for this client (before the body is read): 429 past the rate. */
export async function takeShareSlot(client: string, now: number): Promise<void> {
  const wait = await current().links.take(client, now);
  if (wait > 0) {
    throw new AppError("rate_limited", `Too many share links in a short time: try again in ${wait} s`, {
      retryAfterSeconds: wait,
    });
  }
}

/** This many more snapshot bytes for this client: 429 past the hourly quota. */
export async function takeShareBytes(client: string, bytes: number, now: number): Promise<void> {
  const perHour = env().SHARE_CLIENT_BYTES_PER_HOUR;
  const wait = await current().bytes.take(client, now, bytes);
  if (wait > 0) {
    throw new AppError(
      "rate_limited",
      `Your share links went over ${mb(perHour)} in the last hour: try again in ${Math.ceil(wait / 60)} min`,
      { retryAfterSeconds: wait },
    );
  }
}

// The store's total, read from it at most every 10 s; bytes stored here since are added on top.
let usage: { bytes: number; at: number } | undefined;

/** Refuses a share that would take the store past SHARE_STORAGE_MAX_BYTES (507), expired ones purged first. */
export async function assertStorageRoom(store: ShareStore, bytes: number, now: number): Promise<void> {
  const cap = env().SHARE_STORAGE_MAX_BYTES;
  if (cap <= 0) return;
  if (!usage || now - usage.at > 10_000) usage = { bytes: await store.totalBytes(), at: now };
  if (usage.bytes + bytes > cap) {
    await store.purgeExpired(now);
    usage = { bytes: await store.totalBytes(), at: now };
  }
  if (usage.bytes + bytes > cap) {
    throw new AppError(
      "insufficient_storage",
      `The share store of this playground is full (${mb(cap)}). Ask its operator to make room, or try again later.`,
      { retryAfterSeconds: 3600 },
    );
  }
  usage.bytes += bytes;
}

/** Tests change the caps between cases. */
export function resetShareLimitsForTests(): void {
  limiters = undefined;
  usage = undefined;
}
