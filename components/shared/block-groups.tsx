"use client";

import { memo, type ReactNode, useMemo, useRef } from "react";
import type { Split } from "./grow-split";

type Render = (block: string, index: number) => ReactNode;

// Pieces are rendered in groups of this many: a re-render (each streaming update, the settle) then
// visits one element per group rather than one per piece, which for a 100,000-token reply is thousands.
const GROUP = 32;

const Group = memo(
  function Group({ blocks, first, render }: { blocks: string[]; first: number; render: Render }) {
    return blocks.map((block, i) => render(block, first + i));
  },
  (a, b) =>
    a.render === b.render &&
    a.first === b.first &&
    a.blocks.length === b.blocks.length &&
    a.blocks.every((block, i) => block === b.blocks[i]),
);

/**
 * The pieces of a text that grows while a reply streams, split by `grow` (which reuses the previous
 * split: see growSplit), rendered by `render` (a module-level function; it must give each element
 * its index as key) in memoised groups: an update re-renders the last group only.
 */
export function BlockGroups({
  text,
  grow,
  render,
}: {
  text: string;
  grow: (previous: Split | undefined, text: string) => Split;
  render: Render;
}) {
  const split = useRef<Split | undefined>(undefined);
  const { blocks } = useMemo(() => {
    split.current = grow(split.current, text);
    return split.current;
  }, [text, grow]);
  const groups = [];
  for (let first = 0; first < blocks.length; first += GROUP)
    groups.push(
      <Group key={first} first={first} blocks={blocks.slice(first, first + GROUP)} render={render} />,
    );
  return groups;
}
