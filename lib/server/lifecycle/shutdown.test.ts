import { EventEmitter } from "node:events";
import { afterEach, describe, expect, it, vi } from "vitest";
import { installGracefulShutdown } from "./shutdown";
import { accepting, activeStreams, interruptible, resetLifecycleForTests } from "./streams";

afterEach(() => {
  resetLifecycleForTests();
  vi.useRealTimers();
});

const never = () => new ReadableStream<Uint8Array>({ pull: () => new Promise(() => undefined) });

function setup(deadlineMs: number) {
  const signals = new EventEmitter();
  const order: string[] = [];
  const exitHook = {
    exit: ((code?: number) => {
      order.push(`exit ${code}`);
    }) as (code?: number) => never,
  };
  installGracefulShutdown({
    deadlineMs,
    signals,
    exitHook,
    log: (line) => order.push(line),
    close: async () => {
      order.push("store closed");
    },
  });
  return { signals, order, exitHook };
}

describe("installGracefulShutdown", () => {
  it("SIGTERM: refuses new streams; at the deadline ends running ones; Next's exit waits for the store", async () => {
    vi.useFakeTimers();
    const { signals, order, exitHook } = setup(25_000);
    const running = interruptible(never(), () => undefined);
    const reading = running
      .getReader()
      .read()
      .catch((err: Error) => err.message);
    signals.emit("SIGTERM");
    expect(accepting()).toBe(false);
    expect(order[0]).toMatch(/SIGTERM: shutting down; 1 streaming replies get up to 25 s/);
    // What Next's own handler does once its HTTP server closed.
    exitHook.exit(143);
    await vi.advanceTimersByTimeAsync(24_000);
    expect(activeStreams()).toBe(1);
    expect(order).not.toContain("exit 143");
    await vi.advanceTimersByTimeAsync(1_000);
    expect(await reading).toMatch(/shut down/);
    await vi.advanceTimersByTimeAsync(0);
    expect(order.slice(1)).toEqual([
      "Shutdown deadline reached: ended 1 streaming replies with a message",
      "store closed",
      "exit 143",
    ]);
  });

  it("with nothing running the store closes at once; a second signal changes nothing", async () => {
    const { signals, order, exitHook } = setup(25_000);
    signals.emit("SIGTERM");
    signals.emit("SIGINT");
    exitHook.exit(143);
    await new Promise((r) => setTimeout(r, 0));
    expect(order.slice(1)).toEqual(["store closed", "exit 143"]);
  });
});
