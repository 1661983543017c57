// Code a page does not need for its first paint is fetched right after the load event: these are
// the two pieces every such deferred chunk uses (the chat engine, markdown, lazy dialogs, header menus).

/**
 * Runs `task` in a task of its own right after the page's load event (at once if it has passed).
 * Returns a cancel for a component that unmounts before then. Does nothing on the server.
 */
export function afterLoad(task: () => void): () => void {
  if (typeof window === "undefined") return () => {};
  let timer: ReturnType<typeof setTimeout> | undefined;
  const start = () => {
    timer = setTimeout(task, 0);
  };
  if (document.readyState === "complete") start();
  else window.addEventListener("load", start, { once: true });
  return () => {
    window.removeEventListener("load", start);
    clearTimeout(timer);
  };
}

export interface ChunkLoader<T> {
  /** Fetches once and shares the result; a failed fetch is tried again on the next call. */
  load: () => Promise<T>;
  /** The result, if it has already arrived (then it can be used at once). */
  loaded: () => T | undefined;
}

export function chunkLoader<T>(fetch: () => Promise<T>): ChunkLoader<T> {
  let value: T | undefined;
  let loading: Promise<T> | undefined;
  return {
    load: () => {
      loading ??= fetch().then(
        (v) => {
          value = v;
          return v;
        },
        (error: unknown) => {
          loading = undefined;
          throw error;
        },
      );
      return loading;
    },
    loaded: () => value,
  };
}
