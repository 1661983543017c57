import { describe, expect, it } from "vitest";
import type { PlaygroundMessage } from "@/lib/conversations/metadata";
import { answerCalls, awaitingCalls } from "./answer";

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
