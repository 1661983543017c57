import { describe, expect, it } from "vitest";
import { shareSnapshotSchema } from "@/lib/schemas/share";
import { findSecret } from "@/lib/schemas/share-secrets";
import {
  chatSnapshotFrom,
  compareSnapshotFrom,
  messagesSnapshotFrom,
  metricsFrom,
} from "@/lib/shares/builders";
import { imagesSnapshotFrom, videosSnapshotFrom } from "@/lib/shares/media-builders";
import { restoreChatMessages, restoreMessagesMessages } from "@/lib/shares/restore";
import { chatSnapshot, imagesSnapshot, messagesSnapshot, PNG_1PX } from "./fixtures";

const uiMessages = [
  { id: "u1", role: "user", parts: [{ type: "text", text: "Hi there" }] },
  {
    id: "a1",
    role: "assistant",
    parts: [{ type: "step-start" }, { type: "reasoning", text: "think" }, { type: "text", text: "Hello" }],
    metadata: {
      model: "gpt-4o-mini",
      requestId: "req_secret",
      exchangeId: "ex1",
      ttftMs: 10,
      totalMs: 50,
      usage: { promptTokens: 3, completionTokens: 2 },
      finishReason: "stop",
      streamError: { status: 500, message: "x" },
    },
  },
  { id: "s1", role: "system", parts: [{ type: "text", text: "ignored" }] },
];

describe("snapshot builders", () => {
  it("copy only the allowlisted metrics", () => {
    expect(metricsFrom(uiMessages[1]?.metadata)).toEqual({
      model: "gpt-4o-mini",
      ttftMs: 10,
      totalMs: 50,
      usage: { promptTokens: 3, completionTokens: 2 },
      finishReason: "stop",
    });
    expect(metricsFrom({ requestId: "x" })).toBeUndefined();
  });

  it("build a valid chat snapshot from UI messages and drop unknown parameters", () => {
    const s = chatSnapshotFrom({
      model: " gpt-4o-mini ",
      vendor: "openai",
      system: "Be brief",
      params: { temperature: 0.5, api_key: "nope", stop: "not-an-array", stream: true },
      messages: uiMessages,
    });
    expect(shareSnapshotSchema.parse(s)).toEqual(s);
    expect(s.title).toBe("Hi there");
    expect(s.model).toBe("gpt-4o-mini");
    expect(s.params).toEqual({ temperature: 0.5, stream: true });
    expect(s.messages).toEqual([
      { role: "user", content: "Hi there" },
      {
        role: "assistant",
        content: "Hello",
        reasoning: "think",
        metrics: expect.objectContaining({ ttftMs: 10, finishReason: "stop" }),
      },
    ]);
    expect(JSON.stringify(s)).not.toMatch(/req_secret|exchangeId|streamError/);
  });

  it("round-trip chat and messages conversations through the restored UI shape", () => {
    const chat = chatSnapshotFrom({ ...chatSnapshot, messages: restoreChatMessages(chatSnapshot) });
    expect(chat.messages).toEqual(chatSnapshot.messages);
    const messages = messagesSnapshotFrom({
      ...messagesSnapshot,
      messages: restoreMessagesMessages(messagesSnapshot),
    });
    expect(messages.messages).toEqual(messagesSnapshot.messages);
  });

  it("keep images under the cap and only settings above it", () => {
    const input = {
      settings: imagesSnapshot.settings,
      images: [{ mime: "image/png", base64: PNG_1PX, width: 1, height: 1 }],
    };
    const small = imagesSnapshotFrom(input);
    expect(small.imagesOmitted).toBe(false);
    expect(small.images).toHaveLength(1);
    const capped = imagesSnapshotFrom({ ...input, cap: 10 });
    expect(capped).toMatchObject({ imagesOmitted: true, images: [] });
    const svg = imagesSnapshotFrom({
      ...input,
      images: [{ mime: "image/svg+xml", base64: btoa("<svg/>".repeat(4)) }],
    });
    expect(svg.imagesOmitted).toBe(true);
  });

  it("map video status words and keep no media", () => {
    const s = videosSnapshotFrom({
      settings: { prompt: "p", model: "sora-2", size: "720x1280", seconds: "4", vendor: "" },
      status: "succeeded",
      progress: 140,
    });
    expect(s.job).toEqual({ status: "completed", progress: 100 });
    expect(videosSnapshotFrom({ ...s, status: "weird" }).job.status).toBe("unknown");
  });

  it("build compare snapshots of 2 to 6 panes only", () => {
    const pane = { ...chatSnapshot, messages: restoreChatMessages(chatSnapshot) };
    const claude = { ...messagesSnapshot, messages: restoreMessagesMessages(messagesSnapshot) };
    const built = compareSnapshotFrom({ panes: [pane, claude] });
    expect(built.panes.map((p) => [p.api, p.model])).toEqual([
      ["chat-completions", chatSnapshot.model],
      ["messages", messagesSnapshot.model],
    ]);
    expect(built.panes[1]?.messages).toEqual(messagesSnapshot.messages);
    expect(() => compareSnapshotFrom({ panes: [pane] })).toThrow();
    expect(() => compareSnapshotFrom({ panes: Array(7).fill(pane) })).toThrow();
  });
});

describe("findSecret", () => {
  it("finds keys, auth headers and credentialed URLs, and leaves ordinary text alone", () => {
    expect(findSecret({ a: ["sk-abcdefghijklmnop1234"] })).toBe("an API key");
    expect(findSecret("AIzaSyA1234567890abcdefghijklmnopqrstuv")).toBe("an API key");
    expect(findSecret("Authorization: Bearer abc.def.ghijklmnopqrs")).toBe("an authorization header");
    expect(findSecret("postgres://u:p@db/x")).toBe("a URL with credentials");
    expect(findSecret("https://x.test/a?token=abc")).toBe("a URL with credentials");
    expect(findSecret("Set-Cookie: apigo_key=1")).toBe("a cookie");
    expect(findSecret({ note: "my-own-key-1234" }, ["my-own-key-1234"])).toBe("your API key");
    expect(findSecret(chatSnapshot)).toBeUndefined();
    expect(findSecret("ask-me-anything is a phrase; sk-demo is the demo key")).toBeUndefined();
  });

  it("looks at every depth (a key nested 70 or 100,000 levels down is found, without recursion)", () => {
    const nest = (depth: number) => {
      let v: unknown = "sk-abcdefghijklmnop1234";
      for (let i = 0; i < depth; i++) v = i % 2 ? [v] : { k: v };
      return v;
    };
    expect(findSecret(nest(70))).toBe("an API key");
    expect(findSecret(nest(100_000))).toBe("an API key");
  });
});
