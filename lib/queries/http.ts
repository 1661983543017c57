import { type DisplayError, parseErrorBody } from "@/lib/errors";

/**
 * A failed call to our own API from the browser, with what the UI shows: a non-2xx reply (its status
 * and parsed error body) or, with status 0, a failed connection or an unreadable reply. The one error
 * class of the browser's calls (queries, the chat transports, images, videos).
 */
export class HttpError extends Error {
  readonly display: DisplayError;
  constructor(display: DisplayError) {
    super(display.message);
    this.name = "HttpError";
    this.display = display;
  }
}

/** Whether a call was cancelled (then its error is passed on as is, never shown as a failure). */
export function isAbort(error: unknown, signal?: AbortSignal | null): boolean {
  return !!signal?.aborted || (error instanceof Error && error.name === "AbortError");
}

/** Any failure of a call as an HttpError (status 0 unless it is one already); a cancel is passed on. */
export function asHttpError(error: unknown, signal?: AbortSignal | null): unknown {
  if (error instanceof HttpError || isAbort(error, signal)) return error;
  return new HttpError({ status: 0, message: error instanceof Error ? error.message : String(error) });
}

export interface CallOptions extends RequestInit {
  /** Default: the global fetch (the compare page passes its multiplexer's). */
  fetch?: typeof fetch;
  /** Every reply as it arrives, errors included, before its body is read. */
  onResponse?: (response: Response) => void;
  /** The body of an error reply, as read. */
  onErrorBody?: (text: string) => void;
}

/**
 * Calls our own API (the proxy, our routes) from the browser: same-origin credentials; a failed
 * connection throws an HttpError with status 0, a non-2xx reply one with its parsed error body; a
 * cancel throws the AbortError. The reply of a 2xx is returned unread.
 */
export async function callApi(url: string, options: CallOptions = {}): Promise<Response> {
  const { fetch: doFetch = globalThis.fetch, onResponse, onErrorBody, ...init } = options;
  let response: Response;
  try {
    response = await doFetch(url, { credentials: "same-origin", ...init });
  } catch (error) {
    throw asHttpError(error, init.signal);
  }
  onResponse?.(response);
  if (!response.ok) {
    const text = await response.text().catch(() => "");
    onErrorBody?.(text);
    throw new HttpError(parseErrorBody(response.status, text, response.headers));
  }
  return response;
}

/** A zod schema, classic or zod/mini (the schemas read in a page's first load are zod/mini). */
interface Parser<T> {
  parse(data: unknown): T;
}

/** callApi for a JSON reply, validated by `schema`; an unreadable reply is an HttpError with status 0. */
export async function fetchJson<T>(url: string, schema: Parser<T>, init?: CallOptions): Promise<T> {
  const response = await callApi(url, init);
  try {
    return schema.parse(JSON.parse(await response.text()));
  } catch (error) {
    throw asHttpError(error, init?.signal);
  }
}

export function sendJson(method: "PUT" | "POST" | "DELETE", body?: unknown): RequestInit {
  return body === undefined
    ? { method }
    : { method, headers: { "content-type": "application/json" }, body: JSON.stringify(body) };
}
