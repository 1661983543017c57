"use client";

import type { Element, ElementContent } from "hast";
import type { ReactNode } from "react";
import { CopyButton } from "@/components/shared/copy-button";
import { MermaidDiagram } from "./mermaid-diagram";

function textOf(nodes: ElementContent[]): string {
  return nodes
    .map((n) => (n.type === "text" ? n.value : n.type === "element" ? textOf(n.children) : ""))
    .join("");
}

function languageOf(node: Element | undefined): string | undefined {
  const code = node?.children.find((c): c is Element => c.type === "element" && c.tagName === "code");
  const classes = code?.properties.className;
  const list = Array.isArray(classes) ? classes.map(String) : [];
  return list.find((c) => c.startsWith("language-"))?.slice("language-".length);
}

/** A fenced code block: language label and a copy button over the highlighted code (and a ```mermaid block's diagram). */
export function CodeBlock({ node, children }: { node?: Element; children?: ReactNode }) {
  const language = languageOf(node);
  return (
    <div className="group/code bg-muted/60 relative my-3 min-w-0 overflow-hidden rounded-md border">
      <div className="text-muted-foreground flex items-center justify-between border-b px-3 py-0.5 font-mono text-xs">
        <span>{language ?? "text"}</span>
        <CopyButton text={() => (node ? textOf(node.children) : "")} data-testid="code-copy" />
      </div>
      <pre
        // biome-ignore lint/a11y/noNoninteractiveTabindex: keyboard users scroll long lines sideways (axe: scrollable-region-focusable).
        tabIndex={0}
        className="focus-visible:ring-ring/50 overflow-x-auto p-3 font-mono text-[0.8125rem] leading-relaxed outline-none focus-visible:ring-[3px] focus-visible:ring-inset"
      >
        {children}
      </pre>
      {language === "mermaid" && node && <MermaidDiagram source={textOf(node.children)} />}
    </div>
  );
}
