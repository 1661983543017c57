"use client";

import { useCallback, useEffect, useMemo, useState } from "react";
import { SessionEnd } from "@/components/shared/session-end";
import { ToolCallsProvider } from "@/components/shared/tools/tool-calls-context";
import { useToolCallsContext } from "@/components/shared/tools/use-tool-calls-context";
import { useChatSession } from "@/lib/chat/use-chat-session";
import { handMessage, useMessageHandlers } from "@/lib/chat/use-message-handlers";
import { textOf } from "@/lib/conversations/metadata";
import type { StoredConversation } from "@/lib/conversations/schema";
import { useConversationStore } from "@/lib/conversations/store";
import { useSavedSettings } from "@/lib/conversations/use-saved-settings";
import { useT } from "@/lib/i18n/provider";
import { HttpError } from "@/lib/queries/http";
import { copyReply } from "@/lib/shortcuts/copy-reply";
import { focusPromptSoon } from "@/lib/shortcuts/prompt";
import { useShortcuts } from "@/lib/shortcuts/use-shortcuts";
import { toolSettingsOf } from "@/lib/tools/spec";
import { ChatToolbar } from "./chat-toolbar";
import { Composer, type ComposerRole } from "./composer";
import { MessageList } from "./message-list";
import { SystemPrompt } from "./system-prompt";

interface Props {
  conversation: StoredConversation;
  onBusyChange: (busy: boolean) => void;
}

/** One conversation: toolbar, system prompt, messages, composer. Mounted per conversation id. */
export function ChatSession({ conversation, onBusyChange }: Props) {
  const t = useT();
  const [system, setSystem] = useState(() => String(conversation.settings.system ?? ""));
  const [tools, setTools] = useState(() => toolSettingsOf(conversation.settings.tools));
  const chat = useChatSession(conversation.id, conversation.messages, system, tools);
  const { messages, status, error, stop, setMessages, sendMessage, regenerate, clearError } = chat;
  const [input, setInput] = useState("");
  const [role, setRole] = useState<ComposerRole>("user");
  const [restored, setRestored] = useState(false);
  const [inspecting, setInspecting] = useState<string | null>(null);
  const busy = status === "submitted" || status === "streaming";
  const handlers = useMessageHandlers(chat, setInspecting);

  useEffect(() => onBusyChange(busy), [busy, onBusyChange]);

  useSavedSettings(
    "chat",
    conversation.id,
    useMemo(() => ({ system, tools }), [system, tools]),
  );
  const toolCalls = useToolCallsContext(chat, tools, setTools, busy);

  // A request that failed before any reply: take the prompt back into the composer so nothing is lost.
  useEffect(() => {
    if (status !== "error") return;
    const last = messages.at(-1);
    if (last?.role !== "user" || !(error instanceof HttpError)) return;
    const text = textOf(last);
    setMessages((current) => current.slice(0, -1));
    setInput((current) => (current.trim() ? current : text));
    setRestored(true);
  }, [status, messages, error, setMessages]);

  const newChat = () => useConversationStore.getState().create("chat");
  const lastReply = messages.findLast((m) => m.role === "assistant");
  // Only what can act now is registered: Esc stops a streaming reply, New waits for it to end.
  useShortcuts({
    stop: busy ? () => void stop() : undefined,
    newConversation: busy
      ? undefined
      : () => {
          newChat();
          focusPromptSoon();
        },
    copyLastReply: () => void copyReply(lastReply && textOf(lastReply), t),
  });

  const canRun = messages.length > 0 && messages.at(-1)?.role === "user";

  function send() {
    if (busy) return;
    const text = input.trim();
    setRestored(false);
    clearError();
    if (!text) {
      if (canRun) void regenerate();
      return;
    }
    setInput("");
    void sendMessage({ text });
  }

  function add() {
    const text = input.trim();
    if (!text || busy) return;
    setMessages([...messages, handMessage(role, text)]);
    setInput("");
  }

  function retry() {
    // A restored prompt is in the composer: send it again. Otherwise ask for the last reply again.
    if (restored) send();
    else {
      clearError();
      void regenerate();
    }
  }

  const onInspectLast = useCallback(() => setInspecting(chat.log.latestId() ?? ""), [chat.log]);

  return (
    <div className="flex min-w-0 flex-1 flex-col">
      <ChatToolbar
        messages={messages}
        pending={input}
        busy={busy}
        buildRequest={(m) => chat.transport.buildRequest(m)}
        onInspect={onInspectLast}
        onNewChat={newChat}
        tools={tools}
        onToolsChange={setTools}
      />
      <SystemPrompt value={system} onChange={setSystem} />
      <div className="flex-1">
        <ToolCallsProvider value={toolCalls}>
          <MessageList
            messages={messages}
            status={status}
            onAction={handlers.onAction}
            onEdit={handlers.onEdit}
            onContinue={handlers.onContinue}
          />
        </ToolCallsProvider>
      </div>
      <SessionEnd
        chat={chat}
        promptRestored={restored}
        onRetry={retry}
        inspecting={inspecting}
        onCloseInspector={() => setInspecting(null)}
      >
        <Composer
          value={input}
          onChange={setInput}
          role={role}
          onRoleChange={setRole}
          onSend={send}
          onAdd={add}
          onStop={() => void stop()}
          busy={busy}
          canRun={canRun}
        />
      </SessionEnd>
    </div>
  );
}
