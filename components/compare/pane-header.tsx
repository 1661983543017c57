"use client";

import { CopyIcon, RotateCcwIcon, SquareIcon, XIcon } from "lucide-react";
import { memo } from "react";
import { Button } from "@/components/ui/button";
import { MAX_PANES, MIN_PANES, type PaneSetup } from "@/lib/compare/setup";
import { useCompareStore } from "@/lib/compare/store";
import { useFormat, useT } from "@/lib/i18n/provider";
import { LiveTimer } from "./live-timer";

interface Props {
  pane: PaneSetup;
  index: number;
  titleId: string;
  busy: boolean;
  /** When the current run started and when its first token showed (epoch ms), while it runs. */
  since?: number;
  firstTokenAt?: number;
  onRerun: () => void;
  /** Stops this pane's reply (the others go on). */
  onStop: () => void;
}

/** Pane name and model, a live timer while it runs, and its own actions: stop or re-run, duplicate, remove. */
export const PaneHeader = memo(function PaneHeader(props: Props) {
  const { pane, index, titleId, busy, since, firstTokenAt, onRerun, onStop } = props;
  const t = useT();
  const count = useCompareStore((s) => s.panes.length);
  const anyBusy = useCompareStore((s) => Object.values(s.status).includes("running"));
  const { duplicate, removePane } = useCompareStore.getState();
  const f = useFormat();
  const n = index + 1;
  return (
    <div className="flex flex-wrap items-center gap-1">
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
        <span className="text-muted-foreground ml-1 flex gap-2 font-mono text-xs" data-testid="pane-live">
          {firstTokenAt !== undefined && (
            <span data-testid="pane-live-ttft">
              {t("compare.liveTtft", { value: f.duration(firstTokenAt - since) })}
            </span>
          )}
          <LiveTimer since={since} />
        </span>
      )}
      <div className="ml-auto flex shrink-0 items-center">
        {busy ? (
          <Button
            variant="outline"
            size="sm"
            className="h-7 px-2"
            onClick={onStop}
            aria-label={t("compare.stopPane", { n })}
            aria-keyshortcuts="Escape"
            title={t("compare.stopPaneHint")}
            data-testid="pane-stop"
          >
            <SquareIcon aria-hidden />
            {t("compare.stop")}
          </Button>
        ) : (
          <Button
            variant="ghost"
            size="icon-sm"
            onClick={onRerun}
            aria-label={t("compare.rerun", { n })}
            title={t("compare.rerun", { n })}
            data-testid="pane-rerun"
          >
            <RotateCcwIcon aria-hidden />
          </Button>
        )}
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
