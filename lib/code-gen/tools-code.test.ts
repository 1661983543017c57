// Issue #20: View code carries a conversation's tools and tool turns in every language it offers.
import { describe, expect, it } from "vitest";
import { chatCompletionsGenerators, toPublicRequest } from "./index";
import { messagesGenerators, toPublicMessagesRequest } from "./messages-generators";

const schema = { type: "object", properties: { city: { type: "string" } }, required: ["city"] };
const headers = { "content-type": "application/json", accept: "application/json" };

describe("View code with tools", () => {
  it("every chat snippet sends tools, tool_choice, parallel_tool_calls, tool_calls and the tool message", () => {
    const request = toPublicRequest({
      url: "/api/apigo/v1/chat/completions",
      headers,
      body: JSON.stringify({
        model: "gpt-4o-mini",
        messages: [
          { role: "user", content: "Weather?" },
          {
            role: "assistant",
            content: null,
            tool_calls: [
              { id: "call_1", type: "function", function: { name: "get_weather", arguments: "{}" } },
            ],
          },
          { role: "tool", tool_call_id: "call_1", content: "17" },
        ],
        tools: [{ type: "function", function: { name: "get_weather", parameters: schema } }],
        tool_choice: "required",
        parallel_tool_calls: false,
      }),
    });
    for (const generator of chatCompletionsGenerators) {
      const code = generator.generate(request);
      for (const text of ["get_weather", "tool_call_id", "tool_choice", "parallel_tool_calls", "call_1"])
        expect(code, `${generator.id}: ${text}`).toContain(text);
      expect(code, generator.id).not.toContain("extra_body");
    }
  });

  it("every Messages snippet sends tools, tool_choice, tool_use and tool_result (is_error)", () => {
    const request = toPublicMessagesRequest({
      url: "/api/apigo/v1/messages",
      headers: { ...headers, "anthropic-version": "2023-06-01" },
      body: JSON.stringify({
        model: "claude-haiku-4-5",
        max_tokens: 256,
        messages: [
          { role: "user", content: "Weather?" },
          {
            role: "assistant",
            content: [{ type: "tool_use", id: "toolu_1", name: "get_weather", input: {} }],
          },
          {
            role: "user",
            content: [{ type: "tool_result", tool_use_id: "toolu_1", content: "x", is_error: true }],
          },
        ],
        tools: [{ name: "get_weather", input_schema: schema }],
        tool_choice: { type: "any", disable_parallel_tool_use: true },
      }),
    });
    for (const generator of messagesGenerators) {
      const code = generator.generate(request);
      for (const text of [
        "get_weather",
        "tool_use_id",
        "is_error",
        "tool_choice",
        "disable_parallel_tool_use",
      ])
        expect(code, `${generator.id}: ${text}`).toContain(text);
    }
  });
});
