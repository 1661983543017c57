"use client";

import { CopyIcon, RotateCcwIcon, XIcon } from "lucide-react";
import { memo } from "react";
import { Button } from "@/components/ui/button";
import { MAX_PANES, MIN_PANES, type PaneSetup } from "@/lib/compare/setup";
import { useCompareStore } from "@/lib/compare/store";
import { useT } from "@/lib/i18n/provider";
import { LiveTimer } from "./live-timer";
import { useRunStart } from "./use-run-start";

interface Props {
  pane: PaneSetup;
  index: number;
  titleId: string;
  busy: boolean;
  onRerun: () => void;
}

/** Pane name and model, a live timer while it runs, and its own actions: re-run, duplicate, remove. */
export const PaneHeader = memo(function PaneHeader({ pane, index, titleId, busy, onRerun }: Props) {
  const t = useT();
  const count = useCompareStore((s) => s.panes.length);
  const anyBusy = useCompareStore((s) => Object.values(s.status).includes("running"));
  const { duplicate, removePane } = useCompareStore.getState();
  const since = useRunStart(busy);
  const n = index + 1;
  return (
    <div className="flex items-center gap-1">
      <h2 id={titleId} className="flex min-w-0 items-baseline gap-1.5 text-sm font-semibold">
        <span className="shrink-0">{t("compare.paneTitle", { n })}</span>
        <span
          className="text-muted-foreground truncate font-mono text-xs font-normal"
          data-testid="pane-title-model"
        >
          {pane.model || "—"}
        </span>
      </h2>
      {busy && since !== undefined && (
        <span className="text-muted-foreground ml-1 font-mono text-xs" data-testid="pane-elapsed">
          <LiveTimer since={since} />
        </span>
      )}
      <div className="ml-auto flex shrink-0 items-center">
        <Button
          variant="ghost"
          size="icon-sm"
          onClick={onRerun}
          disabled={busy}
          aria-label={t("compare.rerun", { n })}
          title={t("compare.rerun", { n })}
          data-testid="pane-rerun"
        >
          <RotateCcwIcon aria-hidden />
        </Button>
        <Button
          variant="ghost"
          size="icon-sm"
          onClick={() => duplicate(pane.id)}
          disabled={count >= MAX_PANES || anyBusy}
          aria-label={t("compare.duplicate", { n })}
          title={t("compare.duplicate", { n })}
          data-testid="pane-duplicate"
        >
          <CopyIcon aria-hidden />
        </Button>
        <Button
          variant="ghost"
          size="icon-sm"
          onClick={() => removePane(pane.id)}
          disabled={count <= MIN_PANES || anyBusy}
          aria-label={t("compare.remove", { n })}
          title={t("compare.remove", { n })}
          data-testid="pane-remove"
        >
          <XIcon aria-hidden />
        </Button>
      </div>
    </div>
  );
});
