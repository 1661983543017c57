import { describe, expect, it } from "vitest";
import { PRETTY_MAX_CHARS, prettyIfJson, prettyJson } from "./pretty-json";

const nested = (depth: number) => JSON.parse(`${'{"a":'.repeat(depth)}1${"}".repeat(depth)}`) as unknown;

describe("prettyJson", () => {
  it("is JSON.stringify(v, null, 2) for ordinary values", () => {
    const values: unknown[] = [
      {
        model: "gpt-4o",
        messages: [{ role: "user", content: 'hi "there"\n' }],
        n: 1.5,
        ok: true,
        none: null,
      },
      [1, [2, [3, []]], {}],
      { skip: undefined, f: () => 1, date: new Date(0), list: [undefined, 2] },
      "text",
      42,
      null,
    ];
    for (const v of values)
      expect(prettyJson(v)).toEqual({ text: JSON.stringify(v, null, 2), truncated: false });
  });

  it("writes levels past maxDepth compactly: still the same JSON value, linear in size", () => {
    const v = nested(1000);
    const { text, truncated } = prettyJson(v, { maxChars: Number.POSITIVE_INFINITY });
    expect(truncated).toBe(false);
    expect(JSON.parse(text)).toEqual(v);
    // 6 bytes per level compact; the indented part adds at most ~2 x 12 spaces per level it covers.
    expect(text.length).toBeLessThan(7_000);
    expect(JSON.stringify(v, null, 2).length).toBeGreaterThan(1_000_000);
  });

  it("stops at maxChars and says so", () => {
    const big = Array.from({ length: 100_000 }, (_, i) => ({ i }));
    const { text, truncated } = prettyJson(big);
    expect(truncated).toBe(true);
    expect(text.length).toBe(PRETTY_MAX_CHARS);
    expect(text.startsWith('[\n  {\n    "i": 0\n  },')).toBe(true);
  });

  it("survives nesting deeper than the engine's stack (no throw)", () => {
    const deep = nested(200_000);
    const { text } = prettyJson(deep, { maxChars: Number.POSITIVE_INFINITY });
    expect(text.length).toBeGreaterThan(0);
  });
});

describe("prettyIfJson", () => {
  it("pretty-prints JSON and leaves other text alone, both capped", () => {
    expect(prettyIfJson('{"a":[1]}').text).toBe('{\n  "a": [\n    1\n  ]\n}');
    expect(prettyIfJson("data: x")).toEqual({ text: "data: x", truncated: false });
    expect(prettyIfJson("x".repeat(PRETTY_MAX_CHARS + 1)).truncated).toBe(true);
  });
});
