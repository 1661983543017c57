import Papa from "papaparse";
import { MAX_CASES } from "@/lib/evaluate/schema";

// Loaded on demand, when cells copied from a spreadsheet are pasted into the case table.

/** Cells copied from a spreadsheet: tab-separated rows without a header, quoted cells allowed. */
export function parseGrid(text: string): string[][] {
  const parsed = Papa.parse<string[]>(text.replace(/\r?\n$/, ""), { delimiter: "\t", preview: MAX_CASES });
  return parsed.data;
}
