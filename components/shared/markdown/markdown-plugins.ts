import rehypeHighlight from "rehype-highlight";
import rehypeKatex from "rehype-katex";
import remarkGfm from "remark-gfm";
import remarkMath from "remark-math";
import type { PluggableList } from "unified";

// No rehype-raw: HTML in model output stays text. remark-math reads `$$…$$` only: math-delimiters.ts
// rewrites `$…$` (by a rule that leaves prices like "$5 and $10" as text), `\(…\)` and `\[…\]` to it.
export const remarkPlugins: PluggableList = [remarkGfm, [remarkMath, { singleDollarTextMath: false }]];
// Built once: a plugin's attacher runs on every render, and rehype-highlight's registers ~40 grammars
// each time it runs. These plugins return the transformer made here.
let highlight: ReturnType<typeof rehypeHighlight> | undefined;
let katex: ReturnType<typeof rehypeKatex> | undefined;
export const rehypePlugins: PluggableList = [
  () => (highlight ??= rehypeHighlight({ detect: false, plainText: ["text", "txt", "plain"] })),
  () => (katex ??= rehypeKatex({ strict: "ignore", trust: false, output: "html" })),
];
