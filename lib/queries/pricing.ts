import { queryOptions } from "@tanstack/react-query";
import { fetchJson } from "./http";
import { queryKeys } from "./keys";

/**
 * The gateway's price list (GET /api/apigo/pricing, relayed from new-api's /api/pricing), per model.
 * `scope` names the upstream: another upstream is another list. A gateway without one answers 404;
 * the query then fails quietly and no price is filled. new-api refreshes its list every minute; prices
 * change rarely, so it is read once per page visit and reused for ten minutes. The reader (its schema)
 * is a chunk of its own: no page needs it for its first paint.
 */
export const pricingQueryOptions = (scope: string) =>
  queryOptions({
    queryKey: [...queryKeys.pricing, scope],
    queryFn: async ({ signal }) => {
      const { gatewayPricesOf } = await import("@/lib/pricing/gateway-prices");
      return fetchJson("/api/apigo/pricing", { parse: gatewayPricesOf }, { signal });
    },
    staleTime: 10 * 60_000,
    retry: false,
  });
