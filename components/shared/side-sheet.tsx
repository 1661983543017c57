"use client";

// A side column opened as a sheet on narrow screens; loaded by lazy-side-sheet.tsx once first opened.

import type { ReactNode } from "react";
import { Dialog, DialogContent, DialogTitle } from "@/components/ui/dialog";
import { useT } from "@/lib/i18n/provider";

const sheet =
  "top-0 left-auto right-0 max-h-dvh h-dvh translate-x-0 translate-y-0 overflow-y-auto rounded-none sm:max-w-sm";

export interface SideSheetProps {
  open: boolean;
  onOpenChange: (open: boolean) => void;
  /** Read by screen readers only. */
  title: string;
  children: ReactNode;
}

export function SideSheet({ open, onOpenChange, title, children }: SideSheetProps) {
  const t = useT();
  return (
    <Dialog open={open} onOpenChange={onOpenChange}>
      <DialogContent className={sheet} closeLabel={t("shared.close")}>
        <DialogTitle className="sr-only">{title}</DialogTitle>
        {children}
      </DialogContent>
    </Dialog>
  );
}
