"use client";

import type { ChatOnFinishCallback, ChatStatus, ChatTransport, UIMessage } from "ai";
import { useCallback, useEffect, useReducer, useRef, useSyncExternalStore } from "react";
import { loadChatEngine, loadedChatEngine, preloadChatEngine } from "@/lib/streaming/chat-engine-loader";
import { type ChatSource, PendingChat } from "@/lib/streaming/pending-chat";

export interface DeferredChatOptions<M extends UIMessage> {
  id: string;
  messages?: M[];
  transport: ChatTransport<M>;
  onFinish?: ChatOnFinishCallback<M>;
  /** As useChat's: at most one messages update per this many milliseconds while a reply streams. */
  experimental_throttle?: number;
}

export interface DeferredChatHelpers<M extends UIMessage> {
  id: string;
  messages: M[];
  status: ChatStatus;
  error: Error | undefined;
  setMessages: (messages: M[] | ((messages: M[]) => M[])) => void;
  sendMessage: ChatSource<M>["sendMessage"];
  regenerate: ChatSource<M>["regenerate"];
  stop: () => Promise<void>;
  clearError: () => void;
}

/**
 * useChat (@ai-sdk/react) without the AI SDK in the page's first load: the conversation renders at
 * once from `messages`, the engine's chunk is fetched right after the load event, and the chat then
 * runs on the SDK's own `Chat`. A Send made before the chunk has arrived waits for it (see
 * PendingChat). The subscription below is useChat's own (same snapshots, same throttle).
 */
export function useDeferredChat<M extends UIMessage>({
  id,
  messages: initialMessages,
  transport,
  onFinish,
  experimental_throttle: throttleWaitMs,
}: DeferredChatOptions<M>): DeferredChatHelpers<M> {
  const latest = useRef({ transport, onFinish });
  latest.current = { transport, onFinish };
  const [, rerender] = useReducer((n: number) => n + 1, 0);
  const chatRef = useRef<ChatSource<M> | null>(null);

  const realChat = (
    engine: NonNullable<ReturnType<typeof loadedChatEngine>>,
    chatId: string,
    messages: M[],
  ) =>
    new engine.Chat<M>({
      id: chatId,
      messages,
      transport: {
        sendMessages: (options) => latest.current.transport.sendMessages(options),
        reconnectToStream: (options) => latest.current.transport.reconnectToStream(options),
      },
      onFinish: (event) => latest.current.onFinish?.(event),
    });

  const makeChat = (chatId: string, messages: M[]): ChatSource<M> => {
    const engine = loadedChatEngine();
    if (engine) return realChat(engine, chatId, messages);
    let real: Promise<ChatSource<M>> | undefined;
    const pending: PendingChat<M> = new PendingChat(chatId, messages, () => {
      real ??= loadChatEngine().then(
        (loaded) => {
          const chat = realChat(loaded, chatId, pending.messages);
          if (chatRef.current === pending) {
            chatRef.current = chat;
            rerender();
          }
          return chat;
        },
        (error: unknown) => {
          real = undefined;
          throw error;
        },
      );
      return real;
    });
    return pending;
  };

  // Like useChat: a new id starts a new chat from `messages`.
  if (chatRef.current === null || chatRef.current.id !== id)
    chatRef.current = makeChat(id, initialMessages ?? []);
  const chat = chatRef.current;

  useEffect(() => {
    if (!(chat instanceof PendingChat)) return;
    let live = true;
    preloadChatEngine(() => {
      // Swap in the real chat as soon as the engine is here (a waiting Send gets the same one).
      if (live && chatRef.current === chat) void chat.handOffNow();
    });
    return () => {
      live = false;
    };
  }, [chat]);

  const snapshot = useRef({ chat, messages: chat.messages });
  if (snapshot.current.chat !== chat) snapshot.current = { chat, messages: chat.messages };

  const subscribeToMessages = useCallback(
    (update: () => void) => {
      let subscribed = true;
      const unsubscribe = chat["~registerMessagesCallback"](() => {
        if (!subscribed || snapshot.current.chat !== chat) return;
        snapshot.current = { chat, messages: chat.messages };
        update();
      }, throttleWaitMs);
      snapshot.current = { chat, messages: chat.messages };
      return () => {
        subscribed = false;
        unsubscribe();
      };
    },
    [chat, throttleWaitMs],
  );
  const getMessages = useCallback(() => snapshot.current.messages, []);
  const messages = useSyncExternalStore(subscribeToMessages, getMessages, getMessages);

  const subscribeToStatus = useCallback(
    (update: () => void) =>
      chat["~registerStatusCallback"](() => {
        if (snapshot.current.chat !== chat) return;
        // A throttled messages update may still be due: the settled reply is read with the status.
        if (chat.status === "ready" || chat.status === "error") {
          snapshot.current = { chat, messages: chat.messages };
        }
        update();
      }),
    [chat],
  );
  const getStatus = useCallback(() => chat.status, [chat]);
  const status = useSyncExternalStore(subscribeToStatus, getStatus, getStatus);
  const subscribeToError = useCallback(
    (update: () => void) => chat["~registerErrorCallback"](update),
    [chat],
  );
  const getError = useCallback(() => chat.error, [chat]);
  const error = useSyncExternalStore(subscribeToError, getError, getError);

  const setMessages = useCallback((next: M[] | ((messages: M[]) => M[])) => {
    const current = chatRef.current;
    if (!current) return;
    current.messages = typeof next === "function" ? next(current.messages) : next;
  }, []);

  return {
    id: chat.id,
    messages,
    status,
    error,
    setMessages,
    sendMessage: chat.sendMessage,
    regenerate: chat.regenerate,
    stop: chat.stop,
    clearError: chat.clearError,
  };
}
