import type { FileUIPart } from "ai";
import * as z from "zod/mini";
import { MAX_CONVERSATION_IMAGE_CHARS, MAX_IMAGE_BYTES } from "@/lib/conversations/attach-limits";
import type { PlaygroundMessage } from "@/lib/conversations/metadata";
import { type ChatParams, paramsFromBody } from "@/lib/schemas/chat-params";
import { addAssistantTurn, addToolResult, toolSettingsFromBody } from "@/lib/tools/chat-import";
import type { ChatSnapshot } from "./chat-completions-io";

// Loaded when the user imports a file (components/chat/import-export.tsx), not with the page.

const contentSchema = z.union([
  z.string(),
  z.array(
    z.looseObject({
      type: z.string(),
      text: z.optional(z.string()),
      image_url: z.optional(z.looseObject({ url: z.string(), detail: z.optional(z.string()) })),
    }),
  ),
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

/** A message's `image_url` parts as file parts, within the caps a conversation sent from here has. */
function importedImages() {
  let chars = 0;
  let dropped = 0;
  const maxChars = Math.ceil((MAX_IMAGE_BYTES * 4) / 3) + 100;
  return {
    dropped: () => dropped,
    take(content: { type: string; image_url?: { url: string; detail?: string } }[]): FileUIPart[] {
      const out: FileUIPart[] = [];
      for (const part of content) {
        const url = part.image_url?.url;
        if (part.type !== "image_url" || !url) continue;
        const inline = /^data:(image\/[\w+.-]+);base64,/.exec(url);
        if (!inline && !/^https?:\/\//.test(url)) continue;
        const size = inline ? url.length : 0;
        if (size > maxChars || chars + size > MAX_CONVERSATION_IMAGE_CHARS) {
          dropped += 1;
          continue;
        }
        chars += size;
        const detail = part.image_url?.detail;
        out.push({
          type: "file",
          mediaType: inline?.[1] ?? "image/*",
          url,
          ...((detail === "low" || detail === "high" || detail === "auto") && {
            providerMetadata: { openai: { imageDetail: detail } },
          }),
        });
      }
      return out;
    },
  };
}

/** Reads an exported (or hand-written) chat-completions body back; throws a ZodError when it is not one. */
export function importChat(json: unknown, base: ChatParams): ChatSnapshot {
  const body = importSchema.parse(json);
  const system: string[] = [];
  const messages: PlaygroundMessage[] = [];
  const images = importedImages();
  for (const m of body.messages) {
    const text = textOf(m.content);
    importCounter += 1;
    const id = `imp-${Date.now().toString(36)}-${importCounter}`;
    if (m.role === "system" || m.role === "developer") system.push(text);
    else if (m.role === "assistant") addAssistantTurn(messages, id, text, m.tool_calls);
    else if (m.role === "tool") addToolResult(messages, m.tool_call_id, text);
    else {
      const files = Array.isArray(m.content) ? images.take(m.content) : [];
      messages.push({ id, role: m.role, parts: [...files, { type: "text", text }] });
    }
  }
  return {
    model: body.model ?? "",
    system: system.join("\n\n"),
    messages,
    params: paramsFromBody(body, base),
    tools: toolSettingsFromBody(body),
    ...(images.dropped() > 0 && { droppedImages: images.dropped() }),
  };
}
