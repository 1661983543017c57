"use client";

import { useRef, useState } from "react";
import { useChatConfigStore } from "@/lib/chat/config-store";
import { createExchangeLog } from "@/lib/conversations/exchange-log";
import type { PlaygroundMessage } from "@/lib/conversations/metadata";
import { useSavedChat } from "@/lib/conversations/use-saved-chat";
import { preferredChatModel } from "@/lib/queries/models";
import { paramsToBody } from "@/lib/schemas/chat-params";
import { useSettingsStore } from "@/lib/settings/store";
import { createChatCompletionsTransport } from "@/lib/streaming/transport";

/** The request config at send time: model, system prompt, enabled parameters, vendor header. */
export function currentChatConfig(system: string) {
  const { model, params } = useChatConfigStore.getState();
  return {
    model: model.trim() || preferredChatModel,
    system,
    vendor: useSettingsStore.getState().vendor,
    params: paramsToBody(params),
    stream: params.stream,
  };
}

/**
 * useChat over the chat-completions transport for one saved conversation. Settings are read when a
 * request is built; the conversation is saved when a reply settles (not per token); raw exchanges go
 * to an in-memory log for the inspector.
 */
export function useChatSession(conversationId: string, initialMessages: PlaygroundMessage[], system: string) {
  const systemRef = useRef(system);
  systemRef.current = system;
  const [log] = useState(() => createExchangeLog());
  const [transport] = useState(() =>
    createChatCompletionsTransport({ getConfig: () => currentChatConfig(systemRef.current), ...log.hooks }),
  );
  const chat = useSavedChat("chat", conversationId, initialMessages, transport);
  return { ...chat, log, transport };
}
