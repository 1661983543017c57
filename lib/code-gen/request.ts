import { PRETTY_MAX_DEPTH, prettyJson as pretty } from "@/lib/pretty-json";
import { API_KEY_PLACEHOLDER, APIGO_BASE_URL, type CodeRequest } from "./types";

const PROXY_PREFIX = "/api/apigo";

export interface PublicRequestOptions {
  /** How the key is sent: OpenAI style `Authorization: Bearer` (default) or Anthropic's `x-api-key`. */
  auth?: "bearer" | "x-api-key";
}

/**
 * Turns a request built for our proxy into the one a user sends to API·GO: public base URL, the key
 * as a placeholder, and only the headers that matter to the upstream (no `accept`).
 */
export function toPublicRequest(
  built: { url: string; headers: Record<string, string>; body: string },
  options: PublicRequestOptions = {},
): CodeRequest {
  const path = built.url.startsWith(PROXY_PREFIX) ? built.url.slice(PROXY_PREFIX.length) : built.url;
  const headers: Record<string, string> = { "content-type": "application/json" };
  if (options.auth === "x-api-key") headers["x-api-key"] = API_KEY_PLACEHOLDER;
  else headers.authorization = `Bearer ${API_KEY_PLACEHOLDER}`;
  for (const [name, value] of Object.entries(built.headers)) {
    const lower = name.toLowerCase();
    if (lower === "accept" || lower === "content-type" || lower === "authorization" || lower === "x-api-key")
      continue;
    headers[lower] = value;
  }
  let body: Record<string, unknown> = {};
  try {
    const parsed: unknown = JSON.parse(built.body);
    if (parsed && typeof parsed === "object" && !Array.isArray(parsed))
      body = parsed as Record<string, unknown>;
  } catch {
    // A body that is not JSON cannot come from our builders; show an empty object rather than fail.
  }
  return { url: `${APIGO_BASE_URL}${path}`, headers, body };
}

/** `Content-Type` style names for display in code. */
export function headerName(name: string): string {
  if (name === "x-api-key" || name === "vendor") return name;
  return name.replace(/(^|-)([a-z])/g, (_m, dash: string, c: string) => `${dash}${c.toUpperCase()}`);
}

export const isStreamBody = (body: Record<string, unknown>) => body.stream === true;

/** Base URL for SDK clients: everything before the API path, e.g. `https://api.apigo.ai/v1`. */
export function sdkBaseUrl(url: string): string {
  const index = url.indexOf("/v1/");
  return index === -1 ? url : url.slice(0, index + 3);
}

/** Generated code must stay complete and runnable: depth-bounded (linear) but never cut. */
export const prettyJson = (value: unknown) => pretty(value, { maxChars: Number.POSITIVE_INFINITY }).text;

/**
 * A value as a Python literal (JSON with True/False/None), indented like `json.dumps(indent=4)` down to
 * PRETTY_MAX_DEPTH levels and on one line below that (indentation per level would cost the square of
 * the depth, as in lib/pretty-json.ts).
 */
export function toPython(value: unknown, indent = 0): string {
  if (value === null || value === undefined) return "None";
  if (value === true) return "True";
  if (value === false) return "False";
  if (typeof value === "number" || typeof value === "string") return JSON.stringify(value);
  const flat = indent / 4 >= PRETTY_MAX_DEPTH;
  const [open, sep, close] = flat
    ? ["", ", ", ""]
    : [`\n${" ".repeat(indent + 4)}`, `,\n${" ".repeat(indent + 4)}`, `,\n${" ".repeat(indent)}`];
  if (Array.isArray(value)) {
    if (value.length === 0) return "[]";
    return `[${open}${value.map((v) => toPython(v, indent + 4)).join(sep)}${close}]`;
  }
  const entries = Object.entries(value as Record<string, unknown>);
  if (entries.length === 0) return "{}";
  return `{${open}${entries.map(([k, v]) => `${JSON.stringify(k)}: ${toPython(v, indent + 4)}`).join(sep)}${close}}`;
}

export function indentLines(text: string, spaces: number): string {
  const pad = " ".repeat(spaces);
  return text
    .split("\n")
    .map((line) => (line ? pad + line : line))
    .join("\n");
}
