import type { PlaygroundMessage } from "@/lib/conversations/metadata";

/**
 * Conversations are kept in localStorage, which holds a few MB in all: attached images are saved
 * without their data (name and type stay, so the page can say an image was there).
 */
export function withoutImageData(messages: PlaygroundMessage[]): PlaygroundMessage[] {
  return messages.map((message) =>
    message.parts.some((p) => p.type === "file" && p.url.startsWith("data:"))
      ? {
          ...message,
          parts: message.parts.map((p) =>
            p.type === "file" && p.url.startsWith("data:") ? { ...p, url: "" } : p,
          ),
        }
      : message,
  );
}
