"use client";

import { useSyncExternalStore } from "react";

// A phone or tablet without a mouse or trackpad: its on-screen keyboard has no Ctrl/⌘.
const query = "(hover: none) and (pointer: coarse)";

function subscribe(onChange: () => void) {
  const list = window.matchMedia(query);
  list.addEventListener("change", onChange);
  return () => list.removeEventListener("change", onChange);
}

/** Whether the only pointer is a finger (false on the server and while hydrating). */
export function useTouchOnly(): boolean {
  return useSyncExternalStore(
    subscribe,
    () => window.matchMedia(query).matches,
    () => false,
  );
}
