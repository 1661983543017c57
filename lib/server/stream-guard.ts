import "server-only";
import { AppError } from "@/lib/errors";
import type { Translate } from "@/lib/i18n/translate";

export interface GuardOptions {
  /** How long a read may wait for the upstream's next bytes; 0: no limit. */
  silenceMs: number;
  /** The reply's closing words in its own dialect (see lifecycle/tails.ts); undefined: the reply is cut. */
  tail: (error: AppError) => Uint8Array | undefined;
  /** The caller's language, for the closing message (request-locale.ts). */
  t: Translate;
}

/**
 * The reply body as relayed to the browser, with two guards:
 *
 * - It opens with an empty chunk. Next writes the response headers only with the first body chunk
 *   (pipe-readable.js flushes them in its first `write`), so without it a gateway that answers 200 and
 *   then thinks for a minute leaves the browser with no status at all; an empty chunk writes no bytes.
 * - A read that waits more than `silenceMs` for the upstream ends the reply: with `tail` (an SSE error
 *   the SDKs and the UI show, after the text so far) and a clean end, or cut when there is no tail.
 *   The upstream request is cancelled. Only time spent waiting on the upstream counts: a slow browser
 *   (no read pending) is never mistaken for a silent gateway.
 *
 * One upstream chunk per downstream read, nothing batched; a cancel is passed on to `source`.
 */
export function guardReply(
  source: ReadableStream<Uint8Array>,
  opts: GuardOptions,
): ReadableStream<Uint8Array> {
  const reader = source.getReader();
  let ended = false;
  return new ReadableStream<Uint8Array>(
    {
      start(out) {
        out.enqueue(new Uint8Array(0));
      },
      async pull(out) {
        let timer: ReturnType<typeof setTimeout> | undefined;
        if (opts.silenceMs > 0) {
          timer = setTimeout(() => {
            if (ended) return;
            ended = true;
            const error = new AppError(
              "upstream_timeout",
              opts.t("server.streamSilent", { seconds: Math.round(opts.silenceMs / 1000) }),
            );
            const last = opts.tail(error);
            if (last) {
              out.enqueue(last);
              out.close();
            } else out.error(error);
            void reader.cancel(error).catch(() => undefined);
          }, opts.silenceMs);
        }
        try {
          const { done, value } = await reader.read();
          if (ended) return;
          if (done) {
            ended = true;
            out.close();
          } else out.enqueue(value);
        } catch (err) {
          if (ended) return;
          ended = true;
          out.error(err);
        } finally {
          clearTimeout(timer);
        }
      },
      cancel(reason) {
        ended = true;
        return reader.cancel(reason);
      },
    },
    { highWaterMark: 0 },
  );
}
