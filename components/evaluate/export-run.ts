import Papa from "papaparse";
import { type CellResult, cellKey, type EvalRun } from "@/lib/evaluate/types";

// A run's results as files: one row (CSV) or one object (JSONL) per cell, case by case and column by
// column, with the case's values, the reply, each grade and the metrics. Loaded on demand.

export interface ExportRow {
  case: number;
  vars: Record<string, string>;
  expected?: string;
  column: string;
  model: string;
  vendor?: string;
  status: CellResult["status"];
  reply: string;
  pass?: boolean;
  grades: { kind: string; pass: boolean; reason: string }[];
  firstTokenMs?: number;
  totalMs?: number;
  tokensPerSec?: number;
  inputTokens?: number;
  outputTokens?: number;
  cost?: number;
  retries: number;
  error?: string;
}

export function exportRows(run: EvalRun): ExportRow[] {
  const rows: ExportRow[] = [];
  run.cases.forEach((c, index) => {
    for (const column of run.columns) {
      const cell = run.cells[cellKey(c.id, column.id)];
      const grades = cell?.grades ?? [];
      rows.push({
        case: index + 1,
        vars: c.vars,
        ...(c.expected !== undefined ? { expected: c.expected } : {}),
        column: column.label,
        model: column.model,
        ...(column.vendor ? { vendor: column.vendor } : {}),
        status: cell?.status ?? "queued",
        reply: cell?.text ?? "",
        ...(grades.length > 0 ? { pass: grades.every((g) => g.pass) } : {}),
        grades,
        firstTokenMs: cell?.firstTokenMs,
        totalMs: cell?.totalMs,
        tokensPerSec: cell?.tokensPerSec,
        inputTokens: cell?.usage?.input,
        outputTokens: cell?.usage?.output,
        cost: cell?.cost,
        retries: cell?.retries ?? 0,
        error: cell?.error?.message,
      });
    }
  });
  return rows;
}

export function runToJsonl(run: EvalRun): string {
  return exportRows(run)
    .map((row) => JSON.stringify(row))
    .join("\n")
    .concat("\n");
}

/** CSV with one column per variable; cells that a spreadsheet would run as formulas are escaped. */
export function runToCsv(run: EvalRun): string {
  const names = [...new Set(run.cases.flatMap((c) => Object.keys(c.vars)))];
  const rows = exportRows(run).map((r) => ({
    case: r.case,
    ...Object.fromEntries(names.map((n) => [n, r.vars[n] ?? ""])),
    expected: r.expected ?? "",
    column: r.column,
    model: r.model,
    vendor: r.vendor ?? "",
    status: r.status,
    reply: r.reply,
    pass: r.pass === undefined ? "" : r.pass ? "pass" : "fail",
    grades: r.grades.map((g) => `${g.kind}: ${g.pass ? "pass" : "fail"} (${g.reason})`).join("; "),
    first_token_ms: r.firstTokenMs ?? "",
    total_ms: r.totalMs ?? "",
    tokens_per_sec: r.tokensPerSec ?? "",
    input_tokens: r.inputTokens ?? "",
    output_tokens: r.outputTokens ?? "",
    cost: r.cost ?? "",
    retries: r.retries,
    error: r.error ?? "",
  }));
  return Papa.unparse(rows, { escapeFormulae: true, newline: "\n" });
}

/** Saves text as a file through a temporary link (no server round trip). */
export function downloadText(text: string, name: string, type: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = document.createElement("a");
  link.href = url;
  link.download = name;
  link.click();
  // The click starts the download asynchronously; revoking at once can cancel it in some browsers.
  window.setTimeout(() => URL.revokeObjectURL(url), 30_000);
}
