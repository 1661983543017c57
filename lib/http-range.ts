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

/** A body served by parts: its size, and a reader of the bytes from `start` to `end` (inclusive). */
export interface RangedBody {
  size: number;
  read(start: number, end: number): Promise<Uint8Array>;
}

/** Bytes read per part: a whole 20 MB MP4 goes out 1 MB at a time, as the client takes it. */
const PART_BYTES = 1024 * 1024;

/** The reply to a GET of `body` with `range`: 200 whole, 206 the span, or 416 with `bytes *\/size`. */
export function rangedResponse(
  body: RangedBody,
  range: string | null,
  headers: Record<string, string>,
): Response {
  const { size } = body;
  const base = { ...headers, "Accept-Ranges": "bytes" };
  const span = parseByteRange(range, size);
  if (span === "unsatisfiable") {
    return new Response(null, { status: 416, headers: { ...base, "Content-Range": `bytes */${size}` } });
  }
  if (span === null) {
    return new Response(size === 0 ? null : spanStream(body, 0, size - 1), {
      status: 200,
      headers: { ...base, "Content-Length": String(size) },
    });
  }
  return new Response(spanStream(body, span.start, span.end), {
    status: 206,
    headers: {
      ...base,
      "Content-Length": String(span.end - span.start + 1),
      "Content-Range": `bytes ${span.start}-${span.end}/${size}`,
    },
  });
}

/** The bytes from `start` to `end`, read a part at a time when the client asks for more. */
function spanStream(body: RangedBody, start: number, end: number): ReadableStream<Uint8Array> {
  let next = start;
  return new ReadableStream<Uint8Array>(
    {
      async pull(controller) {
        if (next > end) return controller.close();
        const last = Math.min(end, next + PART_BYTES - 1);
        const part = await body.read(next, last);
        // Fewer bytes than the span: the stored body went away meanwhile (a share revoked mid-download).
        if (part.byteLength !== last - next + 1)
          return controller.error(new Error("the body changed while it was read"));
        controller.enqueue(part);
        next = last + 1;
        if (next > end) controller.close();
      },
    },
    { highWaterMark: 0 },
  );
}

/** The same for bytes in memory (the simulator's clips). */
export function byteRangeResponse(
  bytes: Uint8Array,
  range: string | null,
  headers: Record<string, string>,
): Response {
  return rangedResponse(
    { size: bytes.byteLength, read: async (start, end) => bytes.slice(start, end + 1) },
    range,
    headers,
  );
}
