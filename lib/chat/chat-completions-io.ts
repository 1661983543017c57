import type { FileUIPart } from "ai";
import * as z from "zod/mini";
import { MAX_CONVERSATION_IMAGE_CHARS, MAX_IMAGE_BYTES } from "@/lib/conversations/attach-limits";
import type { PlaygroundMessage } from "@/lib/conversations/metadata";
import { type ChatParams, paramsFromBody, paramsToBody } from "@/lib/schemas/chat-params";
import { buildChatCompletionsBody } from "@/lib/streaming/dialects/chat-completions";

export interface ChatSnapshot {
  model: string;
  system: string;
  messages: PlaygroundMessage[];
  params: ChatParams;
  /** Images left out on import: over the size a message or a conversation may carry. */
  droppedImages?: number;
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
    z.looseObject({ role: z.enum(["system", "developer", "user", "assistant"]), content: contentSchema }),
  ),
});

const textOf = (content: z.infer<typeof contentSchema>) =>
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
    if (m.role === "system" || m.role === "developer") system.push(text);
    else {
      importCounter += 1;
      const files = m.role === "user" && Array.isArray(m.content) ? images.take(m.content) : [];
      messages.push({
        id: `imp-${Date.now().toString(36)}-${importCounter}`,
        role: m.role,
        parts: [...files, { type: "text", text }],
      });
    }
  }
  return {
    model: body.model ?? "",
    system: system.join("\n\n"),
    messages,
    params: paramsFromBody(body, base),
    ...(images.dropped() > 0 && { droppedImages: images.dropped() }),
  };
}
