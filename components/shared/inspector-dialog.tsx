"use client";

import { lazyDialog } from "@/components/shared/lazy-dialog";
import { Dialog, DialogContent, DialogHeader, DialogTitle } from "@/components/ui/dialog";
import { useExchange } from "@/lib/hooks/use-exchange";
import { useT } from "@/lib/i18n/provider";
import type { ExchangeLog } from "@/lib/streaming/exchange-log";

// The inspector (headers, bodies, SSE event list) is drawn only once a reply is inspected.
const Inspector = lazyDialog(() => import("./inspector/inspector").then((m) => m.Inspector));

interface Props {
  log: ExchangeLog;
  /** null: closed. */
  exchangeId: string | null;
  onClose: () => void;
}

export function InspectorDialog({ log, exchangeId, onClose }: Props) {
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
