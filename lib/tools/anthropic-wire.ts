import type { PlaygroundMessage } from "@/lib/conversations/metadata";
import { sendableTools, type ToolSettings } from "./spec";
import { isToolCall, resultOf, stepsOf } from "./steps";

type Part = PlaygroundMessage["parts"][number];

export type ToolUseBlockParam = { type: "tool_use"; id: string; name: string; input: unknown };
export type ToolResultBlockParam = {
  type: "tool_result";
  tool_use_id: string;
  content: string;
  is_error?: true;
};
export type ThinkingBlockParam = { type: "thinking"; thinking: string; signature: string };

/** `tools` and `tool_choice` (with `disable_parallel_tool_use`) for /v1/messages; nothing without tools. */
export function anthropicToolFields(settings: ToolSettings | undefined): Record<string, unknown> {
  const { tools, forced } = sendableTools(settings);
  if (!settings || tools.length === 0) return {};
  const type = forced
    ? "tool"
    : settings.choice === "required"
      ? "any"
      : settings.choice === "none"
        ? "none"
        : "auto";
  // `none` takes no parallel flag; `auto` with the API's defaults is not sent.
  const disable = settings.parallel === "off" && type !== "none";
  const choice =
    type === "auto" && !disable
      ? undefined
      : { type, ...(forced && { name: forced }), ...(disable && { disable_parallel_tool_use: true }) };
  return {
    tools: tools.map((t) => ({
      name: t.name,
      ...(t.description && { description: t.description }),
      input_schema: t.schema,
    })),
    ...(choice && { tool_choice: choice }),
  };
}

const signatureOf = (part: Part): string | undefined => {
  const meta = (part as { providerMetadata?: { anthropic?: { signature?: unknown } } }).providerMetadata;
  return typeof meta?.anthropic?.signature === "string" ? meta.anthropic.signature : undefined;
};

/**
 * A reply's steps on the wire: per step, an assistant turn (its text, and for a step that called tools
 * its signed thinking, which Anthropic wants back with tool use, and its `tool_use` blocks), then a user
 * turn with one `tool_result` per answered call (`tool_use_id`, `is_error`), all of a step together.
 */
export function anthropicAssistantTurns<Block>(
  message: PlaygroundMessage,
  textBlock: (text: string) => Block,
) {
  const out: (
    | { role: "assistant"; content: (Block | ToolUseBlockParam | ThinkingBlockParam)[] }
    | { role: "user"; content: ToolResultBlockParam[] }
  )[] = [];
  for (const step of stepsOf(message)) {
    const calls = step.filter(isToolCall);
    const content: (Block | ToolUseBlockParam | ThinkingBlockParam)[] = [];
    for (const part of step) {
      const signature = signatureOf(part);
      if (part.type === "reasoning" && calls.length > 0 && signature)
        content.push({ type: "thinking", thinking: part.text, signature });
      else if (part.type === "text" && part.text !== "") content.push(textBlock(part.text));
      else if (isToolCall(part))
        content.push({ type: "tool_use", id: part.toolCallId, name: part.toolName, input: part.input ?? {} });
    }
    if (content.length > 0) out.push({ role: "assistant", content });
    const results = calls.flatMap((call): ToolResultBlockParam[] => {
      const result = resultOf(call);
      if (!result) return [];
      return [
        {
          type: "tool_result",
          tool_use_id: call.toolCallId,
          content: result.text,
          ...(result.isError && { is_error: true as const }),
        },
      ];
    });
    if (results.length > 0) out.push({ role: "user", content: results });
  }
  return out;
}
