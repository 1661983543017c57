import { describe, expect, it } from "vitest";
import type { Split } from "@/components/shared/grow-split";
import { splitBlocks, splitGrowing } from "./split-blocks";

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

  it("splitGrowing: text streamed in pieces splits as the whole does, earlier blocks keep their strings", () => {
    const full =
      "# Title\n\nPara one\n\n```js\nconst a = 1;\n\nconst b = 2;\n```\n\n$$\nx\n\ny\n$$\n\n- a\n- b\n\n\nEnd";
    for (const step of [1, 3, 7, 16]) {
      let split: Split | undefined;
      for (let n = 0; n <= full.length; n += step) {
        const previous = split;
        split = splitGrowing(previous, full.slice(0, n));
        expect(split.blocks).toEqual(splitBlocks(full.slice(0, n)));
        // Every block but the previous last one is the very same string (what memoised blocks compare).
        for (let i = 0; i < (previous?.blocks.length ?? 1) - 1; i++)
          expect(split.blocks[i]).toBe(previous?.blocks[i]);
      }
      split = splitGrowing(split, full);
      expect(split.blocks).toEqual(splitBlocks(full));
    }
  });

  it("splitGrowing: a text that does not extend the previous one is split anew", () => {
    const first = splitGrowing(undefined, "A\n\nB\n\nC");
    expect(splitGrowing(first, "A\n\nX").blocks).toEqual(["A", "X"]);
    expect(splitGrowing(first, first.text)).toBe(first);
  });
});
