import * as z from "zod/mini";
import type { PlaygroundMessage } from "@/lib/conversations/metadata";
import { type ChatParams, paramsFromBody } from "@/lib/schemas/chat-params";
import { addAssistantTurn, addToolResult, toolSettingsFromBody } from "@/lib/tools/chat-import";
import type { ChatSnapshot } from "./chat-completions-io";

// Loaded when the user imports a file (components/chat/import-export.tsx), not with the page.

const contentSchema = z.union([
  z.string(),
  z.array(z.looseObject({ type: z.string(), text: z.optional(z.string()) })),
  z.null(),
]);
const importSchema = z.looseObject({
  model: z.optional(z.string()),
  messages: z.array(
    z.looseObject({
      role: z.enum(["system", "developer", "user", "assistant", "tool"]),
      content: z.optional(contentSchema),
    }),
  ),
});

const textOf = (content: z.infer<typeof contentSchema> | undefined) =>
  typeof content === "string" ? content : (content ?? []).map((p) => p.text ?? "").join("");

let importCounter = 0;

/** Reads an exported (or hand-written) chat-completions body back; throws a ZodError when it is not one. */
export function importChat(json: unknown, base: ChatParams): ChatSnapshot {
  const body = importSchema.parse(json);
  const system: string[] = [];
  const messages: PlaygroundMessage[] = [];
  for (const m of body.messages) {
    const text = textOf(m.content);
    importCounter += 1;
    const id = `imp-${Date.now().toString(36)}-${importCounter}`;
    if (m.role === "system" || m.role === "developer") system.push(text);
    else if (m.role === "assistant") addAssistantTurn(messages, id, text, m.tool_calls);
    else if (m.role === "tool") addToolResult(messages, m.tool_call_id, text);
    else messages.push({ id, role: m.role, parts: [{ type: "text", text }] });
  }
  return {
    model: body.model ?? "",
    system: system.join("\n\n"),
    messages,
    params: paramsFromBody(body, base),
    tools: toolSettingsFromBody(body),
  };
}
