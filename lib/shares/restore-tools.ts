import type { AnthropicShareBlock, ChatShareStep, ChatShareToolCall } from "@/lib/schemas/share";
import { argumentsValue } from "@/lib/tools/steps";
import type { RestoredPart } from "./restore";

// Tool turns back into the shape the tabs keep (lib/tools/steps.ts): one UI message per turn, its steps
// split by `step-start`, each call a `dynamic-tool` part with the user's result. The tabs then send
// them as the APIs want them (lib/tools/chat-wire.ts, lib/tools/anthropic-wire.ts).

interface ToolResult {
  text: string;
  isError: boolean;
}

function toolPart(id: string, name: string, input: unknown, result: ToolResult | undefined): RestoredPart {
  const call = { type: "dynamic-tool", toolName: name, toolCallId: id, input };
  if (!result) return { ...call, state: "input-available" };
  return result.isError
    ? { ...call, state: "output-error", errorText: result.text }
    : { ...call, state: "output-available", output: result.text };
}

const chatCallPart = (c: ChatShareToolCall) =>
  toolPart(
    c.id,
    c.name,
    argumentsValue(c.arguments),
    c.result === undefined ? undefined : { text: c.result, isError: c.isError === true },
  );

/** A chat reply's shared steps as its parts: each step opens with `step-start`, as the AI SDK streams it. */
export function chatStepParts(steps: readonly ChatShareStep[]): RestoredPart[] {
  return steps.flatMap((step): RestoredPart[] => [
    { type: "step-start" },
    ...(step.reasoning ? [{ type: "reasoning", text: step.reasoning, state: "done" as const }] : []),
    ...(step.content ? [{ type: "text", text: step.content, state: "done" as const }] : []),
    ...(step.toolCalls ?? []).map(chatCallPart),
  ]);
}

/**
 * Reads a shared Messages turn's tool blocks into `parts`: a tool_use becomes a call, a tool_result
 * answers the call of that turn with its id, and the first block after a step's results opens the next
 * step. `take` answers false for the blocks it leaves to the caller (a result that answers no call of
 * the turn stays visible as text).
 */
export function messagesToolParts(parts: RestoredPart[]) {
  let afterResults = false;
  return {
    take(block: AnthropicShareBlock): boolean {
      if (afterResults && block.type !== "tool_result") {
        parts.push({ type: "step-start" });
        afterResults = false;
      }
      if (block.type === "tool_use") {
        parts.push(toolPart(block.id, block.name, block.input, undefined));
        return true;
      }
      if (block.type !== "tool_result") return false;
      const index = parts.findIndex(
        (p) =>
          p.type === "dynamic-tool" && p.toolCallId === block.tool_use_id && p.state === "input-available",
      );
      const call = parts[index];
      if (!call?.toolCallId || !call.toolName) return false;
      const result = { text: block.content, isError: block.is_error === true };
      parts[index] = toolPart(call.toolCallId, call.toolName, call.input, result);
      afterResults = true;
      return true;
    },
  };
}
