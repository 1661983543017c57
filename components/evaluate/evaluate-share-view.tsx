import type { ViewI18n } from "@/components/share/view-types";
import { cellPassed, summarizeColumns } from "@/lib/evaluate/summary";
import { replyPreview } from "@/lib/evaluate/tool-calls";
import { cellKey } from "@/lib/evaluate/types";
import type { EvaluateSnapshot } from "@/lib/schemas/share";

// What a shared run shows of each reply: the page stays light for 100 × 6 cells; the full replies
// come with "Open in my playground".
const REPLY_CHARS = 280;

/** A shared Evaluate run, read-only: the prompt, per-column pass rates, then every case × column. */
export function EvaluateShareView({ snapshot, t, f }: { snapshot: EvaluateSnapshot } & ViewI18n) {
  const { run } = snapshot;
  const summaries = summarizeColumns(run);
  return (
    <div className="flex min-w-0 flex-col gap-4" data-testid="share-evaluate">
      <section className="grid gap-1 text-sm">
        <h2 className="font-semibold">{t("evaluate.promptTitle")}</h2>
        {run.prompt.system && (
          <p className="text-muted-foreground whitespace-pre-wrap">{run.prompt.system}</p>
        )}
        {run.prompt.messages.map((m, i) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: messages keep their order in a snapshot.
          <p key={i} className="font-mono text-xs whitespace-pre-wrap">
            {m.content}
          </p>
        ))}
      </section>
      <div className="overflow-x-auto rounded-lg border">
        <table className="w-full border-collapse text-xs" data-testid="share-evaluate-table">
          <caption className="sr-only">{t("evaluate.resultsTitle")}</caption>
          <thead className="bg-muted/50">
            <tr>
              <th scope="col" className="px-2 py-1.5 text-left font-medium">
                {t("evaluate.caseHeader")}
              </th>
              {run.columns.map((column, i) => (
                <th
                  key={column.id}
                  scope="col"
                  className="border-l px-2 py-1.5 text-left font-mono font-medium"
                >
                  {column.label}
                  <span className="text-muted-foreground block font-sans font-normal">
                    {t("evaluate.passRate")}:{" "}
                    {summaries[i]?.passRate === undefined
                      ? "—"
                      : f.number(summaries[i]?.passRate ?? 0, { style: "percent" })}
                  </span>
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {run.cases.map((c, row) => (
              <tr key={c.id} className="border-t align-top">
                <th scope="row" className="px-2 py-1.5 text-left font-normal">
                  <span className="font-medium">{t("evaluate.caseRow", { n: row + 1 })}</span>
                  <span className="text-muted-foreground block">{Object.values(c.vars).join(" · ")}</span>
                </th>
                {run.columns.map((column) => {
                  const cell = run.cells[cellKey(c.id, column.id)];
                  const pass = cellPassed(cell);
                  return (
                    <td key={column.id} className="border-l px-2 py-1.5" data-testid="share-evaluate-cell">
                      {pass !== undefined && (
                        <span
                          className={
                            pass ? "text-emerald-700 dark:text-emerald-300" : "text-red-800 dark:text-red-300"
                          }
                        >
                          {pass ? t("evaluate.pass") : t("evaluate.fail")}{" "}
                        </span>
                      )}
                      <span className="break-words whitespace-pre-wrap">
                        {cell ? replyPreview(cell, REPLY_CHARS) : ""}
                      </span>
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </div>
  );
}
