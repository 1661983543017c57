import { type QueryClient, queryOptions } from "@tanstack/react-query";
import type { GatewayPrices } from "@/lib/pricing/gateway-prices";
import type { SessionInfo } from "@/lib/schemas/session";
import { fetchJson } from "./http";
import { queryKeys } from "./keys";
import { sessionQueryOptions } from "./session";

/** Which upstream's price list applies to this session (each upstream has its own). */
export const pricingScope = (session: SessionInfo) =>
  `${session.upstream.kind}:${session.upstream.gateway ?? ""}`;

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

/** The price list of the session's upstream as the cache holds it now (undefined: not fetched, or none). */
export function cachedGatewayPrices(client: QueryClient): GatewayPrices | undefined {
  const session = client.getQueryData(sessionQueryOptions().queryKey);
  return session && client.getQueryData(pricingQueryOptions(pricingScope(session)).queryKey);
}
