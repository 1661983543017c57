import { describe, expect, it } from "vitest";
import type { PlaygroundMessage } from "@/lib/conversations/metadata";
import { draftConversation, PROMPT_PLACEHOLDER } from "./draft";

const turn = (role: "user" | "assistant", text: string): PlaygroundMessage => ({
  id: `${role}-${text}`,
  role,
  parts: [{ type: "text", text }],
});
const texts = (messages: PlaygroundMessage[]) =>
  messages.map((m) => `${m.role}:${m.parts.map((p) => (p.type === "text" ? p.text : p.type)).join("+")}`);

describe("draftConversation: the conversation View code shows is the one Send posts", () => {
  const thread = [turn("user", "hi"), turn("assistant", "hello")];

  it("ends on the composer's text, never on the assistant turn", () => {
    const draft = draftConversation(thread, { text: "  next  " }, true);
    expect(texts(draft.messages)).toEqual(["user:hi", "assistant:hello", "user:next"]);
    expect(draft.needsPrompt).toBe(false);
  });

  it("carries the composer's images before its text, as sendMessage({ text, files }) does", () => {
    const file = { type: "file" as const, mediaType: "image/png", url: "data:image/png;base64,AA==" };
    expect(texts(draftConversation([], { text: "", files: [file] }, false).messages)).toEqual(["user:file+"]);
    expect(texts(draftConversation([], { text: "see", files: [file] }, false).messages)).toEqual([
      "user:file+see",
    ]);
  });

  it("with an empty composer: a marked placeholder, never an invented prompt", () => {
    for (const runsAsIs of [true, false]) {
      const draft = draftConversation(thread, { text: " " }, runsAsIs);
      expect(texts(draft.messages)).toEqual(["user:hi", "assistant:hello", `user:${PROMPT_PLACEHOLDER}`]);
      expect(draft.needsPrompt).toBe(true);
    }
  });

  it("chat's Run: a conversation ending on a user turn is posted as it is", () => {
    const pending = [...thread, turn("user", "added by hand")];
    expect(draftConversation(pending, { text: "" }, true)).toEqual({ messages: pending, needsPrompt: false });
    expect(draftConversation(pending, { text: "" }, false).needsPrompt).toBe(true);
  });
});
