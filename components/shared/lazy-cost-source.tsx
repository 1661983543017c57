"use client";

import { lazy, Suspense } from "react";
import { afterLoad } from "@/lib/after-load";
import type { EffectivePrice } from "@/lib/pricing/effective-price";

// The mark and its explanation (ratios, conversion) are needed only once a reply has a cost, which is
// after the page has loaded: their code loads right after the load event. A chunk that cannot be
// fetched leaves the cost without its mark.
const load = () => import("./cost-source");
const Mark = lazy(() =>
  load().then(
    (m) => ({ default: m.CostSource }),
    () => ({ default: () => null }),
  ),
);

afterLoad(() => void load().catch(() => {}));

/** CostSource, loaded after the page: where a cost's price came from. */
export function LazyCostSource({ price }: { price: EffectivePrice | undefined }) {
  if (!price) return null;
  return (
    <Suspense fallback={null}>
      <Mark price={price} />
    </Suspense>
  );
}
