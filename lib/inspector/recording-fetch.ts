import type { ExchangeLog, ExchangeRequest } from "@/lib/conversations/exchange-log";
import { shortenBody } from "./shorten-json";

let counter = 0;

/** Only calls to our gateway proxy are recorded (not the image bytes a batch then downloads). */
const recorded = (url: string) => url.startsWith("/api/apigo/");

function headersOf(init: RequestInit | undefined): Record<string, string> {
  const headers: Record<string, string> = {};
  new Headers(init?.headers).forEach((value, name) => {
    headers[name] = value;
  });
  // The browser writes this header (with its boundary) for a FormData body.
  if (init?.body instanceof FormData) headers["content-type"] = "multipart/form-data";
  return headers;
}

/** A value on one line: quoted when it has line breaks or edge spaces, so each field stays one line. */
const fieldValue = (v: string) => (/^\s|\s$|[\r\n]/.test(v) ? JSON.stringify(v) : v);

/**
 * The body as text: JSON as sent; a multipart body one field a line in curl's `-F` notation, a file as
 * `@name;type=…` with its size in bytes (the bytes themselves are not shown).
 */
export function describeBody(body: BodyInit | null | undefined): string {
  if (body == null) return "";
  if (typeof body === "string") return body;
  if (body instanceof FormData) {
    const lines: string[] = [];
    body.forEach((value, name) => {
      lines.push(
        typeof value === "string"
          ? `${name}=${fieldValue(value)}`
          : `${name}=@${value.name};type=${value.type || "application/octet-stream"} (${value.size} B)`,
      );
    });
    return lines.join("\n");
  }
  if (body instanceof URLSearchParams) return body.toString();
  return "";
}

/**
 * A fetch that records each proxy call in `log`: the request as sent (no key: the proxy adds it), the
 * status and headers with their time, and the reply body (long strings shortened). `onStart` hears each
 * exchange id as it begins, so a caller can tie it to a batch or a video job.
 */
export function recordingFetch(log: ExchangeLog, onStart: (exchangeId: string) => void): typeof fetch {
  return async (input, init) => {
    const url = typeof input === "string" ? input : input instanceof URL ? input.href : input.url;
    if (!recorded(url)) return globalThis.fetch(input, init);
    const exchangeId = `media-${++counter}`;
    const started = performance.now();
    const at = () => Math.round(performance.now() - started);
    const request: ExchangeRequest = {
      url,
      method: (init?.method ?? "GET").toUpperCase(),
      headers: headersOf(init),
      body: describeBody(init?.body),
    };
    onStart(exchangeId);
    log.hooks.onRequest(request, { exchangeId, request, sentAt: Date.now() });
    let response: Response;
    try {
      response = await globalThis.fetch(input, init);
    } catch (error) {
      log.hooks.onRawBody({
        exchangeId,
        at: at(),
        text: error instanceof Error ? error.message : String(error),
      });
      throw error;
    }
    const headers: Record<string, string> = {};
    response.headers.forEach((value, name) => {
      headers[name] = value;
    });
    log.hooks.onResponse({ exchangeId, status: response.status, headers, at: at() });
    response
      .clone()
      .text()
      .then(
        (text) => log.hooks.onRawBody({ exchangeId, at: at(), ...shortenBody(text) }),
        () => {
          // Cancelled while the body arrived: the status and headers stay recorded.
        },
      );
    return response;
  };
}
