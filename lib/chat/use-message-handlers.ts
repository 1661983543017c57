"use client";

import { useCallback, useRef } from "react";
import type { MessageAction } from "@/components/chat/message-actions";
import type { useChatSession } from "@/lib/chat/use-chat-session";
import type { PlaygroundMessage } from "@/lib/conversations/metadata";
import { textOf } from "@/lib/conversations/metadata";
import { attachedFiles } from "@/lib/conversations/use-attachments";

type Chat = ReturnType<typeof useChatSession>;

let handCounter = 0;
export const handMessage = (role: "user" | "assistant", text: string): PlaygroundMessage => {
  handCounter += 1;
  return { id: `hand-${Date.now().toString(36)}-${handCounter}`, role, parts: [{ type: "text", text }] };
};

/** Stable handlers for the message list (memoised bubbles keep them across renders). */
export function useMessageHandlers(chat: Chat, onInspect: (exchangeId: string) => void) {
  const ref = useRef(chat);
  ref.current = chat;
  const inspectRef = useRef(onInspect);
  inspectRef.current = onInspect;

  const onAction = useCallback((id: string, action: MessageAction) => {
    const { messages, setMessages, sendMessage, regenerate, clearError } = ref.current;
    const index = messages.findIndex((m) => m.id === id);
    const message = messages[index];
    if (!message) return;
    if (action === "delete") setMessages(messages.filter((m) => m.id !== id));
    else if (action === "moveUp" || action === "moveDown") {
      const other = action === "moveUp" ? index - 1 : index + 1;
      const swap = messages[other];
      if (!swap) return;
      const next = messages.slice();
      next[index] = swap;
      next[other] = message;
      setMessages(next);
    } else if (action === "resend") {
      clearError();
      void sendMessage({ text: textOf(message), files: attachedFiles(message), messageId: id });
    } else if (action === "regenerate") {
      clearError();
      void regenerate({ messageId: id });
    } else if (action === "inspect" && message.metadata?.exchangeId)
      inspectRef.current(message.metadata.exchangeId);
  }, []);

  const onEdit = useCallback((id: string, text: string, resend: boolean) => {
    const { messages, setMessages, sendMessage, clearError } = ref.current;
    if (resend) {
      clearError();
      // useChat replaces the user message and drops everything after it before asking again; its images stay.
      const edited = messages.find((m) => m.id === id);
      void sendMessage({ text, files: edited ? attachedFiles(edited) : [], messageId: id });
      return;
    }
    setMessages(
      messages.map((m) =>
        m.id === id
          ? {
              ...m,
              parts: [
                ...m.parts.filter((p) => p.type !== "text" && p.type !== "reasoning"),
                { type: "text", text },
              ],
            }
          : m,
      ),
    );
  }, []);

  // Asks again with the partial reply last: the new tokens extend that same message.
  const onContinue = useCallback(() => {
    ref.current.clearError();
    void ref.current.sendMessage();
  }, []);

  return { onAction, onEdit, onContinue };
}
