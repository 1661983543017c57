import type { BuiltRequest, ExchangeStart, RawBody, RawEvent, ResponseInfo } from "@/lib/streaming/transport";

/** Everything the inspector shows for one exchange (same shape as the shared Inspector's prop). */
export interface ExchangeRecord {
  id: string;
  request: BuiltRequest;
  sentAt: number;
  response?: { status: number; headers: Record<string, string>; at: number };
  events: { at: number; event?: string; data: string }[];
  rawBody?: string;
}

const MAX_EXCHANGES = 30;
// A 20,000-token answer is ~20,000 events; past this the rest is counted but not kept.
const MAX_EVENTS = 50_000;

/**
 * In-memory log of recent exchanges, fed by the transport hooks. Events are appended in place (no
 * copy per token) and subscribers hear about them at most every `notifyMs`, so an open inspector
 * does not cost a render per token.
 */
export function createExchangeLog(notifyMs = 250) {
  const records = new Map<string, ExchangeRecord>();
  const listeners = new Set<() => void>();
  let version = 0;
  let latestId: string | undefined;
  let timer: ReturnType<typeof setTimeout> | undefined;

  function notify(now = false) {
    if (now) {
      if (timer) clearTimeout(timer);
      timer = undefined;
      version += 1;
      for (const l of listeners) l();
      return;
    }
    timer ??= setTimeout(() => notify(true), notifyMs);
  }

  const hooks = {
    onRequest(_request: BuiltRequest, start: ExchangeStart) {
      records.set(start.exchangeId, {
        id: start.exchangeId,
        request: start.request,
        sentAt: start.sentAt,
        events: [],
      });
      latestId = start.exchangeId;
      while (records.size > MAX_EXCHANGES) {
        const oldest = records.keys().next().value;
        if (oldest === undefined) break;
        records.delete(oldest);
      }
      notify(true);
    },
    onResponse(info: ResponseInfo) {
      const record = records.get(info.exchangeId);
      if (record) record.response = { status: info.status, headers: info.headers, at: info.at };
      notify(true);
    },
    onRawEvent(event: RawEvent) {
      const record = records.get(event.exchangeId);
      if (record && record.events.length < MAX_EVENTS)
        record.events.push({ at: event.at, event: event.event, data: event.data });
      notify();
    },
    onRawBody(body: RawBody) {
      const record = records.get(body.exchangeId);
      if (record) record.rawBody = body.text;
      notify(true);
    },
  };

  return {
    hooks,
    get: (id: string | undefined) => (id ? records.get(id) : undefined),
    latestId: () => latestId,
    version: () => version,
    subscribe(listener: () => void) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}

export type ExchangeLog = ReturnType<typeof createExchangeLog>;
