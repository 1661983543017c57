"use client";

import { type RefObject, useEffect, useRef } from "react";
import type { PlaygroundMessage } from "@/lib/conversations/metadata";

/** How far from the bottom (px) the reader may be and still count as following. */
const NEAR_END = 80;

/**
 * Keeps a conversation's end in view while its last message grows, as long as the reader stays at the
 * bottom; scrolling up to read stops following, a new question starts it again. Returns the ref of the
 * element to keep in view (placed after the last message). With `scroller` (a thread that scrolls
 * inside its own box, as a compare pane's) that box follows instead of the page.
 */
export function useFollowStream(
  last: PlaygroundMessage | undefined,
  scroller?: RefObject<HTMLElement | null>,
) {
  const end = useRef<HTMLDivElement>(null);
  const follow = useRef(true);

  useEffect(() => {
    const box = scroller?.current;
    const top = () => (box ? box.scrollTop : window.scrollY);
    let lastTop = top();
    // Only the reader scrolling up stops following: a reply that grew between our scroll and its
    // event (a fast stream adds more than NEAR_END in one render) must not look like leaving the end.
    function onScroll() {
      const now = top();
      const distance = box
        ? box.scrollHeight - now - box.clientHeight
        : document.documentElement.scrollHeight - now - window.innerHeight;
      if (now < lastTop) follow.current = distance < NEAR_END;
      else if (distance < NEAR_END) follow.current = true;
      lastTop = now;
    }
    const target = box ?? window;
    target.addEventListener("scroll", onScroll, { passive: true });
    return () => target.removeEventListener("scroll", onScroll);
  }, [scroller]);

  // One scroll per frame at most: each one costs a layout of the page.
  const frame = useRef(0);
  const toEnd = useRef(() => {});
  toEnd.current = () => {
    if (!follow.current || frame.current) return;
    frame.current = requestAnimationFrame(() => {
      frame.current = 0;
      const box = scroller?.current;
      // Scrolling the box itself: scrollIntoView would move the page too, for each of six panes.
      if (box) box.scrollTop = box.scrollHeight;
      else end.current?.scrollIntoView({ block: "end" });
    });
  };
  useEffect(() => {
    if (!last) return;
    if (last.role === "user") follow.current = true;
    toEnd.current();
  }, [last]);
  useEffect(() => () => cancelAnimationFrame(frame.current), []);

  // A thread box also grows after its last message changed: blocks skipped by content-visibility take
  // their real height once scrolled into view, the markdown renderer arrives, the metrics line appears.
  // While following, each such growth of a message keeps the end in view too.
  useEffect(() => {
    const box = scroller?.current;
    if (!box || !last) return;
    const grown = new ResizeObserver(() => toEnd.current());
    for (const child of box.children) grown.observe(child);
    return () => grown.disconnect();
  }, [last, scroller]);

  return end;
}
