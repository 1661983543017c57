import "server-only";
import { activeStreams, interruptAll, startDraining, whenIdle } from "./streams";

interface ShutdownOptions {
  /** How long running replies may go on after SIGTERM before they are ended with a message. */
  deadlineMs: number;
  /** Closes the share store and the cancel relay once every request has finished. */
  close: () => Promise<void>;
  log?: (line: string) => void;
  /** Only tests pass these. */
  signals?: NodeJS.EventEmitter;
  exitHook?: { exit: (code?: number) => never };
}

// Extra time for closing the store after the replies ended, before the process exits regardless.
const CLOSE_GRACE_MS = 5000;

/**
 * Graceful shutdown on SIGTERM (and SIGINT). Next already handles the signal itself, in start-server.js
 * for `next start` and the standalone server.js alike: it closes the HTTP server (no new connections),
 * waits for every open response to finish, then calls process.exit(143). It has no deadline and knows
 * nothing of our store. So, beside it: new streams are refused at once (503, for requests that arrive
 * on kept-alive connections), running replies get `deadlineMs` to finish and are then ended with a
 * message the chat UI shows as an error (the partial reply stays), and Next's exit is held until the
 * store is closed (Next awaits nothing of ours before exiting).
 */
export function installGracefulShutdown(opts: ShutdownOptions): void {
  const log = opts.log ?? console.info;
  const signals = opts.signals ?? process;
  const exitHook = opts.exitHook ?? process;
  let done: Promise<void> | undefined;

  const onSignal = (signal: string) => {
    if (done) return;
    startDraining();
    const seconds = Math.round(opts.deadlineMs / 1000);
    log(`${signal}: shutting down; ${activeStreams()} streaming replies get up to ${seconds} s to finish`);
    const deadline = setTimeout(() => {
      const ended = interruptAll();
      if (ended > 0) log(`Shutdown deadline reached: ended ${ended} streaming replies with a message`);
    }, opts.deadlineMs);
    done = (async () => {
      await whenIdle();
      clearTimeout(deadline);
      await opts.close().catch((err: unknown) => log(`Closing the store failed: ${String(err)}`));
    })();
    const realExit = exitHook.exit.bind(exitHook);
    const bound = opts.deadlineMs + CLOSE_GRACE_MS;
    exitHook.exit = ((code?: number) => {
      const giveUp = new Promise((resolve) => setTimeout(resolve, bound).unref());
      void Promise.race([done, giveUp]).finally(() => realExit(code));
    }) as (code?: number) => never;
  };
  signals.on("SIGTERM", () => onSignal("SIGTERM"));
  signals.on("SIGINT", () => onSignal("SIGINT"));
}
