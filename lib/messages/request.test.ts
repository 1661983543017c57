import { describe, expect, it } from "vitest";
import type { PlaygroundMessage } from "@/lib/conversations/metadata";
import { buildMessagesBody, type MessagesConfig, messagesHeaders } from "./request";

const config: MessagesConfig = {
  model: "claude-sonnet-4-5-20250929",
  system: "",
  cacheSystem: false,
  maxTokens: 1024,
  stopSequences: [],
  thinking: false,
  budgetTokens: 2048,
  stream: true,
  anthropicVersion: "2023-06-01",
  anthropicBeta: "",
  vendor: "ClaudeCode",
};
const pixel =
  "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==";
const conversation: PlaygroundMessage[] = [
  {
    id: "u1",
    role: "user",
    parts: [
      { type: "text", text: "What is this?" },
      { type: "file", mediaType: "image/png", url: `data:image/png;base64,${pixel}`, filename: "a.png" },
    ],
  },
  {
    id: "a1",
    role: "assistant",
    parts: [
      { type: "reasoning", text: "Looking.", state: "done" },
      { type: "text", text: "A pixel." },
    ],
  },
  { id: "a2", role: "assistant", parts: [] },
  { id: "u2", role: "user", parts: [{ type: "text", text: "Thanks" }] },
];

describe("buildMessagesBody", () => {
  it("sends the minimal Messages shape: model, max_tokens, content blocks, stream", () => {
    const body = buildMessagesBody(conversation, config);
    expect(body).toEqual({
      model: "claude-sonnet-4-5-20250929",
      max_tokens: 1024,
      messages: [
        {
          role: "user",
          content: [
            { type: "text", text: "What is this?" },
            { type: "image", source: { type: "base64", media_type: "image/png", data: pixel } },
          ],
        },
        // Earlier thinking is not sent back; an empty failed reply is skipped.
        { role: "assistant", content: [{ type: "text", text: "A pixel." }] },
        { role: "user", content: [{ type: "text", text: "Thanks" }] },
      ],
      stream: true,
    });
  });

  it("adds system (string, or a cached block), sampling, stops and thinking when set", () => {
    const body = buildMessagesBody(conversation.slice(-1), {
      ...config,
      system: "  Be brief.  ",
      cacheSystem: true,
      temperature: 0.2,
      topP: 0.9,
      topK: 40,
      stopSequences: ["END", ""],
      thinking: true,
      stream: false,
    });
    expect(body.system).toEqual([{ type: "text", text: "Be brief.", cache_control: { type: "ephemeral" } }]);
    expect(body).toMatchObject({
      temperature: 0.2,
      top_p: 0.9,
      top_k: 40,
      stop_sequences: ["END"],
      thinking: { type: "enabled", budget_tokens: 2048 },
      stream: false,
    });
    expect(Object.keys(body)).toEqual([
      "model",
      "max_tokens",
      "system",
      "messages",
      "temperature",
      "top_p",
      "top_k",
      "stop_sequences",
      "thinking",
      "stream",
    ]);
    expect(buildMessagesBody(conversation.slice(-1), { ...config, system: "Hi" }).system).toBe("Hi");
  });
});

describe("messagesHeaders", () => {
  it("defaults anthropic-version and sends anthropic-beta only when set", () => {
    expect(messagesHeaders({ anthropicVersion: " ", anthropicBeta: "" })).toEqual({
      "anthropic-version": "2023-06-01",
    });
    expect(
      messagesHeaders({ anthropicVersion: "2026-10-21", anthropicBeta: " prompt-caching-2024-07-31 " }),
    ).toEqual({
      "anthropic-version": "2026-10-21",
      "anthropic-beta": "prompt-caching-2024-07-31",
    });
  });
});
