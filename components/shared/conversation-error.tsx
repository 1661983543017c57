"use client";

import { useEffect, useRef } from "react";
import { displayErrorOf } from "@/lib/conversations/display-error";
import type { PlaygroundMessage } from "@/lib/conversations/metadata";
import { scrollBehavior } from "@/lib/motion";
import { HttpError } from "@/lib/queries/http";
import { useUiStore } from "@/lib/settings/ui-store";
import { LazyReplyError as ReplyError } from "./lazy-reply-error";

interface Props {
  /** useChat's error; nothing shows without one. */
  error: Error | undefined;
  lastMessage: PlaygroundMessage | undefined;
  promptRestored: boolean;
  onRetry: () => void;
}

/**
 * A conversation's failed request, under its messages: an HTTP error, or one inside a 200 stream. It
 * appears under the thread, often below the fold: it is brought into view above the sticky composer.
 */
export function ConversationError({ error, lastMessage, promptRestored, onRetry }: Props) {
  const openSettings = useUiStore((s) => s.setSettingsOpen);
  const box = useRef<HTMLDivElement>(null);
  // Again when the last message settles (its metrics and actions push the card down), and when the
  // card's own content arrives (it is lazily loaded) and gives it its height; after layout.
  // biome-ignore lint/correctness/useExhaustiveDependencies: lastMessage is the trigger, on purpose.
  useEffect(() => {
    const el = box.current;
    if (!error || !el) return;
    let frame = 0;
    const bring = () => {
      cancelAnimationFrame(frame);
      frame = requestAnimationFrame(() =>
        el.scrollIntoView({ block: "nearest", behavior: scrollBehavior() }),
      );
    };
    const observer = new ResizeObserver(bring);
    observer.observe(el);
    return () => {
      observer.disconnect();
      cancelAnimationFrame(frame);
    };
  }, [error, lastMessage]);
  if (!error) return null;
  return (
    <div ref={box} className="scroll-mb-52 pb-3" data-testid="conversation-error">
      <ReplyError
        error={displayErrorOf(error, lastMessage)}
        inStream={!(error instanceof HttpError) && lastMessage?.metadata?.streamError != null}
        promptRestored={promptRestored}
        onRetry={onRetry}
        onOpenSettings={() => openSettings(true)}
      />
    </div>
  );
}
