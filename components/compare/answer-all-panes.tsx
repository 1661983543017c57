"use client";

import { Button } from "@/components/ui/button";
import { useCompareStore } from "@/lib/compare/store";
import { useT } from "@/lib/i18n/provider";
import { awaitingCalls, savedAnswerOf, savedAnswersFor, type ToolAnswer } from "@/lib/tools/answer";

interface Props {
  /** Gives one pane's waiting calls their results (the pane then continues). */
  answer: (paneId: string, answers: ReadonlyMap<string, ToolAnswer>) => void;
}

/**
 * Above the panes while models wait for tool results: answers every pane's waiting calls with the tools'
 * saved answers at once (the panes continue together, in one batched request), or says which tools
 * have none, so those calls are answered by hand in their panes.
 */
export function AnswerAllPanes({ answer }: Props) {
  const t = useT();
  const panes = useCompareStore((s) => s.panes);
  const histories = useCompareStore((s) => s.histories);
  const tools = useCompareStore((s) => s.tools);
  const busy = useCompareStore((s) => Object.values(s.status).includes("running"));
  const waiting = panes.flatMap((pane) => {
    const last = histories[pane.id]?.at(-1);
    const calls = awaitingCalls(last);
    return calls.length > 0 ? [{ id: pane.id, calls, answers: savedAnswersFor(last, tools) }] : [];
  });
  if (waiting.length === 0) return null;
  const names = waiting.flatMap((w) => (w.answers ? [] : w.calls.map((c) => c.toolName)));
  const missing = [...new Set(names)].filter((name) => !savedAnswerOf(tools, name));
  return (
    <div
      className="flex flex-wrap items-center gap-x-3 gap-y-2 rounded-lg border border-dashed p-3 text-sm"
      data-testid="compare-tool-calls"
    >
      <p role="status">{t("compare.toolsWaiting", { count: waiting.length })}</p>
      {missing.length > 0 && (
        <p className="text-muted-foreground text-xs" data-testid="compare-tools-missing">
          {t("compare.toolsNoSaved", { names: missing.join(", ") })}
        </p>
      )}
      <Button
        size="sm"
        className="ml-auto"
        disabled={busy || waiting.every((w) => !w.answers)}
        onClick={() => {
          for (const w of waiting) if (w.answers) answer(w.id, w.answers);
        }}
        data-testid="compare-answer-all"
      >
        {t("tools.call.sendAll")}
      </Button>
    </div>
  );
}
