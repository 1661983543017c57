"use client";

import { useRef, useState } from "react";
import { createExchangeLog } from "@/lib/conversations/exchange-log";
import type { PlaygroundMessage } from "@/lib/conversations/metadata";
import { useSavedChat } from "@/lib/conversations/use-saved-chat";
import type { ToolSettings } from "@/lib/tools/spec";
import { toMessagesConfig, useMessagesConfigStore } from "./config-store";
import { createMessagesTransport } from "./transport";

/**
 * useChat over the Messages transport for one saved conversation. The form is read when a request is
 * built; the conversation is saved when a reply settles (not per token), its images apart (attachments);
 * raw exchanges (request, status, every SSE event with its time) go to an in-memory log for the inspector.
 */
export function useMessagesSession(
  conversationId: string,
  initialMessages: PlaygroundMessage[],
  tools: ToolSettings,
) {
  const toolsRef = useRef(tools);
  toolsRef.current = tools;
  const [log] = useState(() => createExchangeLog());
  const [transport] = useState(() =>
    createMessagesTransport({
      getConfig: () => ({
        ...toMessagesConfig(useMessagesConfigStore.getState().form),
        tools: toolsRef.current,
      }),
      ...log.hooks,
    }),
  );
  const chat = useSavedChat("messages", conversationId, initialMessages, transport);
  return { ...chat, log, transport };
}
