import Papa from "papaparse";
import { describe, expect, it } from "vitest";
import { toCsv, toJsonl } from "./export";
import { bestColumns, percentile, summarizeColumns } from "./summary";
import { testRun } from "./test-helpers";
import type { CellResult } from "./types";

const done = (totalMs: number, pass: boolean, extra: Partial<CellResult> = {}): CellResult => ({
  status: "done",
  text: `reply ${totalMs}`,
  totalMs,
  firstTokenMs: totalMs / 4,
  usage: { input: 10, output: 20 },
  cost: 0.001,
  retries: 0,
  grades: [{ kind: "contains", pass, reason: pass ? "Contains" : "Does not contain" }],
  ...extra,
});

const run = testRun({
  cells: {
    "c1:a": done(100, true),
    "c2:a": done(200, true),
    "c3:a": done(300, false, { retries: 2 }),
    "c1:b": done(500, true),
    "c2:b": { status: "error", text: "", retries: 4, error: { status: 429, message: "rate limited" } },
    "c3:b": done(700, true, { text: '=HYPERLINK("http://evil")\nsecond line' }),
  },
});

describe("summary", () => {
  it("percentile interpolates", () => {
    expect(percentile([1, 2, 3, 4, 5], 0.5)).toBe(3);
    expect(percentile([0, 10], 0.1)).toBe(1);
  });

  it("per column: pass rate, latency spread, tokens, cost, retries; best per metric", () => {
    const [a, b] = summarizeColumns(run);
    expect(a).toMatchObject({ done: 3, graded: 3, passed: 2, tokens: { input: 30, output: 60 }, retries: 2 });
    expect(a?.passRate).toBeCloseTo(2 / 3);
    expect(a?.latency).toEqual({ median: 200, p10: 120, p90: 280 });
    expect(a?.cost).toBeCloseTo(0.003);
    expect(b).toMatchObject({ done: 2, failed: 1, passRate: 1, retries: 4 });
    const best = bestColumns([a, b].filter((s) => s !== undefined));
    expect(best.passRate).toEqual(["b"]);
    expect(best.latency).toEqual(["a"]);
    expect(best.cost).toEqual(["b"]);
  });
});

describe("export", () => {
  it("CSV: one row per cell with replies and grades, formula cells defused", () => {
    const csv = toCsv(run);
    const parsed = Papa.parse<Record<string, string>>(csv, { header: true, skipEmptyLines: true });
    expect(parsed.data).toHaveLength(6);
    expect(parsed.meta.fields?.slice(0, 4)).toEqual(["case", "topic", "expected", "column"]);
    const row = parsed.data[5];
    expect(row?.reply).toBe('\'=HYPERLINK("http://evil")\nsecond line');
    expect(row?.pass).toBe("pass");
    expect(parsed.data[1]?.grades).toBe("contains: pass (Contains)");
    expect(parsed.data.find((r) => r.status === "error")?.error).toBe("429: rate limited");
    expect(toCsv(testRun({ cases: [{ id: "c", vars: { topic: "-1+2" } }] }))).toContain("'-1+2");
  });

  it("JSONL: one object per cell", () => {
    const lines = toJsonl(run)
      .trim()
      .split("\n")
      .map((l) => JSON.parse(l));
    expect(lines).toHaveLength(6);
    expect(lines[0]).toMatchObject({
      case: 1,
      vars: { topic: "rust" },
      column: "GPT",
      status: "done",
      pass: true,
    });
  });
});

describe("stored runs", () => {
  it("keep grade codes and params through the schema (a reload shows translated verdicts)", async () => {
    const { evalRunSchema } = await import("./schema");
    const grade = {
      kind: "contains",
      pass: true,
      reason: "Contains “x”",
      code: "contains" as const,
      params: { needle: "x" },
    };
    const parsed = evalRunSchema.parse(
      testRun({ cells: { "c1:a": { status: "done", text: "x", retries: 0, grades: [grade] } } }),
    );
    expect(parsed.cells["c1:a"]?.grades).toEqual([grade]);
  });
});
