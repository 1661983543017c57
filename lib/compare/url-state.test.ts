import { describe, expect, it } from "vitest";
import { defaultChatParams } from "@/lib/schemas/chat-params";
import { defaultMessagesPaneParams, newPane } from "./setup";
import { type CompareSetup, decodeSetup, encodeSetup, MAX_URL_PROMPT, sameSetup } from "./url-state";

const setup: CompareSetup = {
  panes: [
    {
      ...newPane("chat-completions", "gpt-4o"),
      vendor: "openai",
      chat: {
        ...defaultChatParams,
        values: { ...defaultChatParams.values, temperature: "0.2", stop: "END" },
        enabled: { temperature: true, stop: true },
        stream: false,
      },
    },
    {
      ...newPane("messages", "claude-sonnet-4-5-20250929"),
      system: "Answer in French [sim:tps=20]",
      messages: { ...defaultMessagesPaneParams, thinking: true, budgetTokens: "2048" },
    },
  ],
  system: "Be brief. 简洁",
  sync: true,
  repeat: 3,
  prompt: "What is SSE? 用中文",
};

describe("compare URL state", () => {
  it("round-trips panes, parameters, own and shared system prompts", () => {
    const encoded = encodeSetup(setup);
    expect(encoded).toMatch(/^[A-Za-z0-9_-]+$/);
    const back = decodeSetup(encoded);
    expect(back?.system).toBe(setup.system);
    expect(back?.sync).toBe(true);
    expect(back?.repeat).toBe(3);
    const [chat, messages] = back?.panes ?? [];
    expect(chat).toMatchObject({ api: "chat-completions", model: "gpt-4o", vendor: "openai", system: null });
    expect(chat?.chat.enabled).toEqual({ temperature: true, stop: true });
    expect(chat?.chat.values.temperature).toBe("0.2");
    expect(chat?.chat.stream).toBe(false);
    expect(messages).toMatchObject({ api: "messages", system: "Answer in French [sim:tps=20]" });
    expect(messages?.messages).toEqual({
      ...defaultMessagesPaneParams,
      thinking: true,
      budgetTokens: "2048",
    });
    expect(new Set(back?.panes.map((p) => p.id)).size).toBe(2);
    expect(back?.prompt).toBe(setup.prompt);
  });

  it("carries the prompt only when it fits and holds nothing key-like", () => {
    const keyLike = decodeSetup(encodeSetup({ ...setup, prompt: "try sk-simAbc123456 please" }));
    expect(keyLike?.prompt).toBe("");
    expect(encodeSetup({ ...setup, prompt: "x".repeat(MAX_URL_PROMPT + 1) })).toBe(
      encodeSetup({ ...setup, prompt: "" }),
    );
    // A hand-made link with a key in `q` is read without it.
    const crafted = btoa(JSON.stringify({ p: [["c", "gpt-4o", "", {}]], q: "sk-abcdefgh12" }));
    expect(decodeSetup(crafted)?.prompt).toBe("");
    expect(decodeSetup(btoa(JSON.stringify({ p: [["c", "gpt-4o", "", {}]], q: 42 })))).toBeUndefined();
  });

  it("sameSetup ignores the prompt and pane ids, not the panes", () => {
    const back = decodeSetup(encodeSetup(setup));
    expect(back && sameSetup(back, { ...setup, prompt: "other" })).toBe(true);
    expect(back && sameSetup(back, { ...setup, repeat: 2 })).toBe(false);
  });

  it("is compact: defaults are left out", () => {
    const plain = encodeSetup({
      panes: [newPane("chat-completions"), newPane("messages")],
      system: "",
      sync: false,
      repeat: 1,
      prompt: "",
    });
    expect(plain.length).toBeLessThan(120);
  });

  it("rejects what is not a setup", () => {
    expect(decodeSetup(undefined)).toBeUndefined();
    expect(decodeSetup("not base64 json")).toBeUndefined();
    const tooMany = { p: Array.from({ length: 7 }, () => ["c", "gpt-4o", "", {}]) };
    expect(decodeSetup(btoa(JSON.stringify(tooMany)))).toBeUndefined();
    expect(decodeSetup(btoa(JSON.stringify({ p: [["c", "gpt-4o", "bad vendor!", {}]] })))).toBeUndefined();
    expect(decodeSetup(btoa(JSON.stringify({ p: [["x", "gpt-4o", "", {}]] })))).toBeUndefined();
  });

  it("drops unknown Messages fields from a crafted link", () => {
    const crafted = btoa(JSON.stringify({ p: [["m", "claude", "", { apiKey: "sk-x", maxTokens: "99" }]] }));
    const pane = decodeSetup(crafted)?.panes[0];
    expect(pane?.messages.maxTokens).toBe("99");
    expect(JSON.stringify(pane)).not.toContain("sk-x");
  });
});
