import { describe, expect, it } from "vitest";
import { createExchangeLog } from "@/lib/conversations/exchange-log";
import type { PlaygroundMessage } from "@/lib/conversations/metadata";
import { compareSnapshotSchema } from "@/lib/schemas/share";
import { answerCalls } from "@/lib/tools/answer";
import type { ToolSettings } from "@/lib/tools/spec";
import { toolTemplates } from "@/lib/tools/templates";
import { createPaneTransport } from "./pane-transport";
import { newPane, type PaneSetup } from "./setup";
import { compareSnapshotFromPanes, forkedSetup } from "./share";

// A compare share carries the panes' shared tool set once, a fork restores it, and a forked pane's next
// request is one the APIs take: every tool call followed by its result (issue #20).

const weather = toolTemplates.find((x) => x.id === "get_weather")?.tool;
if (!weather) throw new Error("get_weather template missing");
const tools: ToolSettings = {
  tools: [{ ...weather, mock: '{"temperature":21}' }],
  choice: "required",
  parallel: "off",
};

const asked: PlaygroundMessage[] = [
  { id: "u", role: "user", parts: [{ type: "text", text: "Weather in Paris?" }] },
  {
    id: "a",
    role: "assistant",
    parts: [
      { type: "step-start" },
      {
        type: "dynamic-tool",
        toolName: "get_weather",
        toolCallId: "call_1",
        state: "input-available",
        input: { city: "Paris" },
      },
    ],
  },
];
const answered = answerCalls(asked, new Map([["call_1", { text: '{"temperature":21}', isError: false }]]));
const finished: PlaygroundMessage[] = [
  ...answered.messages.slice(0, -1),
  {
    ...(answered.messages.at(-1) as PlaygroundMessage),
    parts: [...(answered.messages.at(-1)?.parts ?? []), { type: "text", text: "It is 21 °C." }],
  },
];
const next: PlaygroundMessage = { id: "u2", role: "user", parts: [{ type: "text", text: "And Oslo?" }] };

const chat = newPane("chat-completions", "gpt-4o");
const messages = newPane("messages", "claude-haiku-4-5-20251001");
const setup = { panes: [chat, messages], system: "", sync: false, repeat: 1, prompt: "" };

function bodyOf(pane: PaneSetup, set: ToolSettings, history: PlaygroundMessage[]) {
  const transport = createPaneTransport({
    getPane: () => ({ pane, shared: "", tools: set }),
    fetch: () => Promise.reject(new Error("not sent")),
    log: createExchangeLog(),
  });
  return JSON.parse(transport.buildRequest(history).body) as { messages: Record<string, unknown>[] };
}

describe("compare share with tools", () => {
  const snapshot = compareSnapshotFromPanes(setup, () => finished, tools);

  it("keeps the tool set once, with saved answers, and passes the share schema", () => {
    expect(snapshot.tools).toEqual({
      tools: [{ ...weather, mock: '{"temperature":21}' }],
      choice: "required",
      parallel: "off",
    });
    expect(snapshot.panes.every((p) => p.tools === undefined)).toBe(true);
    expect(compareSnapshotSchema.parse(snapshot)).toEqual(snapshot);
  });

  it("leaves tools out when the panes have none", () => {
    const without = compareSnapshotFromPanes(setup, () => finished);
    expect(without).not.toHaveProperty("tools");
    expect(forkedSetup(without).tools).toEqual({ tools: [], choice: "auto", parallel: "default" });
  });

  it("forks the tool set back, and each pane's next request pairs every call with its result", () => {
    const fork = forkedSetup(snapshot);
    expect(fork.tools).toMatchObject(tools);
    const [a, b] = fork.setup.panes;
    if (!a || !b) throw new Error("two panes");
    const chatBody = bodyOf(a, fork.tools, [...(fork.histories[a.id] ?? []), next]);
    expect(chatBody.messages.map((m) => m.role)).toEqual(["user", "assistant", "tool", "assistant", "user"]);
    expect(chatBody.messages[1]).toMatchObject({
      tool_calls: [{ id: "call_1", type: "function", function: { name: "get_weather" } }],
    });
    expect(chatBody.messages[2]).toMatchObject({ tool_call_id: "call_1", content: '{"temperature":21}' });
    const messagesBody = bodyOf(b, fork.tools, [...(fork.histories[b.id] ?? []), next]);
    expect(messagesBody.messages.map((m) => m.role)).toEqual([
      "user",
      "assistant",
      "user",
      "assistant",
      "user",
    ]);
    expect(messagesBody.messages[1]?.content).toEqual([
      { type: "tool_use", id: "call_1", name: "get_weather", input: { city: "Paris" } },
    ]);
    expect(messagesBody.messages[2]?.content).toEqual([
      { type: "tool_result", tool_use_id: "call_1", content: '{"temperature":21}' },
    ]);
  });
});
