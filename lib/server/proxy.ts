import "server-only";
import { env } from "@/lib/env";
import { AppError } from "@/lib/errors";
import { matchEndpoint } from "./allowlist";
import { resolveRoute, teamMode } from "./auth";
import { bodyKind, checkDeclaredLength, limitBody, readCapped, readJsonBody } from "./body-limit";
import { downstreamResponseHeaders, upstreamRequestHeaders } from "./headers";
import { accepting, interruptible } from "./lifecycle/streams";
import { shutdownTail, shuttingDownError } from "./lifecycle/tails";
import { appOrigin, assertSameOrigin } from "./origin";
import { ClientClosedError, send, type UpstreamReply, upstreamUrl } from "./upstream";

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
  const { auth, upstream } = resolveRoute(req);
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

  let res: UpstreamReply;
  try {
    res = await send({
      target: upstream,
      method: endpoint.method,
      url: upstreamUrl(upstream, endpoint.path, endpoint.query, appOrigin(req)),
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

  const reencoded = res.headers.has("content-encoding");
  if (res.status >= 400) return errorReply(res, endpoint.id);
  const headers = downstreamResponseHeaders(res.headers, { reencoded, endpoint: endpoint.id });
  // The body is already one upstream chunk per downstream chunk, and cancelling it stops the upstream.
  // Tracked, so a shutdown waits for it and, past its deadline, ends it in the reply's own dialect.
  const reply = res.body
    ? interruptible(res.body, () =>
        shutdownTail(endpoint.id, headers.get("content-type"), env().SHUTDOWN_DEADLINE_MS),
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
