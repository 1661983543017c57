"use client";

import { ImageOffIcon, ScanSearchIcon } from "lucide-react";
import { Markdown } from "@/components/shared/markdown/markdown";
import { ReasoningBlock } from "@/components/shared/reasoning-block";
import { ReplyMetrics } from "@/components/shared/reply-metrics";
import { ReplyNotices } from "@/components/shared/reply-notices";
import { LazyToolCall } from "@/components/shared/tools/lazy-tool-call";
import { Button } from "@/components/ui/button";
import type { PlaygroundMessage } from "@/lib/conversations/metadata";
import { useT } from "@/lib/i18n/provider";
import { blockDataOf } from "@/lib/messages/blocks";
import { anthropicDetailsOf } from "@/lib/messages/metadata";
import { cn } from "@/lib/utils";
import { AnthropicUsage } from "./anthropic-usage";
import { ToolUseBlock } from "./tool-use-block";

interface Props {
  message: PlaygroundMessage;
  streaming: boolean;
  onInspect: (exchangeId: string) => void;
}

/** One turn: the user's text and images, or the reply's thinking, text and tool_use blocks with metrics. */
export function MessageView({ message, streaming, onInspect }: Props) {
  const t = useT();
  const isUser = message.role === "user";
  const meta = message.metadata;
  const details = anthropicDetailsOf(meta);
  const empty = message.parts.length === 0;
  return (
    <article
      aria-label={isUser ? t("messages.user") : t("messages.assistant")}
      className={cn("flex min-w-0 flex-col gap-1.5", isUser ? "items-end" : "items-start")}
    >
      <span className="text-muted-foreground text-xs font-medium">
        {isUser ? t("messages.user") : (meta?.model ?? t("messages.assistant"))}
      </span>
      <div
        data-testid={isUser ? "messages-user" : "messages-reply"}
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
            return isUser ? (
              <p key={key} className="break-words whitespace-pre-wrap">
                {part.text}
              </p>
            ) : (
              <Markdown key={key} text={part.text} />
            );
          }
          if (part.type === "file") {
            return part.url ? (
              // biome-ignore lint/performance/noImgElement: a data: URL the user attached, not a remote image.
              <img
                key={key}
                src={part.url}
                alt={part.filename ?? ""}
                className="max-h-40 max-w-full rounded border object-contain"
              />
            ) : (
              <p key={key} className="flex items-center gap-1.5 text-xs opacity-80">
                <ImageOffIcon className="size-3.5" aria-hidden />
                {t("messages.imageNotKept", { name: part.filename ?? part.mediaType })}
              </p>
            );
          }
          if (part.type === "dynamic-tool")
            return <LazyToolCall key={part.toolCallId} part={part} message={message} />;
          const block = blockDataOf(part);
          return block ? <ToolUseBlock key={key} block={block} /> : null;
        })}
      </div>
      {!isUser && empty && streaming && (
        <p
          className="text-muted-foreground animate-pulse text-sm"
          role="status"
          data-testid="messages-waiting"
        >
          {t("chat.waiting")}
        </p>
      )}
      {!isUser && <ReplyNotices meta={meta} />}
      {!isUser && meta?.totalMs != null && <ReplyMetrics meta={meta} />}
      {!isUser && details && <AnthropicUsage details={details} />}
      {!isUser && meta?.exchangeId && !streaming && (
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
    </article>
  );
}
