import * as z from "zod/mini";
import type { PlaygroundMessage } from "@/lib/conversations/metadata";
import type { ToolChoice, ToolSettings, ToolSpec } from "./spec";
import { argumentsValue, isToolCall, stepsOf } from "./steps";

// zod/mini, as the rest of the chat import: this module is part of the chat tab's code.
const toolsSchema = z.array(
  z.looseObject({
    function: z.looseObject({
      name: z.string(),
      description: z.optional(z.string()),
      parameters: z.optional(z.unknown()),
    }),
  }),
);
const choiceSchema = z.union([
  z.enum(["auto", "none", "required"]),
  z.looseObject({ function: z.looseObject({ name: z.string() }) }),
]);
const callsSchema = z.array(
  z.looseObject({ id: z.string(), function: z.looseObject({ name: z.string(), arguments: z.string() }) }),
);

/** A wire tool as the editor keeps it: its schema as pretty JSON text (none: an empty object schema). */
export function toolSpecOf(name: string, description: string | undefined, schema: unknown): ToolSpec {
  return {
    name,
    description: description ?? "",
    parameters: JSON.stringify(schema ?? { type: "object", properties: {} }, null, 2),
  };
}

/** The tools, tool_choice and parallel_tool_calls of an imported chat body. */
export function toolSettingsFromBody(body: Record<string, unknown>): ToolSettings {
  const tools = (toolsSchema.safeParse(body.tools).data ?? []).map(({ function: f }) =>
    toolSpecOf(f.name, f.description, f.parameters),
  );
  const choice = choiceSchema.safeParse(body.tool_choice).data;
  const parallel = body.parallel_tool_calls;
  return {
    tools,
    choice: (typeof choice === "object" ? `tool:${choice.function.name}` : (choice ?? "auto")) as ToolChoice,
    parallel: parallel === true ? "on" : parallel === false ? "off" : "default",
  };
}

/**
 * Folds an imported assistant message into the thread: after a step that called tools, it is that
 * turn's next step (one UI message, as the page keeps it); otherwise a new message.
 */
export function addAssistantTurn(
  messages: PlaygroundMessage[],
  id: string,
  text: string,
  toolCalls: unknown,
): void {
  const last = messages.at(-1);
  const calls = callsSchema.safeParse(toolCalls).data ?? [];
  const parts: PlaygroundMessage["parts"] = [
    ...(text ? [{ type: "text" as const, text }] : []),
    ...calls.map((c) => ({
      type: "dynamic-tool" as const,
      toolName: c.function.name,
      toolCallId: c.id,
      state: "input-available" as const,
      input: argumentsValue(c.function.arguments),
    })),
  ];
  const continues = last?.role === "assistant" && (stepsOf(last).at(-1) ?? []).some(isToolCall);
  if (last && continues) last.parts.push({ type: "step-start" }, ...parts);
  else messages.push({ id, role: "assistant", parts });
}

/** A `role: "tool"` message answers its call in the thread's last assistant message. */
export function addToolResult(messages: PlaygroundMessage[], toolCallId: unknown, text: string): void {
  const last = messages.at(-1);
  if (last?.role !== "assistant") return;
  last.parts = last.parts.map((p) =>
    isToolCall(p) && p.toolCallId === toolCallId && p.state === "input-available"
      ? { ...p, state: "output-available", output: text }
      : p,
  );
}
