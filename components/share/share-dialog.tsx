"use client";

import { Dialog, DialogContent, DialogDescription, DialogHeader, DialogTitle } from "@/components/ui/dialog";
import { useT } from "@/lib/i18n/provider";
import { MySharesList } from "./my-shares-list";
import type { ShareButtonProps } from "./share-button";
import { ShareForm } from "./share-form";

export function ShareDialog({
  open,
  onOpenChange,
  getSnapshot,
  videoJobId,
}: { open: boolean; onOpenChange: (open: boolean) => void } & Pick<
  ShareButtonProps,
  "getSnapshot" | "videoJobId"
>) {
  const t = useT();
  return (
    <Dialog open={open} onOpenChange={onOpenChange}>
      <DialogContent
        closeLabel={t("settings.close")}
        className="max-h-[90dvh] overflow-y-auto"
        data-testid="share-dialog"
      >
        <DialogHeader>
          <DialogTitle>{t("share.dialogTitle")}</DialogTitle>
          <DialogDescription>{t("share.dialogDescription")}</DialogDescription>
        </DialogHeader>
        <ShareForm getSnapshot={getSnapshot} videoJobId={videoJobId} />
        <MySharesList />
      </DialogContent>
    </Dialog>
  );
}
