"use client";

import { useCallback, useDeferredValue, useEffect, useState } from "react";
import { lazyDialog } from "@/components/shared/lazy-dialog";
import { WideTabLayout } from "@/components/shared/wide-tab-layout";
import { useEvalStore } from "@/lib/evaluate/store";
import { awaitBeforeReady } from "@/lib/hooks/use-hydrated";
import { useT } from "@/lib/i18n/provider";
import { useShortcuts } from "@/lib/shortcuts/use-shortcuts";
import { CaseTable } from "./case-table";
import { ColumnsEditor } from "./columns-editor";
import { GradersEditor } from "./graders-editor";
import { PromptEditor } from "./prompt-editor";
import { RunBar } from "./run-bar";

// The results (virtualized grid, summary, exports) and a cell's dialog load after the page.
const ResultsGrid = lazyDialog(() => import("./results-grid").then((m) => m.ResultsGrid));
const EvalSummary = lazyDialog(() => import("./eval-summary").then((m) => m.EvalSummary));
const RunToolbar = lazyDialog(() => import("./run-toolbar").then((m) => m.RunToolbar));
const CellDialog = lazyDialog(() => import("./cell-dialog").then((m) => m.CellDialog));

/** The saved run, or the shared one "Open in my playground" left for this tab (`?fork=1`). */
async function loadRun(): Promise<void> {
  await useEvalStore.getState().hydrate();
  if (!new URLSearchParams(window.location.search).has("fork")) return;
  const { takePendingFork } = await import("@/lib/shares/take-pending-fork");
  const fork = takePendingFork("evaluate");
  if (fork) useEvalStore.getState().loadRun(fork.run);
  window.history.replaceState(null, "", window.location.pathname);
}

/**
 * The Evaluate tab: one prompt with `{{variables}}` over a table of test cases, run against several
 * models or prompt versions; each reply is graded, and a summary compares the columns.
 */
export function EvaluateView() {
  const t = useT();
  const loaded = useEvalStore((s) => s.hydrated);
  // The page counts as loaded (`<html data-hydrated>`) once the saved run is read from IndexedDB
  // (and a run opened from a share link has replaced it).
  useEffect(() => awaitBeforeReady(loadRun()), []);
  const running = useEvalStore((s) => s.running);
  // The results (grid, summary, toolbar) mount in a render of their own after Run all, not in the
  // task that starts the run and locks the editors.
  const hasResults = useDeferredValue(useEvalStore((s) => Object.keys(s.run.cells).length > 0));
  const [opened, setOpened] = useState<{ row: number; col: number } | null>(null);
  const onOpen = useCallback((row: number, col: number) => setOpened({ row, col }), []);
  useShortcuts({ stop: running ? () => useEvalStore.getState().stop() : undefined });

  return (
    <WideTabLayout
      testId="evaluate-view"
      ready={loaded}
      title={t("evaluate.title")}
      intro={t("evaluate.intro")}
      toolbar={hasResults && <RunToolbar />}
      className="gap-5"
    >
      <div className="grid gap-5 lg:grid-cols-[minmax(0,3fr)_minmax(0,2fr)]">
        <PromptEditor disabled={running} />
        <div className="grid content-start gap-5">
          <ColumnsEditor disabled={running} />
          <GradersEditor disabled={running} />
        </div>
      </div>
      <CaseTable disabled={running} />
      <RunBar running={running} />
      <section className="grid gap-2" aria-labelledby="eval-results-title" data-testid="eval-results">
        <h2 id="eval-results-title" className="text-sm font-semibold">
          {t("evaluate.resultsTitle")}
        </h2>
        {hasResults ? (
          <ResultsGrid onOpen={onOpen} />
        ) : (
          <p className="text-muted-foreground text-sm">{t("evaluate.resultsEmpty")}</p>
        )}
      </section>
      {hasResults && <EvalSummary />}
      {opened && <CellDialog row={opened.row} col={opened.col} onClose={() => setOpened(null)} />}
    </WideTabLayout>
  );
}
