import type { FileUIPart } from "ai";
import { type PlaygroundMessage, textOf } from "@/lib/conversations/metadata";

export type ImageDetail = "auto" | "low" | "high";

export type ChatContentPart =
  | { type: "text"; text: string }
  | { type: "image_url"; image_url: { url: string; detail?: ImageDetail } };

/** The `detail` an attached image asks for, kept on its file part as the AI SDK names it. */
export function imageDetailOf(part: FileUIPart): ImageDetail | undefined {
  const detail = part.providerMetadata?.openai?.imageDetail;
  return detail === "low" || detail === "high" || detail === "auto" ? detail : undefined;
}

/** A file part that goes on the wire as an image: an image type and a URL (data: or https:). */
export const isImagePart = (part: PlaygroundMessage["parts"][number]): part is FileUIPart =>
  part.type === "file" && part.mediaType.startsWith("image/") && /^(data|https?):/.test(part.url);

/**
 * A message's `content` on /v1/chat/completions: its text as a string, or, when a user message carries
 * images, content parts in the message's order (`image_url` with the data URL and optional `detail`).
 */
export function chatContentOf(message: PlaygroundMessage): string | ChatContentPart[] {
  const images = message.role === "user" ? message.parts.filter(isImagePart) : [];
  if (images.length === 0) return textOf(message);
  const parts: ChatContentPart[] = [];
  for (const part of message.parts) {
    if (part.type === "text" && part.text !== "") parts.push({ type: "text", text: part.text });
    if (isImagePart(part)) {
      const detail = imageDetailOf(part);
      parts.push({ type: "image_url", image_url: { url: part.url, ...(detail && { detail }) } });
    }
  }
  return parts;
}
