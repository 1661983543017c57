import "server-only";
import { AppError } from "@/lib/errors";
import { videoJobIdPattern } from "@/lib/schemas/share";

// The endpoints the playground relays, and nothing else (docs/apigo-wire-spec.md sections 3-7).
export type EndpointId =
  | "models.list"
  | "models.get"
  | "chat"
  | "messages"
  | "images"
  | "videos.create"
  | "videos.get"
  | "videos.content"
  | "videos.remix"
  | "billing.subscription"
  | "billing.usage";

export interface Endpoint {
  id: EndpointId;
  method: "GET" | "POST";
  /** Upstream path below /v1/, rebuilt from validated segments. */
  path: string;
  /** Query parameters forwarded upstream (already validated). */
  query: URLSearchParams;
  /** POST bodies: which content types are accepted. */
  bodyTypes: readonly ("json" | "multipart")[];
}

const MODEL_ID = /^[A-Za-z0-9][A-Za-z0-9._:/-]{0,127}$/;
const VIDEO_ID = videoJobIdPattern;
const VARIANT = /^[a-z_]{1,32}$/;
// Only letters, digits and a few marks may appear in a raw segment; no `%`, so no encoded slashes,
// dots or backslashes, and nothing for a URL parser to reinterpret. A segment ending in `:` looks like
// a URL scheme (`http:`) and is refused as well.
const RAW_SEGMENT = /^[A-Za-z0-9._:-]+$/;

type Shape = { id: EndpointId; method: "GET" | "POST"; bodyTypes: Endpoint["bodyTypes"] };

function classify(segs: readonly string[]): Shape[] {
  const [a, b, c, ...rest] = segs;
  if (a === "models") {
    if (segs.length === 1) return [{ id: "models.list", method: "GET", bodyTypes: [] }];
    // Model ids may hold slashes (vendor/model): the remainder is one id.
    const id = segs.slice(1).join("/");
    return MODEL_ID.test(id) && !id.includes("..")
      ? [{ id: "models.get", method: "GET", bodyTypes: [] }]
      : [];
  }
  // The caller's balance (new-api router/dashboard.go); no query is forwarded.
  if (a === "dashboard" && b === "billing" && segs.length === 3 && (c === "subscription" || c === "usage"))
    return [{ id: `billing.${c}`, method: "GET", bodyTypes: [] }];
  if (a === "chat" && b === "completions" && segs.length === 2)
    return [{ id: "chat", method: "POST", bodyTypes: ["json"] }];
  if (a === "messages" && segs.length === 1) return [{ id: "messages", method: "POST", bodyTypes: ["json"] }];
  if (a === "images" && b === "generations" && segs.length === 2)
    return [{ id: "images", method: "POST", bodyTypes: ["json"] }];
  if (a === "videos") {
    if (segs.length === 1) return [{ id: "videos.create", method: "POST", bodyTypes: ["json", "multipart"] }];
    if (b === undefined || !VIDEO_ID.test(b) || rest.length > 0) return [];
    if (c === undefined) return [{ id: "videos.get", method: "GET", bodyTypes: [] }];
    if (c === "content") return [{ id: "videos.content", method: "GET", bodyTypes: [] }];
    if (c === "remix") return [{ id: "videos.remix", method: "POST", bodyTypes: ["json"] }];
  }
  return [];
}

/** The path below `/api/apigo/v1/` exactly as it arrived, before any decoding. */
function rawTail(req: Request): string {
  const raw = req.url.replace(/^[a-z]+:\/\/[^/]*/i, "").split("?")[0] ?? "";
  const marker = "/api/apigo/v1/";
  const at = raw.indexOf(marker);
  return at === -1 ? "" : raw.slice(at + marker.length);
}

/**
 * Matches a proxy request against the allowlist. Throws 404 for anything unknown or malformed and
 * 405 for a known path with another method; in both cases nothing has been sent upstream.
 */
export function matchEndpoint(req: Request, params: readonly string[]): Endpoint {
  const notFound = () =>
    new AppError("not_found", "Unknown API path: the playground relays only the API·GO endpoints it knows");
  const raw = rawTail(req);
  const rawSegs = raw.split("/");
  // Both views must agree and be clean: the raw URL (no encodings, no dot segments, no empty segments
  // such as `//evil.com`) and the decoded params Next hands us.
  if (raw === "" || rawSegs.some((s) => !RAW_SEGMENT.test(s) || /^\.+$/.test(s) || s.endsWith(":")))
    throw notFound();
  if (params.length !== rawSegs.length || params.some((p, i) => p !== rawSegs[i])) throw notFound();
  const shapes = classify(params);
  const shape = shapes[0];
  if (!shape) throw notFound();
  if (shape.method !== req.method) {
    throw new AppError(
      "method_not_allowed",
      `${req.method} is not allowed on /v1/${raw} (use ${shape.method})`,
    );
  }
  const query = new URLSearchParams();
  if (shape.id === "videos.content") {
    const variant = new URL(req.url).searchParams.get("variant");
    if (variant !== null) {
      if (!VARIANT.test(variant)) throw new AppError("bad_request", "variant must be a lower-case word");
      query.set("variant", variant);
    }
  }
  return { id: shape.id, method: shape.method, path: params.join("/"), query, bodyTypes: shape.bodyTypes };
}
