"use client";

import { memo } from "react";
import { MessageImage } from "@/components/shared/attachments/lazy-message-image";
import { ConversationTurn, type TurnHandlers } from "@/components/shared/conversation-turn";
import { lazyAfterLoad } from "@/components/shared/lazy-after-load";
import { Markdown } from "@/components/shared/markdown/markdown";
import { ReasoningBlock } from "@/components/shared/reasoning-block";
import { LazyToolCall } from "@/components/shared/tools/lazy-tool-call";
import type { PlaygroundMessage } from "@/lib/conversations/metadata";
import { type TurnPlace, turnActions } from "@/lib/conversations/turn-actions";
import { useT } from "@/lib/i18n/provider";
import { splitThink } from "./split-think";

// The cost needs the price list's query and the saved prices: it loads after the page (chat's first load).
const LazyReplyCost = lazyAfterLoad(() => import("./reply-cost").then((m) => m.ReplyCost));

type Props = TurnPlace & TurnHandlers & { message: PlaygroundMessage };

function Parts({ message, streaming }: { message: PlaygroundMessage; streaming: boolean }) {
  return message.parts.map((part, index) => {
    const key = `${message.id}-${index}`;
    if (part.type === "reasoning") {
      return <ReasoningBlock key={key} text={part.text} live={streaming && part.state === "streaming"} />;
    }
    if (part.type === "file") return <MessageImage key={key} part={part} />;
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

/** A chat turn: its text and reasoning (a `<think>` prefix too), with chat's actions (moves included). */
export const MessageBubble = memo(function MessageBubble(props: Props) {
  const { message, streaming, idle, first, last, version, versions } = props;
  const t = useT();
  const place = { streaming, idle, first, last, version, versions };
  return (
    <ConversationTurn
      message={message}
      place={place}
      label={message.role === "user" ? t("chat.user") : t("chat.assistant")}
      actions={turnActions(message, place, { moves: true, inspect: true })}
      testIds={{ turn: "chat-message", user: "chat-message-user", reply: "chat-message-assistant" }}
      onAction={props.onAction}
      onEdit={props.onEdit}
      onContinue={props.onContinue}
      onVersion={props.onVersion}
      metricsExtra={message.metadata && <LazyReplyCost meta={message.metadata} />}
    >
      <Parts message={message} streaming={streaming} />
    </ConversationTurn>
  );
});
