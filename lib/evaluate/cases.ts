import Papa from "papaparse";
import { newId } from "./ids";
import { MAX_IMPORT_CHARS } from "./import-limits";
import { MAX_CASES, MAX_VAR_CHARS } from "./schema";
import type { EvalCase } from "./types";

// Test cases from a CSV file (RFC 4180 quoting; papaparse), a TSV paste from a spreadsheet (cells
// with tabs or newlines come quoted) or JSONL (one object per line). The header row (or the keys)
// names the variables; a column or key `expected` is the expected value. Errors name the line.

export { MAX_IMPORT_CHARS };
export type CasesFormat = "csv" | "tsv" | "jsonl";

/** `code` + params for the UI's catalogue; `message` is the English text. */
export interface CasesError {
  code: "too-big" | "too-many" | "empty" | "header" | "fields" | "quotes" | "json" | "too-long";
  message: string;
  line?: number;
  limit?: number;
  detail?: string;
}

export type CasesResult =
  | { ok: true; cases: EvalCase[]; variables: string[] }
  | { ok: false; error: CasesError };

const variableName = /^[A-Za-z_][\w.-]{0,63}$/;
/** Column names read as the expected value (case-insensitive), the rest are variables. */
const expectedNames = new Set(["expected", "expect", "期望值", "预期"]);
const fail = (error: CasesError): CasesResult => ({ ok: false, error });

export function detectFormat(text: string, fileName = ""): CasesFormat {
  const lower = fileName.toLowerCase();
  if (lower.endsWith(".jsonl") || lower.endsWith(".ndjson")) return "jsonl";
  if (lower.endsWith(".tsv")) return "tsv";
  if (lower.endsWith(".csv")) return "csv";
  const trimmed = text.trimStart();
  if (trimmed.startsWith("{")) return "jsonl";
  const firstLine = trimmed.slice(0, trimmed.search(/\r?\n|$/));
  return firstLine.includes("\t") ? "tsv" : "csv";
}

export function parseCases(raw: string, format: CasesFormat = detectFormat(raw)): CasesResult {
  // Excel writes CSV with a byte-order mark; it is not part of the first column's name.
  const text = raw.replace(/^\uFEFF/, "");
  if (text.length > MAX_IMPORT_CHARS) {
    return fail({
      code: "too-big",
      limit: MAX_IMPORT_CHARS,
      message: `The data has ${text.length.toLocaleString("en")} characters; the limit is ${MAX_IMPORT_CHARS.toLocaleString("en")}. Split it into smaller files.`,
    });
  }
  const rows = format === "jsonl" ? jsonlRows(text) : delimitedRows(text, format === "tsv" ? "\t" : ",");
  if (!Array.isArray(rows)) return fail(rows);
  if (rows.length === 0)
    return fail({ code: "empty", message: "No test cases found: the data has no rows below the header." });
  if (rows.length > MAX_CASES) {
    return fail({
      code: "too-many",
      limit: MAX_CASES,
      message: `${rows.length} cases; the limit is ${MAX_CASES} per run. Split them into several runs.`,
    });
  }
  const variables = new Set<string>();
  const cases: EvalCase[] = [];
  for (const { line, values } of rows) {
    const vars: Record<string, string> = {};
    let expected: string | undefined;
    for (const [key, value] of Object.entries(values)) {
      if (value.length > MAX_VAR_CHARS) {
        return fail({
          code: "too-long",
          line,
          limit: MAX_VAR_CHARS,
          detail: key,
          message: `Line ${line}: “${key}” has over ${MAX_VAR_CHARS.toLocaleString("en")} characters.`,
        });
      }
      if (expectedNames.has(key.toLowerCase())) expected = value;
      else {
        vars[key] = value;
        variables.add(key);
      }
    }
    cases.push({ id: newId("c"), vars, ...(expected !== undefined && { expected }) });
  }
  return { ok: true, cases, variables: [...variables] };
}

interface Row {
  line: number;
  values: Record<string, string>;
}

function checkHeader(header: string[]): CasesError | undefined {
  const seen = new Set<string>();
  for (const [i, raw] of header.entries()) {
    const name = raw.trim();
    if (!variableName.test(name) && !expectedNames.has(name.toLowerCase())) {
      return {
        code: "header",
        line: 1,
        detail: name,
        message: `Line 1: column ${i + 1} ${name === "" ? "has no name" : `“${name}” is not a variable name (letters, digits, _ . -; starting with a letter)`}.`,
      };
    }
    if (seen.has(name.toLowerCase())) {
      return {
        code: "header",
        line: 1,
        detail: name,
        message: `Line 1: the column “${name}” appears twice.`,
      };
    }
    seen.add(name.toLowerCase());
  }
  return undefined;
}

function delimitedRows(text: string, delimiter: string): Row[] | CasesError {
  const records: { fields: string[]; line: number }[] = [];
  let error: CasesError | undefined;
  // Line numbers: newlines before each record's first character (quoted fields may span lines).
  let offset = 0;
  let line = 1;
  const advance = (to: number) => {
    for (; offset < to; offset++) if (text.charCodeAt(offset) === 10) line++;
  };
  Papa.parse<string[]>(text, {
    delimiter,
    skipEmptyLines: "greedy",
    step(result, p) {
      advance(offset);
      while (offset < text.length && /\s/.test(text[offset] ?? "")) advance(offset + 1);
      const start = line;
      const quote = result.errors.find((e) => e.type === "Quotes");
      if (quote && !error) {
        error = {
          code: "quotes",
          line: start,
          message: `Line ${start}: a quoted field is not closed (a " is missing).`,
        };
        p.abort();
        return;
      }
      records.push({ fields: result.data, line: start });
      advance(result.meta.cursor);
    },
  });
  if (error) return error;
  const [head, ...body] = records;
  if (!head) return [];
  const header = head.fields.map((f) => f.trim());
  const bad = checkHeader(header);
  if (bad) return bad;
  const rows: Row[] = [];
  for (const record of body) {
    if (record.fields.length !== header.length) {
      return {
        code: "fields",
        line: record.line,
        message: `Line ${record.line} has ${record.fields.length} field${record.fields.length === 1 ? "" : "s"}; the header has ${header.length}. Quote values that contain the delimiter.`,
      };
    }
    rows.push({
      line: record.line,
      values: Object.fromEntries(header.map((h, i) => [h, record.fields[i] ?? ""])),
    });
  }
  return rows;
}

function asText(value: unknown): string {
  if (value === null || value === undefined) return "";
  return typeof value === "string" ? value : JSON.stringify(value);
}

function jsonlRows(text: string): Row[] | CasesError {
  const rows: Row[] = [];
  const lines = text.split(/\r?\n/);
  for (const [i, raw] of lines.entries()) {
    const line = i + 1;
    if (raw.trim() === "") continue;
    let value: unknown;
    try {
      value = JSON.parse(raw);
    } catch (error) {
      const detail = error instanceof Error ? error.message : String(error);
      return { code: "json", line, detail, message: `Line ${line} is not valid JSON: ${detail}` };
    }
    if (typeof value !== "object" || value === null || Array.isArray(value)) {
      return { code: "json", line, message: `Line ${line} is not a JSON object ({"topic": "…"}).` };
    }
    const values: Record<string, string> = {};
    for (const [key, v] of Object.entries(value)) {
      if (!variableName.test(key) && !expectedNames.has(key.toLowerCase())) {
        return {
          code: "header",
          line,
          detail: key,
          message: `Line ${line}: “${key}” is not a variable name.`,
        };
      }
      values[key] = asText(v);
    }
    rows.push({ line, values });
  }
  return rows;
}
