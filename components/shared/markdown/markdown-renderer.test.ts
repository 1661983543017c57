import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { MarkdownRenderer } from "./markdown-renderer";

const html = (text: string) => renderToStaticMarkup(createElement(MarkdownRenderer, { text }));
const mathCount = (markup: string) => markup.split('class="katex"').length - 1;

describe("MarkdownRenderer math", () => {
  it("renders $…$, \\(…\\) and \\[…\\] as KaTeX, as it does $$…$$ (issue #19, defect 4)", () => {
    expect(mathCount(html("Energy $E=mc^2$ and \\(a^2+b^2=c^2\\)."))).toBe(2);
    const display = html("\\[\n\\sum_{i=1}^n i = \\frac{n(n+1)}{2}\n\\]");
    expect(display).toContain("katex-display");
    expect(mathCount(html("$$x^2$$"))).toBe(1);
  });

  it("keeps prices and code as text", () => {
    expect(mathCount(html("It costs $5 and $10."))).toBe(0);
    // (Fenced code: math-delimiters.test.ts; a code block needs the i18n provider for its copy button.)
    expect(mathCount(html("Run `echo $HOME$` and `x=\\(a\\)`"))).toBe(0);
  });
});
