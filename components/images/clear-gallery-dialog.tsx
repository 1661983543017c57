"use client";

// Loaded by storage-bar.tsx once "Clear gallery" is first pressed.

import { Button } from "@/components/ui/button";
import {
  Dialog,
  DialogClose,
  DialogContent,
  DialogDescription,
  DialogFooter,
  DialogHeader,
  DialogTitle,
} from "@/components/ui/dialog";
import { useT } from "@/lib/i18n/provider";
import type { ImageActions } from "@/lib/images/use-image-actions";

interface Props {
  open: boolean;
  onOpenChange: (open: boolean) => void;
  count: number;
  actions: ImageActions;
}

/** Asks before every stored image is deleted. */
export function ClearGalleryDialog({ open, onOpenChange, count, actions }: Props) {
  const t = useT();
  return (
    <Dialog open={open} onOpenChange={onOpenChange}>
      <DialogContent closeLabel={t("images.gallery.close")} data-testid="gallery-clear-dialog">
        <DialogHeader>
          <DialogTitle>{t("images.storage.clearTitle")}</DialogTitle>
          <DialogDescription>{t("images.storage.clearDescription", { count })}</DialogDescription>
        </DialogHeader>
        <DialogFooter>
          <DialogClose asChild>
            <Button variant="outline">{t("images.storage.keep")}</Button>
          </DialogClose>
          <Button
            variant="destructive"
            onClick={() => {
              onOpenChange(false);
              void actions.clearAll();
            }}
            data-testid="gallery-clear-confirm"
          >
            {t("images.storage.clearConfirm")}
          </Button>
        </DialogFooter>
      </DialogContent>
    </Dialog>
  );
}
