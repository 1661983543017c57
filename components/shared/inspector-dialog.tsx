"use client";

import { lazyDialog } from "@/components/shared/lazy-dialog";
import { useOpenedOnce } from "@/lib/hooks/use-opened-once";
import type { InspectorDialogProps } from "./inspector/inspector-dialog-body";

// The dialog (Radix dialog parts) and the inspector (headers, bodies, SSE event list) stay out of the
// page's first load; they are drawn once a reply is first inspected.
const InspectorDialogBody = lazyDialog(() =>
  import("./inspector/inspector-dialog-body").then((m) => m.InspectorDialogBody),
);

export function InspectorDialog(props: InspectorDialogProps) {
  const opened = useOpenedOnce(props.exchangeId !== null);
  return opened ? <InspectorDialogBody {...props} /> : null;
}
