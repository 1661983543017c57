"use client";

import { BlockGroups } from "@/components/shared/block-groups";
import { cn } from "@/lib/utils";
import { MarkdownBlock } from "./markdown-block";
import { splitGrowing } from "./split-blocks";

const renderBlock = (block: string, index: number) => (
  // Blocks only ever grow at the end, so the index is a stable identity.
  <div key={index} className="markdown-block">
    <MarkdownBlock text={block} />
  </div>
);

/**
 * Safe markdown (GFM, highlighted code with copy, `$$` math; no raw HTML, http(s)/mailto links only,
 * remote images on request). Rendered block by block: while text streams only the last block changes.
 */
export function Markdown({ text, className }: { text: string; className?: string }) {
  return (
    <div className={cn("markdown min-w-0 break-words", className)} data-testid="markdown">
      <BlockGroups text={text} grow={splitGrowing} render={renderBlock} />
    </div>
  );
}
