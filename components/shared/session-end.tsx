"use client";

import type { ComponentProps, ReactNode } from "react";
import type { ExchangeLog } from "@/lib/conversations/exchange-log";
import type { PlaygroundMessage } from "@/lib/conversations/metadata";
import { ConversationError } from "./conversation-error";
import { InspectorDialog } from "./inspector-dialog";
import { ReplyAnnouncer } from "./reply-announcer";

interface Props {
  chat: {
    messages: PlaygroundMessage[];
    status: ComponentProps<typeof ReplyAnnouncer>["status"];
    error: Error | undefined;
    log: ExchangeLog;
    /** The lazily loaded useChat engine (see useLazyChat): rendered here, it renders nothing. */
    engine: ReactNode;
  };
  promptRestored: boolean;
  onRetry: () => void;
  /** The exchange open in the Inspector, if any. */
  inspecting: string | null;
  onCloseInspector: () => void;
  /** The tab's composer. */
  children: ReactNode;
}

/**
 * The end of a conversation view (chat, Messages): the screen-reader line for its last reply, its failed
 * request, the composer, the Inspector and the chat engine.
 */
export function SessionEnd({ chat, promptRestored, onRetry, inspecting, onCloseInspector, children }: Props) {
  const last = chat.messages.at(-1);
  return (
    <>
      <ReplyAnnouncer status={chat.status} meta={last?.metadata} />
      <ConversationError
        error={chat.error}
        lastMessage={last}
        promptRestored={promptRestored}
        onRetry={onRetry}
      />
      {children}
      <InspectorDialog log={chat.log} exchangeId={inspecting} onClose={onCloseInspector} />
      {chat.engine}
    </>
  );
}
