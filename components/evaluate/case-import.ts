import Papa from "papaparse";
import type { EvalCase } from "@/lib/evaluate/types";

// Test cases from a file or a paste: CSV/TSV with a header row (Papa Parse guesses the delimiter, so
// cells copied from a spreadsheet work too) or JSONL. Loaded on demand (the import button, a paste).

export const MAX_IMPORT_BYTES = 2_000_000;
export const MAX_CASES = 1000;

export type ImportResult =
  | { ok: true; cases: EvalCase[]; truncated: boolean }
  | { ok: false; reason: "empty" | "too-big" | "bad-line"; line?: number };

const expectedNames = new Set(["expected", "expect", "期望值"]);

function toCase(row: Record<string, unknown>, newId: () => string): EvalCase | undefined {
  const vars: Record<string, string> = {};
  let expected: string | undefined;
  for (const [rawName, value] of Object.entries(row)) {
    const name = rawName.trim();
    if (name === "" || value == null) continue;
    const text = typeof value === "string" ? value : JSON.stringify(value);
    if (expectedNames.has(name.toLowerCase())) expected = text;
    else vars[name] = text;
  }
  const hasValue = Object.values(vars).some((v) => v.trim() !== "") || (expected ?? "").trim() !== "";
  if (!hasValue) return undefined;
  return { id: newId(), vars, ...(expected !== undefined ? { expected } : {}) };
}

function finish(rows: Record<string, unknown>[], newId: () => string): ImportResult {
  const cases: EvalCase[] = [];
  for (const row of rows) {
    if (cases.length === MAX_CASES) return { ok: true, cases, truncated: true };
    const c = toCase(row, newId);
    if (c) cases.push(c);
  }
  return cases.length > 0 ? { ok: true, cases, truncated: false } : { ok: false, reason: "empty" };
}

function parseJsonl(text: string, newId: () => string): ImportResult {
  const rows: Record<string, unknown>[] = [];
  const lines = text.split(/\r?\n/);
  for (const [index, line] of lines.entries()) {
    if (line.trim() === "") continue;
    let value: unknown;
    try {
      value = JSON.parse(line);
    } catch {
      return { ok: false, reason: "bad-line", line: index + 1 };
    }
    if (value === null || typeof value !== "object" || Array.isArray(value))
      return { ok: false, reason: "bad-line", line: index + 1 };
    rows.push(value as Record<string, unknown>);
    if (rows.length > MAX_CASES) break;
  }
  return finish(rows, newId);
}

/** Cases from CSV/TSV (header row) or JSONL text; JSONL when the first non-blank character is `{`. */
export function parseCases(text: string, newId: () => string = () => crypto.randomUUID()): ImportResult {
  if (text.length > MAX_IMPORT_BYTES) return { ok: false, reason: "too-big" };
  const body = text.replace(/^\uFEFF/, "");
  if (body.trimStart().startsWith("{")) return parseJsonl(body, newId);
  const parsed = Papa.parse<Record<string, string>>(body.trim(), {
    header: true,
    skipEmptyLines: "greedy",
    preview: MAX_CASES + 1,
  });
  return finish(parsed.data, newId);
}

/** Cells copied from a spreadsheet (tab-separated rows, quoted cells allowed), without a header. */
export function parseGrid(text: string): string[][] {
  const parsed = Papa.parse<string[]>(text.replace(/\r?\n$/, ""), { delimiter: "\t", preview: MAX_CASES });
  return parsed.data;
}
