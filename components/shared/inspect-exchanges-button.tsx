"use client";

import { ScanSearchIcon } from "lucide-react";
import { useState } from "react";
import { Button } from "@/components/ui/button";
import { useT } from "@/lib/i18n/provider";
import type { ExchangesOf } from "@/lib/inspector/lazy-exchanges";
import { imageExchanges, videoExchanges } from "@/lib/inspector/owned-exchanges";
import { useOwnedExchanges } from "@/lib/inspector/use-owned-exchanges";
import { InspectorDialog } from "./inspector-dialog";

export interface InspectExchangesProps {
  /** Which tab's recorded requests. */
  of: ExchangesOf;
  /** The image batch or video job whose requests are shown. */
  owner: string;
  /** "icon": a small icon button (batch headers); "text": a labelled ghost button (job cards). */
  look: "icon" | "text";
}

/**
 * Opens the inspector on the requests this page made for one batch or job (create first, then status
 * polls). Absent when there are none in memory (after a reload: the exchanges are not stored).
 */
export function InspectExchangesButton({ of, owner, look }: InspectExchangesProps) {
  const t = useT();
  const exchanges = of === "images" ? imageExchanges : videoExchanges;
  const ids = useOwnedExchanges(exchanges, owner);
  const [open, setOpen] = useState(false);
  const first = ids[0];
  if (!first) return null;
  const label = t("shared.inspector.title");
  return (
    <>
      <Button
        type="button"
        variant="ghost"
        size={look === "icon" ? "icon-sm" : "sm"}
        onClick={() => setOpen(true)}
        aria-label={look === "icon" ? label : undefined}
        title={label}
        data-testid="media-inspect"
      >
        <ScanSearchIcon aria-hidden />
        {look === "text" && label}
      </Button>
      <InspectorDialog
        log={exchanges.log}
        exchangeId={open ? first : null}
        choices={ids}
        onClose={() => setOpen(false)}
      />
    </>
  );
}
