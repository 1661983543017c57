import type { PlaygroundMessage } from "@/lib/conversations/metadata";

const hasImageData = (message: PlaygroundMessage) =>
  message.parts.some((p) => p.type === "file" && p.url.startsWith("data:"));

/**
 * Conversations are kept in localStorage, which holds a few MB in all: attached images are saved
 * without their data (name and type stay), and their data goes to IndexedDB (image-store.ts), from
 * where useThreadImages puts it back.
 */
export function withoutImageData(messages: PlaygroundMessage[]): PlaygroundMessage[] {
  if (!messages.some(hasImageData)) return messages;
  keepImages(messages);
  return messages.map((message) =>
    hasImageData(message)
      ? {
          ...message,
          parts: message.parts.map((p) =>
            p.type === "file" && p.url.startsWith("data:") ? { ...p, url: "" } : p,
          ),
        }
      : message,
  );
}

/** Keeps the thread's attached images in IndexedDB (the store's code is loaded on first use). */
export function keepImages(messages: PlaygroundMessage[]): void {
  if (!messages.some(hasImageData)) return;
  void import("./image-store").then((store) => store.rememberImages(messages));
}
