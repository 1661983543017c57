"use client";

import { EraserIcon, PlusIcon, Undo2Icon } from "lucide-react";
import { useId } from "react";
import { ShareButton } from "@/components/share/share-button";
import { ToolsButton } from "@/components/shared/tools/tools-button";
import { Button } from "@/components/ui/button";
import { MAX_PANES } from "@/lib/compare/setup";
import { useCompareStore } from "@/lib/compare/store";
import { MAX_REPEAT } from "@/lib/compare/url-state";
import { useT } from "@/lib/i18n/provider";
import type { ShareSnapshot } from "@/lib/schemas/share";

interface Props {
  getSnapshot: () => Promise<ShareSnapshot | undefined>;
  onClear: () => void;
  /** Set right after a Clear, until the next send. */
  onUndoClear?: () => void;
}

/**
 * The tool set every pane sends, add a pane, keep parameters in sync, repeat each send N times, clear,
 * share the comparison.
 */
export function CompareToolbar({ getSnapshot, onClear, onUndoClear }: Props) {
  const t = useT();
  const id = useId();
  const count = useCompareStore((s) => s.panes.length);
  const sync = useCompareStore((s) => s.sync);
  const repeat = useCompareStore((s) => s.repeat);
  const busy = useCompareStore((s) => Object.values(s.status).includes("running"));
  const hasMessages = useCompareStore((s) => Object.values(s.histories).some((h) => h.length > 0));
  const tools = useCompareStore((s) => s.tools);
  const { addPane, setSync, setRepeat, setTools } = useCompareStore.getState();
  // The editor's words for tools every pane sends (Messages names `required` `any`).
  const toolsText = { requiredLabel: t("compare.toolsRequired"), description: t("compare.toolsDescription") };
  return (
    <div className="flex flex-wrap items-center gap-2 text-sm">
      <ToolsButton settings={tools} onChange={setTools} testId="compare-tools" {...toolsText} />
      <label
        className="flex items-center gap-2 rounded-md border px-2.5 py-1.5"
        title={t("compare.syncHint")}
      >
        <input
          type="checkbox"
          checked={sync}
          onChange={(e) => setSync(e.target.checked)}
          className="accent-primary size-4"
          data-testid="compare-sync"
        />
        {t("compare.sync")}
      </label>
      <div className="flex items-center gap-2 rounded-md border px-2.5 py-1" title={t("compare.repeatHint")}>
        <label htmlFor={id}>{t("compare.repeat")}</label>
        <select
          id={id}
          value={repeat}
          disabled={busy}
          onChange={(e) => setRepeat(Number(e.target.value))}
          className="bg-background h-7 rounded border px-1.5"
          data-testid="compare-repeat"
        >
          {Array.from({ length: MAX_REPEAT }, (_, i) => i + 1).map((n) => (
            <option key={n} value={n}>
              {t("compare.repeatTimes", { n })}
            </option>
          ))}
        </select>
      </div>
      <Button
        variant="outline"
        size="sm"
        onClick={addPane}
        disabled={count >= MAX_PANES || busy}
        title={count >= MAX_PANES ? t("compare.maxPanes", { max: MAX_PANES }) : t("compare.addPaneHint")}
        data-testid="compare-add-pane"
      >
        <PlusIcon aria-hidden />
        {t("compare.addPane")}
      </Button>
      {onUndoClear ? (
        <Button variant="outline" size="sm" onClick={onUndoClear} data-testid="compare-undo-clear">
          <Undo2Icon aria-hidden />
          {t("compare.undoClear")}
        </Button>
      ) : (
        <Button
          variant="outline"
          size="sm"
          onClick={onClear}
          disabled={busy || !hasMessages}
          title={t("compare.clearHint")}
          data-testid="compare-clear"
        >
          <EraserIcon aria-hidden />
          {t("compare.clear")}
        </Button>
      )}
      <span className="sr-only" role="status">
        {onUndoClear ? t("compare.cleared") : ""}
      </span>
      <ShareButton getSnapshot={getSnapshot} disabled={busy} />
    </div>
  );
}
