"use client";

import type { Ref } from "react";
import { useUiStore } from "@/lib/stores/ui";
import { ChatRequestError, displayErrorOf } from "@/lib/streaming/errors";
import type { PlaygroundMessage } from "@/lib/streaming/metadata";
import { cn } from "@/lib/utils";
import { ChatError } from "./chat-error";

interface Props {
  /** useChat's error; nothing shows without one. */
  error: Error | undefined;
  lastMessage: PlaygroundMessage | undefined;
  promptRestored: boolean;
  onRetry: () => void;
  ref?: Ref<HTMLDivElement>;
  className?: string;
}

/** A conversation's failed request, under its messages: an HTTP error, or one inside a 200 stream. */
export function ConversationError({ error, lastMessage, promptRestored, onRetry, ref, className }: Props) {
  const openSettings = useUiStore((s) => s.setSettingsOpen);
  if (!error) return null;
  return (
    <div ref={ref} className={cn("pb-3", className)}>
      <ChatError
        error={displayErrorOf(error, lastMessage)}
        inStream={!(error instanceof ChatRequestError) && lastMessage?.metadata?.streamError != null}
        promptRestored={promptRestored}
        onRetry={onRetry}
        onOpenSettings={() => openSettings(true)}
      />
    </div>
  );
}
