"use client";

// The inspector dialog itself; loaded by ../inspector-dialog.tsx once a reply is first inspected.

import { useState } from "react";
import { Dialog, DialogContent, DialogHeader, DialogTitle } from "@/components/ui/dialog";
import type { ExchangeLog } from "@/lib/conversations/exchange-log";
import { useExchange } from "@/lib/conversations/use-exchange";
import { useT } from "@/lib/i18n/provider";
import { ExchangePicker } from "./exchange-picker";
import { Inspector } from "./inspector";

export interface InspectorDialogProps {
  log: ExchangeLog;
  /** null: closed. */
  exchangeId: string | null;
  onClose: () => void;
  /** Several exchanges of one thing (a video job's create and status polls): the user picks one. */
  choices?: readonly string[];
}

export function InspectorDialogBody({ log, exchangeId, onClose, choices }: InspectorDialogProps) {
  const t = useT();
  const [picked, setPicked] = useState<string | null>(null);
  const selected = picked ?? exchangeId;
  const exchange = useExchange(log, selected ?? undefined);
  return (
    <Dialog
      open={exchangeId !== null}
      onOpenChange={(open) => {
        if (open) return;
        setPicked(null);
        onClose();
      }}
    >
      <DialogContent
        closeLabel={t("shared.close")}
        className="max-h-[90dvh] overflow-y-auto sm:max-w-3xl"
        data-testid="inspector-dialog"
      >
        <DialogHeader>
          <DialogTitle>{t("shared.inspector.title")}</DialogTitle>
        </DialogHeader>
        {choices && choices.length > 1 && (
          <ExchangePicker log={log} ids={choices} selected={selected} onSelect={setPicked} />
        )}
        <Inspector exchange={exchange} />
      </DialogContent>
    </Dialog>
  );
}
