"use client";

import { CircleDollarSignIcon } from "lucide-react";
import { LazyCostSource } from "@/components/shared/lazy-cost-source";
import { Input } from "@/components/ui/input";
import { priceNumber, useComparePricesStore } from "@/lib/compare/prices-store";
import { useFormat, useT } from "@/lib/i18n/provider";
import { effectivePrice } from "@/lib/pricing/effective-price";
import type { GatewayPrices } from "@/lib/pricing/gateway-prices";

/**
 * Prices per 1M input/output tokens per model: the gateway's as placeholders where it publishes them,
 * overridden by what the user types (remembered in this browser).
 */
export function PricesEditor({ models, gateway }: { models: string[]; gateway: GatewayPrices | undefined }) {
  const t = useT();
  const f = useFormat();
  const prices = useComparePricesStore((s) => s.prices);
  const setPrice = useComparePricesStore((s) => s.setPrice);
  return (
    <details className="rounded-lg border" data-testid="compare-prices">
      <summary className="flex cursor-pointer list-none items-center gap-2 px-3 py-2 text-sm font-medium select-none">
        <CircleDollarSignIcon className="size-4" aria-hidden />
        {t("compare.pricesTitle")}
      </summary>
      <div className="grid gap-2 border-t p-3">
        <p className="text-muted-foreground text-xs">{t("compare.pricesHint")}</p>
        {models.map((model) => {
          const price = prices[model] ?? { input: "", output: "" };
          const listed = gateway?.[model];
          const field = (side: "input" | "output") => (
            <Input
              value={price[side]}
              onChange={(e) => setPrice(model, { ...price, [side]: e.target.value })}
              inputMode="decimal"
              placeholder={
                listed?.kind === "tokens"
                  ? f.price(listed[side])
                  : side === "input"
                    ? t("compare.priceInput")
                    : t("compare.priceOutput")
              }
              aria-label={t(side === "input" ? "compare.priceInputLabel" : "compare.priceOutputLabel", {
                model,
              })}
              aria-invalid={price[side].trim() !== "" && priceNumber(price[side]) === undefined}
              className="h-8 font-mono"
              data-testid={`price-${side}`}
            />
          );
          return (
            <div
              key={model}
              className="grid items-center gap-2 sm:grid-cols-[minmax(0,1fr)_8rem_8rem]"
              data-testid="price-row"
              data-model={model}
            >
              <span className="flex min-w-0 items-center gap-2">
                <code className="truncate text-xs">{model}</code>
                {listed?.kind === "call" && (
                  <span className="text-muted-foreground text-xs whitespace-nowrap">
                    {t("pricing.perCall", { price: f.price(listed.perCall) })}
                  </span>
                )}
                <LazyCostSource price={effectivePrice(price, listed)} />
              </span>
              {field("input")}
              {field("output")}
            </div>
          );
        })}
      </div>
    </details>
  );
}
