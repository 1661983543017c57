import { describe, expect, it } from "vitest";
import type { PlaygroundMessage } from "@/lib/conversations/metadata";
import { defaultChatParams } from "@/lib/schemas/chat-params";
import { defaultMessagesPaneParams, newPane } from "./setup";
import { compareSnapshotFromPanes, forkedSetup } from "./share";

const turn = (prompt: string, reply: string): PlaygroundMessage[] => [
  { id: "u", role: "user", parts: [{ type: "text", text: prompt }] },
  {
    id: "a",
    role: "assistant",
    parts: [{ type: "text", text: reply }],
    metadata: {
      ttftMs: 120,
      totalMs: 900,
      usage: { promptTokens: 10, completionTokens: 20 },
      requestId: "req-1",
    },
  },
];

describe("compare share", () => {
  const chat = {
    ...newPane("chat-completions", "gpt-4o"),
    vendor: "openai",
    chat: {
      ...defaultChatParams,
      values: { ...defaultChatParams.values, temperature: "0.5" },
      enabled: { temperature: true },
    },
  };
  const messages = {
    ...newPane("messages", "claude-haiku-4-5-20251001"),
    system: "Own prompt",
    messages: { ...defaultMessagesPaneParams, maxTokens: "512", thinking: true, budgetTokens: "2000" },
  };
  const setup = { panes: [chat, messages], system: "Shared", sync: false, repeat: 1, prompt: "" };
  const histories: Record<string, PlaygroundMessage[]> = {
    [chat.id]: turn("Hi", "Hello from GPT"),
    [messages.id]: turn("Hi", "Hello from Claude"),
  };

  it("stores every pane with its setup, system prompt and conversation, and no request ids", () => {
    const snapshot = compareSnapshotFromPanes(setup, (id) => histories[id] ?? []);
    expect(snapshot.title).toBe("Hi");
    const [a, b] = snapshot.panes;
    expect(a).toMatchObject({ api: "chat-completions", model: "gpt-4o", vendor: "openai", system: "Shared" });
    expect(a?.params).toMatchObject({ temperature: 0.5, stream: true });
    expect(b).toMatchObject({ api: "messages", system: "Own prompt", anthropicVersion: "2023-06-01" });
    expect(b?.params).toMatchObject({ max_tokens: 512, thinking: { type: "enabled", budget_tokens: 2000 } });
    expect(a?.messages[1]).toMatchObject({ role: "assistant", content: "Hello from GPT" });
    expect(JSON.stringify(snapshot)).not.toContain("req-1");
  });

  it("forks back into panes with their conversations; differing system prompts stay per pane", () => {
    const snapshot = compareSnapshotFromPanes(setup, (id) => histories[id] ?? []);
    const { setup: back, histories: restored } = forkedSetup(snapshot);
    expect(back.system).toBe("");
    const [a, b] = back.panes;
    expect(a).toMatchObject({ api: "chat-completions", model: "gpt-4o", vendor: "openai", system: "Shared" });
    expect(a?.chat.enabled.temperature).toBe(true);
    expect(a?.chat.values.temperature).toBe("0.5");
    expect(b?.messages).toMatchObject({ maxTokens: "512", thinking: true, budgetTokens: "2000" });
    expect(restored[b?.id ?? ""]?.map((m) => m.role)).toEqual(["user", "assistant"]);
  });

  it("a system prompt every pane shares becomes the shared one", () => {
    const same = { ...setup, panes: [chat, { ...messages, system: null }] };
    const { setup: back } = forkedSetup(compareSnapshotFromPanes(same, () => []));
    expect(back.system).toBe("Shared");
    expect(back.panes.every((p) => p.system === null)).toBe(true);
  });
});
