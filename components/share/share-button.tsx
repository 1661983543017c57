"use client";

import { Share2Icon } from "lucide-react";
import { useState } from "react";
import { lazyDialog } from "@/components/shared/lazy-dialog";
import { Button } from "@/components/ui/button";
import { useT } from "@/lib/i18n/provider";
import type { ShareSnapshot } from "@/lib/schemas/share";

const ShareDialog = lazyDialog(() => import("./share-dialog").then((m) => m.ShareDialog));

export interface ShareButtonProps {
  /**
   * What is on screen now, built with a builder from lib/shares (chatSnapshotFrom, …). Read when the
   * user creates the link, not on every render. Undefined (or a rejected promise) means nothing to share.
   */
  getSnapshot: () => ShareSnapshot | undefined | Promise<ShareSnapshot | undefined>;
  /** Videos: the finished job whose MP4 the server stores with the link (fetched by id, with your key). */
  videoJobId?: string;
  disabled?: boolean;
  className?: string;
}

/** The Share button of a tab: opens the dialog that creates a link and lists this browser's links. */
export function ShareButton({ getSnapshot, videoJobId, disabled, className }: ShareButtonProps) {
  const t = useT();
  const [open, setOpen] = useState(false);
  return (
    <>
      <Button
        variant="outline"
        size="sm"
        onClick={() => setOpen(true)}
        disabled={disabled}
        className={className}
        data-testid="share-open"
      >
        <Share2Icon aria-hidden />
        {t("share.button")}
      </Button>
      {open && (
        <ShareDialog open={open} onOpenChange={setOpen} getSnapshot={getSnapshot} videoJobId={videoJobId} />
      )}
    </>
  );
}
