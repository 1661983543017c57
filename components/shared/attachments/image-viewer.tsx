"use client";

import { Dialog, DialogContent, DialogTitle } from "@/components/ui/dialog";

interface Props {
  open: boolean;
  onOpenChange: (open: boolean) => void;
  url: string;
  name: string;
}

/** An attached image at full size (up to the window), loaded with the dialog on first open. */
export function ImageViewer({ open, onOpenChange, url, name }: Props) {
  return (
    <Dialog open={open} onOpenChange={onOpenChange}>
      <DialogContent
        className="max-h-[95dvh] w-auto max-w-[95vw] p-3 sm:max-w-[95vw]"
        data-testid="image-viewer"
      >
        <DialogTitle className="truncate pr-8 text-sm">{name}</DialogTitle>
        {/* biome-ignore lint/performance/noImgElement: a data: URL the user attached. */}
        <img src={url} alt={name} className="max-h-[85dvh] max-w-full object-contain" />
      </DialogContent>
    </Dialog>
  );
}
