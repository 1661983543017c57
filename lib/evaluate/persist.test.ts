import "fake-indexeddb/auto";
import { describe, expect, it, vi } from "vitest";
import { createRunStore, createSaver, restoreCells } from "./persist";
import { testRun } from "./test-helpers";

describe("persistence", () => {
  it("batches writes: many changes within the delay are one write; flush writes at once", () => {
    vi.useFakeTimers();
    try {
      const write = vi.fn();
      const saver = createSaver(write, 1000);
      for (let i = 0; i < 100; i++) saver.schedule();
      expect(write).not.toHaveBeenCalled();
      vi.advanceTimersByTime(1000);
      expect(write).toHaveBeenCalledTimes(1);
      saver.schedule();
      saver.flush();
      expect(write).toHaveBeenCalledTimes(2);
      vi.advanceTimersByTime(5000);
      expect(write).toHaveBeenCalledTimes(2);
    } finally {
      vi.useRealTimers();
    }
  });

  it("a reload re-queues streaming cells from scratch and keeps the rest", () => {
    const done = { status: "done" as const, text: "a", retries: 1 };
    const stopped = { status: "stopped" as const, text: "part", retries: 0 };
    expect(restoreCells({ x: done, y: stopped, z: { status: "running", text: "half", retries: 2 } })).toEqual(
      {
        x: done,
        y: stopped,
        z: { status: "queued", text: "", retries: 0 },
      },
    );
  });

  it("stores the run and skips a stored record that does not parse", async () => {
    const store = createRunStore("test-persist");
    expect(await store.load()).toBeUndefined();
    // A real run: created now (an epoch in milliseconds), graded cells with codes.
    const run = testRun({
      createdAt: Date.now(),
      cells: {
        "c1:a": {
          status: "done",
          text: "rust",
          retries: 0,
          firstTokenMs: 12.5,
          grades: [
            {
              kind: "contains",
              pass: true,
              reason: "Contains “rust”",
              code: "contains",
              params: { needle: "rust" },
            },
          ],
        },
      },
    });
    await store.save({ run, active: true });
    expect(await store.load()).toEqual({ run, active: true });
    await store.save({ run: { ...testRun(), concurrency: -1 }, active: false });
    expect(await store.load()).toBeUndefined();
  });

  it("cells written as they settle come back with the setup; cells of removed cases or columns do not", async () => {
    const store = createRunStore("test-persist-cells");
    const run = testRun();
    await store.save({ run, active: true }, { setupOnly: true });
    const done = { status: "done" as const, text: "r", retries: 0 };
    await store.putCells({
      "c1:a": done,
      "c9:a": done,
      "c2:b": { status: "error", text: "", retries: 4, error: { status: 429, message: "slow" } },
    });
    const loaded = await store.load();
    expect(Object.keys(loaded?.run.cells ?? {}).sort()).toEqual(["c1:a", "c2:b"]);
    // A full save replaces the stored cells with the run's settled ones.
    await store.save({
      run: { ...run, cells: { "c3:a": done, "c3:b": { status: "running", text: "x", retries: 0 } } },
      active: false,
    });
    expect((await store.load())?.run.cells).toEqual({ "c3:a": done });
  });
});
