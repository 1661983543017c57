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

/**
 * Enforces the size limit without holding the body: a declared Content-Length over the limit is refused
 * up front, and the bytes are counted as they stream so a lying or absent length is caught too.
 */
export function limitBody(req: Request, kind: "json" | "multipart"): LimitedBody {
  const e = env();
  const limit = kind === "json" ? e.PROXY_MAX_JSON_BYTES : e.PROXY_MAX_MULTIPART_BYTES;
  const tooLarge = tooLargeError(kind, limit);
  const declared = req.headers.get("content-length");
  if (declared !== null && /^\d+$/.test(declared) && Number(declared) > limit) throw tooLarge;
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
  const reader = req.body.getReader();
  const decoder = new TextDecoder();
  let text = "";
  let seen = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    seen += value.byteLength;
    if (seen > cap) {
      await reader.cancel().catch(() => {});
      throw tooLarge;
    }
    text += decoder.decode(value, { stream: true });
  }
  return text + decoder.decode();
}
