"use client";

import { TrophyIcon } from "lucide-react";
import { useId, useMemo, useState } from "react";
import { LazyCostSource } from "@/components/shared/lazy-cost-source";
import { useComparePricesStore } from "@/lib/compare/prices-store";
import { type MetricId, metricIds, rankPanes, type Spread, summarizePane } from "@/lib/compare/stats";
import { useCompareStore } from "@/lib/compare/store";
import { type MessageKey, useFormat, useT } from "@/lib/i18n/provider";
import { type EffectivePrice, effectivePrice } from "@/lib/pricing/effective-price";
import { useGatewayPrices } from "@/lib/pricing/use-gateway-prices";
import { cn } from "@/lib/utils";
import { PricesEditor } from "./prices-editor";

const metricLabels: Record<MetricId, MessageKey> = {
  ttft: "compare.metric.ttft",
  total: "compare.metric.total",
  speed: "compare.metric.speed",
  promptTokens: "compare.metric.promptTokens",
  completionTokens: "compare.metric.completionTokens",
  reasoningTokens: "compare.metric.reasoningTokens",
  cachedTokens: "compare.metric.cachedTokens",
  cost: "compare.metric.cost",
};

/** Every pane's latest send side by side: median (and min–max over Repeat N), rank, best marked. */
export function SummaryTable() {
  const t = useT();
  const f = useFormat();
  const sortId = useId();
  const panes = useCompareStore((s) => s.panes);
  const turnRuns = useCompareStore((s) => s.turnRuns);
  const allRuns = useCompareStore((s) => s.allRuns);
  const prices = useComparePricesStore((s) => s.prices);
  const gateway = useGatewayPrices();
  const [sortBy, setSortBy] = useState<MetricId | "pane">("pane");
  // Each pane's price: what the user typed, else the gateway's (lib/pricing/effective-price.ts).
  const panePrices = useMemo(
    () =>
      Object.fromEntries(
        panes.map((p) => [p.id, effectivePrice(prices[p.model.trim()], gateway?.[p.model.trim()])]),
      ) as Record<string, EffectivePrice | undefined>,
    [panes, prices, gateway],
  );
  const summaries = useMemo(
    () => panes.map((p) => summarizePane(p.id, turnRuns[p.id] ?? [], allRuns[p.id] ?? [], panePrices[p.id])),
    [panes, turnRuns, allRuns, panePrices],
  );
  const ranks = useMemo(() => rankPanes(summaries), [summaries]);
  const hasRuns = summaries.some((s) => s.runs > 0);

  const rows = panes.map((pane, index) => ({ pane, index, summary: summaries[index] }));
  if (sortBy !== "pane") {
    const rank = ranks[sortBy];
    rows.sort((a, b) => (rank[a.pane.id] ?? 99) - (rank[b.pane.id] ?? 99) || a.index - b.index);
  }

  const format = (id: MetricId, value: number) =>
    id === "ttft" || id === "total"
      ? f.duration(value)
      : id === "speed"
        ? f.number(value, { maximumFractionDigits: 1 })
        : id === "cost"
          ? f.number(value, { maximumSignificantDigits: 4 })
          : f.number(Math.round(value));

  function cell(id: MetricId, paneId: string, spread: Spread | undefined) {
    const rank = ranks[id][paneId];
    const best = rank === 1;
    return (
      <td
        key={id}
        className={cn(
          "px-2 py-1.5 text-right align-top whitespace-nowrap",
          best && "bg-emerald-500/10 font-semibold",
        )}
        data-testid={`summary-${id}`}
        data-rank={rank}
        data-best={best || undefined}
        data-value={spread?.median}
      >
        {spread ? (
          <span className="inline-flex flex-col items-end">
            <span className="inline-flex items-center gap-1">
              {best && <TrophyIcon className="size-3 text-emerald-600 dark:text-emerald-400" aria-hidden />}
              {format(id, spread.median)}
              {id === "cost" && <LazyCostSource price={panePrices[paneId]} />}
              {rank !== undefined && (
                <span className="text-muted-foreground text-[10px] font-normal">
                  {best ? t("compare.best") : t("compare.rank", { rank })}
                </span>
              )}
            </span>
            {spread.count > 1 && (
              <span className="text-muted-foreground text-[11px] font-normal" data-testid="summary-spread">
                {t("compare.spread", { min: format(id, spread.min), max: format(id, spread.max) })}
              </span>
            )}
          </span>
        ) : (
          <span className="text-muted-foreground">—</span>
        )}
      </td>
    );
  }

  return (
    <section
      aria-labelledby={`${sortId}-title`}
      className="flex flex-col gap-2"
      data-testid="compare-summary"
    >
      <div className="flex flex-wrap items-center gap-2">
        <h2 id={`${sortId}-title`} className="text-sm font-semibold">
          {t("compare.summaryTitle")}
        </h2>
        <label htmlFor={sortId} className="text-muted-foreground ml-auto text-xs">
          {t("compare.sortBy")}
        </label>
        <select
          id={sortId}
          value={sortBy}
          onChange={(e) => setSortBy(e.target.value as MetricId | "pane")}
          className="bg-background h-8 rounded-md border px-2 text-sm"
          data-testid="summary-sort"
        >
          <option value="pane">{t("compare.sortPane")}</option>
          {metricIds.map((id) => (
            <option key={id} value={id}>
              {t(metricLabels[id])}
            </option>
          ))}
        </select>
      </div>
      <p className="text-muted-foreground text-xs">
        {hasRuns ? t("compare.summaryHint") : t("compare.summaryEmpty")}
      </p>
      {/* biome-ignore lint/a11y/useSemanticElements: a labelled scrolling region inside the summary section. */}
      <div
        className="overflow-x-auto rounded-lg border"
        // Wider than a phone: keyboard users scroll it with the arrow keys once focused (WCAG 2.1.1).
        // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable region must be focusable.
        tabIndex={0}
        role="region"
        aria-label={t("compare.summaryScroll")}
        data-testid="summary-scroll"
      >
        <table className="w-full min-w-[52rem] border-collapse font-mono text-xs">
          <caption className="sr-only">{t("compare.summaryCaption")}</caption>
          <thead className="bg-muted/50 font-sans">
            <tr>
              <th scope="col" className="px-2 py-1.5 text-left font-medium">
                {t("compare.pane")}
              </th>
              <th scope="col" className="px-2 py-1.5 text-right font-medium">
                {t("compare.runs")}
              </th>
              {metricIds.map((id) => (
                <th key={id} scope="col" className="px-2 py-1.5 text-right font-medium">
                  {t(metricLabels[id])}
                </th>
              ))}
              <th scope="col" className="px-2 py-1.5 text-right font-medium">
                {t("compare.totalCost")}
              </th>
            </tr>
          </thead>
          <tbody>
            {rows.map(({ pane, index, summary }) => (
              <tr key={pane.id} className="border-t" data-testid="summary-row" data-pane={index + 1}>
                <th scope="row" className="max-w-48 truncate px-2 py-1.5 text-left font-normal">
                  <span className="font-sans font-medium">{t("compare.paneTitle", { n: index + 1 })}</span>{" "}
                  {pane.model}
                </th>
                <td className="px-2 py-1.5 text-right align-top" data-testid="summary-runs">
                  {summary?.runs ?? 0}
                  {summary?.failed ? (
                    <span className="text-destructive">
                      {" "}
                      {t("compare.failedRuns", { count: summary.failed })}
                    </span>
                  ) : null}
                </td>
                {metricIds.map((id) => cell(id, pane.id, summary?.metrics[id]))}
                <td className="px-2 py-1.5 text-right align-top" data-testid="summary-total-cost">
                  {summary?.totalCost != null ? (
                    <span className="inline-flex items-center gap-1">
                      {format("cost", summary.totalCost)}
                      <LazyCostSource price={panePrices[pane.id]} />
                    </span>
                  ) : (
                    "—"
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <PricesEditor
        models={[...new Set(panes.map((p) => p.model.trim()).filter(Boolean))]}
        gateway={gateway}
      />
    </section>
  );
}
