// Which markdown inputs cost more than linear time in the renderer we ship (issue #16 item 3): each
// shape is rendered at n and 2n characters with the real plugin list (react-markdown, GFM, math,
// KaTeX, highlight.js) through react-dom/server; a time ratio near 2 is linear, near 4 quadratic.
// With --capped the text goes through planBlocks() first, as the Markdown component does.
//
//   npx tsx scripts/markdown-cost.tsx [--n 8000] [--capped]
import { renderToString } from "react-dom/server";
import ReactMarkdown from "react-markdown";
import { rehypePlugins, remarkPlugins } from "@/components/shared/markdown/markdown-plugins";
import { planBlocks } from "@/components/shared/markdown/plan-blocks";

const argv = process.argv.slice(2);
const n0 = Number(argv[argv.indexOf("--n") + 1] || 8000);
const capped = argv.includes("--capped");

const fill = (unit: string, n: number) => unit.repeat(Math.ceil(n / unit.length)).slice(0, n);
const shapes: Record<string, (n: number) => string> = {
  "emphasis *a": (n) => fill("*a", n),
  "emphasis _a_ words": (n) => fill("a_a ", n),
  "strong/em mix": (n) => fill("*a**b***c", n),
  "strikethrough ~a": (n) => fill("~a", n),
  "open brackets [a": (n) => fill("[a", n),
  "links [a](b": (n) => fill("[a](b ", n),
  "images ![a": (n) => fill("![a", n),
  "backtick runs": (n) => {
    let s = "";
    for (let i = 1; s.length < n; i++) s += `${"`".repeat(i % 50)}a`;
    return s.slice(0, n);
  },
  "nested blockquotes": (n) => `${">".repeat(n - 1)}a`,
  "nested lists": (n) => {
    let s = "";
    for (let i = 0; s.length < n; i++) s += `${"  ".repeat(i)}- a\n`;
    return s.slice(0, n);
  },
  "table, many columns": (n) => {
    const cols = Math.floor(n / 8);
    return `${"|a".repeat(cols)}|\n${"|-".repeat(cols)}|\n${"|b".repeat(cols)}|`;
  },
  "table, many rows": (n) => `|a|b|\n|-|-|\n${fill("|x|y|\n", n)}`,
  "autolink literals": (n) => fill("www.a.com http://b.c x@y.z ", n),
  "html-ish <a": (n) => fill("<a ", n),
  "entities &amp;": (n) => fill("&amp;&#123;", n),
  "math $$ braces": (n) => `$$\n${"{".repeat(n / 2 - 4)}${"}".repeat(n / 2 - 4)}\n$$`,
  "math $$ fracs": (n) => `$$\n${fill("\\frac{a}{b}+", n - 6)}\n$$`,
  "code js": (n) => `\`\`\`js\n${fill("const a = [1, 'b', /c/g]; // d\n", n)}\n\`\`\``,
  "code, unclosed strings": (n) => `\`\`\`js\n${fill('"a\\', n)}\n\`\`\``,
  "prose paragraphs": (n) => fill("Some **bold** text with a [link](https://x.y) and `code`.\n\n", n),
  // Blocks just inside the limits of plan-blocks.ts, repeated: the worst that still renders as markdown.
  "at limit: *a blocks": (n) => fill(`${"*a".repeat(100)}\n\n`, n),
  "at limit: ~a blocks": (n) => fill(`${"~a".repeat(100)}\n\n`, n),
  "at limit: [a blocks": (n) => fill(`${"[a".repeat(200)}\n\n`, n),
  "at limit: tables": (n) => fill(`|a|b|\n|-|-|\n${"|x|y|\n".repeat(195)}\n`, n),
  "at limit: 32 quotes": (n) => fill(`${"> ".repeat(32)}a\n\n`, n),
  "at limit: math 2,000": (n) => fill(`$$\n${fill("\\frac{a}{b}+", 1990)}\n$$\n\n`, n),
  "at limit: code 20,000": (n) =>
    fill(`\`\`\`js\n${fill("const a = [1, 'b', /c/g]; // d\n", 19_980)}\n\`\`\`\n\n`, n),
};

function render(text: string): number {
  try {
    return Math.min(renderOnce(text), renderOnce(text));
  } catch {
    return Number.NaN; // shown as "throws"
  }
}

function renderOnce(text: string): number {
  const started = performance.now();
  const blocks = capped ? planBlocks(text) : [{ text, plain: false }];
  renderToString(
    <div>
      {blocks.map((b, i) =>
        b.plain ? (
          // biome-ignore lint/suspicious/noArrayIndexKey: a measurement, not a UI
          <p key={i}>{b.text}</p>
        ) : (
          // biome-ignore lint/suspicious/noArrayIndexKey: a measurement, not a UI
          <ReactMarkdown key={i} remarkPlugins={remarkPlugins} rehypePlugins={rehypePlugins} skipHtml>
            {b.text}
          </ReactMarkdown>
        ),
      )}
    </div>,
  );
  return performance.now() - started;
}

render("warm *up* `x` $$\na\n$$\n\n```js\nx\n```"); // load grammars, KaTeX fonts tables
const only = argv.includes("--only") ? argv[argv.indexOf("--only") + 1] : undefined;
console.info(
  `${capped ? "capped" : "uncapped"}: ms (best of 2) at n=${n0}, 2n, 4n; 4n/n ratio: 4 linear, 16 quadratic`,
);
for (const [name, make] of Object.entries(shapes)) {
  if (only && !name.includes(only)) continue;
  const ms = [1, 2, 4].map((k) => render(make(k * n0)));
  const cell = (x: number) => (Number.isNaN(x) ? "throws" : x.toFixed(0)).padStart(7);
  const [a = 0, , c = 0] = ms;
  console.info(`${name.padEnd(24)}${ms.map(cell).join("")}  x${(c / a).toFixed(1)}`);
}
