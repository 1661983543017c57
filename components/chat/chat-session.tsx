"use client";

import { useMemo, useState } from "react";
import { LazyVariablesPanel } from "@/components/prompts/lazy";
import { ConversationSession } from "@/components/shared/conversation-session";
import { SessionCallsWaiting } from "@/components/shared/tools/lazy-calls-waiting-notice";
import { useChatSession } from "@/lib/chat/use-chat-session";
import type { StoredConversation } from "@/lib/conversations/schema";
import { useConversationSession } from "@/lib/conversations/use-conversation-session";
import { useConversationTools } from "@/lib/conversations/use-conversation-tools";
import { handMessage } from "@/lib/conversations/use-message-handlers";
import { useSavedSettings } from "@/lib/conversations/use-saved-settings";
import { useT } from "@/lib/i18n/provider";
import { ChatToolbar } from "./chat-toolbar";
import { Composer, type ComposerRole } from "./composer";
import { MessageBubble } from "./message-bubble";
import { SystemPrompt } from "./system-prompt";

interface Props {
  conversation: StoredConversation;
  onBusyChange: (busy: boolean) => void;
}

/** One chat conversation: toolbar, system prompt, turns, composer. Mounted per conversation id. */
export function ChatSession({ conversation, onBusyChange }: Props) {
  const t = useT();
  const [system, setSystem] = useState(() => String(conversation.settings.system ?? ""));
  const tools = useConversationTools("chat", conversation);
  const chat = useChatSession(conversation.id, conversation.messages, system, tools.tools);
  const session = useConversationSession("chat", chat, onBusyChange);
  const { input, setInput, busy, handlers } = session;
  const [role, setRole] = useState<ComposerRole>("user");

  // The system prompt is saved with the conversation, debounced (the store writes localStorage).
  useSavedSettings(
    "chat",
    conversation.id,
    useMemo(() => ({ system }), [system]),
  );

  /** Adds the composer's text as a turn of the chosen role, without sending. */
  function add() {
    const text = input.trim();
    if (!text || busy) return;
    chat.setMessages([...chat.messages, handMessage(role, text)]);
    setInput("");
  }

  return (
    <ConversationSession
      tab="chat"
      chat={chat}
      session={session}
      tools={tools}
      toolbar={
        <ChatToolbar
          messages={chat.messages}
          pending={input}
          system={system}
          busy={busy}
          buildRequest={(m) => chat.transport.buildRequest(m)}
          onInspect={session.inspectLatest}
          onNewChat={session.newConversation}
          tools={tools.tools}
          onToolsChange={tools.setTools}
        />
      }
      header={
        <>
          <SystemPrompt value={system} onChange={setSystem} />
          <LazyVariablesPanel
            source={{ system, messages: chat.messages, input }}
            apply={(filled) => {
              setSystem(filled.system);
              chat.setMessages(filled.messages);
              setInput(filled.input);
            }}
            send={() => session.send()}
            fillRef={session.fillFirst}
            busy={busy}
          />
        </>
      }
      empty={t("chat.empty")}
      renderTurn={(message, place) => <MessageBubble message={message} {...place} {...handlers} />}
      composer={
        <Composer
          value={input}
          onChange={setInput}
          role={role}
          onRoleChange={setRole}
          onSend={session.send}
          held={session.waiting > 0}
          notice={<SessionCallsWaiting session={session} testId="chat" />}
          onAdd={add}
          onStop={() => void chat.stop()}
          busy={busy}
          canRun={session.canRun}
          attachments={session.attachments}
        />
      }
    />
  );
}
