import { settled } from "./persist";
import type { CellResult } from "./types";

// Cell changes on their way to the store, merged per cell and applied together: at 100 cases × 6
// columns a fast gateway settles dozens of cells a second, each in three steps (running, done,
// graded), and one store update per step re-rendered the grid, the progress and the summary each
// time. Queued changes wait at most `delayMs`; the engine's streamed text (already gathered every
// 100 ms) takes every queued change with it at once.

export type CellChanges = Record<string, Partial<CellResult>>;

export function createCellBatch(apply: (changes: CellChanges) => void, delayMs = 100) {
  let pending: CellChanges = {};
  let timer: ReturnType<typeof setTimeout> | undefined;
  const flush = () => {
    if (timer !== undefined) clearTimeout(timer);
    timer = undefined;
    const changes = pending;
    pending = {};
    if (Object.keys(changes).length > 0) apply(changes);
  };
  return {
    /** Queues changes (merged into those already queued for the same cell); `now` applies everything. */
    add(changes: CellChanges, now = false) {
      for (const [key, change] of Object.entries(changes)) pending[key] = { ...pending[key], ...change };
      if (now) flush();
      else timer ??= setTimeout(flush, delayMs);
    },
    /** Applies what is queued now (before anything reads or replaces the cells). */
    flush,
  };
}

/** Only streamed text (the engine's 100 ms hand-over). */
export const isTextOnly = (changes: CellChanges) =>
  Object.values(changes).every((change) => Object.keys(change).every((k) => k === "text"));

/** The cells with the changes applied (a new object; unchanged cells keep theirs). */
export function mergeCells(cells: Record<string, CellResult>, changes: CellChanges) {
  const next = { ...cells };
  for (const [key, change] of Object.entries(changes)) {
    const before = next[key] ?? { status: "queued", text: "", retries: 0 };
    next[key] = { ...before, ...change } as CellResult;
  }
  return next;
}

/** The changed cells that settled (their status or grades changed): written to IndexedDB, text never is. */
export function settledCells(cells: Record<string, CellResult>, changes: CellChanges) {
  const out: Record<string, CellResult> = {};
  for (const [key, change] of Object.entries(changes)) {
    const cell = cells[key];
    if ((change.status !== undefined || "grades" in change) && cell && settled(cell)) out[key] = cell;
  }
  return out;
}
