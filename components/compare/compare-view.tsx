"use client";

import { lazy, Suspense, useCallback, useEffect, useRef } from "react";
import { lazyAfterLoad } from "@/components/shared/lazy-after-load";
import { WideTabLayout } from "@/components/shared/wide-tab-layout";
import { useComparePricesStore } from "@/lib/compare/prices-store";
import { compareSetupLoaded, setupOf, useCompareStore } from "@/lib/compare/store";
import { useCompareClear } from "@/lib/compare/use-compare-clear";
import { useCompareFetch } from "@/lib/compare/use-compare-fetch";
import type { PaneController } from "@/lib/compare/use-compare-pane";
import { awaitBeforeReady, useHydrated } from "@/lib/hooks/use-hydrated";
import { useT } from "@/lib/i18n/provider";
import { useShortcuts } from "@/lib/shortcuts/use-shortcuts";
import { skipAnswers, skipWaitingCalls, type ToolAnswer, waitingCalls } from "@/lib/tools/answer";
import { cn } from "@/lib/utils";
import { CompareComposer } from "./compare-composer";
import { ComparePane } from "./compare-pane";
import { CompareToolbar } from "./compare-toolbar";

// The address sync (nuqs and its router adapter) stays out of the first load.
const CompareUrlState = lazy(() => import("./compare-url-state"));
// Empty until a send settles, below the panes: its stats, price editor and gateway prices wait for the
// load event (this paid for compare's shared tool set, #20).
const SummaryTable = lazyAfterLoad(() => import("./summary-table").then((m) => m.SummaryTable));
// Only a comparison with tools needs it, once a model has called one.
const AnswerAllPanes = lazyAfterLoad(() => import("./answer-all-panes").then((m) => m.AnswerAllPanes));

// Columns by pane count on wide screens; one column up to 640 px, two up to 1024 px.
const wideColumns: Record<number, string> = {
  2: "lg:grid-cols-2",
  3: "lg:grid-cols-3",
  4: "lg:grid-cols-2 xl:grid-cols-4",
  5: "lg:grid-cols-3",
  6: "lg:grid-cols-3",
};

/**
 * The compare tab: one prompt to 2–6 panes side by side, each with its own API, model, vendor and
 * parameters, streaming independently over one connection; a summary ranks them per metric.
 */
export function CompareView() {
  const t = useT();
  const panes = useCompareStore((s) => s.panes);
  const ready = useCompareStore((s) => s.ready);
  const hasTools = useCompareStore((s) => s.tools.tools.length > 0);
  const controllers = useRef(new Map<string, PaneController>());
  const fetchFor = useCompareFetch();
  const stored = useHydrated(useComparePricesStore, useCompareStore);
  // The page counts as loaded (`<html data-hydrated>`) once the setup is read from the address.
  useEffect(() => awaitBeforeReady(compareSetupLoaded()), []);

  const register = useCallback((id: string, controller: PaneController | null) => {
    if (controller) controllers.current.set(id, controller);
    else controllers.current.delete(id);
  }, []);

  const { clear, undo, forget } = useCompareClear(controllers);
  const sendAll = useCallback(
    (text: string) => {
      forget();
      const { repeat, panes: current } = useCompareStore.getState();
      for (const pane of current) void controllers.current.get(pane.id)?.run(text, repeat);
    },
    [forget],
  );
  // Skip: every pane's waiting calls get an error result; the prompt then goes to every pane (with no
  // prompt, the panes that waited continue from the skipped calls).
  const skipAll = useCallback(
    (text: string) => {
      for (const pane of useCompareStore.getState().panes) {
        const controller = controllers.current.get(pane.id);
        const messages = controller?.messages() ?? [];
        if (!controller || waitingCalls(messages).length === 0) continue;
        if (text) controller.replace(skipWaitingCalls(messages));
        else controller.answer(skipAnswers(messages));
      }
      if (text) sendAll(text);
    },
    [sendAll],
  );
  const stopAll = useCallback(() => {
    for (const controller of controllers.current.values()) controller.stop();
  }, []);
  const getSnapshot = useCallback(async () => {
    const messagesOf = (id: string) => controllers.current.get(id)?.messages() ?? [];
    const setup = setupOf(useCompareStore.getState());
    if (!setup.panes.some((p) => messagesOf(p.id).length > 0)) return undefined;
    // The builder and the share schemas load when a link is made, not with the page.
    const { compareSnapshotFromPanes } = await import("@/lib/compare/share");
    return compareSnapshotFromPanes(setup, messagesOf, useCompareStore.getState().tools);
  }, []);
  const answer = useCallback((id: string, answers: ReadonlyMap<string, ToolAnswer>) => {
    controllers.current.get(id)?.answer(answers);
  }, []);
  const rerun = useCallback((id: string) => {
    void controllers.current.get(id)?.run(null, useCompareStore.getState().repeat);
  }, []);

  // Esc stops every pane while any runs, as in the chat tab (the shortcut registry's "stop"); inside a
  // pane, Esc stops that pane only (ComparePane takes it first).
  const running = useCompareStore((s) => Object.values(s.status).includes("running"));
  useShortcuts({ stop: running ? stopAll : undefined });

  return (
    <WideTabLayout
      testId="compare-view"
      ready={ready}
      title={t("compare.title")}
      intro={t("compare.intro")}
      toolbar={<CompareToolbar getSnapshot={getSnapshot} onClear={clear} onUndoClear={undo} />}
      className="gap-4"
    >
      <CompareComposer onSend={sendAll} onStop={stopAll} onSkip={skipAll} />
      {hasTools && <AnswerAllPanes answer={answer} />}
      <div
        className={cn("grid grid-cols-1 items-start gap-3 sm:grid-cols-2", wideColumns[panes.length])}
        data-testid="compare-panes"
        data-count={panes.length}
      >
        {panes.map((pane, index) => (
          <ComparePane
            key={pane.id}
            pane={pane}
            index={index}
            fetchFn={fetchFor(pane.id)}
            register={register}
            onRerun={rerun}
          />
        ))}
      </div>
      <SummaryTable />
      {stored && (
        <Suspense fallback={null}>
          <CompareUrlState />
        </Suspense>
      )}
    </WideTabLayout>
  );
}
