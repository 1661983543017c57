"use client";

import { useEffect } from "react";
import { LazyVariablesPanel } from "@/components/prompts/lazy";
import { ConversationSession } from "@/components/shared/conversation-session";
import { SessionCallsWaiting } from "@/components/shared/tools/lazy-calls-waiting-notice";
import { useChatConfigStore } from "@/lib/chat/config-store";
import { draftConversation, draftRequest } from "@/lib/code-gen/draft";
import type { PlaygroundMessage } from "@/lib/conversations/metadata";
import type { StoredConversation } from "@/lib/conversations/schema";
import { useConversationSession } from "@/lib/conversations/use-conversation-session";
import { useConversationTools } from "@/lib/conversations/use-conversation-tools";
import { useT } from "@/lib/i18n/provider";
import { useMessagesConfigStore } from "@/lib/messages/config-store";
import { anthropicDetailsOf } from "@/lib/messages/metadata";
import { useMessagesSession } from "@/lib/messages/use-messages-session";
import { Composer } from "./composer";
import { MessageView } from "./message-view";
import { MessagesToolbar } from "./messages-toolbar";

interface Props {
  conversation: StoredConversation;
  /** The stored thread (its images are read back by useSavedChat). */
  initialMessages: PlaygroundMessage[];
  onBusyChange: (busy: boolean) => void;
}

/** One saved conversation on /v1/messages: turns, errors, composer, inspector and View code. */
export function MessagesSession({ conversation, initialMessages, onBusyChange }: Props) {
  const t = useT();
  const tools = useConversationTools("messages", conversation);
  const chat = useMessagesSession(conversation.id, initialMessages, tools.tools);
  const session = useConversationSession("messages", chat, onBusyChange);
  const { input, files, busy, handlers } = session;
  const system = useMessagesConfigStore((s) => s.form.system);

  // A vendor the gateway echoed (non-stream replies) is suggested in every vendor field from now on.
  const lastReply = chat.messages.findLast((m) => m.role === "assistant");
  const seenVendor = lastReply && anthropicDetailsOf(lastReply.metadata)?.vendor;
  useEffect(() => {
    if (seenVendor) useChatConfigStore.getState().rememberVendor(seenVendor);
  }, [seenVendor]);

  /** What Send would post now: the conversation plus the composer's text and images. */
  const viewCodeRequest = () =>
    draftRequest(draftConversation(chat.messages, { text: input, files }, false), (m) =>
      chat.transport.buildRequest(m),
    );

  return (
    <ConversationSession
      tab="messages"
      chat={chat}
      session={session}
      tools={tools}
      toolbar={
        <MessagesToolbar
          busy={busy}
          empty={chat.messages.length === 0}
          buildRequest={viewCodeRequest}
          onInspect={session.inspectLatest}
          onNew={session.newConversation}
          tools={tools.tools}
          onToolsChange={tools.setTools}
          promptSetup={() =>
            import("@/lib/prompts/tab-setup").then((m) =>
              m.messagesPromptSetup({ messages: chat.messages, pending: input, tools: tools.tools }),
            )
          }
        />
      }
      header={
        <LazyVariablesPanel
          source={{ system, messages: chat.messages, input }}
          apply={(filled) => {
            useMessagesConfigStore.getState().set({ system: filled.system });
            chat.setMessages(filled.messages);
            session.setInput(filled.input);
          }}
          send={() => session.send()}
          fillRef={session.fillFirst}
          busy={busy}
        />
      }
      empty={t("messages.empty")}
      renderTurn={(message, place) => (
        <MessageView message={message} {...place} {...handlers} onInspect={session.inspect} />
      )}
      composer={
        <Composer
          value={input}
          onChange={session.setInput}
          attachments={session.attachments}
          onSend={session.send}
          held={session.waiting > 0}
          notice={<SessionCallsWaiting session={session} testId="messages" />}
          onStop={() => void chat.stop()}
          busy={busy}
        />
      }
    />
  );
}
