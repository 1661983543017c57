"use client";

import { type ReactNode, useCallback, useEffect, useRef, useState } from "react";
import { useT } from "@/lib/i18n/provider";
import { HttpError } from "@/lib/queries/http";
import { copyReply } from "@/lib/shortcuts/copy-reply";
import { focusPromptSoon } from "@/lib/shortcuts/prompt";
import { useShortcuts } from "@/lib/shortcuts/use-shortcuts";
import { waitingCalls } from "@/lib/tools/waiting";
import type { ExchangeLog } from "./exchange-log";
import { type PlaygroundMessage, textOf } from "./metadata";
import { type ConversationTab, startConversation } from "./store";
import { filePartsOf } from "./turn-actions";
import { useAttachments } from "./use-attachments";
import type { LazyChatHelpers } from "./use-lazy-chat";
import { type TurnVersionsState, useMessageHandlers } from "./use-message-handlers";
import { revertFailed } from "./versions";

/** A saved conversation's useChat (useSavedChat) with its exchange log: what a session view drives. */
export type SessionChat = LazyChatHelpers<PlaygroundMessage> &
  TurnVersionsState & { engine: ReactNode; log: ExchangeLog };

/**
 * What chat and Messages do the same way around their conversation: the composer's text and images,
 * Send (Run when the composer is empty and the thread ends on a question), Retry, the prompt taken
 * back when a request fails before any reply, the turn actions, the Inspector, and the shortcuts
 * (Esc stops, N starts a conversation, C copies the last reply).
 */
export function useConversationSession(
  tab: ConversationTab,
  chat: SessionChat,
  onBusyChange?: (busy: boolean) => void,
) {
  const t = useT();
  const { messages, status, error, stop, setMessages, sendMessage, regenerate, clearError } = chat;
  const { versions, setVersions } = chat;
  const [input, setInput] = useState("");
  const [restored, setRestored] = useState(false);
  const [inspecting, setInspecting] = useState<string | null>(null);
  const busy = status === "submitted" || status === "streaming";
  const inspect = useCallback((id: string) => setInspecting(chat.log.get(id) ? id : ""), [chat.log]);
  const handlers = useMessageHandlers(chat, inspect);
  const attachments = useAttachments(messages);
  const { parts: files, restore } = attachments;
  // Set by the prompt library's variables panel while it is mounted: Send fills {{variables}} first.
  const fillFirst = useRef<(() => boolean) | null>(null);

  useEffect(() => onBusyChange?.(busy), [busy, onBusyChange]);

  // A request that failed before any reply: take the prompt and its images back into the composer.
  // A failed Regenerate or Edit-and-resend shows the version it replaced again (the edited text goes
  // back into the composer).
  useEffect(() => {
    if (status !== "error") return;
    const last = messages.at(-1);
    if (last?.role !== "user" || !(error instanceof HttpError)) return;
    const reverted = revertFailed(versions, messages);
    if (reverted) {
      setVersions(reverted.map);
      setMessages(reverted.messages);
      if (!reverted.edited) return;
    } else setMessages((current) => current.slice(0, -1));
    setInput((current) => (current.trim() ? current : textOf(last)));
    restore(filePartsOf(last).filter((p) => p.url.startsWith("data:")));
    setRestored(true);
  }, [status, messages, error, setMessages, versions, setVersions, restore]);

  const lastReply = messages.findLast((m) => m.role === "assistant");
  const newConversation = () => {
    startConversation(tab);
    focusPromptSoon();
  };
  // Only what can act now is registered: Esc stops a streaming reply, New waits for it to end.
  useShortcuts({
    stop: busy ? () => void stop() : undefined,
    newConversation: busy ? undefined : newConversation,
    copyLastReply: () => void copyReply(lastReply && textOf(lastReply), t),
  });

  const canRun = messages.at(-1)?.role === "user";
  // The last reply's tool calls wait for results: Send is held (the composer says so and offers Skip).
  const waiting = waitingCalls(messages).length;

  function send() {
    if (busy || waiting > 0) return;
    sendNow();
  }

  /**
   * Answers every waiting call with an error result ("The user skipped this call"), then sends what the
   * composer holds; with nothing typed, the model continues from the skipped calls.
   */
  async function skipCalls() {
    if (busy || waiting === 0) return;
    // The answering code loads on first use: most conversations never skip a call.
    const { skipWaitingCalls } = await import("@/lib/tools/answer");
    setMessages(skipWaitingCalls(messages));
    if (input.trim() || files.length > 0) sendNow();
    else {
      clearError();
      void sendMessage();
    }
  }

  function sendNow() {
    if (fillFirst.current?.()) return;
    const text = input.trim();
    setRestored(false);
    clearError();
    if (!text && files.length === 0) {
      if (canRun) void regenerate();
      return;
    }
    setInput("");
    attachments.clear();
    void sendMessage(files.length > 0 ? { text, files } : { text });
  }

  function retry() {
    // A restored prompt is in the composer: send it again. Otherwise ask for the last reply again
    // (a reply there is kept as an earlier version).
    const last = messages.at(-1);
    if (restored) send();
    else if (last?.role === "assistant") handlers.onAction(last.id, "regenerate");
    else {
      clearError();
      void regenerate();
    }
  }

  return {
    input,
    setInput,
    files,
    attachments,
    busy,
    canRun,
    restored,
    send,
    /** Tool calls of the last reply waiting for results (Send is held while there are any). */
    waiting,
    skipCalls,
    retry,
    newConversation,
    handlers,
    inspecting,
    inspect,
    // The exchange of the reply on screen (its version's), or the latest one after a failure.
    inspectLatest: () => {
      const shown = lastReply?.metadata?.exchangeId;
      setInspecting((!error && shown && chat.log.get(shown) ? shown : chat.log.latestId()) ?? "");
    },
    closeInspector: () => setInspecting(null),
    fillFirst,
  };
}

export type ConversationSessionState = ReturnType<typeof useConversationSession>;
