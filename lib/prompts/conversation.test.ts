import { describe, expect, it } from "vitest";
import { chatConversationSchema, messagesConversationSchema } from "@/lib/schemas/share";
import { chatConversationOf, messagesConversationOf } from "./conversation";
import type { PromptSetup } from "./schema";

const chatSetup: PromptSetup = {
  api: "chat",
  model: "gpt-4o-mini",
  vendor: "openai",
  system: "Be brief.",
  messages: [
    { role: "user", content: "Hi {{name}}" },
    { role: "assistant", content: "" },
  ],
  params: { temperature: 0.3, max_tokens: 50, stop: ["END"], seed: 7, stream: true },
};

describe("opening a version", () => {
  it("keeps a chat setup as it is in chat", () => {
    const c = chatConversationOf(chatSetup);
    expect(chatConversationSchema.parse(c)).toEqual(c);
    expect(c).toMatchObject({
      model: "gpt-4o-mini",
      vendor: "openai",
      system: "Be brief.",
      params: chatSetup.params,
    });
    expect(c.messages.map((m) => m.content)).toEqual(["Hi {{name}}", ""]);
  });

  it("carries shared parameters into Messages and leaves the rest", () => {
    const m = messagesConversationOf(chatSetup);
    expect(messagesConversationSchema.parse(m)).toEqual(m);
    expect(m.params).toEqual({ max_tokens: 50, temperature: 0.3, stop_sequences: ["END"], stream: true });
    expect(m.vendor).toBe("ClaudeCode");
    expect(m.messages).toEqual([
      { role: "user", blocks: [{ type: "text", text: "Hi {{name}}" }] },
      { role: "assistant", blocks: [] },
    ]);
  });

  it("drops a parameter the target API would refuse", () => {
    const setup: PromptSetup = {
      ...chatSetup,
      api: "messages",
      params: { top_k: 5, temperature: "hot", max_tokens: 9 },
    };
    expect(chatConversationOf(setup).params).toEqual({ max_tokens: 9 });
    expect(messagesConversationOf(setup).params).toEqual({ top_k: 5, max_tokens: 9 });
  });

  it("carries the setup's tools as the conversation's tool set, in either tab", () => {
    const tools = [
      {
        type: "function" as const,
        function: { name: "get_weather", parameters: { type: "object", properties: {} } },
      },
    ];
    const setup: PromptSetup = {
      ...chatSetup,
      tools,
      params: { ...chatSetup.params, tool_choice: "required" },
    };
    const expected = {
      tools: [
        {
          name: "get_weather",
          description: "",
          parameters: JSON.stringify({ type: "object", properties: {} }, null, 2),
        },
      ],
      choice: "required",
      parallel: "default",
    };
    expect(chatConversationSchema.parse(chatConversationOf(setup)).tools).toEqual(expected);
    expect(messagesConversationSchema.parse(messagesConversationOf(setup)).tools).toEqual(expected);
    expect(chatConversationOf(chatSetup)).not.toHaveProperty("tools");
  });
});
