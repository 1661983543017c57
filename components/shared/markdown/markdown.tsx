"use client";

import { useMemo } from "react";
import { cn } from "@/lib/utils";
import { MarkdownBlock } from "./markdown-block";
import { splitBlocks } from "./split-blocks";

/**
 * Safe markdown (GFM, highlighted code with copy, `$$` math; no raw HTML, http(s)/mailto links only,
 * remote images on request). Rendered block by block: while text streams only the last block changes.
 */
export function Markdown({ text, className }: { text: string; className?: string }) {
  const blocks = useMemo(() => splitBlocks(text), [text]);
  return (
    <div className={cn("markdown min-w-0 break-words", className)} data-testid="markdown">
      {blocks.map((block, index) => (
        // Blocks only ever grow at the end, so the index is a stable identity.
        // biome-ignore lint/suspicious/noArrayIndexKey: see above.
        <div key={index} className="markdown-block">
          <MarkdownBlock text={block} />
        </div>
      ))}
    </div>
  );
}
