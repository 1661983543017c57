import { queryOptions } from "@tanstack/react-query";
import { fetchJson } from "./http";
import { queryKeys } from "./keys";

// new-api's balance (controller/billing.go): the grant in USD from .../subscription, the used part in
// cents from .../usage; remaining = hard_limit_usd - total_usage / 100. On failure new-api answers 200
// with {"error":…}: no number, so no balance is shown (the query errors quietly).
const SUBSCRIPTION = "/api/apigo/v1/dashboard/billing/subscription";
const USAGE = "/api/apigo/v1/dashboard/billing/usage";
/** What new-api reports for a key with unlimited quota. */
const UNLIMITED_USD = 100_000_000;

const numberField = (field: string) => ({
  parse(data: unknown): number {
    const value = (data as Record<string, unknown> | null)?.[field];
    if (typeof value !== "number" || !Number.isFinite(value)) throw new Error(`No ${field} in the reply`);
    return value;
  },
});

/** Remaining balance in USD; Infinity for an unlimited key. */
async function fetchBalance(): Promise<number> {
  const [granted, usedCents] = await Promise.all([
    fetchJson(SUBSCRIPTION, numberField("hard_limit_usd")),
    fetchJson(USAGE, numberField("total_usage")),
  ]);
  return granted >= UNLIMITED_USD ? Number.POSITIVE_INFINITY : Math.max(0, granted - usedCents / 100);
}

/** `scope` names who is asking (mode, upstream, key hint): another key or upstream is another balance. */
export const balanceQueryOptions = (scope: string) =>
  queryOptions({
    queryKey: [...queryKeys.balance, scope],
    queryFn: fetchBalance,
    staleTime: 30_000,
    retry: false,
  });

// Requests that may change the balance: model calls and compare runs (not polls, lists or video bytes).
const BILLED =
  /^\/api\/(apigo\/v1\/(chat\/completions|messages|images\/generations|videos(\/[^/]+\/remix)?)|compare)$/;

/**
 * Calls `onChange` (debounced) whenever such a request of this page has completed, body and all:
 * the browser's resource timing reports every fetch when its response ends, so no caller is touched.
 */
export function watchBilledRequests(onChange: () => void, delayMs = 400): () => void {
  if (typeof PerformanceObserver === "undefined") return () => {};
  let timer: ReturnType<typeof setTimeout> | undefined;
  const observer = new PerformanceObserver((list) => {
    const billed = list.getEntries().some((e) => {
      const url = new URL(e.name, location.href);
      return url.origin === location.origin && BILLED.test(url.pathname);
    });
    if (!billed) return;
    clearTimeout(timer);
    timer = setTimeout(onChange, delayMs);
  });
  observer.observe({ type: "resource", buffered: false });
  return () => {
    observer.disconnect();
    clearTimeout(timer);
  };
}
