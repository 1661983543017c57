import { describe, expect, it } from "vitest";
import type { PlaygroundMessage } from "@/lib/conversations/metadata";
import {
  answerCalls,
  awaitingCalls,
  SKIPPED_CALL_RESULT,
  savedAnswersFor,
  skipAnswers,
  skipWaitingCalls,
  waitingCalls,
} from "./answer";
import { anthropicAssistantTurns } from "./anthropic-wire";
import { chatAssistantMessages } from "./chat-wire";
import type { ToolSettings } from "./spec";

const call = (id: string) =>
  ({
    type: "dynamic-tool",
    toolName: "get_weather",
    toolCallId: id,
    state: "input-available",
    input: { city: id },
  }) as const;
const thread: PlaygroundMessage[] = [
  { id: "u", role: "user", parts: [{ type: "text", text: "?" }] },
  { id: "a", role: "assistant", parts: [call("p"), call("o")] },
];

describe("answerCalls", () => {
  it("keeps the step open until every parallel call has a result, then closes it", () => {
    const first = answerCalls(thread, new Map([["p", { text: "21", isError: false }]]));
    expect(first.complete).toBe(false);
    expect(awaitingCalls(first.messages.at(-1)).map((c) => c.toolCallId)).toEqual(["o"]);
    const second = answerCalls(first.messages, new Map([["o", { text: "offline", isError: true }]]));
    expect(second.complete).toBe(true);
    expect(second.messages.at(-1)?.parts).toEqual([
      { ...call("p"), state: "output-available", output: "21" },
      { ...call("o"), state: "output-error", errorText: "offline" },
      { type: "step-start" },
    ]);
    expect(awaitingCalls(second.messages.at(-1))).toEqual([]);
    // Nothing waits any more: a late answer changes nothing.
    expect(answerCalls(second.messages, new Map([["o", { text: "x", isError: false }]])).messages).toBe(
      second.messages,
    );
  });
});

describe("savedAnswersFor", () => {
  const tools = (mock?: string): ToolSettings => ({
    tools: [{ name: "get_weather", description: "", parameters: "{}", mock, mockError: undefined }],
    choice: "auto",
    parallel: "default",
  });

  it("answers every waiting call of the reply with its tool's saved answer", () => {
    expect(savedAnswersFor(thread.at(-1), tools("21"))).toEqual(
      new Map([
        ["p", { text: "21", isError: false }],
        ["o", { text: "21", isError: false }],
      ]),
    );
  });

  it("gives nothing when a waiting call's tool has no saved answer, or nothing waits", () => {
    expect(savedAnswersFor(thread.at(-1), tools())).toBeUndefined();
    expect(savedAnswersFor(thread[0], tools("21"))).toBeUndefined();
  });
});

// Calls that wait for results hold a new prompt (the APIs refuse calls without results); Skip answers
// each of them with an error result, so the next request is one the APIs take.
describe("waiting calls", () => {
  it("are the last reply's calls without a result, and only those", () => {
    expect(waitingCalls(thread).map((c) => c.toolCallId)).toEqual(["p", "o"]);
    const half = answerCalls(thread, new Map([["p", { text: "21", isError: false }]])).messages;
    expect(waitingCalls(half).map((c) => c.toolCallId)).toEqual(["o"]);
    expect(waitingCalls([])).toEqual([]);
    expect(waitingCalls(thread.slice(0, 1))).toEqual([]);
  });

  it("Skip answers every waiting call as an error and closes the step; answered calls keep theirs", () => {
    const half = answerCalls(thread, new Map([["p", { text: "21", isError: false }]])).messages;
    expect(skipAnswers(half)).toEqual(new Map([["o", { text: SKIPPED_CALL_RESULT, isError: true }]]));
    const skipped = skipWaitingCalls(half);
    expect(waitingCalls(skipped)).toEqual([]);
    expect(skipped.at(-1)?.parts).toEqual([
      { ...call("p"), state: "output-available", output: "21" },
      { ...call("o"), state: "output-error", errorText: "The user skipped this call" },
      { type: "step-start" },
    ]);
    // Nothing waits: nothing changes.
    expect(skipWaitingCalls(skipped)).toBe(skipped);
  });

  it("after Skip, each call is followed by its result on both wires", () => {
    const reply = skipWaitingCalls(thread).at(-1) as PlaygroundMessage;
    expect(chatAssistantMessages(reply)).toEqual([
      {
        role: "assistant",
        content: null,
        tool_calls: ["p", "o"].map((id) => ({
          id,
          type: "function",
          function: { name: "get_weather", arguments: JSON.stringify({ city: id }) },
        })),
      },
      { role: "tool", tool_call_id: "p", content: SKIPPED_CALL_RESULT },
      { role: "tool", tool_call_id: "o", content: SKIPPED_CALL_RESULT },
    ]);
    const turns = anthropicAssistantTurns(reply, (text) => ({ type: "text" as const, text }));
    expect(turns.map((t) => t.role)).toEqual(["assistant", "user"]);
    expect(turns[1]?.content).toEqual(
      ["p", "o"].map((id) => ({
        type: "tool_result",
        tool_use_id: id,
        content: SKIPPED_CALL_RESULT,
        is_error: true,
      })),
    );
  });
});
