import "server-only";
import { AppError } from "@/lib/errors";
import { matchEndpoint } from "./allowlist";
import { resolveAuth } from "./auth";
import { bodyKind, limitBody } from "./body-limit";
import { downstreamResponseHeaders, upstreamRequestHeaders } from "./headers";
import { maskSecrets } from "./mask";
import { appOrigin, assertSameOrigin } from "./origin";
import { send, upstreamUrl } from "./upstream";

// Error bodies are read whole (to mask a key the upstream might echo); real ones are a few hundred bytes.
const MAX_ERROR_BODY = 1024 * 1024;

/**
 * The one relay to the upstream gateway: allowlisted endpoint, the caller's (or demo/team) key added,
 * body size-limited, the reply piped back unbuffered with allowlisted headers and unchanged status.
 */
export async function proxy(req: Request, params: readonly string[]): Promise<Response> {
  const endpoint = matchEndpoint(req, params);
  if (endpoint.method === "POST") assertSameOrigin(req);
  const limited = endpoint.method === "POST" ? limitBody(req, bodyKind(req, endpoint)) : undefined;
  const auth = resolveAuth(req);

  const controller = new AbortController();
  const upstreamReq = new Request(upstreamUrl(endpoint.path, endpoint.query, appOrigin(req)), {
    method: endpoint.method,
    headers: upstreamRequestHeaders(req.headers, auth),
    body: limited?.body ?? null,
    // A browser that goes away (req.signal) or a cancelled reply stream (controller) stops the upstream.
    signal: AbortSignal.any([req.signal, controller.signal]),
    redirect: "manual",
    duplex: "half",
  } as RequestInit & { duplex: "half" });

  let res: Response;
  try {
    res = await send(upstreamReq, { abort: (r) => controller.abort(r) });
  } catch (err) {
    if (limited?.exceeded()) throw limited.tooLarge;
    throw err;
  }
  if (limited?.exceeded()) {
    controller.abort(limited.tooLarge);
    await res.body?.cancel().catch(() => {});
    throw limited.tooLarge;
  }

  const reencoded = res.headers.has("content-encoding");
  if (res.status >= 400) return maskedError(res, auth.key, endpoint.id);
  const headers = downstreamResponseHeaders(res.headers, { reencoded, endpoint: endpoint.id });
  const body = res.body ? pipe(res.body, controller) : null;
  return new Response(body, { status: res.status, statusText: res.statusText, headers });
}

/** Pulls one upstream chunk per downstream read: nothing is batched, and a cancel reaches the upstream. */
function pipe(source: ReadableStream<Uint8Array>, controller: AbortController): ReadableStream<Uint8Array> {
  const reader = source.getReader();
  return new ReadableStream<Uint8Array>(
    {
      async pull(out) {
        try {
          const { done, value } = await reader.read();
          if (done) out.close();
          else out.enqueue(value);
        } catch (err) {
          // A cut upstream stays a cut downstream: the client sees an incomplete body, not a clean end.
          out.error(err);
        }
      },
      async cancel(reason) {
        controller.abort(reason instanceof Error ? reason : new Error("Downstream cancelled"));
        await reader.cancel(reason).catch(() => {});
      },
    },
    { highWaterMark: 0 },
  );
}

async function maskedError(res: Response, key: string, endpoint: string): Promise<Response> {
  const headers = downstreamResponseHeaders(res.headers, { reencoded: true, endpoint });
  // Upstream error statuses pass through unchanged; only the body is checked for the caller's key.
  const text = await readCapped(res, MAX_ERROR_BODY);
  return new Response(maskSecrets(text, [key]), { status: res.status, statusText: res.statusText, headers });
}

async function readCapped(res: Response, cap: number): Promise<string> {
  if (!res.body) return "";
  const reader = res.body.getReader();
  const decoder = new TextDecoder();
  let text = "";
  let seen = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    seen += value.byteLength;
    if (seen > cap) {
      await reader.cancel().catch(() => {});
      throw new AppError("upstream_unreachable", "The upstream sent an oversized error body");
    }
    text += decoder.decode(value, { stream: true });
  }
  return text + decoder.decode();
}
