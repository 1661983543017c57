import { describe, expect, it } from "vitest";
import { type ReplyChunk, toReplyStream } from "../dialect";
import { collect, steppedContext, streamOf } from "../test-helpers";
import { createChatCompletionsDialect } from "./chat-completions";

const sse = (payload: unknown) => `data: ${JSON.stringify(payload)}\n\n`;
const chunk = (delta: Record<string, unknown>, finish: string | null = null) =>
  sse({ id: "c1", model: "gpt-4o", choices: [{ index: 0, delta, finish_reason: finish }] });
const call = (index: number, fields: Record<string, unknown>) =>
  chunk({ tool_calls: [{ index, ...fields }] });

async function run(wire: string): Promise<ReplyChunk[]> {
  const response = new Response(streamOf(wire, [11]), { headers: { "content-type": "text/event-stream" } });
  return collect(toReplyStream(response, createChatCompletionsDialect(), steppedContext("r1")));
}

describe("chat-completions dialect: tool calls", () => {
  it("streams two parallel calls by index into dynamic-tool chunks and finishes with tool-calls", async () => {
    const wire =
      chunk({ role: "assistant", content: "Checking." }) +
      call(0, { id: "call_a", type: "function", function: { name: "get_weather", arguments: "" } }) +
      call(0, { function: { arguments: '{"city":' } }) +
      call(1, {
        id: "call_b",
        type: "function",
        function: { name: "get_weather", arguments: '{"city":"Oslo"}' },
      }) +
      call(0, { function: { arguments: '"Paris"}' } }) +
      chunk({}, "tool_calls") +
      "data: [DONE]\n\n";
    const chunks = await run(wire);
    // The text first, then both calls' inputs as their deltas arrive (by index), then each call whole.
    const text = ["start", "text-start", "text-delta", "text-end"];
    const inputs = [
      "tool-input-start",
      "tool-input-delta",
      "tool-input-start",
      "tool-input-delta",
      "tool-input-delta",
    ];
    const calls = ["tool-input-available", "tool-input-available", "finish"];
    expect(chunks.map((c) => c.type)).toEqual([...text, ...inputs, ...calls]);
    const available = chunks.filter((c) => c.type === "tool-input-available");
    expect(available).toEqual([
      {
        type: "tool-input-available",
        toolCallId: "call_a",
        toolName: "get_weather",
        input: { city: "Paris" },
        dynamic: true,
      },
      {
        type: "tool-input-available",
        toolCallId: "call_b",
        toolName: "get_weather",
        input: { city: "Oslo" },
        dynamic: true,
      },
    ]);
    expect(chunks.at(-1)).toMatchObject({
      finishReason: "tool-calls",
      messageMetadata: { finishReason: "tool_calls" },
    });
  });

  it("reads the tool calls of a non-stream reply; arguments that are not JSON stay text", () => {
    const dialect = createChatCompletionsDialect();
    const chunks = dialect.json?.(
      {
        model: "gpt-4o",
        choices: [
          {
            index: 0,
            finish_reason: "tool_calls",
            message: {
              content: null,
              tool_calls: [
                { id: "call_x", type: "function", function: { name: "run_sql", arguments: "{bad" } },
              ],
            },
          },
        ],
      },
      steppedContext("r2"),
    );
    expect(chunks?.filter((c) => c.type.startsWith("tool-"))).toEqual([
      { type: "tool-input-start", toolCallId: "call_x", toolName: "run_sql", dynamic: true },
      { type: "tool-input-delta", toolCallId: "call_x", inputTextDelta: "{bad" },
      {
        type: "tool-input-available",
        toolCallId: "call_x",
        toolName: "run_sql",
        input: "{bad",
        dynamic: true,
      },
    ]);
  });
});
