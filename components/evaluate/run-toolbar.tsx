"use client";

import { DownloadIcon, ListChecksIcon, Trash2Icon } from "lucide-react";
import { ShareButton } from "@/components/share/share-button";
import { Button } from "@/components/ui/button";
import { toCsv, toJsonl } from "@/lib/evaluate/export";
import { useEvalStore } from "@/lib/evaluate/store";
import { useT } from "@/lib/i18n/provider";
import { saveFile } from "@/lib/save-file";
import { evaluateSnapshotFrom } from "@/lib/shares/evaluate";

const downloadText = (text: string, name: string, type: string) => saveFile(new Blob([text], { type }), name);

const stamp = () => new Date().toISOString().slice(0, 19).replace(/[:T]/g, "-");

/** Exports of the current run (CSV, JSONL), a share link, grading the replies again, Clear results. */
export function RunToolbar() {
  const t = useT();
  const running = useEvalStore((s) => s.running);
  const exportAs = (kind: "csv" | "jsonl") => {
    const run = useEvalStore.getState().run;
    if (kind === "csv") downloadText(toCsv(run), `evaluate-${stamp()}.csv`, "text/csv");
    else downloadText(toJsonl(run), `evaluate-${stamp()}.jsonl`, "application/jsonl");
  };
  return (
    <div className="flex flex-wrap gap-2" data-testid="eval-toolbar">
      <Button
        type="button"
        variant="outline"
        size="sm"
        onClick={() => exportAs("csv")}
        data-testid="eval-export-csv"
      >
        <DownloadIcon aria-hidden />
        {t("evaluate.exportCsv")}
      </Button>
      <Button
        type="button"
        variant="outline"
        size="sm"
        onClick={() => exportAs("jsonl")}
        data-testid="eval-export-jsonl"
      >
        <DownloadIcon aria-hidden />
        {t("evaluate.exportJsonl")}
      </Button>
      <ShareButton getSnapshot={() => evaluateSnapshotFrom(useEvalStore.getState().run)} disabled={running} />
      <Button
        type="button"
        variant="outline"
        size="sm"
        disabled={running}
        title={t("evaluate.regradeHint")}
        onClick={() => useEvalStore.getState().regradeAll()}
        data-testid="eval-regrade"
      >
        <ListChecksIcon aria-hidden />
        {t("evaluate.regrade")}
      </Button>
      <Button
        type="button"
        variant="ghost"
        size="sm"
        disabled={running}
        title={t("evaluate.clearResultsHint")}
        onClick={() => useEvalStore.getState().clearResults()}
        data-testid="eval-clear-results"
      >
        <Trash2Icon aria-hidden />
        {t("evaluate.clearResults")}
      </Button>
    </div>
  );
}
