/**
 * At most `max` tasks run at once; the rest wait in order. A waiting task whose signal aborts leaves
 * the queue without running (a job removed or a tab closing does not send a stale request).
 */
export function createLimiter(max: number) {
  let active = 0;
  const waiting: Array<() => void> = [];

  function release() {
    active--;
    waiting.shift()?.();
  }

  async function acquire(signal?: AbortSignal): Promise<void> {
    if (active < max) {
      active++;
      return;
    }
    await new Promise<void>((resolve, reject) => {
      const start = () => {
        signal?.removeEventListener("abort", onAbort);
        active++;
        resolve();
      };
      const onAbort = () => {
        const index = waiting.indexOf(start);
        if (index !== -1) waiting.splice(index, 1);
        reject(signal?.reason ?? new DOMException("Aborted", "AbortError"));
      };
      if (signal?.aborted) return onAbort();
      signal?.addEventListener("abort", onAbort, { once: true });
      waiting.push(start);
    });
  }

  return {
    async run<T>(task: () => Promise<T>, signal?: AbortSignal): Promise<T> {
      await acquire(signal);
      try {
        return await task();
      } finally {
        release();
      }
    },
    get active() {
      return active;
    },
    get waiting() {
      return waiting.length;
    },
  };
}
