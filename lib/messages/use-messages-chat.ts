"use client";

import { useEffect, useState } from "react";
import { useConversationStore } from "@/lib/conversations/store";
import { useDeferredChat } from "@/lib/hooks/use-deferred-chat";
import { createExchangeLog } from "@/lib/streaming/exchange-log";
import type { PlaygroundMessage } from "@/lib/streaming/metadata";
import { toMessagesConfig, useMessagesConfigStore } from "./config-store";
import { withoutImageData } from "./persist";
import { createMessagesTransport } from "./transport";

/**
 * useChat over the Messages transport for one saved conversation. The form is read when a request is
 * built; the conversation is saved when a reply settles (not per token); raw exchanges (request,
 * status, every SSE event with its time) go to an in-memory log for the inspector.
 */
export function useMessagesChat(conversationId: string, initialMessages: PlaygroundMessage[]) {
  const [log] = useState(() => createExchangeLog());
  const [transport] = useState(() =>
    createMessagesTransport({
      getConfig: () => toMessagesConfig(useMessagesConfigStore.getState().form),
      ...log.hooks,
    }),
  );
  const chat = useDeferredChat<PlaygroundMessage>({
    id: conversationId,
    messages: initialMessages,
    transport,
    experimental_throttle: 50,
    onFinish: ({ message, isAbort }) => {
      if (!isAbort) return;
      chat.setMessages((all) =>
        all.map((m) => (m.id === message.id ? { ...m, metadata: { ...m.metadata, stopped: true } } : m)),
      );
    },
  });
  const { status, messages } = chat;
  useEffect(() => {
    if (status === "ready" || status === "error") {
      useConversationStore.getState().saveMessages("messages", conversationId, withoutImageData(messages));
    }
  }, [status, messages, conversationId]);
  return { ...chat, log, transport };
}
