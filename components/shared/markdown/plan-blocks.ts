import { splitBlocks, splitGrowing } from "./split-blocks";

/**
 * Bounded work for any input (issue #16): some markdown costs the parser the square of its size
 * (`*a*a*a…`, `~a~a…`, `[a[a…`, long tables: micromark resolves delimiters by splicing its event list),
 * deep `>`/list nesting overflows the stack of mdast-util-to-hast, and KaTeX and highlight.js cost a lot
 * per character. scripts/markdown-cost.tsx measures each shape. So a block is rendered as markdown only
 * within these limits, and as plain text with a note past them; inside the limits a block's cost is
 * bounded, and the total per message (or share page) is capped, so the work is linear in the input.
 */
export const MARKDOWN_LIMITS = {
  /** Characters of one block (paragraph, list, table, quote). */
  blockChars: 8_000,
  /** Characters of one fenced code block: highlight.js is linear but not cheap. */
  codeChars: 20_000,
  /** Characters of one `$$` or `\[` display-math block (KaTeX). */
  mathChars: 2_000,
  /** Inline delimiters (`* _ ~ [ ] ! \` < &`) in one block: their resolution grows with the square. */
  inlineMarks: 200,
  /** Table pipes in one block. */
  tableCells: 600,
  /** `>` and list levels at the start of a line. */
  nesting: 32,
  /** Characters rendered as markdown per message; the rest is plain text. */
  messageChars: 40_000,
} as const;

/** Characters rendered as markdown on one share page, over all its messages and panes. */
export const SHARE_PAGE_MARKDOWN_CHARS = 40_000;

export interface PlannedBlock {
  text: string;
  /** Rendered as plain text with a note: past one of the limits. */
  plain: boolean;
}

/**
 * Where markdown stops in `text`: the start of the first block that does not end within `budget`
 * characters (blocks as splitBlocks cuts them). Everything from there on is one plain block. It depends
 * on the first `budget` characters only, so it stays put while a reply streams on past it.
 */
export function markdownCut(text: string, budget: number = MARKDOWN_LIMITS.messageChars): number {
  if (text.length <= budget) return text.length;
  // The last block of the first `budget` characters may go on past them: it is where the cut falls.
  return splitGrowing(undefined, text.slice(0, budget)).starts.at(-1) ?? 0;
}

/**
 * The blocks of `text` and how each renders: markdown within the limits of a block, plain text past
 * them, and past `budget` characters the rest of the text as one plain block.
 */
export function planBlocks(text: string, budget: number = MARKDOWN_LIMITS.messageChars): PlannedBlock[] {
  const cut = markdownCut(text, budget);
  const out = splitBlocks(text.slice(0, cut)).map((block) => ({ text: block, plain: !withinLimits(block) }));
  const rest = plainRest(text, cut);
  if (rest !== "") out.push({ text: rest, plain: true });
  return out;
}

/** What follows the markdown part (from `markdownCut`) as one plain block, without its leading blank lines. */
export function plainRest(text: string, cut: number): string {
  const rest = text.slice(cut);
  return rest.trim() === "" ? "" : rest.replace(/^\s*\n/, "");
}

/** How much of `budget` each text may render as markdown, in order (what planBlocks would spend). */
export function shareBudgets(texts: readonly string[], budget: number): number[] {
  let left = budget;
  return texts.map((t) => {
    const mine = Math.min(left, MARKDOWN_LIMITS.messageChars);
    left = Math.max(0, left - Math.min(t.length, mine));
    return mine;
  });
}

/** A block is rendered as markdown only within these limits (its parsing cost is then bounded). */
export function withinLimits(block: string): boolean {
  const head = block.trimStart();
  if (/^(`{3,}|~{3,})/.test(head)) return block.length <= MARKDOWN_LIMITS.codeChars;
  if (head.startsWith("$$") || head.startsWith("\\[")) return block.length <= MARKDOWN_LIMITS.mathChars;
  if (block.length > MARKDOWN_LIMITS.blockChars) return false;
  let marks = 0;
  let pipes = 0;
  let lineStart = true;
  let depth = 0;
  for (let i = 0; i < block.length; i++) {
    const c = block.charCodeAt(i);
    if (c === 10) {
      lineStart = true;
      depth = 0;
      continue;
    }
    if (lineStart) {
      // `>`, list bullets and indentation before a line's text: each may open one more level.
      if (c === 62 || c === 45 || c === 42 || c === 43) depth += 1;
      else if (c === 32 || c === 9) depth += 0.25;
      else lineStart = false;
      if (depth > MARKDOWN_LIMITS.nesting) return false;
    }
    const kind = c < 128 ? KIND[c] : 0;
    if (kind === 1) marks += 1;
    else if (kind === 2) pipes += 1;
  }
  return marks <= MARKDOWN_LIMITS.inlineMarks && pipes <= MARKDOWN_LIMITS.tableCells;
}

// What each ASCII character counts as: 1 an inline mark (* _ ~ [ ] ! ` < & $ \), 2 a table pipe.
const KIND = new Uint8Array(128);
for (const c of "*_~[]!`<&$\\") KIND[c.charCodeAt(0)] = 1;
KIND[124] = 2;
