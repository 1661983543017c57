import { type DBSchema, type IDBPDatabase, openDB } from "idb";
import type { CellResult, EvalRun } from "./types";

// The current Evaluate run lives in this browser's IndexedDB: its setup (prompt, cases, columns,
// graders, limits) in one record, written at most once a second after edits; each cell in its own
// record, written the moment it settles (done, failed, stopped, graded). Streaming text is never
// written: a reload re-queues the cells that were streaming, keeps every settled one, and resumes an
// active run, so a finished cell is not requested twice.

export const evaluateDbName = "apigo-evaluate";
const CURRENT = "current";

export interface SavedRun {
  run: EvalRun;
  /** Run all was going when this was written: the page resumes it after a reload. */
  active: boolean;
}

interface EvaluateDb extends DBSchema {
  runs: { key: string; value: SavedRun };
  cells: { key: string; value: CellResult };
}

export interface RunStore {
  load(): Promise<SavedRun | undefined>;
  /** The setup and flag; unless `setupOnly`, the cells too (replacing every stored one). */
  save(saved: SavedRun, options?: { setupOnly?: boolean }): Promise<void>;
  /** Settled cells, as they settle. */
  putCells(cells: Record<string, CellResult>): Promise<void>;
}

export function createRunStore(name = evaluateDbName): RunStore {
  let dbPromise: Promise<IDBPDatabase<EvaluateDb>> | undefined;
  // A newer version opened in another tab: close this connection and reopen on the next call.
  const release = () => {
    const open = dbPromise;
    dbPromise = undefined;
    void open?.then((d) => d.close());
  };
  const upgrade = (database: IDBPDatabase<EvaluateDb>) => {
    for (const store of ["runs", "cells"] as const) {
      if (!database.objectStoreNames.contains(store)) database.createObjectStore(store);
    }
  };
  const db = () => (dbPromise ??= openDB<EvaluateDb>(name, 2, { upgrade, blocking: release }));
  return {
    async load() {
      const d = await db();
      const tx = d.transaction(["runs", "cells"]);
      const [saved, keys, values] = await Promise.all([
        tx.objectStore("runs").get(CURRENT),
        tx.objectStore("cells").getAllKeys(),
        tx.objectStore("cells").getAll(),
      ]);
      if (!saved) return undefined;
      const wanted = new Set(
        saved.run.cases.flatMap((c) => saved.run.columns.map((col) => `${c.id}:${col.id}`)),
      );
      const cells: Record<string, CellResult> = {};
      keys.forEach((key, i) => {
        const cell = values[i];
        if (wanted.has(key) && cell) cells[key] = cell;
      });
      // The validator (zod) loads only here, after the page's first load.
      const { evalRunSchema } = await import("./schema");
      const parsed = evalRunSchema.safeParse({ ...saved.run, cells });
      return parsed.success ? { run: parsed.data, active: saved.active === true } : undefined;
    },
    async save({ run, active }, options = {}) {
      const tx = (await db()).transaction(["runs", "cells"], "readwrite");
      const writes: Promise<unknown>[] = [
        tx.objectStore("runs").put({ run: { ...run, cells: {} }, active }, CURRENT),
      ];
      if (!options.setupOnly) {
        const cells = tx.objectStore("cells");
        writes.push(cells.clear());
        for (const [key, cell] of Object.entries(run.cells))
          if (settled(cell)) writes.push(cells.put(cell, key));
      }
      await Promise.all([...writes, tx.done]);
    },
    async putCells(cells) {
      const tx = (await db()).transaction("cells", "readwrite");
      await Promise.all([...Object.entries(cells).map(([key, cell]) => tx.store.put(cell, key)), tx.done]);
    },
  };
}

/** A cell that will not change by itself: worth keeping across a reload. */
export function settled(cell: CellResult): boolean {
  return cell.status === "done" || cell.status === "error" || cell.status === "stopped";
}

/** After a reload: a cell that was streaming is queued again from scratch; everything else is kept. */
export function restoreCells(cells: Record<string, CellResult>): Record<string, CellResult> {
  const out: Record<string, CellResult> = {};
  for (const [key, cell] of Object.entries(cells)) {
    out[key] = cell.status === "running" ? { status: "queued", text: "", retries: 0 } : cell;
  }
  return out;
}

/** Calls `write` at most once per `delayMs` after changes; `flush` writes a pending change now. */
export function createSaver(write: () => void, delayMs = 1000) {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const flush = () => {
    if (timer === undefined) return;
    clearTimeout(timer);
    timer = undefined;
    write();
  };
  return {
    schedule() {
      timer ??= setTimeout(flush, delayMs);
    },
    flush,
  };
}
