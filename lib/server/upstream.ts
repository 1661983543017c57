import "server-only";
import { pipeline, Readable } from "node:stream";
import { env } from "@/lib/env";
import { AppError } from "@/lib/errors";
import { getEmbeddedSimulator, type Simulator } from "@/lib/sim";
import { decoderFor } from "./content-encoding";
import { type ChunkMasker, createChunkMasker } from "./mask-stream";
import type { Upstream } from "./upstream-choice";
import { requestRemote, type UpstreamReply } from "./upstream-http";

export type { UpstreamReply } from "./upstream-http";

/** Thrown when the browser went away before the upstream answered: nobody is left to tell. */
export class ClientClosedError extends Error {
  constructor() {
    super("The client closed the request");
    this.name = "ClientClosedError";
  }
}

// The embedded simulator is mounted (for its image files) at /api/sim on our own origin. Its Request
// URLs name that mount, so the simulator derives its public file URLs per request from them; a fixed
// publicBaseUrl in the process-wide singleton would let the first request's Host header decide the
// image links of every later user.
const SIM_MOUNT = "/api/sim";

/**
 * Absolute upstream URL for an allowlisted path below /v1/ on one of the two fixed upstreams
 * (upstream-choice.ts). Never built from anything else.
 */
export function upstreamUrl(
  target: Upstream,
  path: string,
  query: URLSearchParams | undefined,
  appOrigin: string,
): URL {
  const url = upstreamPathUrl(target, `/v1/${path}`, appOrigin);
  if (query && query.size > 0) url.search = query.toString();
  return url;
}

/** Absolute URL of a fixed path of ours (`/v1/…` or `/api/pricing`) on one of the two upstreams. */
export function upstreamPathUrl(target: Upstream, absolutePath: `/${string}`, appOrigin: string): URL {
  return target.kind === "remote"
    ? new URL(absolutePath, target.origin)
    : new URL(`${SIM_MOUNT}${absolutePath}`, appOrigin);
}

/** The simulator path of an embedded-upstream Request (its URL carries the /api/sim mount). */
export function simPath(req: Request): string {
  const { pathname } = new URL(req.url);
  return pathname.startsWith(`${SIM_MOUNT}/`) ? pathname.slice(SIM_MOUNT.length) : pathname;
}

export function embeddedSimulator(): Simulator {
  const e = env();
  return getEmbeddedSimulator({
    firstTokenMs: e.SIM_FIRST_TOKEN_MS,
    tokensPerSecond: e.SIM_TOKENS_PER_SEC,
    videoSeconds: e.SIM_VIDEO_SECONDS,
    videoRange: e.SIM_VIDEO_RANGE,
  });
}

export interface UpstreamCall {
  /** Which upstream answers (upstream-choice.ts); `url` was built for it by upstreamUrl. */
  target: Upstream;
  method: "GET" | "POST";
  url: URL;
  headers: Record<string, string>;
  body: Uint8Array | ReadableStream<Uint8Array> | null;
  /** The browser's request signal: when it aborts, the upstream request stops (before or after headers). */
  signal: AbortSignal;
  timeoutMs?: number;
  /** Keys masked in every byte of the reply body (the user's and the server's): see mask-stream.ts. */
  secrets?: readonly (string | undefined)[];
}

interface Started {
  reply: Promise<UpstreamReply>;
  abort: (reason: Error) => void;
}

/**
 * Sends one request upstream: in-process to the embedded simulator, or over the network to the
 * configured origin. Same rules both ways: no redirects followed, a headers timeout, decoded bodies,
 * and the upstream stopped when the browser goes away or the reply body is cancelled.
 */
export async function send(call: UpstreamCall): Promise<UpstreamReply> {
  const timeoutMs = call.timeoutMs ?? env().UPSTREAM_HEADERS_TIMEOUT_MS;
  const masker = createChunkMasker(call.secrets ?? []);
  const { url, method, headers, body } = call;
  const { reply, abort } =
    call.target.kind === "simulator"
      ? sendEmbedded(call, masker)
      : requestRemote({ url, method, headers, body, masker });
  const onClientGone = () => abort(new ClientClosedError());
  if (call.signal.aborted) onClientGone();
  else call.signal.addEventListener("abort", onClientGone, { once: true });
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => {
      const err = new AppError(
        "upstream_timeout",
        `The upstream gateway sent no response headers within ${Math.round(timeoutMs / 1000)} s. ` +
          "It may be overloaded: try again in a moment, or check its status.",
      );
      abort(err);
      reject(err);
    }, timeoutMs);
  });
  let res: UpstreamReply;
  try {
    res = await Promise.race([reply, timeout]);
  } catch (err) {
    call.signal.removeEventListener("abort", onClientGone);
    if (err instanceof AppError) throw err;
    if (call.signal.aborted) throw new ClientClosedError();
    throw unreachable(err, call.target);
  } finally {
    clearTimeout(timer);
  }
  if (res.status >= 300 && res.status < 400 && res.status !== 304) {
    res.abort(new Error("Upstream redirect refused"));
    await res.body?.cancel().catch(() => {});
    throw new AppError(
      "upstream_unreachable",
      `The upstream gateway answered with a redirect (${res.status}); the playground does not follow ` +
        "upstream redirects. Check that APIGO_BASE_URL is the gateway's exact origin.",
    );
  }
  return res;
}

/** The embedded simulator, called in-process with a Request of its own. */
function sendEmbedded(call: UpstreamCall, masker: ChunkMasker | null): Started {
  const controller = new AbortController();
  const abort = (reason: Error) => controller.abort(reason);
  const req = new Request(call.url, {
    method: call.method,
    headers: call.headers,
    body: call.body,
    signal: controller.signal,
    duplex: "half",
  } as RequestInit & { duplex: "half" });
  const reply = (async (): Promise<UpstreamReply> => {
    // The controller's own signal, not req.signal: see Simulator.handle.
    const res = decodeBody(await embeddedSimulator().handle(req, simPath(req), controller.signal));
    const body = res.body ? cancellable(res.body, abort, masker) : null;
    return { status: res.status, statusText: res.statusText, headers: res.headers, body, abort };
  })();
  return { reply, abort };
}

/** Pulls one chunk per downstream read: nothing is batched, and a cancel stops the simulator's reply. */
function cancellable(
  source: ReadableStream<Uint8Array>,
  abort: (reason: Error) => void,
  masker: ChunkMasker | null,
): ReadableStream<Uint8Array> {
  const reader = source.getReader();
  return new ReadableStream<Uint8Array>(
    {
      async pull(out) {
        try {
          // Reads on while the masker holds a whole chunk back (a possible key prefix).
          for (;;) {
            const { done, value } = await reader.read();
            if (done) {
              const rest = masker?.flush();
              if (rest?.byteLength) out.enqueue(rest);
              out.close();
              return;
            }
            const bytes = masker ? masker.push(value) : value;
            if (bytes.byteLength > 0) return out.enqueue(bytes);
          }
        } catch (err) {
          // A cut upstream stays a cut downstream: the client sees an incomplete body, not a clean end.
          out.error(err);
        }
      },
      async cancel(reason) {
        abort(reason instanceof Error ? reason : new Error("Downstream cancelled"));
        await reader.cancel(reason).catch(() => {});
      },
    },
    { highWaterMark: 0 },
  );
}

function unreachable(err: unknown, target: Upstream): AppError {
  // node:http puts the code on the error itself; fetch (the embedded path's Request) on its cause.
  const withCode = (e: unknown) =>
    e instanceof Error && "code" in e && typeof e.code === "string" ? e.code : undefined;
  const code = withCode(err) ?? (err instanceof Error ? withCode(err.cause) : undefined);
  const where = target.kind === "remote" ? target.origin : "the embedded simulator";
  return new AppError(
    "upstream_unreachable",
    `Could not reach the upstream gateway at ${where}${code ? ` (${code})` : ""}. ` +
      "Check APIGO_BASE_URL and the server's network, then try again.",
  );
}

/** The in-process simulator's Response is raw (not decoded as a network reply is), so decode it here. */
function decodeBody(res: Response): Response {
  const encoding = res.headers.get("content-encoding")?.trim().toLowerCase();
  if (!encoding || encoding === "identity" || !res.body) return res;
  const decoder = decoderFor(encoding);
  if (!decoder) {
    throw new AppError(
      "upstream_unreachable",
      `The upstream sent an unsupported content-encoding (${encoding})`,
    );
  }
  const raw = Readable.fromWeb(res.body as import("node:stream/web").ReadableStream);
  const body = Readable.toWeb(pipeline(raw, decoder, () => {})) as ReadableStream<Uint8Array>;
  const headers = new Headers(res.headers);
  headers.delete("content-encoding");
  headers.delete("content-length");
  return new Response(body, { status: res.status, statusText: res.statusText, headers });
}
