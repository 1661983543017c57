import { describe, expect, it } from "vitest";
import { appendCases, caseColumns, pasteGrid, setCell } from "./case-edits";

const ids = () => {
  let n = 0;
  return () => `n${++n}`;
};

describe("case edits", () => {
  it("sets one variable or the expected value", () => {
    const cases = [{ id: "a", vars: { topic: "sea" } }];
    expect(setCell(cases, 0, "topic", "sky")).toEqual([{ id: "a", vars: { topic: "sky" } }]);
    expect(setCell(cases, 0, undefined, "blue")).toEqual([
      { id: "a", vars: { topic: "sea" }, expected: "blue" },
    ]);
  });

  it("pastes a block right and down, adding rows and dropping what falls past the expected column", () => {
    const cases = [{ id: "a", vars: { topic: "sea", style: "terse" } }];
    const grid = [
      ["sky", "long", "blue", "extra"],
      ["sun", "short"],
    ];
    expect(pasteGrid(cases, ["topic", "style"], 0, 0, grid, ids())).toEqual([
      { id: "a", vars: { topic: "sky", style: "long" }, expected: "blue" },
      { id: "n1", vars: { topic: "sun", style: "short" } },
    ]);
    expect(pasteGrid(cases, ["topic", "style"], 0, 1, [["x", "y"]], ids())).toEqual([
      { id: "a", vars: { topic: "sea", style: "x" }, expected: "y" },
    ]);
  });

  it("appends imported cases after the typed ones, dropping blank rows", () => {
    const typed = [
      { id: "a", vars: { topic: "" } },
      { id: "b", vars: { topic: "sea" } },
    ];
    expect(appendCases(typed, [{ id: "c", vars: { topic: "sky" } }]).map((c) => c.id)).toEqual(["b", "c"]);
  });

  it("lists the prompt's variables first, then names only the cases carry", () => {
    expect(caseColumns(["topic"], [{ id: "a", vars: { tone: "dry", topic: "x" } }])).toEqual([
      "topic",
      "tone",
    ]);
  });
});
