import { describe, expect, it } from "vitest";
import { MAX_CASES, parseCases } from "./case-import";

const ids = () => {
  let n = 0;
  return () => `c${++n}`;
};

describe("parseCases", () => {
  it("reads CSV with a header row, quoted cells and an expected column", () => {
    const csv = 'topic,Expected\nsea,"waves, salt"\n"multi\nline",x\n';
    expect(parseCases(csv, ids())).toEqual({
      ok: true,
      truncated: false,
      cases: [
        { id: "c1", vars: { topic: "sea" }, expected: "waves, salt" },
        { id: "c2", vars: { topic: "multi\nline" }, expected: "x" },
      ],
    });
  });

  it("reads cells pasted from a spreadsheet (tabs) and skips blank rows", () => {
    const result = parseCases("topic\tstyle\r\nsea\tterse\r\n\t\r\nsky\tlong\r\n", ids());
    expect(result.ok && result.cases.map((c) => c.vars)).toEqual([
      { topic: "sea", style: "terse" },
      { topic: "sky", style: "long" },
    ]);
  });

  it("reads JSONL, stringifying non-string values, and names a bad line", () => {
    const ok = parseCases('{"topic":"sea","n":3}\n\n{"topic":"sky","expected":"blue"}', ids());
    expect(ok).toEqual({
      ok: true,
      truncated: false,
      cases: [
        { id: "c1", vars: { topic: "sea", n: "3" } },
        { id: "c2", vars: { topic: "sky" }, expected: "blue" },
      ],
    });
    expect(parseCases('{"a":"1"}\n[1,2]\n', ids())).toEqual({ ok: false, reason: "bad-line", line: 2 });
    expect(parseCases('{"a":"1"}\n{oops\n', ids())).toEqual({ ok: false, reason: "bad-line", line: 2 });
  });

  it("refuses empty and oversized input, and keeps at most MAX_CASES", () => {
    expect(parseCases("topic\n\n", ids())).toEqual({ ok: false, reason: "empty" });
    expect(parseCases("x".repeat(2_000_001), ids())).toEqual({ ok: false, reason: "too-big" });
    const many = `topic\n${Array.from({ length: MAX_CASES + 5 }, (_, i) => `t${i}`).join("\n")}`;
    const result = parseCases(many, ids());
    expect(result.ok && result.cases.length).toBe(MAX_CASES);
    expect(result.ok && result.truncated).toBe(true);
  });
});
