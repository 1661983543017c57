"use client";

import { useRef, useState } from "react";
import { useChatConfigStore } from "@/lib/chat/config-store";
import { createExchangeLog } from "@/lib/conversations/exchange-log";
import type { PlaygroundMessage } from "@/lib/conversations/metadata";
import { useSavedChat } from "@/lib/conversations/use-saved-chat";
import { preferredChatModel } from "@/lib/queries/models";
import { paramsToBody } from "@/lib/schemas/chat-params";
import { useSettingsStore } from "@/lib/settings/store";
import { createChatCompletionsTransport } from "@/lib/streaming/chat-transport";
import type { ToolSettings } from "@/lib/tools/spec";

/** The request config at send time: model, system prompt, tools, enabled parameters, vendor header. */
export function currentChatConfig(system: string, tools?: ToolSettings) {
  const { model, params } = useChatConfigStore.getState();
  return {
    model: model.trim() || preferredChatModel,
    system,
    vendor: useSettingsStore.getState().vendor,
    params: paramsToBody(params),
    stream: params.stream,
    tools,
  };
}

/**
 * useChat over the chat-completions transport for one saved conversation. Settings are read when a
 * request is built; the conversation is saved when a reply settles (not per token); raw exchanges go
 * to an in-memory log for the inspector.
 */
export function useChatSession(
  conversationId: string,
  initialMessages: PlaygroundMessage[],
  system: string,
  tools: ToolSettings,
) {
  const current = useRef({ system, tools });
  current.current = { system, tools };
  const [log] = useState(() => createExchangeLog());
  const [transport] = useState(() =>
    createChatCompletionsTransport({
      getConfig: () => currentChatConfig(current.current.system, current.current.tools),
      ...log.hooks,
    }),
  );
  const chat = useSavedChat("chat", conversationId, initialMessages, transport);
  return { ...chat, log, transport };
}
