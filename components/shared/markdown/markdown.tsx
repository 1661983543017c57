"use client";

import { useMemo } from "react";
import { cn } from "@/lib/utils";
import { MarkdownBlock } from "./markdown-block";
import { PlainBlock } from "./plain-block";
import { planBlocks } from "./plan-blocks";

/**
 * Safe markdown (GFM, highlighted code with copy, `$$` math; no raw HTML, http(s)/mailto links only,
 * remote images on request). Rendered block by block: while text streams only the last block changes.
 * Blocks past the limits of plan-blocks.ts, and everything past `budget` characters, show as plain text.
 */
export function Markdown({ text, className, budget }: { text: string; className?: string; budget?: number }) {
  const blocks = useMemo(() => planBlocks(text, budget), [text, budget]);
  return (
    <div className={cn("markdown min-w-0 break-words", className)} data-testid="markdown">
      {blocks.map((block, index) => (
        // Blocks only ever grow at the end, so the index is a stable identity.
        // biome-ignore lint/suspicious/noArrayIndexKey: see above.
        <div key={index} className="markdown-block">
          {block.plain ? <PlainBlock text={block.text} /> : <MarkdownBlock text={block.text} />}
        </div>
      ))}
    </div>
  );
}
