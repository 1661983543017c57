"use client";

import { memo, useState } from "react";
import { lazyDialog } from "@/components/shared/lazy-dialog";
import { Markdown } from "@/components/shared/markdown/markdown";
import { ReasoningBlock } from "@/components/shared/reasoning-block";
import { ReplyMetrics } from "@/components/shared/reply-metrics";
import { ReplyNotices } from "@/components/shared/reply-notices";
import { LazyToolCall } from "@/components/shared/tools/lazy-tool-call";
import type { PlaygroundMessage } from "@/lib/conversations/metadata";
import { textOf } from "@/lib/conversations/metadata";
import { useT } from "@/lib/i18n/provider";
import { cn } from "@/lib/utils";
import { type MessageAction, MessageActions } from "./message-actions";
import { splitThink } from "./split-think";

// Only needed once the user edits a message: fetched after the page's load event.
const MessageEditor = lazyDialog(() => import("./message-editor").then((m) => m.MessageEditor));

interface Props {
  message: PlaygroundMessage;
  streaming: boolean;
  /** Nothing runs: edits and moves are allowed. */
  idle: boolean;
  first: boolean;
  last: boolean;
  onAction: (id: string, action: MessageAction) => void;
  onEdit: (id: string, text: string, resend: boolean) => void;
  onContinue?: () => void;
}

function Parts({ message, streaming }: { message: PlaygroundMessage; streaming: boolean }) {
  return message.parts.map((part, index) => {
    const key = `${message.id}-${index}`;
    if (part.type === "reasoning") {
      return <ReasoningBlock key={key} text={part.text} live={streaming && part.state === "streaming"} />;
    }
    if (part.type === "dynamic-tool")
      return <LazyToolCall key={part.toolCallId} part={part} message={message} />;
    if (part.type !== "text") return null;
    if (message.role === "user") {
      return (
        <div key={key} className="break-words whitespace-pre-wrap">
          {part.text}
        </div>
      );
    }
    const { think, open, rest } = splitThink(part.text);
    return (
      <div key={key} className="flex min-w-0 flex-col gap-2">
        {think != null && <ReasoningBlock text={think} live={streaming && open} />}
        {rest && <Markdown text={rest} />}
      </div>
    );
  });
}

export const MessageBubble = memo(function MessageBubble(props: Props) {
  const { message, streaming, idle, first, last, onAction, onEdit, onContinue } = props;
  const t = useT();
  const [editing, setEditing] = useState(false);
  const isUser = message.role === "user";
  const meta = message.metadata;
  // useChat adds the reply on its start event, before any token: show that it is waiting.
  const empty = message.parts.length === 0;
  const actions: MessageAction[] = idle
    ? [
        "edit",
        ...(first ? [] : (["moveUp"] as const)),
        ...(last ? [] : (["moveDown"] as const)),
        "delete",
        ...(isUser ? (["resend"] as const) : last ? (["regenerate"] as const) : []),
        ...(!isUser && meta?.exchangeId ? (["inspect"] as const) : []),
      ]
    : [];
  return (
    <article
      aria-label={isUser ? t("chat.user") : t("chat.assistant")}
      className={cn("group/message flex min-w-0 flex-col gap-1.5", isUser ? "items-end" : "items-start")}
      data-testid="chat-message"
      data-role={message.role}
    >
      <span className="text-muted-foreground text-xs font-medium">
        {isUser ? t("chat.user") : t("chat.assistant")}
      </span>
      {editing ? (
        <MessageEditor
          initial={textOf(message)}
          canResend={isUser}
          onCancel={() => setEditing(false)}
          onSave={(text, resend) => {
            setEditing(false);
            onEdit(message.id, text, resend);
          }}
        />
      ) : (
        <div
          data-testid={isUser ? "chat-message-user" : "chat-message-assistant"}
          className={cn(
            "flex max-w-full min-w-0 flex-col gap-2 rounded-lg px-3.5 py-2.5 text-sm leading-relaxed",
            isUser ? "bg-primary text-primary-foreground sm:max-w-[85%]" : "bg-card w-full border",
            empty && "hidden",
          )}
        >
          <Parts message={message} streaming={streaming} />
        </div>
      )}
      {!isUser && <ReplyNotices meta={meta} onContinue={last && idle ? onContinue : undefined} />}
      {!isUser && meta?.totalMs != null && !streaming && <ReplyMetrics meta={meta} />}
      {!editing && actions.length > 0 && (
        <MessageActions
          actions={actions}
          copyText={() => textOf(message)}
          onAction={(action) => (action === "edit" ? setEditing(true) : onAction(message.id, action))}
        />
      )}
    </article>
  );
});
