// Test helper: the events of a server-sent-events reply, parsed as JSON, as they arrive.
import { createParser } from "eventsource-parser";

export interface Arrival<T> {
  event: T;
  /** Epoch time (ms) of the network read that brought the event. */
  at: number;
}

/** Reads `res` event by event; cancels the body when the caller stops early. */
export async function* sseEvents<T>(res: Response): AsyncGenerator<Arrival<T>> {
  const queue: T[] = [];
  const parser = createParser({ onEvent: (m) => queue.push(JSON.parse(m.data) as T) });
  const reader = res.body?.getReader();
  if (!reader) return;
  const decoder = new TextDecoder();
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) return;
      const at = performance.timeOrigin + performance.now();
      parser.feed(decoder.decode(value, { stream: true }));
      for (const event of queue.splice(0)) yield { event, at };
    }
  } finally {
    await reader.cancel().catch(() => undefined);
  }
}
