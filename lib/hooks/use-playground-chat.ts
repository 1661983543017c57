"use client";

import { useChat } from "@ai-sdk/react";
import { useRef, useState } from "react";
import { preferredChatModel } from "@/lib/queries/models";
import { useChatConfigStore } from "@/lib/stores/chat-config";
import { useSettingsStore } from "@/lib/stores/settings";
import type { PlaygroundMessage } from "@/lib/streaming/metadata";
import { type BuiltRequest, createChatCompletionsTransport } from "@/lib/streaming/transport";

/**
 * useChat over the chat-completions transport. Settings are read when a request is built, so the
 * transport is created once. `lastRequest` holds the exact request of the latest send (for the inspector).
 */
export function usePlaygroundChat() {
  const lastRequest = useRef<BuiltRequest | null>(null);
  const [stoppedIds, setStoppedIds] = useState<ReadonlySet<string>>(() => new Set());
  const [transport] = useState(() =>
    createChatCompletionsTransport({
      getConfig: () => {
        const { model, system } = useChatConfigStore.getState();
        return {
          model: model.trim() || preferredChatModel,
          system,
          vendor: useSettingsStore.getState().vendor,
        };
      },
      onRequest: (request) => {
        lastRequest.current = request;
      },
    }),
  );
  const chat = useChat<PlaygroundMessage>({
    transport,
    onFinish: ({ message, isAbort }) => {
      if (isAbort) setStoppedIds((ids) => new Set(ids).add(message.id));
    },
  });
  return { ...chat, stoppedIds, lastRequest };
}

export function messageText(message: PlaygroundMessage): string {
  return message.parts.map((part) => (part.type === "text" ? part.text : "")).join("");
}
