import { describe, expect, it } from "vitest";
import { type Queued, queuedMessage } from "@/lib/conversations/chat-engine-queue";
import type { PlaygroundMessage } from "@/lib/conversations/metadata";

const done = () => {};

describe("queuedMessage (the prompt a Send held for the engine shows)", () => {
  it("shows a text prompt with its images first, as useChat will push it", () => {
    const queued: Queued<PlaygroundMessage> = {
      kind: "send",
      message: { text: "hello", files: [{ type: "file", mediaType: "image/png", url: "data:x" }] },
      done,
    };
    expect(queuedMessage(queued)).toMatchObject({
      role: "user",
      parts: [
        { type: "file", url: "data:x" },
        { type: "text", text: "hello" },
      ],
    });
  });

  it("shows nothing for a held Regenerate (its prompt is already in the conversation)", () => {
    expect(queuedMessage<PlaygroundMessage>({ kind: "regenerate", done })).toBeUndefined();
  });
});
