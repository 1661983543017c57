import type { DynamicToolUIPart } from "ai";
import type { PlaygroundMessage } from "@/lib/conversations/metadata";
import type { ToolSettings } from "./spec";
import { isToolCall } from "./steps";
import { awaitingCalls, waitingCalls } from "./waiting";

export { awaitingCalls, waitingCalls };

export interface ToolAnswer {
  text: string;
  isError: boolean;
}

/** The error result a skipped call gets (an error output in chat, `is_error` in Messages). */
export const SKIPPED_CALL_RESULT = "The user skipped this call";

/** Every waiting call of the last reply answered as skipped (an error result), by call id. */
export function skipAnswers(messages: readonly PlaygroundMessage[]): Map<string, ToolAnswer> {
  return new Map(
    waitingCalls(messages).map((c) => [c.toolCallId, { text: SKIPPED_CALL_RESULT, isError: true }]),
  );
}

/** The conversation with every waiting call answered as skipped, its step closed (see answerCalls). */
export function skipWaitingCalls(messages: PlaygroundMessage[]): PlaygroundMessage[] {
  return answerCalls(messages, skipAnswers(messages)).messages;
}

/** A tool's saved (mock) answer, when it has one. */
export function savedAnswerOf(tools: ToolSettings, name: string): ToolAnswer | undefined {
  const tool = tools.tools.find((t) => t.name === name);
  return tool?.mock !== undefined ? { text: tool.mock, isError: Boolean(tool.mockError) } : undefined;
}

/**
 * The saved answers for every call of the reply that waits, by call id; undefined when nothing waits or
 * a waiting call's tool has no saved answer (that call is answered by hand).
 */
export function savedAnswersFor(
  message: PlaygroundMessage | undefined,
  tools: ToolSettings,
): Map<string, ToolAnswer> | undefined {
  const waiting = awaitingCalls(message);
  const answers = new Map<string, ToolAnswer>();
  for (const call of waiting) {
    const answer = savedAnswerOf(tools, call.toolName);
    if (!answer) return undefined;
    answers.set(call.toolCallId, answer);
  }
  return answers.size > 0 ? answers : undefined;
}

function withAnswer(part: DynamicToolUIPart, answer: ToolAnswer): DynamicToolUIPart {
  const { toolName, toolCallId, input } = part;
  return answer.isError
    ? { type: "dynamic-tool", toolName, toolCallId, input, state: "output-error", errorText: answer.text }
    : { type: "dynamic-tool", toolName, toolCallId, input, state: "output-available", output: answer.text };
}

/**
 * The conversation with results given to calls of the last reply. When that leaves none of its calls
 * waiting, a `step-start` closes the step and `complete` is true: the page asks again, and the next
 * reply streams into the same message as the turn's next step (all results of parallel calls go
 * together, in one request).
 */
export function answerCalls(
  messages: PlaygroundMessage[],
  answers: ReadonlyMap<string, ToolAnswer>,
): { messages: PlaygroundMessage[]; complete: boolean } {
  const last = messages.at(-1);
  if (!last || awaitingCalls(last).length === 0) return { messages, complete: false };
  const parts = last.parts.map((p) => {
    const answer = isToolCall(p) && p.state === "input-available" ? answers.get(p.toolCallId) : undefined;
    return answer && isToolCall(p) ? withAnswer(p, answer) : p;
  });
  const next = { ...last, parts };
  const complete = awaitingCalls(next).length === 0;
  if (complete) next.parts = [...parts, { type: "step-start" }];
  return { messages: [...messages.slice(0, -1), next], complete };
}

/** What answering needs of a conversation's useChat helpers. */
export interface AnswerableChat {
  messages: PlaygroundMessage[];
  setMessages: (messages: PlaygroundMessage[]) => void;
  sendMessage: () => Promise<void>;
  clearError: () => void;
}

/**
 * Gives results to the last reply's calls (chat and Messages). Once no call waits, asks again with the
 * conversation as it is: useChat streams the model's next step into that same reply, and the request
 * carries every result of the step together.
 */
export function submitAnswers(chat: AnswerableChat, answers: ReadonlyMap<string, ToolAnswer>): void {
  const next = answerCalls(chat.messages, answers);
  if (next.messages === chat.messages) return;
  chat.setMessages(next.messages);
  if (next.complete) {
    chat.clearError();
    void chat.sendMessage();
  }
}
