"use client";

import { CheckIcon, RotateCcwIcon, XIcon } from "lucide-react";
import { useState } from "react";
import { CopyButton } from "@/components/shared/copy-button";
import { Button } from "@/components/ui/button";
import { Dialog, DialogContent, DialogDescription, DialogHeader, DialogTitle } from "@/components/ui/dialog";
import { useEvalStore } from "@/lib/evaluate/store";
import { cellKey } from "@/lib/evaluate/types";
import { useFormat, useT } from "@/lib/i18n/provider";
import { cn } from "@/lib/utils";
import { CellRequestView } from "./cell-request-view";
import { ToolCallsView } from "./tool-calls-view";

type Tab = "reply" | "request" | "code";

/** One cell in full: the whole reply, its grades and metrics, the request (Inspector) and View code. */
export function CellDialog({ row, col, onClose }: { row: number; col: number; onClose: () => void }) {
  const t = useT();
  const f = useFormat();
  const [tab, setTab] = useState<Tab>("reply");
  const evalCase = useEvalStore((s) => s.run.cases[row]);
  const column = useEvalStore((s) => s.run.columns[col]);
  const key = evalCase && column ? cellKey(evalCase.id, column.id) : "";
  const cell = useEvalStore((s) => s.run.cells[key]);
  const running = useEvalStore((s) => s.running);
  if (!evalCase || !column) return null;
  const tabs: [Tab, string][] = [
    ["reply", t("evaluate.cellReply")],
    ["request", t("evaluate.cellRequest")],
    ["code", t("evaluate.viewCode")],
  ];

  return (
    <Dialog open onOpenChange={(open) => !open && onClose()}>
      <DialogContent
        closeLabel={t("evaluate.close")}
        className="max-h-[90dvh] overflow-y-auto sm:max-w-3xl"
        data-testid="eval-cell-dialog"
      >
        <DialogHeader>
          <DialogTitle>{t("evaluate.cellTitle", { n: row + 1, label: column.label })}</DialogTitle>
          <DialogDescription className="font-mono text-xs break-words">
            {Object.entries(evalCase.vars)
              .map(([name, value]) => `${name} = ${value}`)
              .join(" · ")}
          </DialogDescription>
        </DialogHeader>
        <div className="flex flex-wrap gap-1.5">
          {tabs.map(([id, label]) => (
            <Button
              key={id}
              type="button"
              size="sm"
              variant={tab === id ? "secondary" : "ghost"}
              aria-pressed={tab === id}
              onClick={() => setTab(id)}
              data-testid={`eval-cell-tab-${id}`}
            >
              {label}
            </Button>
          ))}
          <Button
            type="button"
            size="sm"
            variant="outline"
            className="ml-auto"
            disabled={running || cell?.status === "running"}
            onClick={() => void useEvalStore.getState().rerunCell(key)}
            data-testid="eval-cell-rerun"
          >
            <RotateCcwIcon aria-hidden />
            {t("evaluate.rerun")}
          </Button>
        </div>
        {tab === "reply" ? (
          <div className="grid gap-3">
            {cell?.error && (
              <p role="alert" className="text-destructive text-sm" data-testid="eval-cell-error">
                {t("evaluate.cellError", {
                  status: cell.error.status ? ` (${cell.error.status})` : "",
                  message: cell.error.code ? t(`evaluate.errorCode.${cell.error.code}`) : cell.error.message,
                })}
              </p>
            )}
            {cell?.toolCalls?.length ? <ToolCallsView calls={cell.toolCalls} /> : null}
            <div
              className={cn("relative rounded-md border", cell?.toolCalls?.length && !cell.text && "hidden")}
            >
              <pre
                className="max-h-[50dvh] overflow-auto p-3 pr-10 text-sm break-words whitespace-pre-wrap"
                data-testid="eval-cell-reply"
              >
                {cell?.text}
              </pre>
              <CopyButton text={cell?.text ?? ""} className="absolute top-1 right-1" />
            </div>
            {cell?.totalMs !== undefined && (
              <p className="text-muted-foreground font-mono text-xs">
                {t("evaluate.metrics", {
                  ttft: cell.firstTokenMs !== undefined ? f.duration(cell.firstTokenMs) : "—",
                  total: f.duration(cell.totalMs),
                  speed:
                    cell.tokensPerSec !== undefined
                      ? f.number(cell.tokensPerSec, { maximumFractionDigits: 1 })
                      : "—",
                  input: cell.usage?.input ?? "—",
                  output: cell.usage?.output ?? "—",
                })}
                {cell.retries > 0 ? ` · ${t("evaluate.retried", { count: cell.retries })}` : ""}
              </p>
            )}
            {(cell?.grades?.length ?? 0) > 0 && (
              <section className="grid gap-1">
                <h3 className="text-sm font-semibold">{t("evaluate.cellGrades")}</h3>
                <ul className="grid gap-1 text-sm" data-testid="eval-cell-grades">
                  {cell?.grades?.map((g, i) => (
                    // biome-ignore lint/suspicious/noArrayIndexKey: grades follow the graders' order.
                    <li key={i} className="flex items-start gap-1.5">
                      {g.pass ? (
                        <CheckIcon
                          className="mt-0.5 size-4 shrink-0 text-emerald-600"
                          aria-label={t("evaluate.pass")}
                        />
                      ) : (
                        <XIcon
                          className="text-destructive mt-0.5 size-4 shrink-0"
                          aria-label={t("evaluate.fail")}
                        />
                      )}
                      <span className={cn("font-medium", !g.pass && "text-destructive")}>{g.kind}</span>
                      <span className="text-muted-foreground min-w-0 break-words">
                        {g.code ? t(`evaluate.grades.${g.code}`, g.params) : g.reason}
                      </span>
                    </li>
                  ))}
                </ul>
              </section>
            )}
          </div>
        ) : (
          <CellRequestView cellKey={key} api={column.api} mode={tab} />
        )}
      </DialogContent>
    </Dialog>
  );
}
