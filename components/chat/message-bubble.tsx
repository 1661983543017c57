"use client";

import { useT } from "@/lib/i18n/provider";
import type { PlaygroundMessage } from "@/lib/streaming/metadata";
import { cn } from "@/lib/utils";
import { ReasoningBlock } from "./reasoning-block";
import { ReplyMetrics } from "./reply-metrics";
import { ReplyNotices } from "./reply-notices";

interface Props {
  message: PlaygroundMessage;
  streaming: boolean;
  stopped: boolean;
}

export function MessageBubble({ message, streaming, stopped }: Props) {
  const t = useT();
  const isUser = message.role === "user";
  const meta = message.metadata;
  // useChat adds the reply on its start event, before any token: show that it is waiting.
  const empty = message.parts.length === 0;
  return (
    <article
      aria-label={isUser ? t("chat.user") : t("chat.assistant")}
      className={cn("flex min-w-0 flex-col gap-1.5", isUser ? "items-end" : "items-start")}
    >
      <span className="text-muted-foreground text-xs font-medium">
        {isUser ? t("chat.user") : t("chat.assistant")}
      </span>
      <div
        data-testid={isUser ? "chat-message-user" : "chat-message-assistant"}
        className={cn(
          "flex max-w-full min-w-0 flex-col gap-2 rounded-lg px-3.5 py-2.5 text-sm leading-relaxed",
          isUser ? "bg-primary text-primary-foreground sm:max-w-[85%]" : "bg-card w-full border",
          empty && "hidden",
        )}
      >
        {message.parts.map((part, index) => {
          const key = `${message.id}-${index}`;
          if (part.type === "reasoning") {
            return (
              <ReasoningBlock key={key} text={part.text} live={streaming && part.state === "streaming"} />
            );
          }
          if (part.type === "text") {
            return (
              <div key={key} className="break-words whitespace-pre-wrap">
                {part.text}
              </div>
            );
          }
          return null;
        })}
      </div>
      {!isUser && empty && streaming && (
        <p className="text-muted-foreground animate-pulse text-sm" role="status" data-testid="chat-waiting">
          {t("chat.waiting")}
        </p>
      )}
      {!isUser && <ReplyNotices meta={meta} stopped={stopped} />}
      {!isUser && meta?.totalMs != null && <ReplyMetrics meta={meta} />}
    </article>
  );
}
