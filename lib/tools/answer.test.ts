import { describe, expect, it } from "vitest";
import type { PlaygroundMessage } from "@/lib/conversations/metadata";
import { answerCalls, awaitingCalls, savedAnswersFor } from "./answer";
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
