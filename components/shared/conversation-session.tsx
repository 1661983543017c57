"use client";

import type { ReactNode } from "react";
import type { PlaygroundMessage } from "@/lib/conversations/metadata";
import type { ConversationTab } from "@/lib/conversations/store";
import type { TurnPlace } from "@/lib/conversations/turn-actions";
import type { ConversationSessionState, SessionChat } from "@/lib/conversations/use-conversation-session";
import type { ConversationTools } from "@/lib/conversations/use-conversation-tools";
import { ConversationError } from "./conversation-error";
import { ConversationThread } from "./conversation-thread";
import { InspectorDialog } from "./inspector-dialog";
import { ReplyAnnouncer } from "./reply-announcer";
import { ToolCallsProvider } from "./tools/tool-calls-context";
import { useToolCallsContext } from "./tools/use-tool-calls-context";

interface Props {
  tab: ConversationTab;
  chat: SessionChat;
  session: ConversationSessionState;
  /** The conversation's tools: the call cards in its turns answer with them. */
  tools: ConversationTools;
  /** The tab's toolbar (model, View code, Inspector, Share, ...). */
  toolbar: ReactNode;
  /** Above the thread (chat's system prompt). */
  header?: ReactNode;
  /** Shown while the conversation is empty. */
  empty: string;
  /** One turn, as the tab draws it (MessageBubble, MessageView). */
  renderTurn: (message: PlaygroundMessage, place: TurnPlace) => ReactNode;
  /** The tab's composer. */
  composer: ReactNode;
}

/**
 * One conversation view, the same in chat and Messages: toolbar, turns, then the screen-reader line
 * for the last reply, the failed request with Retry, the composer, the Inspector and the lazily loaded
 * chat engine; the turns' tool call cards read the conversation's tools from its context. The tabs fill
 * it with their own toolbar, turns and composer.
 */
export function ConversationSession(props: Props) {
  const { tab, chat, session, toolbar, header, composer, tools } = props;
  const toolCalls = useToolCallsContext(chat, tools.tools, tools.setTools, session.busy);
  const last = chat.messages.at(-1);
  return (
    <div className="flex min-w-0 flex-1 flex-col">
      {toolbar}
      {header}
      <div className="flex-1">
        <ToolCallsProvider value={toolCalls}>
          <ConversationThread
            tab={tab}
            messages={chat.messages}
            status={chat.status}
            versions={chat.versions}
            empty={props.empty}
            renderTurn={props.renderTurn}
          />
        </ToolCallsProvider>
      </div>
      <ReplyAnnouncer status={chat.status} meta={last?.metadata} />
      <ConversationError
        error={chat.error}
        lastMessage={last}
        promptRestored={session.restored}
        onRetry={session.retry}
      />
      {composer}
      <InspectorDialog log={chat.log} exchangeId={session.inspecting} onClose={session.closeInspector} />
      {chat.engine}
    </div>
  );
}
