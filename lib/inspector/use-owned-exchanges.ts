"use client";

import { useSyncExternalStore } from "react";
import type { OwnedExchanges } from "./owned-exchanges";

const empty: readonly string[] = [];

/** The exchange ids of one batch or job, re-read whenever the tab's log changes. */
export function useOwnedExchanges(exchanges: OwnedExchanges, owner: string): readonly string[] {
  return useSyncExternalStore(
    exchanges.log.subscribe,
    () => exchanges.idsOf(owner),
    () => empty,
  );
}
