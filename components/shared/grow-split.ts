/** Pieces of a text (markdown blocks, paragraphs) and where each starts in it. */
export interface Split {
  text: string;
  blocks: string[];
  starts: number[];
}

/**
 * Re-splits a text that grows: when `text` extends `previous.text`, only from the start of its last
 * piece on (`splitFrom` must be able to resume there), and every earlier piece keeps its string. A
 * streaming reply so costs one piece per update, not the whole reply.
 */
export function growSplit(
  previous: Split | undefined,
  text: string,
  splitFrom: (text: string, from: number) => Pick<Split, "blocks" | "starts">,
): Split {
  if (previous?.text === text) return previous;
  if (!previous || !text.startsWith(previous.text)) return { text, ...splitFrom(text, 0) };
  const kept = Math.max(0, previous.starts.length - 1);
  const tail = splitFrom(text, previous.starts[kept] ?? 0);
  return {
    text,
    blocks: previous.blocks.slice(0, kept).concat(tail.blocks),
    starts: previous.starts.slice(0, kept).concat(tail.starts),
  };
}
