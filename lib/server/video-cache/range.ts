import "server-only";
import { open } from "node:fs/promises";
import { Readable } from "node:stream";
import { parseByteRange } from "@/lib/http-range";
import { safeContentType } from "../headers";
import type { Entry } from "./store";

/** Headers every reply from the cache carries (as the relayed video's would; see headers.ts). */
function baseHeaders(entry: Entry): Headers {
  return new Headers({
    "content-type": safeContentType(entry.contentType) ?? "application/octet-stream",
    "accept-ranges": "bytes",
    // The bytes sit behind the caller's key: a shared cache must never keep them.
    "cache-control": "private, max-age=3600, no-transform",
    "x-content-type-options": "nosniff",
  });
}

/** The cached file, whole (200) or the asked-for range (206), or 416 for a range past its end. */
export async function serveEntry(entry: Entry, rangeHeader: string | null): Promise<Response> {
  const headers = baseHeaders(entry);
  const range = parseByteRange(rangeHeader, entry.size);
  if (range === "unsatisfiable") {
    headers.set("content-range", `bytes */${entry.size}`);
    return new Response(null, { status: 416, headers });
  }
  const { start, end } = range ?? { start: 0, end: entry.size - 1 };
  headers.set("content-length", String(Math.max(0, end - start + 1)));
  if (range) headers.set("content-range", `bytes ${start}-${end}/${entry.size}`);
  const status = range ? 206 : 200;
  if (entry.size === 0) return new Response(null, { status, headers });
  // Opened before replying: an eviction that unlinks the file later does not cut this reply.
  const handle = await open(entry.file, "r");
  const stream = handle.createReadStream({ start, end, autoClose: true });
  return new Response(Readable.toWeb(stream) as ReadableStream<Uint8Array>, { status, headers });
}
