import type { PlaygroundMessage } from "@/lib/conversations/metadata";
import type { ChatContentPart } from "@/lib/streaming/dialects/chat-content";
import { sendableTools, type ToolSettings } from "./spec";
import { argumentsText, isToolCall, resultOf, stepsOf } from "./steps";

export interface ChatToolCall {
  id: string;
  type: "function";
  function: { name: string; arguments: string };
}

/** One message of a /v1/chat/completions body. */
export type ChatWireMessage =
  | { role: "system" | "user"; content: string | ChatContentPart[] }
  | { role: "assistant"; content: string | null; tool_calls?: ChatToolCall[] }
  | { role: "tool"; tool_call_id: string; content: string };

/** `tools`, `tool_choice` and `parallel_tool_calls` for a conversation's tools; nothing without tools. */
export function chatToolFields(settings: ToolSettings | undefined): Record<string, unknown> {
  const { tools, forced } = sendableTools(settings);
  if (!settings || tools.length === 0) return {};
  const out: Record<string, unknown> = {
    tools: tools.map((t) => ({
      type: "function",
      function: { name: t.name, ...(t.description && { description: t.description }), parameters: t.schema },
    })),
  };
  if (forced) out.tool_choice = { type: "function", function: { name: forced } };
  else if (settings.choice === "none" || settings.choice === "required") out.tool_choice = settings.choice;
  if (settings.parallel !== "default") out.parallel_tool_calls = settings.parallel === "on";
  return out;
}

/**
 * An assistant message on the wire: per step, its text with its `tool_calls`, then one `role: "tool"`
 * message per answered call (`tool_call_id`), in call order. A call not answered yet sends no result.
 */
export function chatAssistantMessages(message: PlaygroundMessage): ChatWireMessage[] {
  const out: ChatWireMessage[] = [];
  for (const step of stepsOf(message)) {
    let text = "";
    for (const part of step) if (part.type === "text") text += part.text;
    const calls = step.filter(isToolCall);
    if (calls.length === 0) {
      if (text !== "") out.push({ role: "assistant", content: text });
      continue;
    }
    out.push({
      role: "assistant",
      content: text === "" ? null : text,
      tool_calls: calls.map((c) => ({
        id: c.toolCallId,
        type: "function",
        function: { name: c.toolName, arguments: argumentsText(c.input) },
      })),
    });
    for (const call of calls) {
      const result = resultOf(call);
      if (result) out.push({ role: "tool", tool_call_id: call.toolCallId, content: result.text });
    }
  }
  return out;
}
