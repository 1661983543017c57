import { describe, expect, it } from "vitest";
import type { PlaygroundMessage } from "@/lib/conversations/metadata";
import { buildMessagesBody, type MessagesConfig } from "@/lib/messages/request";

const config: MessagesConfig = {
  model: "claude-sonnet-4-5",
  system: "",
  cacheSystem: false,
  maxTokens: 1024,
  stopSequences: [],
  thinking: false,
  budgetTokens: 1024,
  stream: true,
  anthropicVersion: "2023-06-01",
  anthropicBeta: "",
  vendor: "",
  tools: {
    tools: [
      {
        name: "get_weather",
        description: "Weather",
        parameters: '{"type":"object","properties":{"city":{"type":"string"}},"required":["city"]}',
      },
    ],
    choice: "required",
    parallel: "off",
  },
};

const call = (id: string, city: string) => ({
  type: "dynamic-tool" as const,
  toolName: "get_weather",
  toolCallId: id,
  input: { city },
});
const thread: PlaygroundMessage[] = [
  { id: "u", role: "user", parts: [{ type: "text", text: "Paris and Oslo?" }] },
  {
    id: "a",
    role: "assistant",
    parts: [
      {
        type: "reasoning",
        text: "Two cities.",
        state: "done",
        providerMetadata: { anthropic: { signature: "sig" } },
      },
      { type: "text", text: "Checking." },
      { ...call("toolu_1", "Paris"), state: "output-available", output: '{"t":21}' },
      { ...call("toolu_2", "Oslo"), state: "output-error", errorText: "offline" },
      { type: "step-start" },
      { type: "text", text: "Paris is 21." },
    ],
  },
];

describe("Messages body with tools", () => {
  it("sends tool_use blocks, then every tool_result of the step in one user turn, with is_error", () => {
    const body = buildMessagesBody(thread, config);
    expect(body.messages).toEqual([
      { role: "user", content: [{ type: "text", text: "Paris and Oslo?" }] },
      {
        role: "assistant",
        content: [
          { type: "thinking", thinking: "Two cities.", signature: "sig" },
          { type: "text", text: "Checking." },
          { type: "tool_use", id: "toolu_1", name: "get_weather", input: { city: "Paris" } },
          { type: "tool_use", id: "toolu_2", name: "get_weather", input: { city: "Oslo" } },
        ],
      },
      {
        role: "user",
        content: [
          { type: "tool_result", tool_use_id: "toolu_1", content: '{"t":21}' },
          { type: "tool_result", tool_use_id: "toolu_2", content: "offline", is_error: true },
        ],
      },
      { role: "assistant", content: [{ type: "text", text: "Paris is 21." }] },
    ]);
    expect(body.tools).toEqual([
      {
        name: "get_weather",
        description: "Weather",
        input_schema: { type: "object", properties: { city: { type: "string" } }, required: ["city"] },
      },
    ]);
    expect(body.tool_choice).toEqual({ type: "any", disable_parallel_tool_use: true });
  });

  it("names a forced tool, and leaves tool_choice out on auto with the API's parallel default", () => {
    const tools = config.tools ?? { tools: [], choice: "auto" as const, parallel: "default" as const };
    const forced = buildMessagesBody([], {
      ...config,
      tools: { ...tools, choice: "tool:get_weather", parallel: "default" },
    });
    expect(forced.tool_choice).toEqual({ type: "tool", name: "get_weather" });
    const auto = buildMessagesBody([], {
      ...config,
      tools: { ...tools, choice: "auto", parallel: "default" },
    });
    expect(auto).not.toHaveProperty("tool_choice");
  });
});
