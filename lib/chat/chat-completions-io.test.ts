import { describe, expect, it } from "vitest";
import { defaultChatParams } from "@/lib/schemas/chat-params";
import { exportChat } from "./chat-completions-io";
import { importChat } from "./chat-import";

const exported = {
  model: "deepseek-reasoner",
  messages: [
    { role: "system", content: "Be terse." },
    { role: "user", content: "Hi" },
    { role: "assistant", content: "Hello! **bold**" },
    { role: "user", content: "Again" },
  ],
  temperature: 0.2,
  max_tokens: 50,
  seed: 7,
  stop: ["END", "\n\n"],
  response_format: { type: "json_schema", json_schema: { name: "x", schema: { type: "object" } } },
  reasoning_effort: "high",
  stream: true,
  stream_options: { include_usage: true },
};

describe("chat import/export", () => {
  it("round-trips a chat-completions body exactly", () => {
    const snapshot = importChat(exported, defaultChatParams);
    expect(snapshot.system).toBe("Be terse.");
    expect(snapshot.messages.map((m) => m.role)).toEqual(["user", "assistant", "user"]);
    expect(snapshot.params.enabled).toMatchObject({
      temperature: true,
      max_tokens: true,
      stop: true,
      seed: true,
    });
    expect(snapshot.params.enabled.top_p).toBeUndefined();
    expect(exportChat(snapshot)).toEqual(exported);
  });

  it("round-trips tools, tool choice and a turn with parallel tool calls and their results", () => {
    const body = {
      model: "gpt-4o",
      messages: [
        { role: "user", content: "Paris and Oslo?" },
        {
          role: "assistant",
          content: null,
          tool_calls: [
            { id: "c1", type: "function", function: { name: "get_weather", arguments: '{"city":"Paris"}' } },
            { id: "c2", type: "function", function: { name: "get_weather", arguments: '{"city":"Oslo"}' } },
          ],
        },
        { role: "tool", tool_call_id: "c1", content: "21" },
        { role: "tool", tool_call_id: "c2", content: "18" },
        { role: "assistant", content: "Paris 21, Oslo 18." },
        { role: "user", content: "Thanks" },
      ],
      tools: [
        {
          type: "function",
          function: {
            name: "get_weather",
            description: "Weather",
            parameters: { type: "object", properties: { city: { type: "string" } }, required: ["city"] },
          },
        },
      ],
      tool_choice: { type: "function", function: { name: "get_weather" } },
      parallel_tool_calls: true,
      stream: false,
    };
    const snapshot = importChat(body, defaultChatParams);
    expect(snapshot.messages.map((m) => m.role)).toEqual(["user", "assistant", "user"]);
    expect(snapshot.tools.choice).toBe("tool:get_weather");
    expect(exportChat(snapshot)).toEqual(body);
  });

  it("round-trips a non-stream body without parameters", () => {
    const body = { model: "gpt-4o-mini", messages: [{ role: "user", content: "x" }], stream: false };
    expect(exportChat(importChat(body, defaultChatParams))).toEqual(body);
  });

  it("reads content part arrays and refuses what is not a chat body", () => {
    const snapshot = importChat(
      {
        messages: [
          {
            role: "user",
            content: [
              { type: "text", text: "a" },
              { type: "text", text: "b" },
            ],
          },
        ],
      },
      defaultChatParams,
    );
    expect(snapshot.messages[0]?.parts).toEqual([{ type: "text", text: "ab" }]);
    expect(() => importChat({ messages: [{ role: "robot", content: "x" }] }, defaultChatParams)).toThrow();
    expect(() => importChat([1, 2], defaultChatParams)).toThrow();
  });
});

describe("chat import/export of images", () => {
  const png = "data:image/png;base64,iVBORw0KGgo=";
  it("round-trips image_url parts and leaves out images over the caps", () => {
    const body = {
      model: "gpt-4o",
      messages: [
        {
          role: "user",
          content: [
            { type: "image_url", image_url: { url: png, detail: "low" } },
            { type: "image_url", image_url: { url: `data:image/png;base64,${"A".repeat(5_000_000)}` } },
            { type: "text", text: "What is it?" },
          ],
        },
      ],
    };
    const snapshot = importChat(body, defaultChatParams);
    expect(snapshot.droppedImages).toBe(1);
    const again = exportChat(snapshot).messages as unknown[];
    expect(again).toEqual([
      {
        role: "user",
        content: [
          { type: "image_url", image_url: { url: png, detail: "low" } },
          { type: "text", text: "What is it?" },
        ],
      },
    ]);
  });
});
