import { createJSONStorage, type PersistStorage, type StorageValue } from "zustand/middleware";

/**
 * Runs `run` once, when the page is next idle (at the latest after `timeout` ms), or at once when the
 * page is hidden or unloaded, whichever comes first. Returns a function that runs it now if still due.
 */
export function whenIdle(run: () => void, timeout: number): () => void {
  let due = true;
  const browser = typeof window !== "undefined";
  const idle = browser && typeof window.requestIdleCallback === "function";
  const onHidden = () => {
    if (document.visibilityState === "hidden") now();
  };
  const id = idle ? window.requestIdleCallback(now, { timeout }) : setTimeout(now, Math.min(timeout, 50));
  if (browser) {
    window.addEventListener("pagehide", now);
    document.addEventListener("visibilitychange", onHidden);
  }
  function now() {
    if (!due) return;
    due = false;
    if (idle) window.cancelIdleCallback(id as number);
    else clearTimeout(id);
    if (browser) {
      window.removeEventListener("pagehide", now);
      document.removeEventListener("visibilitychange", onHidden);
    }
    run();
  }
  return now;
}

/**
 * zustand's createJSONStorage, but a write (JSON.stringify of the whole persisted state, then the
 * storage's setItem) happens when the page is idle: a store that keeps long conversations is written
 * after the reply settled, not in the task that settles it. Writes in between coalesce (the latest
 * wins); a read before the write gets the pending value; a hidden or closing page writes at once.
 */
export function idleJSONStorage<S>(getStorage: () => Storage, timeout = 1000): PersistStorage<S> | undefined {
  const json = createJSONStorage<S>(getStorage);
  if (!json) return undefined;
  const pending = new Map<string, StorageValue<S>>();
  let scheduled = false;
  const write = () => {
    scheduled = false;
    const writes = [...pending];
    pending.clear();
    for (const [name, value] of writes) void json.setItem(name, value);
  };
  return {
    getItem: (name) => pending.get(name) ?? json.getItem(name),
    setItem: (name, value) => {
      pending.set(name, value);
      if (scheduled) return;
      scheduled = true;
      whenIdle(write, timeout);
    },
    removeItem: (name) => {
      pending.delete(name);
      return json.removeItem(name);
    },
  };
}
