"use client";

import { BlockGroups } from "@/components/shared/block-groups";
import { cn } from "@/lib/utils";
import { MarkdownBlock } from "./markdown-block";
import { PlainBlock } from "./plain-block";
import { markdownCut, plainRest, withinLimits } from "./plan-blocks";
import { splitGrowing } from "./split-blocks";

const renderBlock = (block: string, index: number) => (
  // Blocks only ever grow at the end, so the index is a stable identity.
  <div key={index} className="markdown-block">
    {withinLimits(block) ? <MarkdownBlock text={block} /> : <PlainBlock text={block} />}
  </div>
);

/**
 * Safe markdown (GFM, highlighted code with copy, `$$` math; no raw HTML, http(s)/mailto links only,
 * remote images on request). Rendered block by block: while text streams only the last block changes.
 * Blocks past the limits of plan-blocks.ts, and everything past `budget` characters, show as plain text.
 * A block that is one JSON value (a JSON reply) shows as indented, highlighted JSON (json-reply.ts).
 */
export function Markdown({ text, className, budget }: { text: string; className?: string; budget?: number }) {
  const cut = markdownCut(text, budget);
  const rest = plainRest(text, cut);
  return (
    <div className={cn("markdown min-w-0 break-words", className)} data-testid="markdown">
      <BlockGroups text={text.slice(0, cut)} grow={splitGrowing} render={renderBlock} />
      {rest !== "" && (
        <div className="markdown-block">
          <PlainBlock text={rest} />
        </div>
      )}
    </div>
  );
}
