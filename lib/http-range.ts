/**
 * A single `Range: bytes=…` request against a body of `size` bytes (RFC 9110 §14): `null` when there is
 * no usable range header (serve the whole body with 200), "unsatisfiable" for a 416, else the inclusive
 * byte span for a 206. Multiple ranges are not served (a 200 with the whole body is allowed for them).
 */
export function parseByteRange(
  header: string | null,
  size: number,
): { start: number; end: number } | "unsatisfiable" | null {
  if (header === null) return null;
  const m = /^bytes=(\d*)-(\d*)$/.exec(header.trim());
  if (!m) return /^bytes=.*,/.test(header.trim()) ? null : "unsatisfiable";
  const [, from = "", to = ""] = m;
  if (from === "" && to === "") return "unsatisfiable";
  if (from === "") {
    const suffix = Number(to);
    if (suffix === 0 || size === 0) return "unsatisfiable";
    return { start: Math.max(0, size - suffix), end: size - 1 };
  }
  const start = Number(from);
  const end = to === "" ? size - 1 : Math.min(Number(to), size - 1);
  if (start >= size || end < start) return "unsatisfiable";
  return { start, end };
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
