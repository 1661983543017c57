"use client";

import type { PlaygroundMessage } from "@/lib/conversations/metadata";
import { useFollowStream } from "@/lib/hooks/use-follow-stream";
import { useT } from "@/lib/i18n/provider";
import { MessageView } from "./message-view";

interface Props {
  messages: PlaygroundMessage[];
  status: "submitted" | "streaming" | "ready" | "error";
  onInspect: (exchangeId: string) => void;
}

export function Thread({ messages, status, onInspect }: Props) {
  const t = useT();
  const last = messages.at(-1);
  const end = useFollowStream(last);

  if (messages.length === 0) {
    return <p className="text-muted-foreground py-10 text-center text-sm">{t("messages.empty")}</p>;
  }
  const busy = status === "submitted" || status === "streaming";
  return (
    <div className="flex flex-col gap-5 py-4">
      {messages.map((message) => (
        <MessageView
          key={message.id}
          message={message}
          streaming={busy && message === last}
          onInspect={onInspect}
        />
      ))}
      {status === "submitted" && last?.role === "user" && (
        <p
          className="text-muted-foreground animate-pulse text-sm"
          role="status"
          data-testid="messages-waiting"
        >
          {t("chat.waiting")}
        </p>
      )}
      {/* The margin keeps the last line above the sticky composer. */}
      <div ref={end} className="scroll-mb-52" />
    </div>
  );
}
