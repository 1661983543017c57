/** Nearest-rank percentile of unsorted values (p in 0..100); NaN for an empty list. */
export function percentile(values: readonly number[], p: number): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const rank = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[rank] ?? Number.NaN;
}

export interface Spread {
  min: number;
  median: number;
  max: number;
  runs: number;
}

/** min / median / max of one figure measured once per run. */
export function spread(perRun: readonly number[]): Spread {
  const finite = perRun.filter((v) => Number.isFinite(v));
  return {
    min: finite.length ? Math.min(...finite) : Number.NaN,
    median: percentile(finite, 50),
    max: finite.length ? Math.max(...finite) : Number.NaN,
    runs: finite.length,
  };
}

export function round(n: number, digits = 2): number {
  const f = 10 ** digits;
  return Math.round(n * f) / f;
}

/** Wall clock in epoch ms with sub-ms precision, comparable with the simulator's `sim_sent_at`. */
export function nowMs(): number {
  return performance.timeOrigin + performance.now();
}
