import { describe, expect, it } from "vitest";
import type { Split } from "./grow-split";
import { splitParagraphs } from "./split-paragraphs";

describe("splitParagraphs", () => {
  it("cuts after each run of blank lines, and the pieces join back to the text", () => {
    const text = "First line\nsame paragraph\n\nSecond\n\n\n\nThird\n";
    expect(splitParagraphs(undefined, text).blocks).toEqual([
      "First line\nsame paragraph\n\n",
      "Second\n\n\n\n",
      "Third\n",
    ]);
  });

  it("gives a text streamed in pieces the same paragraphs as the whole, earlier ones the same strings", () => {
    const full = "Step 1: think.\n\nStep 2: more\nand more.\n\n\nStep 3: done.\n\n";
    let split: Split | undefined;
    for (let n = 0; n <= full.length; n += 2) {
      const previous = split;
      split = splitParagraphs(previous, full.slice(0, n));
      expect(split.blocks).toEqual(splitParagraphs(undefined, full.slice(0, n)).blocks);
      expect(split.blocks.join("")).toBe(full.slice(0, n));
      for (let i = 0; i < (previous?.blocks.length ?? 1) - 1; i++)
        expect(split.blocks[i]).toBe(previous?.blocks[i]);
    }
  });
});
