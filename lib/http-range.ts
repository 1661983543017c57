/**
 * One `Range: bytes=…` request against a body of `size` bytes (RFC 9110 §14.1.2: `bytes=a-b`, `bytes=a-`,
 * `bytes=-n`): the inclusive byte span for a 206, "unsatisfiable" for a 416 when no byte of the body is
 * named, and `null` when there is no header or it is not one byte range (several ranges, another unit,
 * garbage, a last byte before the first): then the whole body is served with 200, as the RFC allows.
 */
export function parseByteRange(
  header: string | null,
  size: number,
): { start: number; end: number } | "unsatisfiable" | null {
  if (header === null) return null;
  const m = /^\s*bytes\s*=\s*(\d*)\s*-\s*(\d*)\s*$/i.exec(header);
  const [, from = "", to = ""] = m ?? [];
  if (!m || (from === "" && to === "")) return null;
  if (from === "") {
    const suffix = Number(to);
    if (suffix === 0 || size === 0) return "unsatisfiable";
    return { start: Math.max(0, size - suffix), end: size - 1 };
  }
  const start = Number(from);
  if (to !== "" && Number(to) < start) return null;
  if (start >= size) return "unsatisfiable";
  return { start, end: to === "" ? size - 1 : Math.min(Number(to), size - 1) };
}

/** The reply to a GET of `bytes` with `range`: 200 whole, 206 the span, or 416 with `bytes *\/size`. */
export function byteRangeResponse(
  bytes: Uint8Array,
  range: string | null,
  headers: Record<string, string>,
): Response {
  const size = bytes.byteLength;
  const base = { ...headers, "Accept-Ranges": "bytes" };
  const span = parseByteRange(range, size);
  if (span === "unsatisfiable") {
    return new Response(null, { status: 416, headers: { ...base, "Content-Range": `bytes */${size}` } });
  }
  if (span === null) {
    return new Response(bytes.slice(), { status: 200, headers: { ...base, "Content-Length": String(size) } });
  }
  const slice = bytes.slice(span.start, span.end + 1);
  return new Response(slice, {
    status: 206,
    headers: {
      ...base,
      "Content-Length": String(slice.byteLength),
      "Content-Range": `bytes ${span.start}-${span.end}/${size}`,
    },
  });
}
