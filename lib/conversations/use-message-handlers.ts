"use client";

import { useCallback, useRef } from "react";
import { type PlaygroundMessage, textOf } from "./metadata";
import { filePartsOf, type MessageAction } from "./turn-actions";
import type { LazyChatHelpers } from "./use-lazy-chat";
import { parkBranch, showVersion, type VersionMap } from "./versions";

type Chat = Pick<
  LazyChatHelpers<PlaygroundMessage>,
  "messages" | "setMessages" | "sendMessage" | "regenerate" | "clearError"
> &
  TurnVersionsState;

/** A thread's versions (versions.ts) as useSavedChat holds them. */
export interface TurnVersionsState {
  versions: VersionMap;
  setVersions: (next: VersionMap | ((current: VersionMap) => VersionMap)) => void;
}

let handCounter = 0;
export const handMessage = (role: "user" | "assistant", text: string): PlaygroundMessage => {
  handCounter += 1;
  return { id: `hand-${Date.now().toString(36)}-${handCounter}`, role, parts: [{ type: "text", text }] };
};

/**
 * Stable handlers for a thread's turns (memoised turns keep them across renders), the same in chat
 * and Messages. A question sent again keeps the images it had: useChat replaces the turn with the
 * parts given, so they are passed along with the text. Regenerate, Resend and Edit-and-resend keep
 * what they replace as an earlier version of the turn (versions.ts); ‹ › pages through them.
 */
export function useMessageHandlers(chat: Chat, onInspect: (exchangeId: string) => void) {
  const ref = useRef(chat);
  ref.current = chat;
  const inspectRef = useRef(onInspect);
  inspectRef.current = onInspect;

  const onAction = useCallback((id: string, action: MessageAction) => {
    const { messages, setMessages, sendMessage, regenerate, clearError, setVersions } = ref.current;
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
      if (index < messages.length - 1) setVersions((v) => parkBranch(v, messages, index, id));
      void sendMessage({ text: textOf(message), files: filePartsOf(message), messageId: id });
    } else if (action === "regenerate") {
      clearError();
      setVersions((v) => parkBranch(v, messages, index));
      void regenerate({ messageId: id });
    } else if (action === "inspect" && message.metadata?.exchangeId)
      inspectRef.current(message.metadata.exchangeId);
  }, []);

  const onEdit = useCallback((id: string, text: string, resend: boolean) => {
    const { messages, setMessages, sendMessage, clearError, setVersions } = ref.current;
    const index = messages.findIndex((m) => m.id === id);
    const message = messages[index];
    if (!message) return;
    if (resend) {
      clearError();
      // The question asked before (and its answers) stays as the earlier version of this turn.
      if (index < messages.length - 1 || text !== textOf(message))
        setVersions((v) => parkBranch(v, messages, index, id));
      // useChat replaces the question and drops everything after it before asking again.
      void sendMessage({ text, files: filePartsOf(message), messageId: id });
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

  /** Pages the turn to its previous (-1) or next (+1) version, with the branch that follows it. */
  const onVersion = useCallback((id: string, step: -1 | 1) => {
    const { messages, setMessages, versions, setVersions } = ref.current;
    const next = showVersion(
      versions,
      messages,
      messages.findIndex((m) => m.id === id),
      step,
    );
    if (!next) return;
    setVersions(next.map);
    setMessages(next.messages);
  }, []);

  return { onAction, onEdit, onContinue, onVersion };
}
