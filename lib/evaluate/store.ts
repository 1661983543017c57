"use client";

import { create } from "zustand";
import type { EffectivePrice } from "@/lib/pricing/effective-price";
import type { GatewayPrices } from "@/lib/pricing/gateway-prices";
import { getQueryClient } from "@/lib/queries/client";
import { libraryPrompt } from "./cell-setup";
import { createEngine } from "./engine";
import { newId } from "./ids";
import { watchPageLeave } from "./page-leave";
import { createRunStore, createSaver, type RunStore, restoreCells, settled } from "./persist";
import { allKeys, clampLimit, defaultRun } from "./run-model";
import type { CellResult, EvalCase, EvalColumn, EvalRun, Grader, PromptSetup } from "./types";

export { allKeys, defaultRun };

// The Evaluate tab's state: the current run (prompt, cases, columns, graders, cells) and its actions.
// Components subscribe per cell (`useEvalStore((s) => s.run.cells[key])`): streaming text arrives in
// one update per 100 ms for all cells, and only the cells whose object changed re-render.

export interface EvalState {
  run: EvalRun;
  /** The saved run has been read from IndexedDB (before that the run is the default one). */
  hydrated: boolean;
  /** Run all (or a rerun) is going. */
  running: boolean;
  hydrate: () => Promise<void>;
  setPrompt: (prompt: PromptSetup) => void;
  setCases: (cases: EvalCase[]) => void;
  addColumn: (column: Omit<EvalColumn, "id"> & { id?: string }) => string;
  updateColumn: (id: string, change: Partial<Omit<EvalColumn, "id">>) => void;
  removeColumn: (id: string) => void;
  setGraders: (graders: Grader[]) => void;
  setLimits: (limits: { concurrency?: number; perVendor?: number }) => void;
  /** Runs every cell not done yet (missing, queued, stopped, failed); finished cells are kept. */
  runAll: () => void;
  /** Aborts every request: streaming cells keep their text, marked stopped; queued ones are stopped too. */
  stop: () => void;
  rerunCell: (key: string) => void;
  /** Grades every finished reply again with the current graders (after they changed); no reply is re-requested. */
  regradeAll: () => void;
  /** Drops every result (the setup stays). */
  clearResults: () => void;
  /** Replaces the run (an imported or shared one); nothing runs until Run all. */
  loadRun: (run: EvalRun) => void;
}

export interface EvalStoreOptions {
  runStore?: RunStore;
  fetch?: typeof globalThis.fetch;
  loadPrompt?: (id: string, n: number) => Promise<PromptSetup | undefined>;
  retryBaseMs?: number;
  /**
   * The gateway's price list (GET /api/pricing), behind the prices the user typed, for the cost column;
   * by default what the page's query cache holds (the summary's price list asks for it).
   */
  gatewayPrices?: () => GatewayPrices | undefined;
}

export function createEvalStore(options: EvalStoreOptions = {}) {
  let runStore: RunStore | undefined = options.runStore;
  // Compare's per-model prices (the cost column); loaded with the saved run, off the first load.
  // The gateway's list fills in what the user did not type (lib/pricing/effective-price.ts).
  let priceOf: (model: string) => EffectivePrice | undefined = () => undefined;
  const loadPrices = async () => {
    const [
      { useComparePricesStore: prices },
      { effectivePrice },
      { gatewayPriceFor },
      { cachedGatewayPrices },
    ] = await Promise.all([
      import("@/lib/compare/prices-store"),
      import("@/lib/pricing/effective-price"),
      import("@/lib/pricing/gateway-prices"),
      import("@/lib/queries/pricing"),
    ]);
    if (!prices.persist.hasHydrated()) await prices.persist.rehydrate();
    const gateway = options.gatewayPrices ?? (() => cachedGatewayPrices(getQueryClient()));
    priceOf = (model) => effectivePrice(prices.getState().prices[model], gatewayPriceFor(model, gateway()));
  };
  /** Cells were removed or replaced: the next write replaces the stored cells too. */
  let cellsDirty = false;
  const saver = createSaver(() => {
    const { hydrated, run, running } = store.getState();
    if (!hydrated) return;
    runStore ??= createRunStore();
    void runStore.save({ run, active: running }, { setupOnly: !cellsDirty }).catch(() => undefined);
    cellsDirty = false;
  });
  /** Cells that settled in this change are written at once (one small record each). */
  const persistSettled = (keys: string[]) => {
    const { hydrated, run } = store.getState();
    const cells: Record<string, CellResult> = {};
    for (const key of keys) {
      const cell = run.cells[key];
      if (cell && settled(cell)) cells[key] = cell;
    }
    if (!hydrated || Object.keys(cells).length === 0) return;
    runStore ??= createRunStore();
    void runStore.putCells(cells).catch(() => undefined);
  };
  const store = create<EvalState>()((set, get) => {
    const engine = createEngine({
      getRun: () => get().run,
      patch: (changes) => {
        set((s) => {
          const cells = { ...s.run.cells };
          for (const [key, change] of Object.entries(changes)) {
            const before = cells[key] ?? { status: "queued", text: "", retries: 0 };
            cells[key] = { ...before, ...change } as CellResult;
          }
          return { run: { ...s.run, cells } };
        });
        // Text-only changes (streaming) are not written; a status or grades change is.
        persistSettled(
          Object.keys(changes).filter(
            (k) => changes[k]?.status !== undefined || "grades" in (changes[k] ?? {}),
          ),
        );
      },
      onIdle: () => {
        set({ running: false });
        saver.flush();
      },
      priceOf: (model) => priceOf(model),
      loadPrompt: options.loadPrompt ?? libraryPrompt,
      fetch: options.fetch,
      retryBaseMs: options.retryBaseMs,
    });
    const setRun = (change: (run: EvalRun) => Partial<EvalRun>) =>
      set((s) => {
        const next = change(s.run);
        if (next.cells) cellsDirty = true;
        return { run: { ...s.run, ...next } };
      });
    const queue = (keys: string[]) => {
      if (keys.length === 0) return;
      setRun((run) => {
        const cells = { ...run.cells };
        for (const key of keys) if (!engine.has(key)) cells[key] = { status: "queued", text: "", retries: 0 };
        return { cells };
      });
      set({ running: true });
      engine.run(keys);
    };

    let hydrating: Promise<void> | undefined;
    async function hydrateOnce() {
      runStore ??= createRunStore();
      const [saved] = await Promise.all([
        runStore.load().catch(() => undefined),
        loadPrices().catch(() => undefined),
      ]);
      if (saved) set({ run: { ...saved.run, cells: restoreCells(saved.run.cells) } });
      set({ hydrated: true });
      if (typeof window !== "undefined") watchPageLeave(engine, saver.flush);
      if (saved?.active) get().runAll();
    }

    return {
      run: defaultRun(),
      hydrated: false,
      running: false,
      hydrate() {
        // Once, however many components ask (React's strict mode mounts twice).
        hydrating ??= hydrateOnce();
        return hydrating;
      },
      setPrompt: (prompt) => setRun(() => ({ prompt })),
      setCases: (cases) =>
        setRun((run) => {
          const ids = new Set(cases.map((c) => c.id));
          const cells = Object.fromEntries(
            Object.entries(run.cells).filter(([k]) => ids.has(k.split(":")[0] ?? "")),
          );
          return { cases, cells };
        }),
      addColumn(column) {
        const id = column.id ?? newId("k");
        setRun((run) => ({ columns: [...run.columns, { ...column, id }] }));
        return id;
      },
      updateColumn: (id, change) =>
        setRun((run) => ({ columns: run.columns.map((c) => (c.id === id ? { ...c, ...change, id } : c)) })),
      removeColumn: (id) =>
        setRun((run) => ({
          columns: run.columns.filter((c) => c.id !== id),
          cells: Object.fromEntries(Object.entries(run.cells).filter(([k]) => k.split(":")[1] !== id)),
        })),
      setGraders: (graders) => setRun(() => ({ graders })),
      setLimits: ({ concurrency, perVendor }) =>
        setRun((run) => ({
          concurrency: concurrency === undefined ? run.concurrency : clampLimit(concurrency),
          perVendor: perVendor === undefined ? run.perVendor : clampLimit(perVendor),
        })),
      runAll() {
        const { run } = get();
        queue(allKeys(run).filter((key) => run.cells[key]?.status !== "done"));
      },
      stop() {
        engine.stop();
        setRun((run) => {
          const cells = { ...run.cells };
          for (const [key, cell] of Object.entries(cells))
            if (cell.status === "queued") cells[key] = { ...cell, status: "stopped" };
          return { cells };
        });
      },
      rerunCell: (key) => queue([key]),
      regradeAll() {
        const { run } = get();
        const keys = allKeys(run).filter((key) => run.cells[key]?.status === "done");
        if (keys.length === 0) return;
        set({ running: true });
        engine.run(keys, { gradeOnly: true });
      },
      clearResults() {
        if (engine.busy) return;
        setRun(() => ({ cells: {} }));
      },
      loadRun(run) {
        if (engine.busy) engine.reset();
        cellsDirty = true;
        set({ run: { ...run, cells: restoreCells(run.cells) }, running: false });
      },
    };
  });
  store.subscribe((state, previous) => {
    const setupChanged =
      state.run !== previous.run &&
      (Object.keys(state.run) as (keyof EvalRun)[]).some(
        (k) => k !== "cells" && state.run[k] !== previous.run[k],
      );
    if (setupChanged || cellsDirty || state.running !== previous.running) saver.schedule();
    // Whether a reload resumes the run is written at once.
    if (state.running !== previous.running) saver.flush();
  });
  return store;
}

export const useEvalStore = createEvalStore();
