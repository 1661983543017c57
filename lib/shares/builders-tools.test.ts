import { describe, expect, it } from "vitest";
import type { PlaygroundMessage } from "@/lib/conversations/metadata";
import { chatSnapshotSchema, messagesSnapshotSchema } from "@/lib/schemas/share";
import { anthropicAssistantTurns } from "@/lib/tools/anthropic-wire";
import { chatAssistantMessages } from "@/lib/tools/chat-wire";
import type { ToolSettings } from "@/lib/tools/spec";
import { chatSnapshotFrom, type MessageLike, messagesSnapshotFrom } from "./builders";
import { restoreChatMessages, restoreMessagesMessages } from "./restore";

const weather = '{"type":"object","properties":{"city":{"type":"string"}},"required":["city"]}';
const toolSet: ToolSettings = {
  tools: [
    { name: "get_weather", description: "Weather now", parameters: weather, mock: '{"t":21}' },
    { name: "run_sql", description: "", parameters: "{ half typed", mockError: true },
  ],
  choice: "required",
  parallel: "on",
};

const call = (id: string, name: string, input: unknown, result?: string, isError = false) =>
  result === undefined
    ? { type: "dynamic-tool", toolName: name, toolCallId: id, state: "input-available", input }
    : isError
      ? {
          type: "dynamic-tool",
          toolName: name,
          toolCallId: id,
          state: "output-error",
          input,
          errorText: result,
        }
      : {
          type: "dynamic-tool",
          toolName: name,
          toolCallId: id,
          state: "output-available",
          input,
          output: result,
        };

/** A turn as the tabs keep it: two parallel calls answered (one an error), then the final reply. */
const turn = {
  role: "assistant",
  parts: [
    { type: "step-start" },
    { type: "reasoning", text: "Two cities." },
    { type: "text", text: "Checking." },
    call("call_1", "get_weather", { city: "Paris" }, '{"t":17}'),
    call("call_2", "get_weather", { city: "Oslo" }, "offline", true),
    { type: "step-start" },
    { type: "text", text: "Paris is 17." },
  ],
  metadata: { finishReason: "stop" },
} as MessageLike;
const messages: MessageLike[] = [{ role: "user", parts: [{ type: "text", text: "Weather?" }] }, turn];
const base = { model: "m", vendor: "", system: "", params: {}, messages };

describe("chat shares carry tools and tool turns (#20)", () => {
  const snapshot = chatSnapshotSchema.parse(chatSnapshotFrom({ ...base, tools: toolSet }));

  it("keeps the tool set as typed, mock answers included", () => {
    expect(snapshot.tools).toEqual(toolSet);
  });

  it("keeps each step of a reply: text, reasoning, calls with their results", () => {
    const reply = snapshot.messages[1];
    expect(reply?.content).toBe("Checking.Paris is 17.");
    expect(reply?.steps).toEqual([
      {
        content: "Checking.",
        reasoning: "Two cities.",
        toolCalls: [
          { id: "call_1", name: "get_weather", arguments: '{"city":"Paris"}', result: '{"t":17}' },
          {
            id: "call_2",
            name: "get_weather",
            arguments: '{"city":"Oslo"}',
            result: "offline",
            isError: true,
          },
        ],
      },
      { content: "Paris is 17." },
    ]);
    expect(snapshot.messages[0]).not.toHaveProperty("steps");
  });

  it("a fork sends the same wire messages as the original conversation", () => {
    const [, restored] = restoreChatMessages(snapshot) as unknown as PlaygroundMessage[];
    expect(chatAssistantMessages(restored as PlaygroundMessage)).toEqual(
      chatAssistantMessages(turn as unknown as PlaygroundMessage),
    );
    expect(chatAssistantMessages(restored as PlaygroundMessage).map((m) => m.role)).toEqual([
      "assistant",
      "tool",
      "tool",
      "assistant",
    ]);
  });

  it("a call still waiting for its result is restored waiting", () => {
    const waiting = { role: "assistant", parts: [call("call_9", "get_weather", "{bad json")] } as MessageLike;
    const s = chatSnapshotSchema.parse(chatSnapshotFrom({ ...base, messages: [waiting] }));
    expect(s.messages[0]?.steps?.[0]?.toolCalls).toEqual([
      { id: "call_9", name: "get_weather", arguments: "{bad json" },
    ]);
    const [restored] = restoreChatMessages(s);
    expect(restored?.parts.at(-1)).toMatchObject({ state: "input-available", input: "{bad json" });
  });

  it("leaves out tools whose names the APIs refuse, and a conversation without tools has none", () => {
    const bad: ToolSettings = {
      tools: [
        { name: "ok_tool", description: "", parameters: weather },
        { name: "has space", description: "", parameters: weather },
        { name: "", description: "", parameters: weather },
        { name: "x".repeat(65), description: "", parameters: weather },
        { name: "huge", description: "", parameters: " ".repeat(100_001) },
      ],
      choice: "tool:<script>" as ToolSettings["choice"],
      parallel: "default",
    };
    const s = chatSnapshotFrom({ ...base, tools: bad });
    expect(s.tools).toEqual({
      tools: [{ name: "ok_tool", description: "", parameters: weather }],
      choice: "auto",
      parallel: "default",
    });
    expect(
      chatSnapshotFrom({ ...base, tools: { tools: [], choice: "auto", parallel: "default" } }),
    ).not.toHaveProperty("tools");
    expect(chatSnapshotFrom({ ...base, tools: "junk" })).not.toHaveProperty("tools");
  });
});

describe("Messages shares carry tools and tool turns (#20)", () => {
  const snapshot = messagesSnapshotSchema.parse(
    messagesSnapshotFrom({ ...base, anthropicVersion: "2023-06-01", tools: toolSet }),
  );

  it("keeps each step's blocks, then its tool_result blocks together (is_error kept), and the tool set", () => {
    expect(snapshot.tools).toEqual(toolSet);
    expect(snapshot.messages[1]?.blocks).toEqual([
      { type: "thinking", thinking: "Two cities." },
      { type: "text", text: "Checking." },
      { type: "tool_use", id: "call_1", name: "get_weather", input: { city: "Paris" } },
      { type: "tool_use", id: "call_2", name: "get_weather", input: { city: "Oslo" } },
      { type: "tool_result", tool_use_id: "call_1", content: '{"t":17}' },
      { type: "tool_result", tool_use_id: "call_2", content: "offline", is_error: true },
      { type: "text", text: "Paris is 17." },
    ]);
  });

  it("a fork sends the same tool_use / tool_result turns as the original", () => {
    const [, restored] = restoreMessagesMessages(snapshot) as unknown as PlaygroundMessage[];
    const text = (t: string) => ({ type: "text", text: t });
    const wire = anthropicAssistantTurns(restored as PlaygroundMessage, text);
    expect(wire).toEqual(anthropicAssistantTurns(turn as unknown as PlaygroundMessage, text));
    expect(wire.map((m) => m.role)).toEqual(["assistant", "user", "assistant"]);
  });

  it("a tool_result that answers no call of its turn stays visible as text", () => {
    const s = messagesSnapshotSchema.parse({
      ...snapshot,
      messages: [{ role: "user", blocks: [{ type: "tool_result", tool_use_id: "nope", content: "stray" }] }],
    });
    expect(restoreMessagesMessages(s)[0]?.parts).toEqual([{ type: "text", text: "stray", state: "done" }]);
  });
});
