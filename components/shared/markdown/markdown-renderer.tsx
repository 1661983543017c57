"use client";

import "katex/dist/katex.min.css";
import "./markdown.css";
import { memo } from "react";
import ReactMarkdown, { type Components } from "react-markdown";
import { CodeBlock } from "./code-block";
import { jsonReply } from "./json-reply";
import { rehypePlugins, remarkPlugins } from "./markdown-plugins";
import { mathDelimiters } from "./math-delimiters";
import { SafeImage } from "./safe-image";
import { safeUrl } from "./safe-url";

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
      {jsonReply(text) ?? mathDelimiters(text)}
    </ReactMarkdown>
  );
});
