"use client";

import { ScanSearchIcon } from "lucide-react";
import { memo } from "react";
import { MessageImage } from "@/components/shared/attachments/lazy-message-image";
import { ConversationTurn, type TurnHandlers } from "@/components/shared/conversation-turn";
import { Markdown } from "@/components/shared/markdown/markdown";
import { ReasoningBlock } from "@/components/shared/reasoning-block";
import { LazyToolCall } from "@/components/shared/tools/lazy-tool-call";
import { Button } from "@/components/ui/button";
import type { PlaygroundMessage } from "@/lib/conversations/metadata";
import { type TurnPlace, turnActions } from "@/lib/conversations/turn-actions";
import { useT } from "@/lib/i18n/provider";
import { blockDataOf } from "@/lib/messages/blocks";
import { anthropicDetailsOf } from "@/lib/messages/metadata";
import { AnthropicUsage } from "./anthropic-usage";
import { ToolUseBlock } from "./tool-use-block";

/** Compare panes show turns without actions: they pass only the message, `streaming` and `onInspect`. */
type Props = Pick<TurnPlace, "streaming"> &
  Partial<Omit<TurnPlace, "streaming"> & TurnHandlers> & {
    message: PlaygroundMessage;
    onInspect: (exchangeId: string) => void;
  };

/** The user's text and images, or the reply's thinking, text and tool_use blocks. */
function Parts({ message, streaming }: { message: PlaygroundMessage; streaming: boolean }) {
  const isUser = message.role === "user";
  return message.parts.map((part, index) => {
    const key = `${message.id}-${index}`;
    if (part.type === "reasoning") {
      return <ReasoningBlock key={key} text={part.text} live={streaming && part.state === "streaming"} />;
    }
    if (part.type === "text") {
      return isUser ? (
        <p key={key} className="break-words whitespace-pre-wrap">
          {part.text}
        </p>
      ) : (
        <Markdown key={key} text={part.text} />
      );
    }
    if (part.type === "file") return <MessageImage key={key} part={part} />;
    if (part.type === "dynamic-tool")
      return <LazyToolCall key={part.toolCallId} part={part} message={message} />;
    const block = blockDataOf(part);
    return block ? <ToolUseBlock key={key} block={block} /> : null;
  });
}

/**
 * One Messages turn (also a compare pane's), with chat's actions (no moves: the turns alternate as the
 * API expects) and the reply's Anthropic usage.
 */
export const MessageView = memo(function MessageView(props: Props) {
  const {
    message,
    streaming,
    idle = !streaming,
    first = false,
    last = false,
    version,
    versions,
    onAction,
    onEdit,
    onContinue,
    onVersion,
    onInspect,
  } = props;
  const t = useT();
  const meta = message.metadata;
  const details = anthropicDetailsOf(meta);
  const place = { streaming, idle, first, last, version, versions };
  return (
    <ConversationTurn
      message={message}
      place={place}
      label={message.role === "user" ? t("messages.user") : (meta?.model ?? t("messages.assistant"))}
      actions={onAction ? turnActions(message, place, { moves: false, inspect: false }) : []}
      testIds={{ turn: "messages-turn", user: "messages-user", reply: "messages-reply" }}
      onAction={onAction}
      onEdit={onEdit}
      onContinue={onContinue}
      onVersion={onVersion}
      details={
        <>
          {details && <AnthropicUsage details={details} />}
          {meta?.exchangeId && !streaming && (
            <Button
              variant="ghost"
              size="sm"
              className="text-muted-foreground h-7 px-2 text-xs"
              onClick={() => meta.exchangeId && onInspect(meta.exchangeId)}
              data-testid="messages-reply-inspect"
            >
              <ScanSearchIcon aria-hidden />
              {t("messages.inspector")}
            </Button>
          )}
        </>
      }
    >
      <Parts message={message} streaming={streaming} />
    </ConversationTurn>
  );
});
