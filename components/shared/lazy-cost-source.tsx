"use client";

import { lazyAfterLoad } from "./lazy-after-load";

/** CostSource (the mark and its explanation), loaded after the page: a cost exists only after a reply. */
export const LazyCostSource = lazyAfterLoad(() => import("./cost-source").then((m) => m.CostSource));
