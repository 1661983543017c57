import "server-only";
import { env } from "@/lib/env";
import { AppError } from "@/lib/errors";
import type { Translate } from "@/lib/i18n/translate";
import { type EndpointId, matchEndpoint } from "./allowlist";
import { resolveRoute, teamMode } from "./auth";
import { bodyKind, checkDeclaredLength, limitBody, readCapped, readJsonBody } from "./body-limit";
import { downstreamResponseHeaders, upstreamRequestHeaders } from "./headers";
import { accepting, interruptible } from "./lifecycle/streams";
import { errorTail, shutdownTail, shuttingDownError } from "./lifecycle/tails";
import { appOrigin, assertSameOrigin } from "./origin";
import { requestTranslate } from "./request-locale";
import { guardReply } from "./stream-guard";
import { ClientClosedError, send, type UpstreamReply, upstreamUrl } from "./upstream";
import { relayVideoContent } from "./video-cache/relay";

// Error bodies are read whole, with a cap (an upstream cannot make us hold or relay an endless one);
// real ones are a few hundred bytes.
const MAX_ERROR_BODY = 1024 * 1024;

/**
 * The one relay to the upstream gateway: allowlisted endpoint, the caller's (or demo/team) key added,
 * body size-limited, the reply piped back unbuffered with allowlisted headers and unchanged status.
 */
export async function proxy(req: Request, params: readonly string[]): Promise<Response> {
  const endpoint = matchEndpoint(req, params);
  if (!accepting()) throw shuttingDownError();
  const kind = endpoint.method === "POST" ? bodyKind(req, endpoint) : undefined;
  if (kind) {
    assertSameOrigin(req);
    checkDeclaredLength(req, kind);
  }
  const { auth, upstream } = resolveRoute(req, endpoint.path);
  // The team key's balance is the operator's business, not the members'.
  if (endpoint.id.startsWith("billing.") && auth.source === "team")
    throw new AppError("not_found", "The balance of a team key is not shown: ask the team's owner");
  // JSON bodies are small and read whole; uploads stream through a byte counter.
  const limited = kind === "multipart" ? limitBody(req, kind) : undefined;
  let body: Uint8Array | ReadableStream<Uint8Array> | null = limited?.body ?? null;
  if (kind === "json") {
    try {
      body = await readJsonBody(req);
    } catch (err) {
      if (req.signal.aborted) throw new ClientClosedError();
      throw err;
    }
  }

  const url = upstreamUrl(upstream, endpoint.path, endpoint.query, appOrigin(req));
  const call = async (): Promise<UpstreamReply> => {
    let res: UpstreamReply;
    try {
      res = await send({
        target: upstream,
        method: endpoint.method,
        url,
        headers: upstreamRequestHeaders(req.headers, auth),
        body,
        // A browser that goes away stops the upstream; so does a cancelled reply stream (its body).
        signal: req.signal,
        // Every byte of the reply, streams included, with the user's and the server's key masked (the
        // demo key is public). In team mode an echoed server key would otherwise reach every member.
        secrets: [auth.source === "demo" ? undefined : auth.key, teamMode()?.serverKey],
      });
    } catch (err) {
      if (limited?.exceeded()) throw limited.tooLarge;
      throw err;
    }
    if (limited?.exceeded()) {
      res.abort(limited.tooLarge);
      await res.body?.cancel().catch(() => {});
      throw limited.tooLarge;
    }
    return res;
  };
  const t = requestTranslate(req);
  const relay = (res: UpstreamReply) => relayReply(res, endpoint.id, t);
  // Seeking a video whose upstream ignores Range goes through a per-key disk cache.
  if (endpoint.id === "videos.content") return relayVideoContent(req, auth.key, url, call, relay, t);
  return relay(await call());
}

/** The upstream's reply as ours: status unchanged, allowlisted headers, the body streamed and guarded. */
async function relayReply(res: UpstreamReply, endpointId: EndpointId, t: Translate): Promise<Response> {
  const reencoded = res.headers.has("content-encoding");
  if (res.status >= 400) return errorReply(res, endpointId);
  const headers = downstreamResponseHeaders(res.headers, { reencoded, endpoint: endpointId });
  // The body is already one upstream chunk per downstream chunk, and cancelling it stops the upstream.
  // Guarded: the headers go out now, and a gateway gone silent ends the reply with a message.
  // Tracked, so a shutdown waits for it and, past its deadline, ends it in the reply's own dialect.
  const type = headers.get("content-type");
  const e = env();
  const reply = res.body
    ? interruptible(
        guardReply(res.body, {
          silenceMs: e.STREAM_SILENCE_TIMEOUT_MS,
          tail: (error) => errorTail(endpointId, type, error),
          t,
        }),
        () => shutdownTail(endpointId, type, e.SHUTDOWN_DEADLINE_MS, t),
      )
    : null;
  return new Response(reply, { status: res.status, statusText: res.statusText, headers });
}

async function errorReply(res: UpstreamReply, endpoint: string): Promise<Response> {
  const headers = downstreamResponseHeaders(res.headers, { reencoded: true, endpoint });
  // Upstream error statuses and bodies pass through unchanged (keys already masked by send()).
  const text = await readErrorText(res);
  return new Response(text, { status: res.status, statusText: res.statusText, headers });
}

async function readErrorText(res: UpstreamReply): Promise<string> {
  if (!res.body) return "";
  const tooLarge = () => new AppError("upstream_unreachable", "The upstream sent an oversized error body");
  return new TextDecoder().decode(await readCapped(res.body, MAX_ERROR_BODY, tooLarge));
}
