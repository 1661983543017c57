import { describe, expect, it } from "vitest";
import { splitBlocks } from "./split-blocks";

describe("splitBlocks", () => {
  it("splits paragraphs, keeps fenced code with blank lines whole", () => {
    const text =
      "# Title\n\nPara one\nstill one\n\n```js\nconst a = 1;\n\nconst b = 2;\n```\n\n| a | b |\n|---|---|\n| 1 | 2 |";
    expect(splitBlocks(text)).toEqual([
      "# Title",
      "Para one\nstill one",
      "```js\nconst a = 1;\n\nconst b = 2;\n```",
      "| a | b |\n|---|---|\n| 1 | 2 |",
    ]);
  });

  it("keeps an unfinished fence (still streaming) as the last block", () => {
    const text = "Intro\n\n~~~py\nx = 1\n\n";
    expect(splitBlocks(text)).toEqual(["Intro", "~~~py\nx = 1\n\n"]);
  });

  it("keeps display math with blank lines whole", () => {
    expect(splitBlocks("$$\na\n\nb\n$$\n\nafter")).toEqual(["$$\na\n\nb\n$$", "after"]);
  });

  it("gives earlier blocks identical strings as text grows (what lets them skip re-rendering)", () => {
    const full = "A para\n\n- item 1\n- item 2\n\nLast words here";
    const before = splitBlocks(full.slice(0, 30));
    const after = splitBlocks(full);
    expect(after.slice(0, before.length - 1)).toEqual(before.slice(0, -1));
    expect(after.join("\n\n")).toBe(full);
  });
});
