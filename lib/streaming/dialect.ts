import type { UIMessageChunk } from "ai";
import type { ReplyMetadata } from "@/lib/conversations/metadata";
import { readSse, type SseMessage } from "./sse";

export type ReplyChunk = UIMessageChunk<ReplyMetadata>;

/** What a dialect may know about the HTTP exchange it reads. */
export interface DialectContext {
  startedAt: number;
  now: () => number;
  requestId?: string;
}

/**
 * Maps one API's stream events to UI message chunks. A dialect is a small state machine; the SSE
 * reading, timing and stream plumbing are shared (see `toReplyStream`).
 */
export interface StreamDialect {
  /** Chunks for one SSE event (including a terminator such as `[DONE]`). */
  event(message: SseMessage, ctx: DialectContext): ReplyChunk[];
  /** Chunks after the body ended; a dialect that never saw its API's end marker reports `incomplete`. */
  end(ctx: DialectContext): ReplyChunk[];
  /**
   * Non-stream mode: all chunks of a reply (start ... finish) for one whole JSON body. A dialect
   * without it cannot read non-stream replies (the transport reports that as an error).
   */
  json?(body: unknown, ctx: DialectContext): ReplyChunk[];
}

export interface ReplyStreamOptions {
  /** Called with every SSE message as it is read, before the dialect sees it. */
  onEvent?: (message: SseMessage) => void;
}

/** Reads a streaming response through the SSE layer and a dialect into a UI message chunk stream. */
export function toReplyStream(
  response: Response,
  dialect: StreamDialect,
  ctx: DialectContext,
  options: ReplyStreamOptions = {},
): ReadableStream<ReplyChunk> {
  const body = response.body;
  let events: AsyncGenerator<SseMessage> | undefined;
  return new ReadableStream<ReplyChunk>({
    async pull(controller) {
      if (!body) {
        for (const chunk of dialect.end(ctx)) controller.enqueue(chunk);
        controller.close();
        return;
      }
      events ??= readSse(body);
      // A pull that enqueues nothing is not called again, so read until an event yields chunks.
      while (true) {
        const next = await events.next();
        if (next.done) {
          for (const chunk of dialect.end(ctx)) controller.enqueue(chunk);
          controller.close();
          return;
        }
        options.onEvent?.(next.value);
        const chunks = dialect.event(next.value, ctx);
        for (const chunk of chunks) controller.enqueue(chunk);
        if (chunks.length > 0) return;
      }
    },
    async cancel() {
      await events?.return(undefined);
      await body?.cancel().catch(() => undefined);
    },
  });
}

/** A finite chunk stream (non-stream replies, errors found before streaming). */
export function chunksStream(chunks: ReplyChunk[]): ReadableStream<ReplyChunk> {
  return new ReadableStream<ReplyChunk>({
    start(controller) {
      for (const chunk of chunks) controller.enqueue(chunk);
      controller.close();
    },
  });
}

/** Adds fields to the metadata of the reply's `start` chunk (e.g. the exchange id for the inspector). */
export function withStartMetadata(
  stream: ReadableStream<ReplyChunk>,
  extra: Partial<ReplyMetadata>,
): ReadableStream<ReplyChunk> {
  return stream.pipeThrough(
    new TransformStream<ReplyChunk, ReplyChunk>({
      transform(chunk, controller) {
        if (chunk.type === "start") {
          controller.enqueue({ ...chunk, messageMetadata: { ...chunk.messageMetadata, ...extra } });
        } else {
          controller.enqueue(chunk);
        }
      },
    }),
  );
}
