"use client";

import { type RefObject, useEffect, useRef } from "react";
import type { PlaygroundMessage } from "@/lib/conversations/metadata";

/** The conversation as a page that goes away mid-stream leaves it: the partial reply marked interrupted. */
export function interruptedThread(messages: PlaygroundMessage[]): PlaygroundMessage[] {
  const last = messages.at(-1);
  if (last?.role !== "assistant" || last.parts.length === 0) return messages;
  return [...messages.slice(0, -1), { ...last, metadata: { ...last.metadata, interrupted: true } }];
}

interface ChatNow {
  status: string;
  messages: PlaygroundMessage[];
}

/**
 * A reload or a closed tab cuts the stream. Chromium cancels the page's fetches before pagehide (the
 * reply then settles as an ordinary one, and would be saved looking complete), so the partial reply is
 * saved, marked interrupted, at beforeunload. The returned ref is true from then on: later saves of
 * this reply are skipped. Were the unload called off (pageshow), it is false again.
 */
export function useInterruptOnUnload(
  chat: RefObject<ChatNow>,
  save: (messages: PlaygroundMessage[]) => void,
): RefObject<boolean> {
  const left = useRef(false);
  const saveRef = useRef(save);
  saveRef.current = save;
  useEffect(() => {
    function onBeforeUnload() {
      const { status, messages } = chat.current;
      if (status !== "submitted" && status !== "streaming") return;
      left.current = true;
      saveRef.current(interruptedThread(messages));
    }
    function onPageShow() {
      left.current = false;
    }
    window.addEventListener("beforeunload", onBeforeUnload);
    window.addEventListener("pageshow", onPageShow);
    return () => {
      window.removeEventListener("beforeunload", onBeforeUnload);
      window.removeEventListener("pageshow", onPageShow);
    };
  }, [chat]);
  return left;
}
