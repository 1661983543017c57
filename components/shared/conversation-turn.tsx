"use client";

import { type ReactNode, useState } from "react";
import { type PlaygroundMessage, textOf } from "@/lib/conversations/metadata";
import type { MessageAction, TurnPlace } from "@/lib/conversations/turn-actions";
import { cn } from "@/lib/utils";
import {
  LazyMessageActions as MessageActions,
  LazyMessageEditor as MessageEditor,
  LazyVersionPager as VersionPager,
} from "./lazy-turn-controls";
import { ReplyMetrics } from "./reply-metrics";
import { ReplyNotices } from "./reply-notices";

export interface TurnHandlers {
  onAction: (id: string, action: MessageAction) => void;
  onEdit: (id: string, text: string, resend: boolean) => void;
  onContinue: () => void;
  onVersion: (id: string, step: -1 | 1) => void;
}

interface Props extends Partial<TurnHandlers> {
  message: PlaygroundMessage;
  place: TurnPlace;
  /** Who speaks, above the turn ("You", "Assistant" or the model that answered). */
  label: string;
  actions: MessageAction[];
  testIds: { turn?: string; user: string; reply: string };
  /** The turn's parts, as the tab renders them. */
  children: ReactNode;
  /** Under a reply's metrics (Messages: its usage fields and Inspector button). */
  details?: ReactNode;
  /** More figures at the end of the metrics line (chat: the reply's cost). */
  metricsExtra?: ReactNode;
}

/**
 * One turn of a conversation, the same in chat and Messages: who speaks, the parts (or the editor),
 * the reply's notices (stopped, interrupted, cut, Continue) and metrics, and the action row (copy,
 * edit, delete, resend, regenerate...) with the `‹ 2/3 ›` pager of a turn that has versions. The tabs memoise their turn on flat props (see MessageBubble).
 */
export function ConversationTurn(props: Props) {
  const { message, place, label, actions, testIds, children, details, metricsExtra } = props;
  const [editing, setEditing] = useState(false);
  const isUser = message.role === "user";
  const meta = message.metadata;
  // useChat adds the reply on its start event, before any token: the thread says it is waiting.
  const empty = message.parts.length === 0;
  const versions = place.versions && place.versions > 1 ? place.versions : undefined;
  return (
    <article
      aria-label={label}
      className={cn("group/message flex min-w-0 flex-col gap-1.5", isUser ? "items-end" : "items-start")}
      data-testid={testIds.turn}
      data-role={message.role}
    >
      <span className="text-muted-foreground text-xs font-medium">{label}</span>
      {editing ? (
        <MessageEditor
          initial={textOf(message)}
          canResend={isUser}
          onCancel={() => setEditing(false)}
          onSave={(text, resend) => {
            setEditing(false);
            props.onEdit?.(message.id, text, resend);
          }}
        />
      ) : (
        <div
          data-testid={isUser ? testIds.user : testIds.reply}
          className={cn(
            "flex max-w-full min-w-0 flex-col gap-2 rounded-lg px-3.5 py-2.5 text-sm leading-relaxed",
            isUser ? "bg-primary text-primary-foreground sm:max-w-[85%]" : "bg-card w-full border",
            empty && "hidden",
          )}
        >
          {children}
        </div>
      )}
      {!isUser && (
        <ReplyNotices meta={meta} onContinue={place.last && place.idle ? props.onContinue : undefined} />
      )}
      {!isUser && meta?.totalMs != null && !place.streaming && (
        <ReplyMetrics meta={meta}>{metricsExtra}</ReplyMetrics>
      )}
      {!isUser && details}
      {!editing && (actions.length > 0 || versions) && (
        // The row's height is kept while its code loads, so nothing below it moves.
        <div className="flex min-h-8 flex-wrap items-center gap-1">
          {versions && (
            <VersionPager
              shown={place.version ?? 1}
              count={versions}
              disabled={!place.idle}
              onStep={(step) => props.onVersion?.(message.id, step)}
            />
          )}
          {actions.length > 0 && (
            <MessageActions
              actions={actions}
              copyText={() => textOf(message)}
              onAction={(action) =>
                action === "edit" ? setEditing(true) : props.onAction?.(message.id, action)
              }
            />
          )}
        </div>
      )}
    </article>
  );
}
