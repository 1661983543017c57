import * as z from "zod/mini";
import type { PlaygroundMessage } from "@/lib/conversations/metadata";
import { type ChatParams, paramsFromBody, paramsToBody } from "@/lib/schemas/chat-params";
import { buildChatCompletionsBody } from "@/lib/streaming/dialects/chat-completions";

export interface ChatSnapshot {
  model: string;
  system: string;
  messages: PlaygroundMessage[];
  params: ChatParams;
}

/** A conversation as a /v1/chat/completions request body: what the API takes, so it can be sent as is. */
export function exportChat(snapshot: ChatSnapshot): Record<string, unknown> {
  return buildChatCompletionsBody(snapshot.messages, {
    model: snapshot.model,
    system: snapshot.system,
    params: paramsToBody(snapshot.params),
    stream: snapshot.params.stream,
  });
}

const contentSchema = z.union([
  z.string(),
  z.array(z.looseObject({ type: z.string(), text: z.optional(z.string()) })),
  z.null(),
]);
const importSchema = z.looseObject({
  model: z.optional(z.string()),
  messages: z.array(
    z.looseObject({ role: z.enum(["system", "developer", "user", "assistant"]), content: contentSchema }),
  ),
});

const textOf = (content: z.infer<typeof contentSchema>) =>
  typeof content === "string" ? content : (content ?? []).map((p) => p.text ?? "").join("");

let importCounter = 0;

/** Reads an exported (or hand-written) chat-completions body back; throws a ZodError when it is not one. */
export function importChat(json: unknown, base: ChatParams): ChatSnapshot {
  const body = importSchema.parse(json);
  const system: string[] = [];
  const messages: PlaygroundMessage[] = [];
  for (const m of body.messages) {
    const text = textOf(m.content);
    if (m.role === "system" || m.role === "developer") system.push(text);
    else {
      importCounter += 1;
      messages.push({
        id: `imp-${Date.now().toString(36)}-${importCounter}`,
        role: m.role,
        parts: [{ type: "text", text }],
      });
    }
  }
  return {
    model: body.model ?? "",
    system: system.join("\n\n"),
    messages,
    params: paramsFromBody(body, base),
  };
}
