"use client";

import { CheckIcon, LoaderIcon, XIcon } from "lucide-react";
import { memo } from "react";
import { useEvalStore } from "@/lib/evaluate/store";
import { replyPreview } from "@/lib/evaluate/tool-calls";
import { cellKey } from "@/lib/evaluate/types";
import { useFormat, useT } from "@/lib/i18n/provider";
import { cn } from "@/lib/utils";

// What a cell shows of a streaming reply: the grid stays cheap however long replies grow.
const PREVIEW_CHARS = 360;

/** One case × column: subscribes to its own cell only, so a streamed token redraws one cell. */
export const ResultCell = memo(function ResultCell({
  caseId,
  columnId,
  row,
  col,
  label,
  active,
  onOpen,
}: {
  caseId: string;
  columnId: string;
  row: number;
  col: number;
  label: string;
  active: boolean;
  onOpen: (row: number, col: number) => void;
}) {
  const t = useT();
  const f = useFormat();
  const cell = useEvalStore((s) => s.run.cells[cellKey(caseId, columnId)]);
  const status = cell?.status;
  const grades = cell?.grades ?? [];
  const pass = grades.length > 0 ? grades.every((g) => g.pass) : undefined;
  return (
    <td
      className="min-w-0 border-l p-0"
      data-testid="eval-cell"
      data-status={status ?? "none"}
      data-pass={pass}
    >
      <button
        type="button"
        tabIndex={active ? 0 : -1}
        onClick={() => onOpen(row, col)}
        aria-label={t("evaluate.openCell", { n: row + 1, label })}
        className="hover:bg-accent/50 focus-visible:ring-ring/50 flex h-full w-full flex-col gap-1 overflow-hidden p-2 text-left outline-none focus-visible:ring-[3px] focus-visible:ring-inset"
        data-cell={`${row}:${col}`}
      >
        <span className="flex items-center gap-1.5 text-[11px]">
          {status === "running" && (
            <LoaderIcon className="size-3 animate-spin motion-reduce:animate-none" aria-hidden />
          )}
          <span
            className={cn("text-muted-foreground", status === "error" && "text-destructive")}
            data-testid="eval-cell-status"
          >
            {status ? t(`evaluate.status.${status}`) : "—"}
          </span>
          {pass !== undefined && (
            <span
              className={cn(
                "ml-auto inline-flex items-center gap-0.5 rounded px-1 font-medium",
                pass
                  ? "bg-emerald-500/15 text-emerald-700 dark:text-emerald-300"
                  : "bg-red-500/10 text-red-800 dark:text-red-300",
              )}
              title={t("evaluate.passCount", {
                pass: grades.filter((g) => g.pass).length,
                total: grades.length,
              })}
              data-testid="eval-cell-grade"
            >
              {pass ? <CheckIcon className="size-3" aria-hidden /> : <XIcon className="size-3" aria-hidden />}
              {pass ? t("evaluate.pass") : t("evaluate.fail")}
            </span>
          )}
        </span>
        <span className="line-clamp-3 text-xs break-words whitespace-pre-wrap" data-testid="eval-cell-text">
          {cell?.error && !cell.text ? cell.error.message : cell && replyPreview(cell, PREVIEW_CHARS)}
        </span>
        {cell?.totalMs !== undefined && (
          <span
            className="text-muted-foreground mt-auto truncate font-mono text-[10px]"
            data-testid="eval-cell-metrics"
          >
            {cell.usage
              ? t("evaluate.cellMetrics", {
                  total: f.duration(cell.totalMs),
                  input: f.number(cell.usage.input),
                  output: f.number(cell.usage.output),
                })
              : f.duration(cell.totalMs)}
            {cell.retries > 0 ? ` · ${t("evaluate.retried", { count: cell.retries })}` : ""}
          </span>
        )}
      </button>
    </td>
  );
});
