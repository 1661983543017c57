import { describe, expect, it } from "vitest";
import { effectivePrice, replyCost } from "@/lib/pricing/effective-price";
import type { ModelPrice } from "./prices-store";
import { rankPanes, spreadOf, summarizePane } from "./stats";

const typed = (price: ModelPrice) => effectivePrice(price, undefined);

const run = (ttftMs: number, totalMs: number, completionTokens: number, failed = false) => ({
  meta: { ttftMs, totalMs, usage: { promptTokens: 100, completionTokens } },
  failed,
});

describe("compare stats", () => {
  it("medians and spreads over odd and even counts", () => {
    expect(spreadOf([5, 1, 3])).toEqual({ median: 3, min: 1, max: 5, count: 3 });
    expect(spreadOf([4, 1, 3, 2])).toEqual({ median: 2.5, min: 1, max: 4, count: 4 });
    expect(spreadOf([])).toBeUndefined();
  });

  it("costs a reply from per-million prices, and needs the counts a price applies to", () => {
    const meta = { usage: { promptTokens: 2_000, completionTokens: 500 } };
    expect(replyCost(meta, typed({ input: "3", output: "15" }))).toBeCloseTo(0.006 + 0.0075);
    expect(replyCost(meta, typed({ input: "", output: "" }))).toBeUndefined();
    expect(replyCost({}, typed({ input: "3", output: "" }))).toBeUndefined();
    expect(replyCost(meta, typed({ input: "abc", output: "10" }))).toBeCloseTo(0.005);
  });

  it("costs a per-call model its price per reply, token counts or not", () => {
    const perCall = { kind: "call", perCall: 0.04, modelPrice: 0.04, groupRatio: 1 } as const;
    expect(replyCost({}, effectivePrice(undefined, perCall))).toBe(0.04);
  });

  it("leaves failed runs out of the medians but counts them", () => {
    const s = summarizePane(
      "a",
      [run(100, 1100, 100), run(300, 2300, 100), run(0, 0, 0, true)],
      [],
      undefined,
    );
    expect(s.runs).toBe(3);
    expect(s.failed).toBe(1);
    expect(s.metrics.ttft).toEqual({ median: 200, min: 100, max: 300, count: 2 });
    expect(s.metrics.speed?.max).toBeCloseTo(100);
    expect(s.metrics.cost).toBeUndefined();
  });

  it("ranks lower-is-better and higher-is-better metrics, with ties and missing values", () => {
    const fast = summarizePane("fast", [run(100, 1100, 200)], [], undefined);
    const slow = summarizePane("slow", [run(100, 5100, 100)], [], undefined);
    const broken = summarizePane("broken", [run(0, 0, 0, true)], [], undefined);
    const ranks = rankPanes([slow, fast, broken]);
    expect(ranks.speed).toEqual({ fast: 1, slow: 2 });
    expect(ranks.total).toEqual({ fast: 1, slow: 2 });
    expect(ranks.ttft).toEqual({ fast: 1, slow: 1 });
    expect(ranks.completionTokens).toEqual({ slow: 1, fast: 2 });
    expect(rankPanes([fast]).speed).toEqual({});
  });

  it("totals the cost of every run of the session", () => {
    const all = [run(1, 2, 1_000_000), run(1, 2, 1_000_000)];
    expect(summarizePane("a", [], all, typed({ input: "0", output: "2" })).totalCost).toBeCloseTo(4);
  });
});
