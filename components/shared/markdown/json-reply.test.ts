import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { jsonReply } from "./json-reply";
import { Markdown } from "./markdown";

describe("JSON replies (issue #19, defect 5)", () => {
  it("a reply that is one JSON value renders as an indented json block", () => {
    // Before the markdown stack loads, a block shows its text as it is: the indented JSON, in a fence.
    const html = renderToStaticMarkup(createElement(Markdown, { text: '{"name":"Ada","tags":["x",1]}' }));
    expect(html).toContain(
      "```json\n{\n  &quot;name&quot;: &quot;Ada&quot;,\n  &quot;tags&quot;: [\n    &quot;x&quot;,",
    );
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
