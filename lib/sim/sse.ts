import { createGzip, constants as zc } from "node:zlib";
import { encoder, sleep } from "./util";

export type Outcome = "completed" | "aborted" | "error";

export interface StreamIO {
  emit(chunk: string): void;
  sleep(ms: number): Promise<void>;
  readonly signal: AbortSignal;
}

export const SSE_HEADERS: Record<string, string> = {
  "Content-Type": "text/event-stream",
  "Cache-Control": "no-cache",
  Connection: "keep-alive",
  "X-Accel-Buffering": "no",
};

/**
 * A byte stream produced by an async body with real timing. Cancelling the stream (reader.cancel())
 * or aborting `reqSignal` stops the body at its next emit/sleep and reports outcome "aborted".
 */
export function timedStream(
  reqSignal: AbortSignal | undefined,
  body: (io: StreamIO) => Promise<Outcome>,
  done: (outcome: Outcome) => void,
): ReadableStream<Uint8Array> {
  const ac = new AbortController();
  let finished = false;
  const finish = (o: Outcome) => {
    if (finished) return;
    finished = true;
    done(o);
  };
  return new ReadableStream<Uint8Array>({
    start(controller) {
      const onReqAbort = () => {
        ac.abort();
        finish("aborted");
        try {
          controller.close();
        } catch {
          // already closed or errored
        }
      };
      if (reqSignal?.aborted) return onReqAbort();
      reqSignal?.addEventListener("abort", onReqAbort, { once: true });
      const io: StreamIO = {
        emit(chunk) {
          if (ac.signal.aborted) throw new DOMException("Aborted", "AbortError");
          controller.enqueue(encoder.encode(chunk));
        },
        sleep: (ms) => sleep(ms, ac.signal),
        signal: ac.signal,
      };
      void body(io).then(
        (outcome) => {
          reqSignal?.removeEventListener("abort", onReqAbort);
          if (ac.signal.aborted) return finish("aborted");
          finish(outcome);
          controller.close();
        },
        (err: unknown) => {
          reqSignal?.removeEventListener("abort", onReqAbort);
          if (ac.signal.aborted) return finish("aborted");
          finish("error");
          controller.error(err);
        },
      );
    },
    cancel() {
      ac.abort();
      finish("aborted");
    },
  });
}

/** gzip a body, flushing after every chunk so streams stay incremental. */
export function gzipStream(src: ReadableStream<Uint8Array>): ReadableStream<Uint8Array> {
  const gz = createGzip({ flush: zc.Z_SYNC_FLUSH });
  const reader = src.getReader();
  return new ReadableStream<Uint8Array>({
    start(controller) {
      gz.on("data", (b: Buffer) => controller.enqueue(new Uint8Array(b)));
      gz.on("end", () => controller.close());
      gz.on("error", (e) => controller.error(e));
      void (async () => {
        try {
          for (;;) {
            const { done, value } = await reader.read();
            if (done) break;
            gz.write(value);
          }
          gz.end();
        } catch (e) {
          gz.destroy(e instanceof Error ? e : new Error(String(e)));
        }
      })();
    },
    cancel(reason) {
      gz.destroy();
      return reader.cancel(reason);
    },
  });
}
