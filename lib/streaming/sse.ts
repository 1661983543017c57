import { createParser } from "eventsource-parser";

/** One server-sent event. `done` marks OpenAI's `data: [DONE]` terminator (after it, reading stops). */
export interface SseMessage {
  event?: string;
  id?: string;
  data: string;
  done: boolean;
}

export const SSE_DONE = "[DONE]";

/**
 * The one SSE reader of the browser: yields events from a response body as they complete, across any
 * chunk boundary (including split UTF-8 sequences). Dialects (chat completions, messages) sit on top.
 */
export async function* readSse(body: ReadableStream<Uint8Array>): AsyncGenerator<SseMessage> {
  const queue: SseMessage[] = [];
  const parser = createParser({
    onEvent(message) {
      const data = message.data;
      queue.push({
        event: message.event || undefined,
        id: message.id || undefined,
        data,
        done: data.trim() === SSE_DONE,
      });
    },
  });
  const decoder = new TextDecoder();
  const reader = body.getReader();
  try {
    while (true) {
      const { done, value } = await reader.read();
      if (done) {
        // A final event without its blank line still counts (a torn JSON payload is the dialect's to drop).
        parser.feed(`${decoder.decode()}\n\n`);
      } else {
        // stream: true keeps a UTF-8 sequence split across network chunks for the next call.
        parser.feed(decoder.decode(value, { stream: true }));
      }
      for (const message of queue.splice(0)) {
        yield message;
        if (message.done) return;
      }
      if (done) return;
    }
  } finally {
    // Stops the network read when the consumer leaves early (terminator seen, abort, error).
    await reader.cancel().catch(() => undefined);
  }
}
