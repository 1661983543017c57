import { afterLoad, chunkLoader } from "@/lib/after-load";

type ChatEngineModule = typeof import("@/lib/conversations/chat-engine");

const engine = chunkLoader<ChatEngineModule>(() => import("@/lib/conversations/chat-engine"));

/** The engine if its chunk has already arrived (then a chat can start with it at once). */
export const loadedChatEngine = engine.loaded;

/** Fetches the engine's chunk once; a failed fetch is tried again on the next call. */
export const loadChatEngine = engine.load;

/**
 * Starts the fetch right after the page's load event, so that the engine is not part of the first
 * load but is there before anyone can type a prompt and press Send (a Send before that waits for it).
 */
export function preloadChatEngine(then: () => void): void {
  afterLoad(() => {
    loadChatEngine().then(then, () => {
      // Nothing asked for it yet; the first Send tries again and shows the failure.
    });
  });
}
