"use client";

// A yes/no question before a removal; loaded lazily through lazy-confirm-dialog.tsx.

import { Button } from "@/components/ui/button";
import * as D from "@/components/ui/dialog";
import { useT } from "@/lib/i18n/provider";

export interface ConfirmDialogProps {
  open: boolean;
  onOpenChange: (open: boolean) => void;
  title: string;
  description: string;
  keepLabel: string;
  confirmLabel: string;
  onConfirm: () => void;
  testId: string;
  confirmTestId: string;
}

/** Asks before a removal; the confirm button is the destructive one, Escape and the other keep things. */
export function ConfirmDialog(props: ConfirmDialogProps) {
  const t = useT();
  const {
    open,
    onOpenChange,
    title,
    description,
    keepLabel,
    confirmLabel,
    onConfirm,
    testId,
    confirmTestId,
  } = props;
  return (
    <D.Dialog open={open} onOpenChange={onOpenChange}>
      <D.DialogContent closeLabel={t("shared.close")} data-testid={testId}>
        <D.DialogHeader>
          <D.DialogTitle>{title}</D.DialogTitle>
          <D.DialogDescription>{description}</D.DialogDescription>
        </D.DialogHeader>
        <D.DialogFooter>
          <D.DialogClose asChild>
            <Button variant="outline">{keepLabel}</Button>
          </D.DialogClose>
          <Button
            variant="destructive"
            onClick={() => {
              onOpenChange(false);
              onConfirm();
            }}
            data-testid={confirmTestId}
          >
            {confirmLabel}
          </Button>
        </D.DialogFooter>
      </D.DialogContent>
    </D.Dialog>
  );
}
