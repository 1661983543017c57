import { growSplit, type Split } from "./grow-split";

/** Pieces of plain text that each end after a run of blank lines: joined, they are the text again. */
function paragraphsFrom(text: string, from: number): Pick<Split, "blocks" | "starts"> {
  const blocks: string[] = [];
  const starts: number[] = [];
  let start = from;
  for (let at = text.indexOf("\n\n", start); at !== -1; at = text.indexOf("\n\n", start)) {
    let end = at + 2;
    while (text[end] === "\n") end++;
    blocks.push(text.slice(start, end));
    starts.push(start);
    start = end;
  }
  if (start < text.length) {
    blocks.push(text.slice(start));
    starts.push(start);
  }
  return { blocks, starts };
}

/** Paragraphs of a growing plain text (reasoning), re-split from the last one on. */
export const splitParagraphs = (previous: Split | undefined, text: string) =>
  growSplit(previous, text, paragraphsFrom);
