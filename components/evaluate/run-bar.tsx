"use client";

import { PlayIcon, SquareIcon } from "lucide-react";
import { useId } from "react";
import { Button } from "@/components/ui/button";
import { useEvalStore } from "@/lib/evaluate/store";
import type { EvalRun } from "@/lib/evaluate/types";
import { useT } from "@/lib/i18n/provider";

function progressOf(run: EvalRun) {
  let done = 0;
  let retries = 0;
  for (const cell of Object.values(run.cells)) {
    if (cell.status === "done" || cell.status === "error") done++;
    retries += cell.retries;
  }
  return `${done}/${retries}`;
}

/** Limits, Run all / Stop and the run's progress. */
export function RunBar({ running }: { running: boolean }) {
  const t = useT();
  const id = useId();
  const concurrency = useEvalStore((s) => s.run.concurrency);
  const perVendor = useEvalStore((s) => s.run.perVendor);
  const total = useEvalStore((s) => s.run.cases.length * s.run.columns.length);
  const hasCases = useEvalStore((s) => s.run.cases.length > 0);
  const hasColumns = useEvalStore((s) => s.run.columns.length > 0);
  // One string per store update (a primitive, so the bar re-renders only when a count changes).
  const [done, retries] = useEvalStore((s) => progressOf(s.run))
    .split("/")
    .map(Number);
  const setLimits = useEvalStore((s) => s.setLimits);
  const blocker = !hasCases ? t("evaluate.needsCases") : !hasColumns ? t("evaluate.needsColumns") : null;

  const limit = (key: "concurrency" | "perVendor", label: string, hint: string, value: number) => (
    <div className="flex items-center gap-1.5">
      <label htmlFor={`${id}-${key}`} className="text-xs font-medium" title={hint}>
        {label}
      </label>
      <input
        id={`${id}-${key}`}
        type="number"
        min={1}
        max={16}
        value={value}
        disabled={running}
        onChange={(e) => {
          const n = Math.min(16, Math.max(1, Math.round(Number(e.target.value) || 1)));
          setLimits({ concurrency, perVendor, [key]: n });
        }}
        aria-describedby={`${id}-${key}-hint`}
        className="border-input dark:bg-input/30 h-8 w-16 rounded-md border bg-transparent px-2 text-base md:text-sm"
        data-testid={`eval-${key}`}
      />
      <span id={`${id}-${key}-hint`} className="sr-only">
        {hint}
      </span>
    </div>
  );

  return (
    <div
      className="bg-muted/30 flex flex-wrap items-center gap-3 rounded-lg border p-2.5"
      data-testid="eval-run-bar"
    >
      {limit("concurrency", t("evaluate.concurrency"), t("evaluate.concurrencyHint"), concurrency)}
      {limit("perVendor", t("evaluate.perVendor"), t("evaluate.perVendorHint"), perVendor)}
      <p
        className="text-muted-foreground min-w-0 flex-1 text-xs"
        role="status"
        data-testid="eval-progress"
        data-done={done}
        data-total={total}
      >
        {blocker ??
          (total > 0 && (done ?? 0) + (retries ?? 0) > 0
            ? `${t("evaluate.progress", { done: done ?? 0, total })}${retries ? ` · ${t("evaluate.retried", { count: retries })}` : ""}`
            : null)}
      </p>
      {running ? (
        <Button
          type="button"
          variant="destructive"
          size="sm"
          onClick={() => useEvalStore.getState().stop()}
          data-testid="eval-stop"
        >
          <SquareIcon aria-hidden />
          {t("evaluate.stop")}
        </Button>
      ) : (
        <Button
          type="button"
          size="sm"
          disabled={blocker !== null}
          onClick={() => void useEvalStore.getState().runAll()}
          data-testid="eval-run-all"
        >
          <PlayIcon aria-hidden />
          {t("evaluate.runAll")}
        </Button>
      )}
    </div>
  );
}
