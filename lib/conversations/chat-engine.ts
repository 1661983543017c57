"use client";

// The streaming engine: the component that calls @ai-sdk/react's public useChat, and with it `ai`,
// its UI-message schemas and zod. Loaded after the page's load event by ./chat-engine-loader, never
// part of a page's first load (lib/conversations/use-lazy-chat.ts renders it).
import { useChat } from "@ai-sdk/react";
import type { UIMessage } from "ai";
import { useLayoutEffect } from "react";
import type { ChatEngineProps } from "@/lib/conversations/chat-engine-queue";

/** Runs useChat, sends the call held before it arrived, and hands its helpers to the page. */
export function ChatEngine<M extends UIMessage>({ options, takeQueued, onChange }: ChatEngineProps<M>) {
  const { id, messages, status, error, setMessages, sendMessage, regenerate, stop, clearError } =
    useChat<M>(options);
  // Before paint: the held prompt is replaced by useChat's own message in the same frame.
  useLayoutEffect(() => {
    const queued = takeQueued();
    if (!queued) return;
    const call =
      queued.kind === "send" ? sendMessage(queued.message, queued.options) : regenerate(queued.options);
    void call.then(queued.done, queued.done);
  }, [takeQueued, sendMessage, regenerate]);
  useLayoutEffect(() => {
    onChange({ id, messages, status, error, setMessages, sendMessage, regenerate, stop, clearError });
  }, [onChange, id, messages, status, error, setMessages, sendMessage, regenerate, stop, clearError]);
  return null;
}
