"use client";

import { useOpenedOnce } from "@/lib/hooks/use-opened-once";
import { lazyDialog } from "./lazy-dialog";
import type { SideSheetProps } from "./side-sheet";

// The sheet (Radix dialog parts) stays out of the first load; it is drawn once first opened.
const SideSheetBody = lazyDialog(() => import("./side-sheet").then((m) => m.SideSheet));

export function SideSheet(props: SideSheetProps) {
  const opened = useOpenedOnce(props.open);
  return opened ? <SideSheetBody {...props} /> : null;
}
