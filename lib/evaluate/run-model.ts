import { newId } from "./ids";
import { cellKey, DEFAULT_CONCURRENCY, DEFAULT_PER_VENDOR, type EvalColumn, type EvalRun } from "./types";

// Plain helpers over a run: a fresh one, its cell keys, its limits, a column's vendor group.

export function defaultRun(): EvalRun {
  return {
    id: newId("r"),
    createdAt: Date.now(),
    prompt: {
      api: "chat",
      model: "gpt-4o-mini",
      system: "",
      messages: [{ role: "user", content: "Explain {{topic}} in two sentences." }],
      params: {},
    },
    cases: [],
    columns: [],
    graders: [],
    cells: {},
    concurrency: DEFAULT_CONCURRENCY,
    perVendor: DEFAULT_PER_VENDOR,
  };
}

/** Every cell key of the run, case by case. */
export function allKeys(run: EvalRun): string[] {
  return run.cases.flatMap((c) => run.columns.map((col) => cellKey(c.id, col.id)));
}

export const clampLimit = (n: number) => Math.min(32, Math.max(1, Math.floor(n) || 1));

/** The group a column's requests count against for the per-vendor limit. */
export function vendorGroup(column: EvalColumn, run: EvalRun): string {
  return (
    column.vendor?.trim() || run.prompt.vendor?.trim() || (column.api === "messages" ? "ClaudeCode" : "")
  );
}
