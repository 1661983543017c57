type ChatEngine = typeof import("./chat-engine");

let engine: ChatEngine | undefined;
let loading: Promise<ChatEngine> | undefined;

/** The engine if its chunk has already arrived (then a chat can start with it at once). */
export function loadedChatEngine(): ChatEngine | undefined {
  return engine;
}

/** Fetches the engine's chunk once; a failed fetch is tried again on the next call. */
export function loadChatEngine(): Promise<ChatEngine> {
  loading ??= import("./chat-engine").then(
    (module) => {
      engine = module;
      return module;
    },
    (error: unknown) => {
      loading = undefined;
      throw error;
    },
  );
  return loading;
}

/**
 * Starts the fetch right after the page's load event, so that the engine is not part of the first
 * load but is there before anyone can type a prompt and press Send (a Send before that waits for it).
 */
export function preloadChatEngine(then: () => void): void {
  if (typeof window === "undefined") return;
  const start = () =>
    setTimeout(() => {
      loadChatEngine().then(then, () => {
        // Nothing asked for it yet; the first Send tries again and shows the failure.
      });
    }, 0);
  if (document.readyState === "complete") start();
  else window.addEventListener("load", start, { once: true });
}
