import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it, vi } from "vitest";
import { jsonReply } from "./json-reply";
import { MarkdownRenderer } from "./markdown-renderer";

// The code block's copy button reads the i18n context: a stand-in that returns the key.
vi.mock("@/lib/i18n/provider", () => ({ useT: () => (key: string) => key }));

describe("JSON replies (issue #19, defect 5)", () => {
  it("a reply that is one JSON value renders as an indented, highlighted json block", () => {
    const html = renderToStaticMarkup(
      createElement(MarkdownRenderer, { text: '{"name":"Ada","tags":["x",1]}' }),
    );
    expect(html).toContain("language-json");
    expect(html).toContain('<span class="hljs-attr">&quot;name&quot;</span>');
    expect(html).toMatch(/\n {2}<span class="hljs-attr">&quot;name/);
  });

  it("pretty-prints objects and arrays, keeps a streaming object in the json block, leaves prose alone", () => {
    expect(jsonReply(' [1, {"a": null}] ')).toBe('```json\n[\n  1,\n  {\n    "a": null\n  }\n]\n```');
    expect(jsonReply('{"answer": "still stre')).toBe('```json\n{"answer": "still stre\n```');
    expect(jsonReply("[link](https://x.y) and text")).toBeUndefined();
    expect(jsonReply("{not json}")).toBeUndefined();
    expect(jsonReply('Here: {"a":1}')).toBeUndefined();
    expect(jsonReply('{"code": "```js\\nx\\n```"}')).toMatch(/^````json\n/);
  });
});
