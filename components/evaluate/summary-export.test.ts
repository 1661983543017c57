import { describe, expect, it } from "vitest";
import type { CellResult, EvalRun } from "@/lib/evaluate/types";
import { runToCsv, runToJsonl } from "./export-run";
import { bestColumns, summarizeColumn } from "./summary-stats";

const done = (text: string, pass: boolean, totalMs: number, cost?: number): CellResult => ({
  status: "done",
  text,
  firstTokenMs: totalMs / 4,
  totalMs,
  tokensPerSec: 1000 / totalMs,
  usage: { input: 10, output: 5 },
  ...(cost !== undefined ? { cost } : {}),
  retries: 0,
  grades: [{ kind: "contains", pass, reason: pass ? "found" : "missing" }],
});

const run: EvalRun = {
  id: "r",
  createdAt: 0,
  prompt: {
    api: "chat",
    model: "m",
    system: "",
    messages: [{ role: "user", content: "{{topic}}" }],
    params: {},
  },
  cases: [
    { id: "a", vars: { topic: "sea" }, expected: "salt" },
    { id: "b", vars: { topic: "=1+1" } },
  ],
  columns: [
    { id: "x", label: "fast", api: "chat", model: "fast-model" },
    { id: "y", label: "slow", api: "messages", model: "slow-model", vendor: "anthropic" },
  ],
  graders: [{ kind: "contains", value: "a" }],
  cells: {
    "a:x": done("salt water", true, 100, 0.001),
    "b:x": done("two", false, 300, 0.002),
    "a:y": done('salty, "sea"', true, 400),
    "b:y": { status: "error", text: "", retries: 2, error: { status: 429, message: "slow down" } },
  },
  concurrency: 4,
  perVendor: 2,
};

describe("summary", () => {
  it("gives pass rate, medians, tokens and cost per column, and the best per metric", () => {
    const x = summarizeColumn(run, "x");
    const y = summarizeColumn(run, "y");
    expect(x).toMatchObject({
      done: 2,
      errors: 0,
      graded: 2,
      passed: 1,
      passRate: 0.5,
      input: 20,
      output: 10,
    });
    expect(x.total).toEqual({ median: 200, min: 100, max: 300, count: 2 });
    expect(x.cost).toBeCloseTo(0.003);
    expect(y).toMatchObject({ done: 1, errors: 1, passRate: 1 });
    expect(y.cost).toBeUndefined();
    const best = bestColumns([x, y]);
    expect([...best.passRate]).toEqual(["y"]);
    expect([...best.total]).toEqual(["x"]);
    expect([...best.tokens]).toEqual(["y"]);
    expect(best.cost.size).toBe(0);
  });
});

describe("export", () => {
  it("writes one CSV row per cell with the reply and grades, formulas escaped", () => {
    const csv = runToCsv(run);
    const lines = csv.split("\n");
    expect(lines[0]).toMatch(/^case,topic,expected,column,model,vendor,status,reply,pass,grades,/);
    expect(lines).toHaveLength(5);
    expect(lines[1]).toContain("salt water,pass,contains: pass (found)");
    expect(csv).toContain('"salty, ""sea"""');
    expect(csv).toContain("'=1+1");
    expect(lines[4]).toContain("error");
    expect(lines[4]).toContain("slow down");
  });

  it("writes one JSON object per cell", () => {
    const rows = runToJsonl(run)
      .trim()
      .split("\n")
      .map((l) => JSON.parse(l));
    expect(rows).toHaveLength(4);
    expect(rows[0]).toMatchObject({ case: 1, column: "fast", reply: "salt water", pass: true });
    expect(rows[3]).toMatchObject({
      case: 2,
      column: "slow",
      status: "error",
      retries: 2,
      error: "slow down",
    });
  });
});
