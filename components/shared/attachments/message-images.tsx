"use client";

import type { FileUIPart } from "ai";
import { ImageOffIcon } from "lucide-react";
import { useState } from "react";
import { lazyDialog } from "@/components/shared/lazy-dialog";
import { useOpenedOnce } from "@/lib/hooks/use-opened-once";
import { useT } from "@/lib/i18n/provider";

const Viewer = lazyDialog(() => import("./image-viewer").then((m) => m.ImageViewer));

/** A message's attached image: a thumbnail that enlarges on click, or a note when it is no longer stored. */
export function MessageImage({ part }: { part: FileUIPart }) {
  const t = useT();
  const [open, setOpen] = useState(false);
  const opened = useOpenedOnce(open);
  const name = part.filename || part.mediaType;
  if (!part.url || part.url.startsWith("attachment:")) {
    return (
      <p className="flex items-center gap-1.5 text-xs opacity-80" data-testid="message-image-missing">
        <ImageOffIcon className="size-3.5" aria-hidden />
        {part.url ? name : t("shared.attach.notKept", { name })}
      </p>
    );
  }
  return (
    <>
      <button
        type="button"
        onClick={() => setOpen(true)}
        aria-label={t("shared.attach.open", { name })}
        className="w-fit cursor-zoom-in rounded focus-visible:ring-[3px] focus-visible:outline-none"
        data-testid="message-image"
      >
        {/* biome-ignore lint/performance/noImgElement: a data: URL the user attached, not a remote image. */}
        <img src={part.url} alt={name} className="max-h-40 max-w-full rounded border object-contain" />
      </button>
      {opened && <Viewer open={open} onOpenChange={setOpen} url={part.url} name={name} />}
    </>
  );
}
