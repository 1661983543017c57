import { growSplit, type Split } from "@/components/shared/grow-split";

/** Splits `text` from `from`, which must be the start of a line outside fenced code and display math. */
function splitFrom(text: string, from: number): Pick<Split, "blocks" | "starts"> {
  const blocks: string[] = [];
  const starts: number[] = [];
  let fence: string | null = null;
  let math = false;
  let start = from;
  let pos = from;
  const push = (block: string) => {
    if (block.trim() === "") return;
    blocks.push(block);
    starts.push(start);
  };
  while (pos <= text.length) {
    const newline = text.indexOf("\n", pos);
    const end = newline === -1 ? text.length : newline;
    const line = text.slice(pos, end);
    const trimmed = line.trimStart();
    if (fence) {
      if (trimmed.startsWith(fence) && trimmed.slice(fence.length).trim() === "") fence = null;
    } else if (math) {
      if (trimmed.startsWith("$$")) math = false;
    } else {
      const open = /^(`{3,}|~{3,})/.exec(trimmed);
      if (open?.[1]) fence = open[1];
      else if (trimmed.startsWith("$$") && !(trimmed.length > 2 && trimmed.trimEnd().endsWith("$$")))
        math = true;
      else if (line.trim() === "") {
        // The blank line starts right after the newline that ends the block.
        push(text.slice(start, Math.max(start, pos - 1)));
        start = end + 1;
      }
    }
    if (newline === -1) break;
    pos = newline + 1;
  }
  push(text.slice(start));
  return { blocks, starts };
}

/**
 * Splits markdown into top-level blocks at blank lines outside fenced code and display math, so a
 * streaming reply re-parses only its last, growing block: every earlier block keeps its rendered tree.
 */
export function splitBlocks(text: string): string[] {
  return splitFrom(text, 0).blocks;
}

/** splitBlocks for a growing text (a block starts outside code and math, so the scan resumes there). */
export const splitGrowing = (previous: Split | undefined, text: string) =>
  growSplit(previous, text, splitFrom);
