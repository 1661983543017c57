import { afterEach, describe, expect, it } from "vitest";
import { createTranslate } from "@/lib/i18n/translate";
import { toReplyStream } from "@/lib/streaming/dialect";
import { createChatCompletionsDialect } from "@/lib/streaming/dialects/chat-completions";
import { createMessagesDialect } from "@/lib/streaming/dialects/messages";
import { collect, steppedContext, streamOf } from "@/lib/streaming/test-helpers";
import {
  accepting,
  activeStreams,
  interruptAll,
  interruptible,
  resetLifecycleForTests,
  startDraining,
  whenIdle,
} from "./streams";
import { shutdownTail } from "./tails";

const en = createTranslate("en");

afterEach(resetLifecycleForTests);

const encoder = new TextEncoder();
const decoder = new TextDecoder();

/** A source the test feeds by hand; records whether (and why) it was cancelled. */
function manualSource() {
  let controller!: ReadableStreamDefaultController<Uint8Array>;
  const state = { cancelled: undefined as unknown, pulls: 0 };
  const stream = new ReadableStream<Uint8Array>(
    {
      start(c) {
        controller = c;
      },
      pull() {
        state.pulls += 1;
      },
      cancel(reason) {
        state.cancelled = reason ?? "cancelled";
      },
    },
    { highWaterMark: 0 },
  );
  return {
    stream,
    push: (s: string) => controller.enqueue(encoder.encode(s)),
    end: () => controller.close(),
    state,
  };
}

const readAll = (stream: ReadableStream<Uint8Array>): Promise<string> => new Response(stream).text();

describe("interruptible", () => {
  it("passes chunks through one by one and is tracked until its source ends", async () => {
    const src = manualSource();
    const out = interruptible(src.stream, () => undefined);
    expect(activeStreams()).toBe(1);
    const reader = out.getReader();
    const first = reader.read();
    src.push("a");
    expect(decoder.decode((await first).value)).toBe("a");
    const second = reader.read();
    src.push("b");
    expect(decoder.decode((await second).value)).toBe("b");
    src.end();
    expect((await reader.read()).done).toBe(true);
    expect(activeStreams()).toBe(0);
    await whenIdle();
  });

  it("a downstream cancel reaches the source (the upstream stops) and untracks", async () => {
    const src = manualSource();
    const out = interruptible(src.stream, () => undefined);
    await out.cancel(new Error("browser gone"));
    expect(src.state.cancelled).toBeInstanceOf(Error);
    expect(activeStreams()).toBe(0);
  });

  it("interruptAll ends an SSE reply with its dialect's tail, cancels the source, and settles whenIdle", async () => {
    const src = manualSource();
    const tail = shutdownTail("chat", "text/event-stream", 25_000, en);
    const out = interruptible(src.stream, () => tail);
    const reading = readAll(out);
    src.push('data: {"choices":[{"delta":{"content":"Hel"}}]}\n\n');
    await new Promise((r) => setTimeout(r, 10));
    const idle = whenIdle();
    expect(interruptAll()).toBe(1);
    await idle;
    const text = await reading;
    expect(text.startsWith('data: {"choices"')).toBe(true);
    const error = JSON.parse(text.split("\n\n")[1]?.slice(6) ?? "{}").error;
    expect(error).toMatchObject({ type: "playground_error", code: "shutting_down" });
    expect(error.message).toContain("25 s");
    expect(text.endsWith("data: [DONE]\n\n")).toBe(true);
    expect(src.state.cancelled).toBeInstanceOf(Error);
  });

  it("a reply without a tail (a video download) is cut: the body errors instead of ending cleanly", async () => {
    const src = manualSource();
    const out = interruptible(src.stream, () => shutdownTail("videos.content", "video/mp4", 1000, en));
    const reading = readAll(out);
    interruptAll();
    await expect(reading).rejects.toThrow(/shut down/);
  });
});

describe("tails and draining", () => {
  it("Messages replies end with an `error` event the Messages dialect reads; JSON replies get none", () => {
    const tail = decoder.decode(shutdownTail("messages", "text/event-stream; charset=utf-8", 3000, en));
    expect(tail.startsWith("event: error\ndata: ")).toBe(true);
    const event = JSON.parse(tail.split("\n")[1]?.slice(6) ?? "{}");
    expect(event).toMatchObject({ type: "error", error: { type: "playground_error" } });
    expect(shutdownTail("chat", "application/json", 3000, en)).toBeUndefined();
  });

  it("accepting() turns false once draining starts", () => {
    expect(accepting()).toBe(true);
    startDraining();
    expect(accepting()).toBe(false);
  });
});

describe("what the browser makes of a tail", () => {
  const delta = `data: ${JSON.stringify({ choices: [{ index: 0, delta: { content: "Partial" } }] })}\n\n`;
  const messageStart = `event: message_start\ndata: ${JSON.stringify({
    type: "message_start",
    message: { id: "msg_1", model: "claude-haiku-4-5", usage: { input_tokens: 3, output_tokens: 0 } },
  })}\n\n`;

  it("the chat and Messages dialects end the reply with the shutdown message as its error", async () => {
    const chat = await collect(
      toReplyStream(
        new Response(streamOf(delta + decoder.decode(shutdownTail("chat", "text/event-stream", 25_000, en)))),
        createChatCompletionsDialect(),
        steppedContext("req-1"),
      ),
    );
    expect(chat.some((c) => c.type === "text-delta" && c.delta === "Partial")).toBe(true);
    expect(chat.at(-1)).toMatchObject({ type: "error", errorText: expect.stringMatching(/shutting down/) });
    const messages = await collect(
      toReplyStream(
        new Response(
          streamOf(messageStart + decoder.decode(shutdownTail("messages", "text/event-stream", 25_000, en))),
        ),
        createMessagesDialect(),
        steppedContext("req-2"),
      ),
    );
    expect(messages.at(-1)).toMatchObject({
      type: "error",
      errorText: expect.stringMatching(/shutting down/),
    });
  });
});
