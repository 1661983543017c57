import Papa from "papaparse";
import { cellPassed } from "./summary";
import { gradedText } from "./tool-calls";
import type { EvalRun } from "./types";

// Export a run: one row (CSV) or object (JSONL) per cell with the case's variables, the reply, its
// grades and metrics. CSV is injection-safe: a cell starting with = + - @ (or their full-width
// forms), a tab or a carriage return gets a leading ' so a spreadsheet shows it as text.

/** papaparse's own escapeFormulae pattern misses multi-line values (`.` stops at a newline). */
const formulaStart = /^[=+\-@\t\r\uFF1D\uFF0B\uFF0D\uFF20]/;

export interface ExportRow {
  case: number;
  vars: Record<string, string>;
  expected?: string;
  column: string;
  model: string;
  vendor?: string;
  status: string;
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
  return run.cases.flatMap((c, i) =>
    run.columns.map((column) => {
      const cell = run.cells[`${c.id}:${column.id}`];
      const pass = cellPassed(cell);
      return {
        case: i + 1,
        vars: c.vars,
        ...(c.expected !== undefined && { expected: c.expected }),
        column: column.label,
        model: column.model,
        ...(column.vendor && { vendor: column.vendor }),
        status: cell?.status ?? "queued",
        // A reply that called tools exports what the graders saw: the JSON of its calls.
        reply: cell ? gradedText(cell) : "",
        ...(pass !== undefined && { pass }),
        grades: cell?.grades ?? [],
        firstTokenMs: cell?.firstTokenMs,
        totalMs: cell?.totalMs,
        tokensPerSec: cell?.tokensPerSec,
        inputTokens: cell?.usage?.input,
        outputTokens: cell?.usage?.output,
        cost: cell?.cost,
        retries: cell?.retries ?? 0,
        ...(cell?.error && {
          error: cell.error.status ? `${cell.error.status}: ${cell.error.message}` : cell.error.message,
        }),
      };
    }),
  );
}

function variableNames(run: EvalRun): string[] {
  const names = new Set<string>();
  for (const c of run.cases) for (const k of Object.keys(c.vars)) names.add(k);
  return [...names];
}

const round = (n: number | undefined, digits: number) => (n === undefined ? "" : Number(n.toFixed(digits)));

export function toCsv(run: EvalRun): string {
  const vars = variableNames(run);
  const fields = [
    "case",
    ...vars,
    "expected",
    "column",
    "model",
    "vendor",
    "status",
    "reply",
    "pass",
    "grades",
    "first_token_ms",
    "total_ms",
    "tokens_per_sec",
    "input_tokens",
    "output_tokens",
    "cost",
    "retries",
    "error",
  ];
  const data = exportRows(run).map((r) => [
    r.case,
    ...vars.map((v) => r.vars[v] ?? ""),
    r.expected ?? "",
    r.column,
    r.model,
    r.vendor ?? "",
    r.status,
    r.reply,
    r.pass === undefined ? "" : r.pass ? "pass" : "fail",
    r.grades.map((g) => `${g.kind}: ${g.pass ? "pass" : "fail"} (${g.reason})`).join("; "),
    round(r.firstTokenMs, 0),
    round(r.totalMs, 0),
    round(r.tokensPerSec, 1),
    r.inputTokens ?? "",
    r.outputTokens ?? "",
    round(r.cost, 6),
    r.retries,
    r.error ?? "",
  ]);
  // A header names the variables too: a variable called "=cmd" is escaped like any value.
  return Papa.unparse({ fields, data }, { escapeFormulae: formulaStart, newline: "\r\n" });
}

export function toJsonl(run: EvalRun): string {
  return exportRows(run)
    .map((r) => JSON.stringify(r))
    .join("\n")
    .concat("\n");
}
