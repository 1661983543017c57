import { describe, expect, it } from "vitest";
import type { PlaygroundMessage } from "@/lib/conversations/metadata";
import { buildChatCompletionsBody } from "@/lib/streaming/dialects/chat-completions";
import { type ToolSettings, toolProblem } from "./spec";
import { toolTemplates } from "./templates";

const template = toolTemplates.find((t) => t.id === "get_weather");
if (!template) throw new Error("get_weather template missing");
const weather = template.tool;
const settings: ToolSettings = { tools: [weather], choice: "required", parallel: "off" };

const conversation: PlaygroundMessage[] = [
  { id: "u1", role: "user", parts: [{ type: "text", text: "Weather in Paris and Oslo?" }] },
  {
    id: "a1",
    role: "assistant",
    parts: [
      { type: "text", text: "Checking." },
      {
        type: "dynamic-tool",
        toolName: "get_weather",
        toolCallId: "call_a",
        state: "output-available",
        input: { city: "Paris" },
        output: '{"temp":21}',
      },
      {
        type: "dynamic-tool",
        toolName: "get_weather",
        toolCallId: "call_b",
        state: "output-error",
        input: { city: "Oslo" },
        errorText: "station offline",
      },
      { type: "step-start" },
      { type: "text", text: "Paris is 21 °C." },
    ],
  },
];

describe("chat completions body with tools", () => {
  it("sends tools, tool_choice and parallel_tool_calls, and each step with its tool messages", () => {
    const body = buildChatCompletionsBody(conversation, { model: "gpt-4o", stream: false, tools: settings });
    expect(body.messages).toEqual([
      { role: "user", content: "Weather in Paris and Oslo?" },
      {
        role: "assistant",
        content: "Checking.",
        tool_calls: [
          {
            id: "call_a",
            type: "function",
            function: { name: "get_weather", arguments: '{"city":"Paris"}' },
          },
          { id: "call_b", type: "function", function: { name: "get_weather", arguments: '{"city":"Oslo"}' } },
        ],
      },
      { role: "tool", tool_call_id: "call_a", content: '{"temp":21}' },
      { role: "tool", tool_call_id: "call_b", content: "station offline" },
      { role: "assistant", content: "Paris is 21 °C." },
    ]);
    expect(body).toMatchObject({
      tools: [{ type: "function", function: { name: "get_weather", parameters: { type: "object" } } }],
      tool_choice: "required",
      parallel_tool_calls: false,
    });
  });

  it("leaves out tools that cannot be sent, and the fields when none can", () => {
    const broken = { ...weather, parameters: '{"type":"object","required":["x"]}' };
    expect(toolProblem(broken)).toBe("required");
    const body = buildChatCompletionsBody([], { model: "m", tools: { ...settings, tools: [broken] } });
    expect(Object.keys(body)).toEqual(["model", "messages", "stream", "stream_options"]);
    const forced = buildChatCompletionsBody([], {
      model: "m",
      tools: { ...settings, choice: "tool:get_weather", parallel: "default" },
    });
    expect(forced).toMatchObject({ tool_choice: { type: "function", function: { name: "get_weather" } } });
    expect(forced).not.toHaveProperty("parallel_tool_calls");
  });
});
