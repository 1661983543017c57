"use client";

// The inspector dialog itself; loaded by ../inspector-dialog.tsx once a reply is first inspected.

import { Dialog, DialogContent, DialogHeader, DialogTitle } from "@/components/ui/dialog";
import type { ExchangeLog } from "@/lib/conversations/exchange-log";
import { useExchange } from "@/lib/conversations/use-exchange";
import { useT } from "@/lib/i18n/provider";
import { Inspector } from "./inspector";

export interface InspectorDialogProps {
  log: ExchangeLog;
  /** null: closed. */
  exchangeId: string | null;
  onClose: () => void;
}

export function InspectorDialogBody({ log, exchangeId, onClose }: InspectorDialogProps) {
  const t = useT();
  const exchange = useExchange(log, exchangeId ?? undefined);
  return (
    <Dialog open={exchangeId !== null} onOpenChange={(open) => !open && onClose()}>
      <DialogContent
        closeLabel={t("shared.close")}
        className="max-h-[90dvh] overflow-y-auto sm:max-w-3xl"
        data-testid="inspector-dialog"
      >
        <DialogHeader>
          <DialogTitle>{t("shared.inspector.title")}</DialogTitle>
        </DialogHeader>
        <Inspector exchange={exchange} />
      </DialogContent>
    </Dialog>
  );
}
