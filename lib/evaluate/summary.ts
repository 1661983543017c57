import type { CellResult, EvalRun } from "./types";

// The summary row per column: pass rate, latency median and spread (p10–p90), first token, speed,
// tokens and cost; then which column is best per metric (as compare marks it).

export interface Spread {
  median: number;
  p10: number;
  p90: number;
}

export interface ColumnSummary {
  columnId: string;
  cells: number;
  done: number;
  failed: number;
  graded: number;
  passed: number;
  /** passed / graded, 0–1; undefined before any graded reply. */
  passRate?: number;
  latency?: Spread;
  firstToken?: Spread;
  tokensPerSec?: Spread;
  tokens: { input: number; output: number };
  cost?: number;
  retries: number;
}

/** Percentile (0–1) with linear interpolation over sorted values. */
export function percentile(sorted: readonly number[], q: number): number {
  if (sorted.length === 0) return Number.NaN;
  const pos = (sorted.length - 1) * q;
  const lo = Math.floor(pos);
  const a = sorted[lo] as number;
  const b = sorted[Math.min(lo + 1, sorted.length - 1)] as number;
  return a + (b - a) * (pos - lo);
}

export function spread(values: readonly number[]): Spread | undefined {
  if (values.length === 0) return undefined;
  const sorted = [...values].sort((x, y) => x - y);
  return { median: percentile(sorted, 0.5), p10: percentile(sorted, 0.1), p90: percentile(sorted, 0.9) };
}

/** A cell passes when every grader passed it. */
export function cellPassed(cell: CellResult | undefined): boolean | undefined {
  if (!cell?.grades || cell.grades.length === 0) return undefined;
  return cell.grades.every((g) => g.pass);
}

const numbers = (cells: CellResult[], pick: (c: CellResult) => number | undefined) =>
  cells.map(pick).filter((v): v is number => v !== undefined && Number.isFinite(v));

export function summarizeColumns(run: EvalRun): ColumnSummary[] {
  return run.columns.map((column) => {
    const cells = run.cases.flatMap((c) => {
      const cell = run.cells[`${c.id}:${column.id}`];
      return cell ? [cell] : [];
    });
    const done = cells.filter((c) => c.status === "done");
    const verdicts = cells.map(cellPassed).filter((v): v is boolean => v !== undefined);
    const passed = verdicts.filter(Boolean).length;
    const costs = numbers(done, (c) => c.cost);
    return {
      columnId: column.id,
      cells: run.cases.length,
      done: done.length,
      failed: cells.filter((c) => c.status === "error").length,
      graded: verdicts.length,
      passed,
      ...(verdicts.length > 0 && { passRate: passed / verdicts.length }),
      latency: spread(numbers(done, (c) => c.totalMs)),
      firstToken: spread(numbers(done, (c) => c.firstTokenMs)),
      tokensPerSec: spread(numbers(done, (c) => c.tokensPerSec)),
      tokens: {
        input: done.reduce((n, c) => n + (c.usage?.input ?? 0), 0),
        output: done.reduce((n, c) => n + (c.usage?.output ?? 0), 0),
      },
      ...(costs.length > 0 && { cost: costs.reduce((a, b) => a + b, 0) }),
      retries: cells.reduce((n, c) => n + c.retries, 0),
    };
  });
}

export const summaryMetrics = [
  "passRate",
  "latency",
  "firstToken",
  "tokensPerSec",
  "tokens",
  "cost",
] as const;
export type SummaryMetric = (typeof summaryMetrics)[number];

function metricOf(s: ColumnSummary, metric: SummaryMetric): number | undefined {
  switch (metric) {
    case "passRate":
      return s.passRate;
    case "latency":
    case "firstToken":
    case "tokensPerSec":
      return s[metric]?.median;
    case "tokens":
      return s.done > 0 ? s.tokens.input + s.tokens.output : undefined;
    case "cost":
      return s.cost;
  }
}

const higherIsBetter: Record<SummaryMetric, boolean> = {
  passRate: true,
  latency: false,
  firstToken: false,
  tokensPerSec: true,
  tokens: false,
  cost: false,
};

/** Per metric the ids of the best columns (ties all win); none when fewer than two columns have a value. */
export function bestColumns(summaries: readonly ColumnSummary[]): Record<SummaryMetric, string[]> {
  const out = {} as Record<SummaryMetric, string[]>;
  for (const metric of summaryMetrics) {
    const values = summaries
      .map((s) => ({ id: s.columnId, v: metricOf(s, metric) }))
      .filter((e): e is { id: string; v: number } => e.v !== undefined);
    if (values.length < 2) {
      out[metric] = [];
      continue;
    }
    const best = higherIsBetter[metric]
      ? Math.max(...values.map((e) => e.v))
      : Math.min(...values.map((e) => e.v));
    out[metric] = values.filter((e) => e.v === best).map((e) => e.id);
  }
  return out;
}
