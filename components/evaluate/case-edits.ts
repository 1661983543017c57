import type { EvalCase } from "@/lib/evaluate/types";

// Edits of the test-case table as pure functions over the cases, so the table component stays thin.
// `names` are the table's variable columns in order; the expected column comes after them.

export const blankCase = (id: string): EvalCase => ({ id, vars: {} });

export const isBlank = (c: EvalCase) =>
  Object.values(c.vars).every((v) => v.trim() === "") && (c.expected ?? "").trim() === "";

function withValue(c: EvalCase, column: number, names: readonly string[], text: string): EvalCase {
  const name = names[column];
  if (name !== undefined) return { ...c, vars: { ...c.vars, [name]: text } };
  if (column === names.length) return { ...c, expected: text };
  return c;
}

/** One cell typed: variable `name`, or the expected value when `name` is undefined. */
export function setCell(cases: readonly EvalCase[], index: number, name: string | undefined, text: string) {
  return cases.map((c, i) => {
    if (i !== index) return c;
    return name === undefined ? { ...c, expected: text } : { ...c, vars: { ...c.vars, [name]: text } };
  });
}

/**
 * Cells pasted from a spreadsheet at (row, column): filled right and down as a spreadsheet does, new
 * rows added as needed; values past the expected column are dropped.
 */
export function pasteGrid(
  cases: readonly EvalCase[],
  names: readonly string[],
  row: number,
  column: number,
  grid: readonly (readonly string[])[],
  newId: () => string,
): EvalCase[] {
  const out = [...cases];
  grid.forEach((values, r) => {
    const index = row + r;
    let c = out[index] ?? blankCase(newId());
    values.forEach((text, k) => {
      c = withValue(c, column + k, names, text);
    });
    out[index] = c;
  });
  return out;
}

/** Imported cases after the ones typed so far; blank rows (a fresh table's first one) give way. */
export function appendCases(cases: readonly EvalCase[], imported: readonly EvalCase[]): EvalCase[] {
  return [...cases.filter((c) => !isBlank(c)), ...imported];
}

/** The table's variable columns: the prompt's, then any other name the cases carry (nothing is hidden). */
export function caseColumns(promptVariables: readonly string[], cases: readonly EvalCase[]): string[] {
  const names = new Set(promptVariables);
  for (const c of cases) for (const name of Object.keys(c.vars)) names.add(name);
  return [...names];
}
