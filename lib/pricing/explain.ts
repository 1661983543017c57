import type { Formatter } from "@/lib/i18n/format";
import type { Translate } from "@/lib/i18n/translator";
import type { EffectivePrice, PriceSource } from "./effective-price";
import type { GatewayPrice } from "./gateway-prices";

const sourceKeys = {
  gateway: "pricing.fromGateway",
  yours: "pricing.yours",
  mixed: "pricing.mixed",
} as const;

/** The short mark beside a cost: where its price came from. */
export function sourceLabel(t: Translate, source: PriceSource | "mixed"): string {
  return t(sourceKeys[source]);
}

/** How the gateway's entry became a price: its ratios, new-api's conversion and the group. */
export function explainGateway(t: Translate, f: Formatter, g: GatewayPrice): string {
  const group = g.group === undefined ? "" : t("pricing.explainGroup", { group: g.group });
  const groupRatio = f.number(g.groupRatio);
  if (g.kind === "call")
    return t("pricing.explainCall", {
      price: f.price(g.modelPrice),
      groupRatio,
      group,
      total: f.price(g.perCall),
    });
  return t("pricing.explainTokens", {
    ratio: f.number(g.modelRatio),
    groupRatio,
    group,
    input: f.price(g.input),
    completionRatio: f.number(g.completionRatio, { maximumFractionDigits: 4 }),
    output: f.price(g.output),
  });
}

/** The tooltip of a cost: where its price came from, and for the gateway's how it was computed. */
export function explainPrice(t: Translate, f: Formatter, price: EffectivePrice): string {
  if (price.source === "yours" || !price.gateway) return t("pricing.explainYours");
  const gateway = explainGateway(t, f, price.gateway);
  return price.source === "mixed" ? t("pricing.explainMixed", { gateway }) : gateway;
}
