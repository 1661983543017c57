import { describe, expect, it } from "vitest";
import { anthropicDetailsOf } from "@/lib/messages/metadata";
import { type ReplyChunk, toReplyStream } from "../dialect";
import { collect, reasoningThenText, steppedContext, streamOf, textOf } from "../test-helpers";
import { createMessagesDialect } from "./messages";
import { frameBareJsonLines } from "./messages-framing";

// new-api pass-through framing: event line, data line, then two blank lines.
const ev = (payload: { type: string } & Record<string, unknown>) =>
  `event: ${payload.type}\ndata: ${JSON.stringify(payload)}\n\n\n`;
const usageStart = {
  input_tokens: 40,
  cache_creation_input_tokens: 12,
  cache_read_input_tokens: 30,
  cache_creation: { ephemeral_5m_input_tokens: 12, ephemeral_1h_input_tokens: 0 },
  output_tokens: 1,
  service_tier: "standard",
};
const messageStart = ev({
  type: "message_start",
  message: {
    id: "msg_01abc",
    type: "message",
    role: "assistant",
    model: "claude-sonnet-4-5-20250929",
    content: [],
    stop_reason: null,
    stop_sequence: null,
    usage: usageStart,
  },
});
const thinkingBlock =
  ev({
    type: "content_block_start",
    index: 0,
    content_block: { type: "thinking", thinking: "", signature: "" },
  }) +
  'event: ping\ndata: {"type": "ping"}\n\n\n' +
  ev({ type: "content_block_delta", index: 0, delta: { type: "thinking_delta", thinking: "Let me " } }) +
  ev({ type: "content_block_delta", index: 0, delta: { type: "thinking_delta", thinking: "think." } }) +
  ev({ type: "content_block_delta", index: 0, delta: { type: "signature_delta", signature: "EqSig" } }) +
  ev({ type: "content_block_stop", index: 0 });
const textBlock = (index: number) =>
  ev({ type: "content_block_start", index, content_block: { type: "text", text: "" } }) +
  ev({ type: "content_block_delta", index, delta: { type: "text_delta", text: "Hello" } }) +
  ev({ type: "content_block_delta", index, delta: { type: "text_delta", text: " 世界" } });
const messageEnd = (reason = "end_turn") =>
  ev({
    type: "message_delta",
    delta: { stop_reason: reason, stop_sequence: null },
    usage: {
      input_tokens: 40,
      cache_creation_input_tokens: 12,
      cache_read_input_tokens: 30,
      output_tokens: 25,
    },
  }) + ev({ type: "message_stop" });

async function run(wire: string, sizes?: number[]): Promise<ReplyChunk[]> {
  const body = frameBareJsonLines(streamOf(wire, sizes));
  return collect(toReplyStream(new Response(body), createMessagesDialect(), steppedContext("req-7")));
}

const finishOf = (chunks: ReplyChunk[]) => {
  const last = chunks.at(-1);
  if (last?.type !== "finish") throw new Error(`last chunk is ${last?.type}`);
  return last;
};

describe("messages dialect", () => {
  it("maps thinking then text to a reasoning part and a text part, pings ignored", async () => {
    const chunks = await run(
      messageStart +
        thinkingBlock +
        textBlock(1) +
        ev({ type: "content_block_stop", index: 1 }) +
        messageEnd(),
      [5, 17],
    );
    expect(chunks.map((c) => c.type)).toEqual(reasoningThenText(2));
    expect(textOf(chunks, "reasoning-delta")).toBe("Let me think.");
    expect(textOf(chunks, "text-delta")).toBe("Hello 世界");
    expect(chunks.find((c) => c.type === "reasoning-end")).toMatchObject({
      providerMetadata: { anthropic: { signature: "EqSig" } },
    });
  });

  it("reports stop_reason, usage with cache fields and service tier, and timings", async () => {
    const finish = finishOf(await run(messageStart + textBlock(0) + messageEnd("max_tokens")));
    expect(finish.finishReason).toBe("length");
    const meta = finish.messageMetadata;
    expect(meta).toMatchObject({
      model: "claude-sonnet-4-5-20250929",
      requestId: "req-7",
      finishReason: "max_tokens",
      usage: { promptTokens: 82, completionTokens: 25, cachedTokens: 30, totalTokens: 107 },
    });
    expect(anthropicDetailsOf(meta)).toEqual({
      messageId: "msg_01abc",
      inputTokens: 40,
      outputTokens: 25,
      cacheCreationInputTokens: 12,
      cacheReadInputTokens: 30,
      cacheCreation5m: 12,
      cacheCreation1h: 0,
      serviceTier: "standard",
    });
    expect(meta?.incomplete).toBeUndefined();
    expect(meta?.ttftMs).toBeGreaterThan(0);
    expect(meta?.totalMs).toBeGreaterThan(meta?.ttftMs ?? 0);
  });

  it("marks a stream without message_stop incomplete and keeps the partial text", async () => {
    const chunks = await run(messageStart + textBlock(0));
    expect(textOf(chunks, "text-delta")).toBe("Hello 世界");
    expect(chunks.at(-2)).toEqual({ type: "text-end", id: "text-0" });
    const finish = finishOf(chunks);
    expect(finish.finishReason).toBe("other");
    expect(finish.messageMetadata?.incomplete).toBe(true);
    // message_start's output_tokens (1) is a placeholder, not a count: a cut reply reports no output
    // count, so no "Completion 1 · 0.6 tok/s" (issue #19, defect 6); input tokens are known.
    expect(finish.messageMetadata?.usage).toEqual({ promptTokens: 82, cachedTokens: 30 });
    expect(anthropicDetailsOf(finish.messageMetadata)?.outputTokens).toBeUndefined();
  });

  it("recognises the raw JSON error new-api appends mid-stream (no SSE framing, no newline)", async () => {
    const raw = '{"type":"error","error":{"type":"overloaded_error","message":"Overloaded"}}';
    const chunks = await run(messageStart + textBlock(0) + raw, [9]);
    expect(textOf(chunks, "text-delta")).toBe("Hello 世界");
    expect(chunks.map((c) => c.type).slice(-3)).toEqual(["text-end", "message-metadata", "error"]);
    const meta = chunks.find((c) => c.type === "message-metadata");
    expect(meta).toMatchObject({
      messageMetadata: {
        incomplete: true,
        streamError: { status: 200, message: "Overloaded", type: "overloaded_error", requestId: "req-7" },
      },
    });
    expect(chunks.at(-1)).toEqual({ type: "error", errorText: "Overloaded" });
  });

  it("treats an `event: error` as an error too", async () => {
    const chunks = await run(
      messageStart + ev({ type: "error", error: { type: "api_error", message: "Internal" } }) + messageEnd(),
    );
    expect(chunks.at(-1)).toEqual({ type: "error", errorText: "Internal" });
    expect(chunks.some((c) => c.type === "finish")).toBe(false);
  });

  it("streams tool_use input JSON as a dynamic tool call, complete when the block stops", async () => {
    const wire =
      messageStart +
      ev({
        type: "content_block_start",
        index: 0,
        content_block: { type: "tool_use", id: "toolu_1", name: "weather", input: {} },
      }) +
      ev({ type: "content_block_delta", index: 0, delta: { type: "input_json_delta", partial_json: "" } }) +
      ev({
        type: "content_block_delta",
        index: 0,
        delta: { type: "input_json_delta", partial_json: '{"city": "Par' },
      }) +
      ev({
        type: "content_block_delta",
        index: 0,
        delta: { type: "input_json_delta", partial_json: 'is"}' },
      }) +
      ev({ type: "content_block_stop", index: 0 }) +
      messageEnd("tool_use");
    const chunks = await run(wire);
    expect(chunks.filter((c) => c.type.startsWith("tool-"))).toEqual([
      { type: "tool-input-start", toolCallId: "toolu_1", toolName: "weather", dynamic: true },
      { type: "tool-input-delta", toolCallId: "toolu_1", inputTextDelta: '{"city": "Par' },
      { type: "tool-input-delta", toolCallId: "toolu_1", inputTextDelta: 'is"}' },
      {
        type: "tool-input-available",
        toolCallId: "toolu_1",
        toolName: "weather",
        input: { city: "Paris" },
        dynamic: true,
      },
    ]);
    expect(finishOf(chunks).finishReason).toBe("tool-calls");
  });

  it("reads a non-stream reply through the same mapping, with the vendor API·GO echoes", () => {
    const dialect = createMessagesDialect();
    const chunks = dialect.json(
      {
        id: "msg_02",
        type: "message",
        role: "assistant",
        model: "claude-haiku-4-5-20251001",
        content: [
          { type: "thinking", thinking: "Hmm.", signature: "EqX" },
          { type: "text", text: "Hi!" },
          { type: "tool_use", id: "toolu_2", name: "lookup", input: { q: "x" } },
        ],
        stop_reason: "end_turn",
        stop_sequence: null,
        usage: { input_tokens: 12, output_tokens: 11, service_tier: "standard" },
        vendor: "ClaudeCode",
      },
      steppedContext("req-7"),
    );
    expect(textOf(chunks, "reasoning-delta")).toBe("Hmm.");
    expect(textOf(chunks, "text-delta")).toBe("Hi!");
    expect(chunks.filter((c) => c.type === "tool-input-available")).toEqual([
      {
        type: "tool-input-available",
        toolCallId: "toolu_2",
        toolName: "lookup",
        input: { q: "x" },
        dynamic: true,
      },
    ]);
    const finish = finishOf(chunks);
    expect(finish.finishReason).toBe("stop");
    expect(anthropicDetailsOf(finish.messageMetadata)).toMatchObject({
      vendor: "ClaudeCode",
      serviceTier: "standard",
    });
    expect(finish.messageMetadata?.incomplete).toBeUndefined();
  });
});
