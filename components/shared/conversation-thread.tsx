"use client";

import { Fragment, type ReactNode } from "react";
import type { PlaygroundMessage } from "@/lib/conversations/metadata";
import type { ConversationTab } from "@/lib/conversations/store";
import type { TurnPlace } from "@/lib/conversations/turn-actions";
import { type VersionMap, versionOf } from "@/lib/conversations/versions";
import { useFollowStream } from "@/lib/hooks/use-follow-stream";
import { useT } from "@/lib/i18n/provider";

interface Props {
  tab: ConversationTab;
  messages: PlaygroundMessage[];
  status: "submitted" | "streaming" | "ready" | "error";
  /** The other versions of the turns (a turn that has some shows a pager). */
  versions?: VersionMap;
  /** Shown while the conversation is empty. */
  empty: string;
  /** One turn, as the tab draws it. */
  renderTurn: (message: PlaygroundMessage, place: TurnPlace) => ReactNode;
}

/** A conversation's turns, following the reply that streams; the same list in chat and Messages. */
export function ConversationThread({ tab, messages, status, versions = {}, empty, renderTurn }: Props) {
  const t = useT();
  const last = messages.at(-1);
  const end = useFollowStream(last);

  if (messages.length === 0) {
    return (
      <p className="text-muted-foreground py-10 text-center text-sm" data-testid={`${tab}-empty`}>
        {empty}
      </p>
    );
  }
  const busy = status === "submitted" || status === "streaming";
  return (
    <div className="flex flex-col gap-5 py-4" aria-live="off">
      {messages.map((message, index) => {
        const version = versionOf(versions, message.id);
        return (
          <Fragment key={message.id}>
            {renderTurn(message, {
              streaming: busy && message === last,
              idle: !busy,
              first: index === 0,
              last: message === last,
              version: version?.shown,
              versions: version?.count,
            })}
          </Fragment>
        );
      })}
      {/* One element from Send until the first part arrives (the reply's empty bubble included), so
          the status is announced once and the pulse does not restart. */}
      {busy && (last?.role === "user" || last?.parts.length === 0) && (
        <p
          className="text-muted-foreground animate-pulse text-sm"
          role="status"
          data-testid={`${tab}-waiting`}
        >
          {t("chat.waiting")}
        </p>
      )}
      {/* The margin keeps the last line above the sticky composer. */}
      <div ref={end} className="scroll-mb-52" />
    </div>
  );
}
