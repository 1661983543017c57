import { describe, expect, it } from "vitest";
import { MARKDOWN_LIMITS, planBlocks, shareBudgets } from "./plan-blocks";

const plainOf = (text: string, budget?: number) => planBlocks(text, budget).map((b) => b.plain);

describe("planBlocks", () => {
  it("renders ordinary markdown as markdown, block by block", () => {
    const text =
      "# Title\n\nSome **bold** and a [link](https://x.y).\n\n```js\nconst a = 1;\n```\n\n| a | b |\n|---|---|\n| 1 | 2 |";
    expect(planBlocks(text)).toEqual([
      { text: "# Title", plain: false },
      { text: "Some **bold** and a [link](https://x.y).", plain: false },
      { text: "```js\nconst a = 1;\n```", plain: false },
      { text: "| a | b |\n|---|---|\n| 1 | 2 |", plain: false },
    ]);
  });

  it("shows the shapes that cost the square of their size as plain text", () => {
    expect(plainOf("*a".repeat(500_000))).toEqual([true]);
    expect(plainOf("~a".repeat(MARKDOWN_LIMITS.inlineMarks + 1))).toEqual([true]);
    expect(plainOf("[a".repeat(MARKDOWN_LIMITS.inlineMarks / 2))).toEqual([false]);
    expect(plainOf(`|a|b|\n|-|-|\n${"|x|y|\n".repeat(MARKDOWN_LIMITS.tableCells / 3)}`)).toEqual([true]);
    expect(plainOf("x".repeat(MARKDOWN_LIMITS.blockChars + 1))).toEqual([true]);
  });

  it("shows nesting past the limit as plain text (it overflows the renderer's stack)", () => {
    expect(plainOf(`${">".repeat(MARKDOWN_LIMITS.nesting - 1)} a`)).toEqual([false]);
    expect(plainOf(`${">".repeat(MARKDOWN_LIMITS.nesting + 1)} a`)).toEqual([true]);
    const list = Array.from({ length: 80 }, (_, i) => `${"  ".repeat(i)}- a`).join("\n");
    expect(plainOf(list)).toEqual([true]);
  });

  it("caps code and math blocks by their own sizes", () => {
    const code = (n: number) => `\`\`\`js\n${"x".repeat(n)}\n\`\`\``;
    expect(plainOf(code(MARKDOWN_LIMITS.codeChars - 20))).toEqual([false]);
    expect(plainOf(code(MARKDOWN_LIMITS.codeChars))).toEqual([true]);
    expect(plainOf(`$$\n${"a+".repeat(MARKDOWN_LIMITS.mathChars)}\n$$`)).toEqual([true]);
    expect(plainOf(`\\[\n${"a+".repeat(MARKDOWN_LIMITS.mathChars)}\n\\]`)).toEqual([true]);
  });

  it("spends the budget in order and shows the rest as one plain block", () => {
    const para = "word ".repeat(199);
    const text = Array.from({ length: 10 }, () => para).join("\n\n");
    const planned = planBlocks(text, para.length * 3 + 10);
    expect(planned.map((b) => b.plain)).toEqual([false, false, false, true]);
    expect(planned[3]?.text).toBe(Array.from({ length: 7 }, () => para).join("\n\n"));
  });

  it("keeps the earlier blocks identical while text grows (streaming)", () => {
    const full = "A para\n\n- item 1\n- item 2\n\nLast words";
    expect(planBlocks(full).slice(0, 2)).toEqual(planBlocks(full.slice(0, 30)).slice(0, 2));
  });
});

describe("shareBudgets", () => {
  it("hands each text what is left, at most one message's worth", () => {
    expect(shareBudgets(["a".repeat(30), "", "b".repeat(50), "c"], 60)).toEqual([60, 30, 30, 0]);
    expect(shareBudgets(["x"], 10 ** 9)).toEqual([MARKDOWN_LIMITS.messageChars]);
  });
});
