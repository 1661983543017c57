import type { ReplyChunk } from "./dialect";

/**
 * Merges text and reasoning deltas that arrive within `windowMs` into one chunk. useChat copies the
 * whole reply message for every chunk it applies, so one chunk per token makes a long answer cost
 * quadratic time; a few merged chunks per frame keep it linear. Other chunks pass at once, in order.
 */
export function coalesceDeltas(
  stream: ReadableStream<ReplyChunk>,
  windowMs = 32,
): ReadableStream<ReplyChunk> {
  let pending: ReplyChunk | undefined;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let out: TransformStreamDefaultController<ReplyChunk> | undefined;

  function flush() {
    if (timer) clearTimeout(timer);
    timer = undefined;
    try {
      if (pending && out) out.enqueue(pending);
    } catch {
      // The reader went away (stop); the late text has nowhere to go.
    }
    pending = undefined;
  }

  return stream.pipeThrough(
    new TransformStream<ReplyChunk, ReplyChunk>({
      start(controller) {
        out = controller;
      },
      transform(chunk, controller) {
        const isDelta = chunk.type === "text-delta" || chunk.type === "reasoning-delta";
        if (isDelta && pending?.type === chunk.type && pending.id === chunk.id) {
          pending = { ...pending, delta: pending.delta + chunk.delta };
          return;
        }
        flush();
        if (isDelta) {
          pending = chunk;
          timer = setTimeout(flush, windowMs);
        } else {
          controller.enqueue(chunk);
        }
      },
      flush() {
        flush();
      },
    }),
  );
}
