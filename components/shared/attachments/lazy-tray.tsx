"use client";

import { lazyDialog } from "@/components/shared/lazy-dialog";
import type { Attachments } from "@/lib/conversations/use-attachments";

// The previews and resize options stay out of the page's first load: drawn once an image is attached.
const Tray = lazyDialog(() => import("./attachment-tray").then((m) => m.AttachmentTray));

export function ComposerAttachments(props: {
  attachments: Attachments;
  withDetail: boolean;
  testId: string;
}) {
  const { items, problem } = props.attachments;
  return items.length > 0 || problem ? <Tray {...props} /> : null;
}
