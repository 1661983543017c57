import type { DynamicToolUIPart } from "ai";
import type { PlaygroundMessage } from "@/lib/conversations/metadata";
import { isToolCall } from "./steps";

// Whether tool calls wait for results: read on every render of chat, Messages and compare, so it stays
// small and apart from the answering code (answer.ts), which loads when the user answers or skips.

/** The calls of a reply's last step still waiting for the user's result. */
export function awaitingCalls(message: PlaygroundMessage | undefined): DynamicToolUIPart[] {
  if (message?.role !== "assistant") return [];
  // The last step: the parts after the last `step-start` that has any after it (as stepsOf splits them).
  const step: PlaygroundMessage["parts"] = [];
  for (let i = message.parts.length - 1; i >= 0; i--) {
    const part = message.parts[i];
    if (!part) continue;
    if (part.type !== "step-start") step.unshift(part);
    else if (step.length > 0) break;
  }
  return step.filter(isToolCall).filter((c) => c.state === "input-available");
}

/**
 * The calls of the conversation's last reply still waiting for results. The one place that decides
 * "calls are waiting" for chat, Messages and compare: while any waits, a new prompt is held, because
 * the APIs refuse calls without results (OpenAI: "An assistant message with 'tool_calls' must be
 * followed by tool messages"; Anthropic: `tool_use` ids without `tool_result` blocks).
 */
export function waitingCalls(messages: readonly PlaygroundMessage[]): DynamicToolUIPart[] {
  return awaitingCalls(messages.at(-1));
}
