import type { ChatTransport } from "ai";
import type { PlaygroundMessage } from "@/lib/conversations/metadata";
import type { DialectContext, ReplyChunk } from "./dialect";

/** Test helper: a byte stream that delivers `text` in the given piece sizes (cycled). */
export function streamOf(text: string, sizes: number[] = [text.length || 1]): ReadableStream<Uint8Array> {
  const bytes = new TextEncoder().encode(text);
  let offset = 0;
  let turn = 0;
  return new ReadableStream<Uint8Array>({
    pull(controller) {
      if (offset >= bytes.length) {
        controller.close();
        return;
      }
      const size = Math.max(1, sizes[turn % sizes.length] ?? 1);
      turn += 1;
      controller.enqueue(bytes.slice(offset, offset + size));
      offset += size;
    },
  });
}

export async function collect<T>(stream: ReadableStream<T> | AsyncIterable<T>): Promise<T[]> {
  const out: T[] = [];
  for await (const item of stream as AsyncIterable<T>) out.push(item);
  return out;
}

/** A dialect context whose clock advances 10 ms per reading, so timings are deterministic. */
export function steppedContext(requestId: string): DialectContext {
  let t = 0;
  return { startedAt: 0, now: () => (t += 10), requestId };
}

/** The text of every delta of one kind, joined. */
export const textOf = (chunks: ReplyChunk[], type: "text-delta" | "reasoning-delta") =>
  chunks.map((c) => (c.type === type ? c.delta : "")).join("");

/** The chunk types of a reply that thinks in two deltas, then answers in `textDeltas` deltas. */
export const reasoningThenText = (textDeltas: number): ReplyChunk["type"][] => [
  "start",
  "reasoning-start",
  "reasoning-delta",
  "reasoning-delta",
  "reasoning-end",
  "text-start",
  ...Array<ReplyChunk["type"]>(textDeltas).fill("text-delta"),
  "text-end",
  "finish",
];

/** Test helper: a transport's reply to `messages`, sent as a new user turn. */
export function sendTurn(transport: ChatTransport<PlaygroundMessage>, messages: PlaygroundMessage[]) {
  return transport.sendMessages({
    trigger: "submit-message",
    chatId: "c",
    messageId: undefined,
    messages,
    abortSignal: undefined,
  });
}
