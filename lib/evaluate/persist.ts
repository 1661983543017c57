import { type DBSchema, type IDBPDatabase, openDB } from "idb";
import type { CellResult, EvalRun } from "./types";

// The current Evaluate run lives in this browser's IndexedDB, written at most once a second while it
// streams (not per token) and at once when the page is hidden. A reload keeps finished cells; cells
// that were streaming start over (their partial text is dropped), and an active run resumes.

export const evaluateDbName = "apigo-evaluate";
const CURRENT = "current";

export interface SavedRun {
  run: EvalRun;
  /** Run all was going when this was written: the page resumes it after a reload. */
  active: boolean;
}

interface EvaluateDb extends DBSchema {
  runs: { key: string; value: SavedRun };
}

export interface RunStore {
  load(): Promise<SavedRun | undefined>;
  save(saved: SavedRun): Promise<void>;
}

export function createRunStore(name = evaluateDbName): RunStore {
  let dbPromise: Promise<IDBPDatabase<EvaluateDb>> | undefined;
  // A newer version opened in another tab: close this connection and reopen on the next call.
  const release = () => {
    const open = dbPromise;
    dbPromise = undefined;
    void open?.then((d) => d.close());
  };
  const upgrade = (database: IDBPDatabase<EvaluateDb>) => void database.createObjectStore("runs");
  const db = () => (dbPromise ??= openDB<EvaluateDb>(name, 1, { upgrade, blocking: release }));
  return {
    async load() {
      const saved = await (await db()).get("runs", CURRENT);
      if (!saved) return undefined;
      // The validator (zod) loads only here, after the page's first load.
      const { evalRunSchema } = await import("./schema");
      const parsed = evalRunSchema.safeParse(saved.run);
      return parsed.success ? { run: parsed.data, active: saved.active === true } : undefined;
    },
    async save(saved) {
      await (await db()).put("runs", saved, CURRENT);
    },
  };
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
