"use client";

import { useEffect, useRef } from "react";
import type { PlaygroundMessage } from "@/lib/streaming/metadata";

/**
 * Keeps a conversation's end in view while its last message grows, as long as the reader stays at the
 * bottom; scrolling up to read stops following, a new question starts it again. Returns the ref of the
 * element to keep in view (placed after the last message).
 */
export function useFollowStream(last: PlaygroundMessage | undefined) {
  const end = useRef<HTMLDivElement>(null);
  const follow = useRef(true);

  useEffect(() => {
    function onScroll() {
      const distance = document.documentElement.scrollHeight - window.scrollY - window.innerHeight;
      follow.current = distance < 80;
    }
    window.addEventListener("scroll", onScroll, { passive: true });
    return () => window.removeEventListener("scroll", onScroll);
  }, []);

  // One scroll per frame at most: each one costs a layout of the page.
  const frame = useRef(0);
  useEffect(() => {
    if (!last) return;
    if (last.role === "user") follow.current = true;
    if (!follow.current || frame.current) return;
    frame.current = requestAnimationFrame(() => {
      frame.current = 0;
      end.current?.scrollIntoView({ block: "end" });
    });
  }, [last]);
  useEffect(() => () => cancelAnimationFrame(frame.current), []);

  return end;
}
