"use client";

import { XIcon } from "lucide-react";
import { useEffect, useState } from "react";
import { Button } from "@/components/ui/button";
import { useT } from "@/lib/i18n/provider";
import { type UndoOffer as Offer, UNDO_MS, useUndoStore } from "@/lib/undo/store";

/**
 * "Image deleted · Undo" for UNDO_MS; the time stops while the pointer or the focus is on it (WCAG
 * 2.2.1). Never takes the focus. Loaded by undo-toast.tsx when the first removal offers an undo.
 */
export function UndoOffer({ offer }: { offer: Offer }) {
  const t = useT();
  const settle = useUndoStore((s) => s.settle);
  const [held, setHeld] = useState(false);
  const [failure, setFailure] = useState<{ id: number; text: string } | null>(null);
  const failed = failure?.id === offer.id ? failure.text : null;

  useEffect(() => {
    if (held) return;
    const timer = window.setTimeout(() => settle(offer.id), UNDO_MS);
    return () => window.clearTimeout(timer);
  }, [offer, held, settle]);

  async function undo() {
    try {
      await offer.undo();
      settle(offer.id);
      setHeld(false);
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      setFailure({ id: offer.id, text: t("shared.undo.failed", { message }) });
    }
  }

  return (
    <fieldset
      className="bg-popover text-popover-foreground pointer-events-auto m-0 flex min-w-0 max-w-md items-center gap-2 rounded-lg border py-1.5 pr-1.5 pl-4 text-sm shadow-lg"
      onPointerEnter={() => setHeld(true)}
      onPointerLeave={() => setHeld(false)}
      onFocus={() => setHeld(true)}
      onBlur={() => setHeld(false)}
      data-testid="undo-toast"
    >
      <span className="min-w-0 flex-1">{failed ?? offer.message}</span>
      <Button variant="outline" size="sm" onClick={() => void undo()} data-testid="undo-button">
        {t("shared.undo.undo")}
      </Button>
      <Button
        variant="ghost"
        size="icon-sm"
        onClick={() => settle(offer.id)}
        aria-label={t("shared.undo.dismiss")}
        title={t("shared.undo.dismiss")}
        data-testid="undo-dismiss"
      >
        <XIcon aria-hidden />
      </Button>
    </fieldset>
  );
}
