import { describe, expect, it } from "vitest";
import { messagesConversationFrom } from "./builders";

describe("Messages share with tool calls", () => {
  it("carries each call as tool_use, then its result as tool_result (is_error kept)", () => {
    const conversation = messagesConversationFrom({
      model: "claude-haiku-4-5",
      vendor: "",
      anthropicVersion: "2023-06-01",
      system: "",
      params: {},
      messages: [
        {
          role: "assistant",
          parts: [
            {
              type: "dynamic-tool",
              toolName: "get_weather",
              toolCallId: "toolu_1",
              state: "output-error",
              input: { city: "Paris" },
              errorText: "offline",
            } as { type: string },
            {
              type: "dynamic-tool",
              toolName: "run_sql",
              toolCallId: "toolu_2",
              state: "input-available",
              input: {},
            } as {
              type: string;
            },
          ],
        },
      ],
    });
    expect(conversation.messages[0]?.blocks).toEqual([
      { type: "tool_use", id: "toolu_1", name: "get_weather", input: { city: "Paris" } },
      { type: "tool_result", tool_use_id: "toolu_1", content: "offline", is_error: true },
      { type: "tool_use", id: "toolu_2", name: "run_sql", input: {} },
    ]);
  });
});
