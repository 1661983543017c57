import { describe, expect, it } from "vitest";
import type { PlaygroundMessage } from "@/lib/conversations/metadata";
import { buildChatCompletionsBody } from "./chat-completions";

const png = "data:image/png;base64,iVBORw0KGgo=";

describe("chat-completions content parts", () => {
  it("sends a user message's images as image_url parts (detail when chosen), text stays a string", () => {
    const messages: PlaygroundMessage[] = [
      {
        id: "u1",
        role: "user",
        parts: [
          {
            type: "file",
            mediaType: "image/png",
            url: png,
            providerMetadata: { openai: { imageDetail: "low" } },
          },
          { type: "file", mediaType: "image/jpeg", url: "https://example.com/a.jpg" },
          { type: "text", text: "What is in these?" },
        ],
      },
      { id: "a1", role: "assistant", parts: [{ type: "text", text: "Two images." }] },
      // An image that is no longer stored (empty URL) is not sent.
      {
        id: "u2",
        role: "user",
        parts: [
          { type: "file", mediaType: "image/png", url: "" },
          { type: "text", text: "and?" },
        ],
      },
    ];
    const body = buildChatCompletionsBody(messages, { model: "gpt-4o" });
    expect(body.messages).toEqual([
      {
        role: "user",
        content: [
          { type: "image_url", image_url: { url: png, detail: "low" } },
          { type: "image_url", image_url: { url: "https://example.com/a.jpg" } },
          { type: "text", text: "What is in these?" },
        ],
      },
      { role: "assistant", content: "Two images." },
      { role: "user", content: "and?" },
    ]);
  });
});
