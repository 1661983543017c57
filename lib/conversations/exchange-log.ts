import type { RawBody, RawEvent, ResponseInfo } from "@/lib/streaming/transport";

/** A request as sent (the chat transports' BuiltRequest, or a GET/multipart call of images and videos). */
export interface ExchangeRequest {
  url: string;
  method: string;
  headers: Record<string, string>;
  body: string;
}

/** Everything the inspector shows for one exchange (same shape as the shared Inspector's prop). */
export interface ExchangeRecord {
  id: string;
  request: ExchangeRequest;
  sentAt: number;
  response?: { status: number; headers: Record<string, string>; at: number };
  events: { at: number; event?: string; data: string }[];
  rawBody?: string;
  /** Long strings of the raw body (base64 images) were shortened before it was kept. */
  rawBodyShortened?: boolean;
}

const MAX_EXCHANGES = 30;
// A 20,000-token answer is ~20,000 events; past this the rest is counted but not kept.
const MAX_EVENTS = 50_000;

/**
 * In-memory log of recent exchanges, fed by the transport hooks. Events are appended in place (no
 * copy per token) and subscribers hear about them at most every `notifyMs`, so an open inspector
 * does not cost a render per token.
 */
export function createExchangeLog(notifyMs = 250, maxExchanges = MAX_EXCHANGES) {
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
    onRequest(_request: unknown, start: { exchangeId: string; request: ExchangeRequest; sentAt: number }) {
      records.set(start.exchangeId, {
        id: start.exchangeId,
        request: start.request,
        sentAt: start.sentAt,
        events: [],
      });
      latestId = start.exchangeId;
      while (records.size > maxExchanges) {
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
    onRawBody(body: RawBody & { shortened?: boolean }) {
      const record = records.get(body.exchangeId);
      if (record) {
        record.rawBody = body.text;
        record.rawBodyShortened = body.shortened;
      }
      notify(true);
    },
  };

  return {
    hooks,
    get: (id: string | undefined) => (id ? records.get(id) : undefined),
    latestId: () => latestId,
    /** Tells subscribers about a change made beside the log (an owner's ids were filed anew). */
    changed: () => notify(true),
    remove(id: string) {
      if (records.delete(id)) notify(true);
    },
    version: () => version,
    subscribe(listener: () => void) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}

export type ExchangeLog = ReturnType<typeof createExchangeLog>;
