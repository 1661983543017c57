import { createParser } from "eventsource-parser";
import { type CompareEvent, compareEventSchema } from "@/lib/schemas/compare";

// The interleaved reply of `POST /api/compare`, read back into typed events. Lines that are not JSON
// or not a known event (comments, pings, a newer server's extras) are skipped.

/** Calls `onEvent` for every event of `stream`, synchronously as each chunk is read; resolves at its end. */
export async function readCompareEvents(
  stream: ReadableStream<Uint8Array>,
  onEvent: (event: CompareEvent) => void,
): Promise<void> {
  const parser = createParser({
    onEvent(message) {
      let json: unknown;
      try {
        json = JSON.parse(message.data);
      } catch {
        return;
      }
      const parsed = compareEventSchema.safeParse(json);
      if (parsed.success) onEvent(parsed.data);
    },
  });
  const decoder = new TextDecoder();
  const reader = stream.getReader();
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    parser.feed(decoder.decode(value, { stream: true }));
  }
  parser.feed(`${decoder.decode()}\n\n`);
}

/** A pane the server cut off (its upstream broke, or the compare connection closed first). */
export class CompareCutError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "CompareCutError";
  }
}

export function abortError(signal?: AbortSignal): unknown {
  return signal?.reason ?? new DOMException("The operation was aborted.", "AbortError");
}
