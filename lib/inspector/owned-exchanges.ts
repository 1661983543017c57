import { createExchangeLog, type ExchangeLog } from "@/lib/conversations/exchange-log";
import { recordingFetch } from "./recording-fetch";

export interface OwnedExchangesOptions {
  /** Exchanges kept per owner: the first (the create request) and the latest ones. */
  perOwner?: number;
  /** Owners kept; the least recently used one is forgotten first. */
  owners?: number;
}

/**
 * The exchanges of a tab's batches or jobs, in memory for this page's life: each owner (an image batch,
 * a video job) lists its exchange ids in order. A job's first exchange is its create request and is kept
 * while later status polls rotate through the rest.
 */
export function createOwnedExchanges({ perOwner = 12, owners = 40 }: OwnedExchangesOptions = {}) {
  const log = createExchangeLog(250, Number.POSITIVE_INFINITY);
  const byOwner = new Map<string, string[]>();

  function touch(owner: string, ids: string[]) {
    byOwner.delete(owner);
    byOwner.set(owner, ids);
    while (byOwner.size > owners) {
      const [oldest, dropped] = byOwner.entries().next().value ?? [];
      if (oldest === undefined) break;
      byOwner.delete(oldest);
      for (const id of dropped ?? []) log.remove(id);
    }
  }

  function add(owner: string, id: string) {
    const ids = [...(byOwner.get(owner) ?? []), id];
    while (ids.length > perOwner) {
      const [dropped] = ids.splice(1, 1);
      if (dropped) log.remove(dropped);
    }
    touch(owner, ids);
  }

  return {
    log,
    /** A fetch recording each proxy call it makes under `owner`. */
    fetchFor: (owner: string) => recordingFetch(log, (id) => add(owner, id)),
    /** Exchange ids of `owner`, oldest first (the same array until it changes). */
    idsOf: (owner: string): readonly string[] => byOwner.get(owner) ?? none,
    /** Files what was recorded under a temporary owner (a request in flight) under its real id. */
    rename(from: string, to: string) {
      const ids = byOwner.get(from);
      if (!ids) return;
      byOwner.delete(from);
      touch(to, [...(byOwner.get(to) ?? []), ...ids]);
      log.changed();
    },
  };
}

const none: readonly string[] = [];

export type OwnedExchanges = ReturnType<typeof createOwnedExchanges>;
export type { ExchangeLog };

/** The Images tab's batches and the Videos tab's jobs (module state: it outlives a tab switch). */
export const imageExchanges = createOwnedExchanges({ perOwner: 2 });
export const videoExchanges = createOwnedExchanges();
