"use client";

import { useOpenedOnce } from "@/lib/hooks/use-opened-once";
import type { ConfirmDialogProps } from "./confirm-dialog";
import { lazyDialog } from "./lazy-dialog";

// The confirmation (Radix dialog parts) stays out of the page's first load; it is drawn once first asked for.
const ConfirmDialogBody = lazyDialog(() => import("./confirm-dialog").then((m) => m.ConfirmDialog));

/** ConfirmDialog, loaded and drawn only once it has been opened (storage-bar.tsx, video-remove-button.tsx). */
export function ConfirmDialog(props: ConfirmDialogProps) {
  const opened = useOpenedOnce(props.open);
  return opened ? <ConfirmDialogBody {...props} /> : null;
}
