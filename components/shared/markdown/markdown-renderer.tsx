"use client";

import "katex/dist/katex.min.css";
import "./markdown.css";
import { memo } from "react";
import ReactMarkdown, { type Components } from "react-markdown";
import rehypeHighlight from "rehype-highlight";
import rehypeKatex from "rehype-katex";
import remarkGfm from "remark-gfm";
import remarkMath from "remark-math";
import type { PluggableList } from "unified";
import { CodeBlock } from "./code-block";
import { SafeImage } from "./safe-image";
import { safeUrl } from "./safe-url";

// No rehype-raw: HTML in model output stays text. `$…$` is off so prices like "$5 and $10" stay text;
// math uses `$$…$$`.
const remarkPlugins: PluggableList = [remarkGfm, [remarkMath, { singleDollarTextMath: false }]];
// Built once: a plugin's attacher runs on every render, and rehype-highlight's registers ~40 grammars
// each time it runs. These plugins return the transformer made here.
let highlight: ReturnType<typeof rehypeHighlight> | undefined;
let katex: ReturnType<typeof rehypeKatex> | undefined;
const rehypePlugins: PluggableList = [
  () => (highlight ??= rehypeHighlight({ detect: false, plainText: ["text", "txt", "plain"] })),
  () => (katex ??= rehypeKatex({ strict: "ignore", trust: false, output: "html" })),
];

const components: Components = {
  pre: ({ node, children }) => <CodeBlock node={node}>{children}</CodeBlock>,
  a: ({ href, children }) => {
    const url = href ? safeUrl(href) : "";
    if (!url) return <span className="underline decoration-dotted">{children}</span>;
    return (
      <a
        href={url}
        target="_blank"
        rel="noopener noreferrer nofollow"
        className="text-primary underline underline-offset-2"
      >
        {children}
      </a>
    );
  },
  img: ({ src, alt }) => <SafeImage src={typeof src === "string" ? src : undefined} alt={alt} />,
  table: ({ children }) => (
    <div className="my-3 overflow-x-auto">
      <table>{children}</table>
    </div>
  ),
};

/** One top-level markdown block; memoised so unchanged blocks skip parsing while a reply streams. */
export const MarkdownRenderer = memo(function MarkdownRenderer({ text }: { text: string }) {
  return (
    <ReactMarkdown
      remarkPlugins={remarkPlugins}
      rehypePlugins={rehypePlugins}
      components={components}
      urlTransform={safeUrl}
      skipHtml
    >
      {text}
    </ReactMarkdown>
  );
});
