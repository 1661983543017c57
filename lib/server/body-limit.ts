import "server-only";
import { env } from "@/lib/env";
import { AppError } from "@/lib/errors";
import type { Endpoint } from "./allowlist";

export interface LimitedBody {
  body: ReadableStream<Uint8Array> | null;
  /** True once the streamed body went past the limit (the stream errored at that point). */
  exceeded: () => boolean;
  tooLarge: AppError;
}

function tooLargeError(kind: "json" | "multipart", limit: number): AppError {
  const what = kind === "json" ? "JSON request body" : "upload";
  return new AppError(
    "payload_too_large",
    `The ${what} is larger than this playground accepts (${formatBytes(limit)}). Send a smaller request or smaller files.`,
  );
}

function formatBytes(n: number): string {
  if (n < 1024) return `${n} bytes`;
  if (n < 1024 * 1024) return `${Math.round(n / 1024)} KB`;
  return `${Math.round((n / (1024 * 1024)) * 10) / 10} MB`;
}

/** Which of the endpoint's accepted body kinds the request claims; 415 when none. */
export function bodyKind(req: Request, endpoint: Endpoint): "json" | "multipart" {
  const type = (req.headers.get("content-type") ?? "").toLowerCase();
  const kind = /^application\/json\s*(;|$)/.test(type)
    ? "json"
    : /^multipart\/form-data\s*;/.test(type)
      ? "multipart"
      : undefined;
  if (!kind || !endpoint.bodyTypes.includes(kind)) {
    const accepted = endpoint.bodyTypes.map((k) =>
      k === "json" ? "application/json" : "multipart/form-data",
    );
    throw new AppError(
      "unsupported_media_type",
      `This endpoint accepts ${accepted.join(" or ")} bodies only`,
    );
  }
  return kind;
}

function limitFor(kind: "json" | "multipart"): number {
  const e = env();
  return kind === "json" ? e.PROXY_MAX_JSON_BYTES : e.PROXY_MAX_MULTIPART_BYTES;
}

/** Refuses a declared Content-Length over the limit before anything is read (413). */
export function checkDeclaredLength(req: Request, kind: "json" | "multipart"): void {
  const limit = limitFor(kind);
  const declared = req.headers.get("content-length");
  if (declared !== null && /^\d+$/.test(declared) && Number(declared) > limit)
    throw tooLargeError(kind, limit);
}

/**
 * Reads a JSON body whole (a few kB; the upstream needs all of it before it can answer anyway), up to
 * the JSON limit and within the body deadline: one buffer sent with its length, instead of a counted
 * stream relayed chunk by chunk.
 */
export async function readJsonBody(req: Request): Promise<Uint8Array | null> {
  const limit = limitFor("json");
  checkDeclaredLength(req, "json");
  if (!req.body) return null;
  return readCapped(req.body, limit, () => tooLargeError("json", limit), env().BODY_READ_TIMEOUT_MS);
}

function slowBodyError(ms: number): AppError {
  return new AppError(
    "request_timeout",
    `The request body did not arrive within ${Math.round(ms / 1000)} s. Check the connection and send it again.`,
  );
}

/**
 * Reads a stream whole, cancelling it and throwing `tooLarge()` as soon as it passes `cap` bytes, or a
 * 408 when it is not complete within `deadlineMs` (a client trickling a body a byte at a time).
 */
export async function readCapped(
  stream: ReadableStream<Uint8Array>,
  cap: number,
  tooLarge: () => Error,
  deadlineMs = 0,
): Promise<Uint8Array> {
  const reader = stream.getReader();
  let timedOut = false;
  const timer =
    deadlineMs > 0
      ? setTimeout(() => {
          timedOut = true;
          reader.cancel().catch(() => {});
        }, deadlineMs)
      : undefined;
  const parts: Uint8Array[] = [];
  let seen = 0;
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (timedOut) throw slowBodyError(deadlineMs);
      if (done) break;
      seen += value.byteLength;
      if (seen > cap) {
        await reader.cancel().catch(() => {});
        throw tooLarge();
      }
      parts.push(value);
    }
  } finally {
    clearTimeout(timer);
  }
  return parts.length === 1 ? (parts[0] as Uint8Array) : Buffer.concat(parts);
}

/**
 * Enforces the size limit without holding the body (uploads): a declared Content-Length over the
 * limit is refused up front, and the bytes are counted as they stream so a lying or absent length is
 * caught too.
 */
export function limitBody(req: Request, kind: "json" | "multipart"): LimitedBody {
  const limit = limitFor(kind);
  const tooLarge = tooLargeError(kind, limit);
  checkDeclaredLength(req, kind);
  let exceeded = false;
  if (!req.body) return { body: null, exceeded: () => false, tooLarge };
  let seen = 0;
  const counter = new TransformStream<Uint8Array, Uint8Array>({
    transform(chunk, controller) {
      seen += chunk.byteLength;
      if (seen > limit) {
        exceeded = true;
        controller.error(tooLarge);
        return;
      }
      controller.enqueue(chunk);
    },
  });
  return { body: req.body.pipeThrough(counter), exceeded: () => exceeded, tooLarge };
}

/** Reads a small body (our own session routes) as text, refusing it as soon as it passes `cap` bytes. */
export async function readSmallText(req: Request, cap: number): Promise<string> {
  const tooLarge = new AppError("payload_too_large", `The request body is larger than ${cap} bytes`);
  const declared = req.headers.get("content-length");
  if (declared !== null && /^\d+$/.test(declared) && Number(declared) > cap) throw tooLarge;
  if (!req.body) return "";
  return new TextDecoder().decode(
    await readCapped(req.body, cap, () => tooLarge, env().BODY_READ_TIMEOUT_MS),
  );
}
