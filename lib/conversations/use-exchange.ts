"use client";

import { useSyncExternalStore } from "react";
import type { ExchangeLog, ExchangeRecord } from "@/lib/conversations/exchange-log";

/**
 * An exchange from the log, re-read when the log reports changes. Returns a fresh shallow copy per
 * version so React sees the appended events.
 */
export function useExchange(log: ExchangeLog, id: string | undefined): ExchangeRecord | undefined {
  const version = useSyncExternalStore(log.subscribe, log.version, () => 0);
  const record = log.get(id);
  // `version` is read so each notification yields a new object (events grow in place).
  return record && version >= 0 ? { ...record, events: record.events.slice() } : undefined;
}
