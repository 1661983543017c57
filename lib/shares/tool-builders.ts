import type { DynamicToolUIPart } from "ai";
import type { PlaygroundMessage } from "@/lib/conversations/metadata";
import {
  type AnthropicShareBlock,
  type ChatShareStep,
  MAX_SHARED_TOOLS,
  type ShareToolSettings,
  shareToolSchema,
  shareToolSettingsSchema,
} from "@/lib/schemas/share";
import { toolSettingsOf } from "@/lib/tools/spec";
import { argumentsText, isToolCall, resultOf, stepsOf } from "@/lib/tools/steps";

// Tools in share snapshots (issue #20): a conversation's tool set and the tool turns of its replies,
// read from the shape the tabs keep (lib/tools/steps.ts: one UI message per turn, its steps split by
// `step-start`, each call a `dynamic-tool` part holding the user's result).

type Parts = { parts: readonly { type: string }[] };
const stepsOfMessage = (message: Parts) => stepsOf(message as PlaygroundMessage);

/**
 * A conversation's saved tool settings as a share keeps them: each tool the share schema refuses (a
 * name the APIs would refuse, an over-long schema) is left out, the rest kept as typed, mock answers
 * included. Undefined when the conversation has no tools and the default choices.
 */
export function toolSetFrom(raw: unknown): ShareToolSettings | undefined {
  const settings = toolSettingsOf(raw);
  const tools = settings.tools.flatMap((tool) => {
    const parsed = shareToolSchema.safeParse(JSON.parse(JSON.stringify(tool)));
    return parsed.success ? [parsed.data] : [];
  });
  const set = {
    tools: tools.slice(0, MAX_SHARED_TOOLS),
    choice: settings.choice,
    parallel: settings.parallel,
  };
  const parsed = shareToolSettingsSchema.safeParse(set);
  const out = parsed.success ? parsed.data : { ...set, choice: "auto" };
  return out.tools.length === 0 && out.choice === "auto" && out.parallel === "default" ? undefined : out;
}

/** A chat reply that called tools, step by step; undefined for a reply without calls. */
export function chatStepsFrom(message: Parts): ChatShareStep[] | undefined {
  if (!message.parts.some(isToolCall)) return undefined;
  return stepsOfMessage(message).map((step) => {
    let content = "";
    let reasoning = "";
    for (const part of step) {
      if (part.type === "text") content += part.text;
      else if (part.type === "reasoning") reasoning += part.text;
    }
    const toolCalls = step.filter(isToolCall).map((call) => {
      const result = resultOf(call);
      return {
        id: call.toolCallId,
        name: call.toolName,
        arguments: argumentsText(call.input),
        ...(result && { result: result.text }),
        ...(result?.isError && { isError: true }),
      };
    });
    return { content, ...(reasoning && { reasoning }), ...(toolCalls.length > 0 && { toolCalls }) };
  });
}

type ToolUseBlock = Extract<AnthropicShareBlock, { type: "tool_use" }>;

const toolUseOf = (call: DynamicToolUIPart): ToolUseBlock => ({
  type: "tool_use",
  id: call.toolCallId,
  name: call.toolName,
  input: (call.input ?? {}) as ToolUseBlock["input"],
});

function toolResultsOf(calls: DynamicToolUIPart[]): AnthropicShareBlock[] {
  return calls.flatMap((call): AnthropicShareBlock[] => {
    const result = resultOf(call);
    if (!result) return [];
    const { text, isError } = result;
    return [
      {
        type: "tool_result",
        tool_use_id: call.toolCallId,
        content: text,
        ...(isError && { is_error: true }),
      },
    ];
  });
}

/**
 * A Messages turn's blocks as the wire has them: per step, its blocks in order (tool_use for each
 * call), then the step's tool_result blocks together. A block after a tool_result thus starts the next
 * step, which is how restore.ts finds the steps again.
 */
export function messagesBlocksFrom<P extends { type: string }>(
  message: { parts: readonly P[] },
  blockOf: (part: P) => AnthropicShareBlock[],
): AnthropicShareBlock[] {
  return stepsOfMessage(message).flatMap((step) => {
    const calls = step.filter(isToolCall);
    const blocks = step.flatMap((part) => (isToolCall(part) ? [toolUseOf(part)] : blockOf(part as P)));
    return [...blocks, ...toolResultsOf(calls)];
  });
}
