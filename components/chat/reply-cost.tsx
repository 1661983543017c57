"use client";

import { CostSource } from "@/components/shared/cost-source";
import { useComparePricesStore } from "@/lib/compare/prices-store";
import type { ReplyMetadata } from "@/lib/conversations/metadata";
import { useHydrated } from "@/lib/hooks/use-hydrated";
import { useFormat, useT } from "@/lib/i18n/provider";
import { effectivePrice, replyCost } from "@/lib/pricing/effective-price";
import { gatewayPriceFor } from "@/lib/pricing/gateway-prices";
import { useGatewayPrices } from "@/lib/pricing/use-gateway-prices";

/**
 * A reply's cost among its metrics: the gateway's price of its model (USD), or the user's own from the
 * compare tab's price list (their currency, shown as a plain number), and where the price came from.
 */
export function ReplyCost({ meta }: { meta: ReplyMetadata }) {
  const t = useT();
  const f = useFormat();
  const gateway = useGatewayPrices();
  const stored = useHydrated(useComparePricesStore);
  const own = useComparePricesStore((s) => s.prices);
  if (!meta.model) return null;
  const price = effectivePrice(stored ? own[meta.model] : undefined, gatewayPriceFor(meta.model, gateway));
  const cost = replyCost(meta, price);
  if (!price || cost === undefined) return null;
  const value = price.source === "gateway" ? f.price(cost) : f.number(cost, { maximumSignificantDigits: 4 });
  return (
    <span className="inline-flex items-center gap-1" data-testid="chat-cost" data-value={cost}>
      {t("pricing.costLabel", { value })}
      <CostSource price={price} />
    </span>
  );
}
