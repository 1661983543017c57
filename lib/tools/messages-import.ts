import * as z from "zod/mini";
import { toolSpecOf } from "./chat-import";
import type { ToolChoice, ToolSettings } from "./spec";

// The Messages counterpart of toolSettingsFromBody (chat-import.ts): a /v1/messages body's `tools`
// and `tool_choice` as the tool editor keeps them.

const toolsSchema = z.array(
  z.looseObject({
    name: z.string(),
    description: z.optional(z.string()),
    input_schema: z.optional(z.unknown()),
  }),
);
const choiceSchema = z.looseObject({
  type: z.enum(["auto", "any", "tool", "none"]),
  name: z.optional(z.string()),
  disable_parallel_tool_use: z.optional(z.boolean()),
});

const choices: Record<string, ToolChoice> = { auto: "auto", any: "required", none: "none" };

/** The tools and tool_choice of a Messages body (`disable_parallel_tool_use` turns parallel calls off). */
export function toolSettingsFromMessagesBody(body: Record<string, unknown>): ToolSettings {
  const tools = (toolsSchema.safeParse(body.tools).data ?? []).map((t) =>
    toolSpecOf(t.name, t.description, t.input_schema),
  );
  const choice = choiceSchema.safeParse(body.tool_choice).data;
  return {
    tools,
    choice:
      choice?.type === "tool" && choice.name
        ? `tool:${choice.name}`
        : (choices[choice?.type ?? ""] ?? "auto"),
    parallel: choice?.disable_parallel_tool_use === true ? "off" : "default",
  };
}
