"use client";

import { lazy, Suspense } from "react";
import { afterLoad } from "@/lib/after-load";
import type { ReplyMetadata } from "@/lib/conversations/metadata";

// The cost needs the price list's query, its schema and the saved prices: none of it is needed for the
// first paint, so it loads right after the page's load event (or on first use). A chunk that cannot be
// fetched shows no cost rather than breaking the reply.
const load = () => import("./reply-cost");
const Cost = lazy(() =>
  load().then(
    (m) => ({ default: m.ReplyCost }),
    () => ({ default: () => null }),
  ),
);

afterLoad(() => void load().catch(() => {}));

export function LazyReplyCost({ meta }: { meta: ReplyMetadata }) {
  return (
    <Suspense fallback={null}>
      <Cost meta={meta} />
    </Suspense>
  );
}
