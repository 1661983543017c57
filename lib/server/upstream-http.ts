import "server-only";
import {
  type ClientRequest,
  Agent as HttpAgent,
  request as httpRequest,
  type IncomingMessage,
} from "node:http";
import { Agent as HttpsAgent, request as httpsRequest } from "node:https";
import { pipeline, type Readable } from "node:stream";
import { decoderFor } from "./content-encoding";
import type { ChunkMasker } from "./mask-stream";

// The remote upstream over node:http(s), not fetch: undici's fetch costs several times more CPU per
// request (Request/Response objects, WHATWG body plumbing, AbortSignal.any) than the relay itself.
// Same rules as fetch with redirect "manual": no redirect is followed, bodies arrive decoded.

// One keep-alive pool per scheme, like fetch's global dispatcher. An idle pooled connection is closed
// after 4 s (undici's default too): servers commonly drop idle ones at 5 s, and a request sent on a
// connection the server is closing at that moment fails with ECONNRESET.
const IDLE_MS = 4000;
const agents = {
  http: new HttpAgent({ keepAlive: true, timeout: IDLE_MS }),
  https: new HttpsAgent({ keepAlive: true, timeout: IDLE_MS }),
};
// What fetch asked for; the body is decoded below, as fetch did.
const ACCEPT_ENCODING = "gzip, deflate, br";
// Read-ahead of the reply while the browser is slower than the upstream. Every chunk is still handed
// on by itself the moment it arrives (never merged or held back for a fuller buffer).
const READ_AHEAD_BYTES = 64 * 1024;

export interface UpstreamReply {
  status: number;
  statusText: string;
  headers: Headers;
  body: ReadableStream<Uint8Array> | null;
  /** Stops the upstream request (the reply was cancelled downstream, or it is not wanted). */
  abort: (reason: Error) => void;
}

export interface RemoteCall {
  url: URL;
  method: "GET" | "POST";
  headers: Record<string, string>;
  body: Uint8Array | ReadableStream<Uint8Array> | null;
  /** Masks secrets in the reply body, chunk by chunk. */
  masker?: ChunkMasker | null;
}

/** Sends `call` and resolves with the reply once its headers arrived; `abort` stops it at any point. */
export function requestRemote(call: RemoteCall): {
  reply: Promise<UpstreamReply>;
  abort: (reason: Error) => void;
} {
  const https = call.url.protocol === "https:";
  const headers: Record<string, string> = { ...call.headers, "accept-encoding": ACCEPT_ENCODING };
  if (call.body instanceof Uint8Array) headers["content-length"] = String(call.body.byteLength);
  const options = { method: call.method, headers, agent: https ? agents.https : agents.http };
  let req: ClientRequest;
  let aborted: Error | undefined;
  const abort = (reason: Error) => {
    aborted ??= reason;
    if (!req.destroyed) req.destroy(reason);
  };
  const reply = new Promise<UpstreamReply>((resolve, reject) => {
    const start = (retry: boolean) => {
      const r = (https ? httpsRequest : httpRequest)(call.url, options);
      req = r;
      r.setNoDelay(true);
      let answered = false;
      r.on("error", (err: NodeJS.ErrnoException) => {
        // After the headers, errors (an abort, a reset) reach the reply body through the response.
        if (answered) return;
        answered = true;
        // A pooled connection the server closed just as we reused it: the request never reached it
        // (Node's documented case for one retry). A streamed body cannot be sent twice.
        const replay = retry && !aborted && r.reusedSocket && err.code === "ECONNRESET";
        if (replay && !(call.body instanceof ReadableStream)) start(false);
        else reject(err);
      });
      r.once("response", (res) => {
        answered = true;
        const status = res.statusCode ?? 502;
        // Statuses that carry no body (a Response refuses one for them), as fetch gives them.
        const empty = status === 204 || status === 205 || status === 304;
        if (empty) res.resume();
        resolve({
          status,
          statusText: res.statusMessage ?? "",
          headers: toHeaders(res),
          body: empty ? null : replyBody(res, abort, call.masker ?? null),
          abort,
        });
      });
      if (call.body instanceof ReadableStream) void pump(call.body, r, abort);
      else r.end(call.body ?? undefined);
    };
    start(true);
  });
  return { reply, abort };
}

function toHeaders(res: IncomingMessage): Headers {
  const out = new Headers();
  const raw = res.rawHeaders;
  for (let i = 0; i + 1 < raw.length; i += 2) out.append(raw[i] as string, raw[i + 1] as string);
  return out;
}

/** Streams a request body upstream with backpressure; a failing body (413, a cut upload) stops the request. */
async function pump(
  body: ReadableStream<Uint8Array>,
  req: ClientRequest,
  abort: (reason: Error) => void,
): Promise<void> {
  const reader = body.getReader();
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      if (req.destroyed) return;
      if (!req.write(value)) await new Promise<void>((r) => req.once("drain", r).once("close", r));
    }
    req.end();
  } catch (err) {
    abort(err instanceof Error ? err : new Error(String(err)));
  } finally {
    if (req.destroyed) await reader.cancel().catch(() => {});
  }
}

function decoded(res: IncomingMessage): Readable {
  const decoder = decoderFor(res.headers["content-encoding"]);
  if (!decoder) return res;
  return pipeline(res, decoder, () => {});
}

/** The reply as a web stream: chunk for chunk, ended only by the upstream's clean end. */
function replyBody(
  res: IncomingMessage,
  abort: (reason: Error) => void,
  masker: ChunkMasker | null,
): ReadableStream<Uint8Array> {
  const source = decoded(res);
  let finished = false;
  return new ReadableStream<Uint8Array>(
    {
      start(out) {
        source.on("data", (chunk: Buffer) => {
          if (finished) return;
          const bytes = masker ? masker.push(chunk) : chunk;
          if (bytes.byteLength > 0) out.enqueue(bytes);
          if ((out.desiredSize ?? 0) <= 0) source.pause();
        });
        source.once("end", () => {
          if (finished) return;
          finished = true;
          const rest = masker?.flush();
          if (rest?.byteLength) out.enqueue(rest);
          out.close();
        });
        // A cut upstream stays a cut downstream: the client sees an incomplete body, not a clean end.
        const cut = (err?: Error) => {
          if (finished) return;
          finished = true;
          out.error(err ?? new Error("The upstream closed the reply before it ended"));
        };
        source.once("error", cut);
        source.once("close", () => cut());
      },
      pull() {
        if (source.isPaused()) source.resume();
      },
      cancel(reason) {
        finished = true;
        abort(reason instanceof Error ? reason : new Error("Downstream cancelled"));
        source.destroy();
      },
    },
    { highWaterMark: READ_AHEAD_BYTES, size: (chunk) => chunk.byteLength },
  );
}
