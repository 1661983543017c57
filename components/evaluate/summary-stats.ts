import { type Spread, spreadOf } from "@/lib/compare/stats";
import { type CellResult, cellKey, type EvalRun } from "@/lib/evaluate/types";

// The summary row per column: pass rate over the graded cells, latency median and spread, tokens and
// cost; then which column is best per metric, as compare ranks its panes.

export const summaryMetrics = ["passRate", "firstToken", "total", "speed", "tokens", "cost"] as const;
export type SummaryMetric = (typeof summaryMetrics)[number];

const higherIsBetter: Record<SummaryMetric, boolean> = {
  passRate: true,
  firstToken: false,
  total: false,
  speed: true,
  tokens: false,
  cost: false,
};

export interface ColumnSummary {
  columnId: string;
  done: number;
  errors: number;
  graded: number;
  passed: number;
  passRate?: number;
  firstToken?: Spread;
  total?: Spread;
  speed?: Spread;
  input: number;
  output: number;
  cost?: number;
}

const numbers = (cells: CellResult[], pick: (c: CellResult) => number | undefined) =>
  cells.map(pick).filter((v): v is number => v != null && Number.isFinite(v));

export function summarizeColumn(run: EvalRun, columnId: string): ColumnSummary {
  const cells = run.cases
    .map((c) => run.cells[cellKey(c.id, columnId)])
    .filter((c): c is CellResult => c !== undefined);
  const done = cells.filter((c) => c.status === "done");
  const graded = done.filter((c) => (c.grades?.length ?? 0) > 0);
  const passed = graded.filter((c) => c.grades?.every((g) => g.pass)).length;
  const costs = numbers(done, (c) => c.cost);
  return {
    columnId,
    done: done.length,
    errors: cells.filter((c) => c.status === "error").length,
    graded: graded.length,
    passed,
    ...(graded.length > 0 ? { passRate: passed / graded.length } : {}),
    firstToken: spreadOf(numbers(done, (c) => c.firstTokenMs)),
    total: spreadOf(numbers(done, (c) => c.totalMs)),
    speed: spreadOf(numbers(done, (c) => c.tokensPerSec)),
    input: done.reduce((sum, c) => sum + (c.usage?.input ?? 0), 0),
    output: done.reduce((sum, c) => sum + (c.usage?.output ?? 0), 0),
    ...(costs.length > 0 ? { cost: costs.reduce((a, b) => a + b, 0) } : {}),
  };
}

export function metricOf(summary: ColumnSummary, metric: SummaryMetric): number | undefined {
  switch (metric) {
    case "passRate":
      return summary.passRate;
    case "firstToken":
      return summary.firstToken?.median;
    case "total":
      return summary.total?.median;
    case "speed":
      return summary.speed?.median;
    case "tokens":
      return summary.done > 0 ? summary.input + summary.output : undefined;
    case "cost":
      return summary.cost;
  }
}

/** Column ids holding the best value per metric; none when fewer than two columns have a value. */
export function bestColumns(summaries: readonly ColumnSummary[]): Record<SummaryMetric, Set<string>> {
  const out = {} as Record<SummaryMetric, Set<string>>;
  for (const metric of summaryMetrics) {
    const values = summaries
      .map((s) => ({ id: s.columnId, value: metricOf(s, metric) }))
      .filter((e): e is { id: string; value: number } => e.value !== undefined);
    const best = new Set<string>();
    if (values.length >= 2) {
      const pick = higherIsBetter[metric] ? Math.max : Math.min;
      const target = pick(...values.map((e) => e.value));
      for (const e of values) if (e.value === target) best.add(e.id);
    }
    out[metric] = best;
  }
  return out;
}
