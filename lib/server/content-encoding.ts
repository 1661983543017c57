import "server-only";
import type { Transform } from "node:stream";
import { createBrotliDecompress, createGunzip, createInflate } from "node:zlib";

/**
 * The decoder for a reply's content-encoding (what fetch decodes: gzip, deflate, br); undefined for
 * none or identity, and for an encoding it does not know (the caller decides what that means).
 */
export function decoderFor(contentEncoding: string | null | undefined): Transform | undefined {
  const encoding = contentEncoding?.trim().toLowerCase();
  if (encoding === "gzip" || encoding === "x-gzip") return createGunzip();
  if (encoding === "deflate") return createInflate();
  if (encoding === "br") return createBrotliDecompress();
  return undefined;
}
