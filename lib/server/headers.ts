import "server-only";

// Request headers the browser or an SDK may pass on; everything else (cookies, method overrides,
// forwarding headers, our own auth) stays here.
const REQUEST_ALLOW = [
  "content-type",
  "accept",
  "accept-language",
  "vendor",
  "anthropic-version",
  "anthropic-beta",
  "range",
  "if-range",
] as const;

export type UpstreamAuth = { scheme: "bearer" | "x-api-key"; key: string };

export function upstreamRequestHeaders(incoming: Headers, auth: UpstreamAuth): Record<string, string> {
  const out: Record<string, string> = {};
  for (const name of REQUEST_ALLOW) {
    const value = incoming.get(name);
    if (value !== null) out[name] = value;
  }
  if (auth.scheme === "x-api-key") out["x-api-key"] = auth.key;
  else out.authorization = `Bearer ${auth.key}`;
  return out;
}

const RESPONSE_ALLOW = new Set([
  "x-oneapi-request-id",
  "x-request-id",
  "request-id",
  "x-new-api-version",
  "retry-after",
  "retry-after-ms",
  "x-should-retry",
  "content-range",
  "accept-ranges",
  "content-disposition",
]);
const RESPONSE_PREFIXES = ["x-ratelimit-", "anthropic-ratelimit-"];

/**
 * Content types we relay as they are. Anything else (an HTML error page from a load balancer, say) is
 * served as application/octet-stream with nosniff: the status and bytes still reach the SDK, but no
 * browser will ever render it as a page of our origin.
 */
const SAFE_TYPES =
  /^(application\/json|text\/event-stream|text\/plain|video\/mp4|image\/(png|jpeg|webp|gif)|application\/octet-stream)\s*(;|$)/i;

export function safeContentType(value: string | null): string | null {
  if (value === null) return null;
  return SAFE_TYPES.test(value) ? value : "application/octet-stream";
}

export interface ResponseHeaderOptions {
  /** The body was decoded or rewritten, so the upstream length no longer holds. */
  reencoded: boolean;
  endpoint: string;
}

export function downstreamResponseHeaders(upstream: Headers, opts: ResponseHeaderOptions): Headers {
  const out = new Headers();
  upstream.forEach((value, name) => {
    if (RESPONSE_ALLOW.has(name) || RESPONSE_PREFIXES.some((p) => name.startsWith(p))) out.set(name, value);
  });
  const type = safeContentType(upstream.get("content-type"));
  if (type) out.set("content-type", type);
  const length = upstream.get("content-length");
  if (length !== null && !opts.reencoded && /^\d+$/.test(length)) out.set("content-length", length);
  out.set("x-content-type-options", "nosniff");
  if (type?.toLowerCase().startsWith("text/event-stream")) {
    out.set("cache-control", "no-cache, no-transform");
    out.set("x-accel-buffering", "no");
  } else if (opts.endpoint === "videos.content") {
    // The bytes sit behind the caller's key: a shared cache must never keep them.
    const cc = upstream.get("cache-control")?.replace(/\bpublic\b/gi, "private");
    out.set("cache-control", noTransform(cc ?? "private, max-age=3600"));
  } else {
    out.set("cache-control", "no-store");
  }
  // `next start` gzips compressible replies unless they say no-transform: a partial reply (Range) goes
  // out byte for byte with its Content-Range.
  if (upstream.has("content-range")) out.set("cache-control", noTransform(out.get("cache-control") ?? ""));
  return out;
}

/** Adds no-transform to a Cache-Control value (once). */
function noTransform(cacheControl: string): string {
  if (/(^|,)\s*no-transform\s*(,|$)/i.test(cacheControl)) return cacheControl;
  return cacheControl ? `${cacheControl}, no-transform` : "no-transform";
}
