import "server-only";

// Replies still streaming in this process, so a shutdown can wait for them and, at its deadline, end
// them with a message the browser shows (instead of the socket just dropping); and what to close last.

interface Interruptible {
  /** Ends the reply now: an SSE reply with its dialect's error event, any other reply cut. */
  interrupt(): void;
}

interface LifecycleState {
  active: Set<Interruptible>;
  draining: boolean;
  idle: (() => void)[];
  closers: Set<() => Promise<void>>;
}

// Next bundles instrumentation.ts (which installs the SIGTERM handler) apart from the route handlers,
// and each bundle gets its own copy of this module: the state lives on globalThis so that all copies
// see the same streams, the same draining flag and every store to close.
const KEY = Symbol.for("apigo-playground.lifecycle");
const holder = globalThis as { [KEY]?: LifecycleState };
holder[KEY] ??= { active: new Set(), draining: false, idle: [], closers: new Set() };
const state: LifecycleState = holder[KEY];
const active = state.active;

function settle(): void {
  if (active.size > 0) return;
  const waiting = state.idle;
  state.idle = [];
  for (const resolve of waiting) resolve();
}

/** `close` runs once every request has finished (a store, a database connection); returns an undo. */
export function closeOnShutdown(close: () => Promise<void>): () => void {
  state.closers.add(close);
  return () => state.closers.delete(close);
}

/** Runs everything registered with closeOnShutdown (all bundles' copies). */
export async function closeAll(): Promise<void> {
  const closers = [...state.closers];
  state.closers.clear();
  await Promise.all(closers.map((close) => close()));
}

/** False from the moment a shutdown began: new streams are refused (503) so a balancer retries elsewhere. */
export function accepting(): boolean {
  return !state.draining;
}

export function startDraining(): void {
  state.draining = true;
}

export function activeStreams(): number {
  return active.size;
}

/** Resolves once no tracked reply is running. */
export function whenIdle(): Promise<void> {
  if (active.size === 0) return Promise.resolve();
  return new Promise((resolve) => state.idle.push(resolve));
}

/** Ends every tracked reply now (the shutdown deadline passed). */
export function interruptAll(): number {
  const ending = [...active];
  for (const stream of ending) stream.interrupt();
  return ending.length;
}

/**
 * `source` as a tracked reply: chunk for chunk (one read per downstream read, nothing batched), a
 * cancel passed on to `source` (which stops the upstream). What `tail` returns is written before the end
 * when the reply is interrupted; without it an interrupted reply errors (an incomplete body, not a clean
 * end).
 */
export function interruptible(
  source: ReadableStream<Uint8Array>,
  tail: () => Uint8Array | undefined,
): ReadableStream<Uint8Array> {
  const reader = source.getReader();
  let ended = false;
  let entry: Interruptible | undefined;
  const release = () => {
    ended = true;
    if (!entry) return;
    active.delete(entry);
    entry = undefined;
    settle();
  };
  return new ReadableStream<Uint8Array>(
    {
      start(out) {
        entry = {
          interrupt() {
            if (ended) return;
            release();
            const last = tail();
            if (last) {
              out.enqueue(last);
              out.close();
            } else out.error(new Error("The playground server shut down before this reply ended"));
            void reader.cancel(new Error("Server shutting down")).catch(() => undefined);
          },
        };
        active.add(entry);
      },
      async pull(out) {
        try {
          const { done, value } = await reader.read();
          if (ended) return;
          if (done) {
            release();
            out.close();
          } else out.enqueue(value);
        } catch (err) {
          if (ended) return;
          release();
          out.error(err);
        }
      },
      cancel(reason) {
        release();
        return reader.cancel(reason);
      },
    },
    { highWaterMark: 0 },
  );
}

/** For tests: back to a fresh, accepting process. */
export function resetLifecycleForTests(): void {
  state.draining = false;
  active.clear();
  state.closers.clear();
  settle();
}
