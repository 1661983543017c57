import { describe, expect, it } from "vitest";
import { type ReplyChunk, toReplyStream } from "../dialect";
import { collect, reasoningThenText, steppedContext, streamOf, textOf } from "../test-helpers";
import { createChatCompletionsDialect } from "./chat-completions";

const base = {
  id: "chatcmpl-1",
  object: "chat.completion.chunk",
  created: 1,
  model: "gpt-4o-mini-2024-07-18",
};
const sse = (payload: unknown) => `data: ${JSON.stringify(payload)}\n\n`;
const delta = (d: Record<string, unknown>, finish: string | null = null) =>
  sse({ ...base, choices: [{ index: 0, delta: d, finish_reason: finish }], usage: null });
const usage = sse({
  ...base,
  choices: [],
  usage: {
    prompt_tokens: 14,
    completion_tokens: 9,
    total_tokens: 23,
    completion_tokens_details: { reasoning_tokens: 4 },
  },
});

async function run(wire: string, sizes?: number[]): Promise<ReplyChunk[]> {
  const response = new Response(streamOf(wire, sizes), { headers: { "content-type": "text/event-stream" } });
  return collect(toReplyStream(response, createChatCompletionsDialect(), steppedContext("req-42")));
}

describe("chat-completions dialect", () => {
  it("maps content deltas to one text part and finishes with metrics", async () => {
    const wire =
      delta({ role: "assistant", content: "" }) +
      delta({ content: "Olá" }) +
      delta({ content: " mundo" }) +
      delta({}, "stop") +
      usage +
      "data: [DONE]\n\n";
    const chunks = await run(wire, [7]);
    expect(chunks.map((c) => c.type)).toEqual([
      "start",
      "text-start",
      "text-delta",
      "text-delta",
      "text-end",
      "finish",
    ]);
    expect(textOf(chunks, "text-delta")).toBe("Olá mundo");
    const finish = chunks.at(-1);
    expect(finish).toMatchObject({
      type: "finish",
      finishReason: "stop",
      messageMetadata: {
        model: "gpt-4o-mini-2024-07-18",
        requestId: "req-42",
        finishReason: "stop",
        usage: { promptTokens: 14, completionTokens: 9, totalTokens: 23, reasoningTokens: 4 },
      },
    });
    if (finish?.type !== "finish") throw new Error("no finish");
    expect(finish.messageMetadata?.incomplete).toBe(false);
    expect(finish.messageMetadata?.ttftMs).toBeGreaterThan(0);
    expect(finish.messageMetadata?.totalMs).toBeGreaterThan(finish.messageMetadata?.ttftMs ?? 0);
  });

  it("streams reasoning_content as a reasoning part closed before the text starts", async () => {
    const wire =
      delta({ role: "assistant", content: "" }) +
      delta({ reasoning_content: "Let me " }) +
      delta({ reasoning_content: "think." }) +
      delta({ content: "42" }) +
      delta({}, "stop") +
      "data: [DONE]\n\n";
    const chunks = await run(wire);
    expect(chunks.map((c) => c.type)).toEqual(reasoningThenText(1));
    expect(textOf(chunks, "reasoning-delta")).toBe("Let me think.");
    expect(textOf(chunks, "text-delta")).toBe("42");
  });

  it("maps a length finish", async () => {
    const chunks = await run(
      `${delta({ content: "cut by max_tokens" }) + delta({}, "length")}data: [DONE]\n\n`,
    );
    expect(chunks.at(-1)).toMatchObject({
      type: "finish",
      finishReason: "length",
      messageMetadata: { finishReason: "length" },
    });
  });

  it("marks a stream that ends without [DONE] incomplete and keeps its text", async () => {
    const chunks = await run(
      delta({ role: "assistant", content: "" }) + delta({ content: "partial ans" }),
      [5],
    );
    expect(textOf(chunks, "text-delta")).toBe("partial ans");
    expect(chunks.map((c) => c.type)).toContain("text-end");
    expect(chunks.at(-1)).toMatchObject({
      type: "finish",
      finishReason: "other",
      messageMetadata: { incomplete: true },
    });
  });

  it("marks [DONE] without any finish_reason incomplete (new-api closes broken streams with [DONE])", async () => {
    const chunks = await run(`${delta({ content: "half" })}data: [DONE]\n\n`);
    expect(chunks.at(-1)).toMatchObject({ type: "finish", messageMetadata: { incomplete: true } });
  });

  it("drops a torn last event instead of failing", async () => {
    const chunks = await run(`${delta({ content: "ok" })}data: {"choices":[{"delta":{"cont`);
    expect(textOf(chunks, "text-delta")).toBe("ok");
    expect(chunks.at(-1)).toMatchObject({ type: "finish", messageMetadata: { incomplete: true } });
  });

  it("turns a data error object into metadata plus an error chunk, keeping earlier text", async () => {
    const wire =
      delta({ content: "before" }) +
      sse({ error: { message: "upstream overloaded", type: "server_error", code: "overloaded" } }) +
      "data: [DONE]\n\n";
    const chunks = await run(wire);
    expect(chunks.map((c) => c.type)).toEqual([
      "start",
      "text-start",
      "text-delta",
      "text-end",
      "message-metadata",
      "error",
    ]);
    expect(chunks.at(-1)).toEqual({ type: "error", errorText: "upstream overloaded" });
    expect(chunks.at(-2)).toMatchObject({
      messageMetadata: {
        streamError: { message: "upstream overloaded", code: "overloaded", requestId: "req-42" },
      },
    });
  });

  it("finishes an empty body as incomplete", async () => {
    const chunks = await run("");
    expect(chunks.map((c) => c.type)).toEqual(["start", "finish"]);
    expect(chunks.at(-1)).toMatchObject({ messageMetadata: { incomplete: true } });
  });
});
