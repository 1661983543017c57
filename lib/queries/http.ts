import { type DisplayError, parseErrorBody } from "@/lib/errors";

/** A failed call to our own API, with what the UI shows. */
export class HttpError extends Error {
  readonly display: DisplayError;
  constructor(display: DisplayError) {
    super(display.message);
    this.name = "HttpError";
    this.display = display;
  }
}

/** A zod schema, classic or zod/mini (the schemas read in a page's first load are zod/mini). */
interface Parser<T> {
  parse(data: unknown): T;
}

/** Fetches JSON from our own routes and validates it; non-2xx becomes an HttpError. */
export async function fetchJson<T>(url: string, schema: Parser<T>, init?: RequestInit): Promise<T> {
  const response = await fetch(url, { credentials: "same-origin", ...init });
  const text = await response.text();
  if (!response.ok) throw new HttpError(parseErrorBody(response.status, text, response.headers));
  return schema.parse(JSON.parse(text));
}

export function sendJson(method: "PUT" | "POST" | "DELETE", body?: unknown): RequestInit {
  return body === undefined
    ? { method }
    : { method, headers: { "content-type": "application/json" }, body: JSON.stringify(body) };
}
