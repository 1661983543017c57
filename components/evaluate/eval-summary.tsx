"use client";

import { TrophyIcon } from "lucide-react";
import { type ReactNode, useId, useMemo } from "react";
import { PricesEditor } from "@/components/compare/prices-editor";
import { useEvalStore } from "@/lib/evaluate/store";
import { bestColumns, type Spread, type SummaryMetric, summarizeColumns } from "@/lib/evaluate/summary";
import type { EvalRun } from "@/lib/evaluate/types";
import { type MessageKey, useFormat, useT } from "@/lib/i18n/provider";
import { useGatewayPrices } from "@/lib/pricing/use-gateway-prices";
import { cn } from "@/lib/utils";

/** Counts that change only when a cell settles or is graded: the summary is recomputed then, not per token. */
function settledKey(run: EvalRun): string {
  let settled = 0;
  let graded = 0;
  for (const cell of Object.values(run.cells)) {
    if (cell.status !== "running" && cell.status !== "queued") settled++;
    if (cell.grades) graded++;
  }
  return `${settled}/${graded}/${run.cases.length}/${run.columns.length}`;
}

const headers: [SummaryMetric, MessageKey][] = [
  ["passRate", "evaluate.passRate"],
  ["firstToken", "evaluate.firstToken"],
  ["latency", "evaluate.total"],
  ["tokensPerSec", "evaluate.speed"],
  ["tokens", "evaluate.tokens"],
  ["cost", "evaluate.cost"],
];

/** One row per column: pass rate, latency median and spread, tokens and cost; the best per metric marked. */
export function EvalSummary() {
  const t = useT();
  const f = useFormat();
  const id = useId();
  const key = useEvalStore((s) => settledKey(s.run));
  const columns = useEvalStore((s) => s.run.columns);
  // The gateway's price list (when it publishes one) prices what the user did not type: shown in the
  // prices editor; the engine reads it from the query cache (lib/evaluate/store.ts).
  const gateway = useGatewayPrices();
  // biome-ignore lint/correctness/useExhaustiveDependencies: `key` changes whenever a cell settles.
  const summaries = useMemo(() => {
    return summarizeColumns(useEvalStore.getState().run);
  }, [key, columns]);
  const best = useMemo(() => bestColumns(summaries), [summaries]);

  const spread = (value: Spread | undefined, format: (n: number) => string) =>
    value ? (
      <span className="inline-flex flex-col items-end">
        <span>{format(value.median)}</span>
        {value.p90 > value.p10 && (
          <span className="text-muted-foreground text-[11px]" data-testid="eval-summary-spread">
            {t("evaluate.spread", { min: format(value.p10), max: format(value.p90) })}
          </span>
        )}
      </span>
    ) : (
      "—"
    );
  const cell = (metric: SummaryMetric, columnId: string, content: ReactNode) => {
    const isBest = best[metric].includes(columnId);
    return (
      <td
        key={metric}
        className={cn(
          "px-2 py-1.5 text-right align-top whitespace-nowrap",
          isBest && "bg-emerald-500/10 font-semibold",
        )}
        data-testid={`eval-summary-${metric}`}
        data-best={isBest || undefined}
      >
        <span className="inline-flex items-start gap-1">
          {isBest && (
            <TrophyIcon
              className="mt-0.5 size-3 text-emerald-600 dark:text-emerald-400"
              aria-label={t("evaluate.best")}
            />
          )}
          {content}
        </span>
      </td>
    );
  };

  return (
    <section aria-labelledby={`${id}-title`} className="grid gap-2" data-testid="eval-summary">
      <h2 id={`${id}-title`} className="text-sm font-semibold">
        {t("evaluate.summaryTitle")}
      </h2>
      {/* biome-ignore lint/a11y/useSemanticElements: a labelled scrolling region inside the summary section. */}
      <div
        className="overflow-x-auto rounded-lg border"
        // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable region must be focusable.
        tabIndex={0}
        role="region"
        aria-labelledby={`${id}-title`}
      >
        <table className="w-full min-w-[44rem] border-collapse font-mono text-xs">
          <caption className="sr-only">{t("evaluate.summaryCaption")}</caption>
          <thead className="bg-muted/50 font-sans">
            <tr>
              <th scope="col" className="px-2 py-1.5 text-left font-medium">
                {t("evaluate.columnsTitle")}
              </th>
              {headers.map(([metric, label]) => (
                <th key={metric} scope="col" className="px-2 py-1.5 text-right font-medium">
                  {t(label)}
                </th>
              ))}
              <th scope="col" className="px-2 py-1.5 text-right font-medium">
                {t("evaluate.errors")}
              </th>
            </tr>
          </thead>
          <tbody>
            {summaries.map((s, index) => {
              const column = columns[index];
              return (
                <tr key={s.columnId} className="border-t" data-testid="eval-summary-row">
                  <th
                    scope="row"
                    className="max-w-56 truncate px-2 py-1.5 text-left font-normal"
                    title={column?.label}
                  >
                    {column?.label}
                  </th>
                  {cell(
                    "passRate",
                    s.columnId,
                    s.passRate === undefined
                      ? "—"
                      : `${f.number(s.passRate, { style: "percent" })} (${s.passed}/${s.graded})`,
                  )}
                  {cell("firstToken", s.columnId, spread(s.firstToken, f.duration))}
                  {cell("latency", s.columnId, spread(s.latency, f.duration))}
                  {cell(
                    "tokensPerSec",
                    s.columnId,
                    spread(s.tokensPerSec, (n) => f.number(n, { maximumFractionDigits: 1 })),
                  )}
                  {cell(
                    "tokens",
                    s.columnId,
                    s.done > 0 ? `${f.number(s.tokens.input)} / ${f.number(s.tokens.output)}` : "—",
                  )}
                  {cell(
                    "cost",
                    s.columnId,
                    s.cost === undefined ? "—" : f.number(s.cost, { maximumSignificantDigits: 4 }),
                  )}
                  <td className="px-2 py-1.5 text-right align-top" data-testid="eval-summary-errors">
                    {s.failed}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
      <PricesEditor models={columns.map((c) => c.model)} gateway={gateway} />
    </section>
  );
}
