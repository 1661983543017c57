import { describe, expect, it, vi } from "vitest";
import { createCellBatch, isTextOnly, mergeCells, settledCells } from "./cell-batch";

describe("createCellBatch", () => {
  it("merges a cell's changes and applies them together, once, after the delay", () => {
    vi.useFakeTimers();
    const apply = vi.fn();
    const batch = createCellBatch(apply, 100);
    batch.add({ "c1:a": { status: "running", text: "" } });
    batch.add({ "c1:a": { status: "done", totalMs: 5 }, "c2:a": { status: "running" } });
    expect(apply).not.toHaveBeenCalled();
    vi.advanceTimersByTime(100);
    expect(apply).toHaveBeenCalledTimes(1);
    expect(apply).toHaveBeenCalledWith({
      "c1:a": { status: "done", text: "", totalMs: 5 },
      "c2:a": { status: "running" },
    });
    vi.advanceTimersByTime(500);
    expect(apply).toHaveBeenCalledTimes(1);
    vi.useRealTimers();
  });

  it("`now` and flush() apply what is queued at once; nothing queued, nothing applied", () => {
    vi.useFakeTimers();
    const apply = vi.fn();
    const batch = createCellBatch(apply, 100);
    batch.add({ "c1:a": { status: "done" } });
    batch.add({ "c2:a": { text: "Hel" } }, true);
    expect(apply).toHaveBeenCalledWith({ "c1:a": { status: "done" }, "c2:a": { text: "Hel" } });
    batch.flush();
    vi.advanceTimersByTime(200);
    expect(apply).toHaveBeenCalledTimes(1);
    vi.useRealTimers();
  });
});

describe("cell change helpers", () => {
  it("isTextOnly: only streamed text", () => {
    expect(isTextOnly({ a: { text: "x" }, b: { text: "y" } })).toBe(true);
    expect(isTextOnly({ a: { text: "x" }, b: { status: "done" } })).toBe(false);
  });

  it("mergeCells: a new object, changes over the cell or over an empty queued one", () => {
    const done = { status: "done" as const, text: "kept", retries: 0 };
    const cells = { a: done };
    const next = mergeCells(cells, { b: { status: "running" } });
    expect(next).not.toBe(cells);
    expect(next.a).toBe(done);
    expect(next.b).toEqual({ status: "running", text: "", retries: 0 });
  });

  it("settledCells: those whose status or grades changed (also cleared grades) and that settled", () => {
    const done = { status: "done" as const, text: "x", retries: 0 };
    const running = { status: "running" as const, text: "x", retries: 0 };
    const cells = { a: done, b: done, c: done, d: running };
    const changes = { a: { text: "x" }, b: { status: "done" as const }, c: { grades: undefined }, d: {} };
    expect(settledCells(cells, { ...changes, d: { status: "running" as const } })).toEqual({
      b: done,
      c: done,
    });
  });
});
