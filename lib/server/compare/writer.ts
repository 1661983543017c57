import "server-only";
import type { CompareEvent } from "@/lib/schemas/compare";

const encoder = new TextEncoder();
// About this much may wait unread in the reply before the panes stop reading their upstreams.
const HIGH_WATER_BYTES = 256 * 1024;

export interface EventWriter {
  stream: ReadableStream<Uint8Array>;
  /** Enqueued at once (never held back); back-pressure is applied by waiting on `ready()` before reads. */
  send(event: CompareEvent): void;
  comment(text: string): void;
  /** Resolves when the reader has room, the stream is closed, or `signal` aborts. */
  ready(signal?: AbortSignal): Promise<void>;
  close(): void;
  readonly closed: boolean;
}

/** The interleaved SSE reply: one `data:` line per event, every event its own enqueue. */
export function createEventWriter(onCancel: (reason: unknown) => void): EventWriter {
  let controller!: ReadableStreamDefaultController<Uint8Array>;
  let closed = false;
  let waiters: (() => void)[] = [];
  const wake = () => {
    const w = waiters;
    waiters = [];
    for (const resolve of w) resolve();
  };
  const stream = new ReadableStream<Uint8Array>(
    {
      start(c) {
        controller = c;
      },
      pull() {
        wake();
      },
      cancel(reason) {
        closed = true;
        wake();
        onCancel(reason);
      },
    },
    { highWaterMark: HIGH_WATER_BYTES, size: (chunk) => chunk.byteLength },
  );
  const write = (text: string) => {
    if (closed) return;
    controller.enqueue(encoder.encode(text));
  };
  return {
    stream,
    send: (event) => write(`data: ${JSON.stringify(event)}\n\n`),
    comment: (text) => write(`: ${text}\n\n`),
    ready(signal) {
      if (closed || signal?.aborted || (controller.desiredSize ?? 1) > 0) return Promise.resolve();
      return new Promise<void>((resolve) => {
        const done = () => {
          signal?.removeEventListener("abort", done);
          resolve();
        };
        waiters.push(done);
        signal?.addEventListener("abort", done, { once: true });
      });
    },
    close() {
      if (closed) return;
      closed = true;
      wake();
      controller.close();
    },
    get closed() {
      return closed;
    },
  };
}
