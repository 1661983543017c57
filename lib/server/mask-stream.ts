import "server-only";

/**
 * Masks secrets in a byte stream chunk by chunk: every relayed reply (200 bodies, SSE streams, error
 * bodies, video bytes) passes through one of these, so a key the upstream echoes never reaches the
 * browser. The mask keeps the byte length (Content-Length and Content-Range are relayed as they are)
 * and ends like the key hint the UI shows: `*****…41c7`.
 *
 * A key split across two chunks is still found: only the longest tail of a chunk that could begin a
 * key is held back (at most len(key)-1 bytes) and sent with the next chunk. An SSE event ends with a
 * blank line, which no key begins with, so events are never delayed; a chunk with no key in it is
 * passed on as the same object.
 */
export interface ChunkMasker {
  /** The bytes that may go downstream now (possibly empty while a key prefix is held back). */
  push(chunk: Uint8Array): Uint8Array;
  /** What is still held back, at the end of the stream. */
  flush(): Uint8Array;
}

interface Secret {
  key: Buffer;
  mask: Buffer;
}

/** The same-length mask of one key: stars, then the last 4 characters after `…` when long enough. */
export function sameLengthMask(key: Buffer): Buffer {
  const ellipsis = Buffer.from("…");
  const tail = key.length > 8 ? key.subarray(-4) : Buffer.alloc(0);
  const stars = Buffer.alloc(Math.max(0, key.length - ellipsis.length - tail.length), "*");
  return Buffer.concat([stars, ellipsis, tail]);
}

/** A masker for the given secrets (shorter than 4 characters or unset: ignored), or null if none remain. */
export function createChunkMasker(secrets: readonly (string | undefined)[]): ChunkMasker | null {
  const list: Secret[] = [];
  for (const s of new Set(secrets)) {
    if (!s || s.length < 4) continue;
    const key = Buffer.from(s, "utf8");
    list.push({ key, mask: sameLengthMask(key) });
  }
  if (list.length === 0) return null;
  let carry: Buffer | null = null;
  return {
    push(chunk) {
      const view = asBuffer(chunk);
      let buf = view;
      if (carry) {
        buf = Buffer.concat([carry, view]);
        carry = null;
      }
      buf = maskAll(buf, list, buf === view);
      const hold = heldBack(buf, list);
      if (hold === 0) return buf === view ? chunk : buf;
      carry = Buffer.from(buf.subarray(buf.length - hold));
      return buf.subarray(0, buf.length - hold);
    },
    flush() {
      const rest = carry ?? Buffer.alloc(0);
      carry = null;
      return rest;
    },
  };
}

function asBuffer(chunk: Uint8Array): Buffer {
  return Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength);
}

/** Masks every whole occurrence; copies first when the bytes are the caller's (never writes into them). */
function maskAll(buf: Buffer, list: readonly Secret[], shared: boolean): Buffer {
  let out = buf;
  let copied = !shared;
  for (const { key, mask } of list) {
    let at = out.indexOf(key);
    while (at !== -1) {
      if (!copied) {
        out = Buffer.from(out);
        copied = true;
      }
      mask.copy(out, at);
      at = out.indexOf(key, at + key.length);
    }
  }
  return out;
}

/**
 * Length of the longest tail of `buf` that is a proper prefix of one of the keys. Plain loops over at
 * most len(key)-1 bytes: cheaper than native calls for so few bytes.
 */
function heldBack(buf: Buffer, list: readonly Secret[]): number {
  let hold = 0;
  for (const { key } of list) {
    const first = key[0];
    for (let at = Math.max(0, buf.length - key.length + 1); at < buf.length - hold; at++) {
      if (buf[at] !== first) continue;
      let i = 1;
      while (at + i < buf.length && buf[at + i] === key[i]) i++;
      if (at + i === buf.length) {
        hold = i;
        break;
      }
    }
  }
  return hold;
}
