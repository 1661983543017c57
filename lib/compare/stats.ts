import { type ReplyMetadata, tokensPerSecond } from "@/lib/conversations/metadata";
import { type EffectivePrice, replyCost } from "@/lib/pricing/effective-price";
import type { RunRecord } from "./store";

// The summary's numbers: per pane and metric the median over the runs of the latest send (Repeat N),
// with the spread (min–max); then a rank per metric and the best value marked.

export const metricIds = [
  "ttft",
  "total",
  "speed",
  "promptTokens",
  "completionTokens",
  "reasoningTokens",
  "cachedTokens",
  "cost",
] as const;
export type MetricId = (typeof metricIds)[number];

/** Which way is better: faster and cheaper win; more tokens read from the cache win. */
export const betterIs: Record<MetricId, "lower" | "higher"> = {
  ttft: "lower",
  total: "lower",
  speed: "higher",
  promptTokens: "lower",
  completionTokens: "lower",
  reasoningTokens: "lower",
  cachedTokens: "higher",
  cost: "lower",
};

export function metricValue(id: MetricId, meta: ReplyMetadata, price?: EffectivePrice): number | undefined {
  const usage = meta.usage;
  switch (id) {
    case "ttft":
      return meta.ttftMs;
    case "total":
      return meta.totalMs;
    case "speed":
      return tokensPerSecond(meta);
    case "promptTokens":
      return usage?.promptTokens;
    case "completionTokens":
      return usage?.completionTokens;
    case "reasoningTokens":
      return usage?.reasoningTokens;
    case "cachedTokens":
      return usage?.cachedTokens;
    case "cost":
      return replyCost(meta, price);
  }
}

export interface Spread {
  median: number;
  min: number;
  max: number;
  count: number;
}

export function spreadOf(values: readonly number[]): Spread | undefined {
  if (values.length === 0) return undefined;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  const median =
    sorted.length % 2 === 1
      ? (sorted[mid] as number)
      : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
  return { median, min: sorted[0] as number, max: sorted.at(-1) as number, count: sorted.length };
}

export interface PaneSummary {
  paneId: string;
  runs: number;
  failed: number;
  metrics: Partial<Record<MetricId, Spread>>;
  /** Sum of the costs of every reply of the session in this pane. */
  totalCost?: number;
}

export function summarizePane(
  paneId: string,
  turnRuns: readonly RunRecord[],
  allRuns: readonly RunRecord[],
  price: EffectivePrice | undefined,
): PaneSummary {
  const ok = turnRuns.filter((r) => !r.failed);
  const metrics: PaneSummary["metrics"] = {};
  for (const id of metricIds) {
    const values = ok.map((r) => metricValue(id, r.meta, price)).filter((v): v is number => v != null);
    const spread = spreadOf(values);
    if (spread) metrics[id] = spread;
  }
  const costs = allRuns.map((r) => replyCost(r.meta, price)).filter((v): v is number => v != null);
  return {
    paneId,
    runs: turnRuns.length,
    failed: turnRuns.length - ok.length,
    metrics,
    ...(costs.length > 0 ? { totalCost: costs.reduce((a, b) => a + b, 0) } : {}),
  };
}

/**
 * Rank (1 = best) of each pane's median per metric; ties share a rank; panes without a value have
 * none. Ranks are only given when at least two panes have a value (one value has nothing to beat).
 */
export function rankPanes(summaries: readonly PaneSummary[]): Record<MetricId, Record<string, number>> {
  const out = {} as Record<MetricId, Record<string, number>>;
  for (const id of metricIds) {
    const sign = betterIs[id] === "lower" ? 1 : -1;
    const withValue = summaries
      .map((s) => ({ paneId: s.paneId, value: s.metrics[id]?.median }))
      .filter((e): e is { paneId: string; value: number } => e.value != null);
    const ranks: Record<string, number> = {};
    if (withValue.length >= 2) {
      const sorted = [...withValue].sort((a, b) => sign * (a.value - b.value));
      sorted.forEach((entry, index) => {
        const previous = sorted[index - 1];
        ranks[entry.paneId] =
          previous && previous.value === entry.value ? (ranks[previous.paneId] as number) : index + 1;
      });
    }
    out[id] = ranks;
  }
  return out;
}
