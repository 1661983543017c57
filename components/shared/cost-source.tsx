"use client";

import { useFormat, useT } from "@/lib/i18n/provider";
import type { EffectivePrice } from "@/lib/pricing/effective-price";
import { explainPrice, sourceLabel } from "@/lib/pricing/explain";

/** The small mark beside a cost saying where its price came from; the tooltip says how it was computed. */
export function CostSource({ price }: { price: EffectivePrice | undefined }) {
  const t = useT();
  const f = useFormat();
  if (!price) return null;
  return (
    <span
      className="text-muted-foreground cursor-help text-[10px] font-normal underline decoration-dotted underline-offset-2"
      title={explainPrice(t, f, price)}
      data-testid="cost-source"
      data-source={price.source}
    >
      {sourceLabel(t, price.source)}
    </span>
  );
}
