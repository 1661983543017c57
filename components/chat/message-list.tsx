"use client";

import type { PlaygroundMessage } from "@/lib/conversations/metadata";
import { useFollowStream } from "@/lib/hooks/use-follow-stream";
import { useT } from "@/lib/i18n/provider";
import type { MessageAction } from "./message-actions";
import { MessageBubble } from "./message-bubble";

interface Props {
  messages: PlaygroundMessage[];
  status: "submitted" | "streaming" | "ready" | "error";
  onAction: (id: string, action: MessageAction) => void;
  onEdit: (id: string, text: string, resend: boolean) => void;
  onContinue: () => void;
}

export function MessageList({ messages, status, onAction, onEdit, onContinue }: Props) {
  const t = useT();
  const last = messages.at(-1);
  const end = useFollowStream(last);

  if (messages.length === 0) {
    return (
      <p className="text-muted-foreground py-10 text-center text-sm" data-testid="chat-empty">
        {t("chat.empty")}
      </p>
    );
  }
  const busy = status === "submitted" || status === "streaming";
  return (
    <div className="flex flex-col gap-5 py-4" aria-live="off">
      {messages.map((message, index) => (
        <MessageBubble
          key={message.id}
          message={message}
          streaming={busy && message === last}
          idle={!busy}
          first={index === 0}
          last={message === last}
          onAction={onAction}
          onEdit={onEdit}
          onContinue={message === last ? onContinue : undefined}
        />
      ))}
      {/* One element from Send until the first part arrives (the reply's empty bubble included), so
          the status is announced once and the pulse does not restart. */}
      {busy && (last?.role === "user" || last?.parts.length === 0) && (
        <p className="text-muted-foreground animate-pulse text-sm" role="status" data-testid="chat-waiting">
          {t("chat.waiting")}
        </p>
      )}
      {/* The margin keeps the last line above the sticky composer. */}
      <div ref={end} className="scroll-mb-48" />
    </div>
  );
}
