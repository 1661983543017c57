/**
 * Splits markdown into top-level blocks at blank lines outside fenced code and display math, so a
 * streaming reply re-parses only its last, growing block: every earlier block keeps its rendered tree.
 */
export function splitBlocks(text: string): string[] {
  const blocks: string[] = [];
  let fence: string | null = null;
  let math = false;
  let start = 0;
  let pos = 0;
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
        const block = text.slice(start, Math.max(start, pos - 1));
        if (block.trim() !== "") blocks.push(block);
        start = end + 1;
      }
    }
    if (newline === -1) break;
    pos = newline + 1;
  }
  const rest = text.slice(start);
  if (rest.trim() !== "") blocks.push(rest);
  return blocks;
}
