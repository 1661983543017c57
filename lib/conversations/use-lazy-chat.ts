"use client";

import type { ChatOnFinishCallback, ChatTransport, UIMessage } from "ai";
import { createElement, type ReactNode, useCallback, useEffect, useRef, useState } from "react";
import { loadChatEngine, loadedChatEngine, preloadChatEngine } from "@/lib/conversations/chat-engine-loader";
import {
  type ChatEngineProps,
  type ChatHelpers,
  type Queued,
  type QueuedCall,
  queuedMessage,
} from "@/lib/conversations/chat-engine-queue";
import { HttpError } from "@/lib/queries/http";

export interface LazyChatOptions<M extends UIMessage> {
  id: string;
  messages?: M[];
  transport: ChatTransport<M>;
  onFinish?: ChatOnFinishCallback<M>;
  /** As useChat's: at most one messages update per this many milliseconds while a reply streams. */
  experimental_throttle?: number;
}

export type LazyChatHelpers<M extends UIMessage> = ChatHelpers<M>;

interface Before<M extends UIMessage> {
  messages: M[];
  queued?: Queued<M>;
  error?: Error;
}

/** Adds the prompt of a held Send, so that it shows at once. */
function shown<M extends UIMessage>(messages: M[], queued: Queued<M> | undefined): M[] {
  const prompt = queued && queuedMessage(queued);
  return prompt ? [...messages, prompt] : messages;
}

/**
 * useChat (@ai-sdk/react) without the AI SDK in the page's first load. The page renders `engine`
 * (fetched right after the load event: a component that calls the public useChat) and reads the
 * helpers returned here. Until the engine is there, the stored conversation shows from `messages` in
 * the same message list, and at most one Send (or Regenerate) is held: its prompt shows at once with
 * status `submitted`, and the engine sends it as soon as it arrives. Stop keeps the prompt in the
 * conversation; if the engine cannot be fetched, the send fails like an unreachable server (status 0),
 * after which the pages put the prompt back into the composer.
 */
export function useLazyChat<M extends UIMessage>(
  options: LazyChatOptions<M>,
): LazyChatHelpers<M> & { engine: ReactNode } {
  const [engine, setEngine] = useState(() => loadedChatEngine());
  const [before, setBefore] = useState<Before<M>>(() => ({ messages: options.messages ?? [] }));
  const [live, setLive] = useState<LazyChatHelpers<M>>();
  const queuedRef = useRef<Queued<M> | undefined>(undefined);

  useEffect(() => {
    if (engine) return;
    let mounted = true;
    preloadChatEngine(() => {
      if (mounted) setEngine(() => loadedChatEngine());
    });
    return () => {
      mounted = false;
    };
  }, [engine]);

  /** Ends a held call without the engine: its prompt stays in the conversation (Stop, or a failed fetch). */
  const settle = useCallback((entry: Queued<M>, error?: Error) => {
    if (queuedRef.current === entry) queuedRef.current = undefined;
    setBefore((b) => (b.queued === entry ? { messages: shown(b.messages, entry), error } : b));
    entry.done();
  }, []);

  /** Holds one call until the engine is here; another while it waits is ignored (Send is disabled then). */
  const hold = useCallback(
    (call: QueuedCall<M>) => {
      if (queuedRef.current) return Promise.resolve();
      return new Promise<void>((resolve) => {
        const entry: Queued<M> = { ...call, done: resolve };
        queuedRef.current = entry;
        setBefore((b) => ({ messages: b.messages, queued: entry }));
        loadChatEngine().then(
          (loaded) => setEngine(() => loaded),
          (error: unknown) => {
            const message = error instanceof Error ? error.message : String(error);
            if (queuedRef.current === entry) settle(entry, new HttpError({ status: 0, message }));
          },
        );
      });
    },
    [settle],
  );

  const setMessages = useCallback<LazyChatHelpers<M>["setMessages"]>(
    (next) => setBefore((b) => ({ ...b, messages: typeof next === "function" ? next(b.messages) : next })),
    [],
  );
  const takeQueued = useCallback(() => {
    const queued = queuedRef.current;
    queuedRef.current = undefined;
    return queued;
  }, []);

  const element = engine
    ? createElement(engine.ChatEngine as (props: ChatEngineProps<M>) => ReactNode, {
        options: { ...options, messages: before.messages },
        takeQueued,
        onChange: setLive,
      })
    : null;
  if (live) return { ...live, engine: element };
  return {
    id: options.id,
    messages: shown(before.messages, before.queued),
    status: before.queued ? "submitted" : before.error ? "error" : "ready",
    error: before.error,
    setMessages,
    sendMessage: (message, callOptions) => hold({ kind: "send", message, options: callOptions }),
    regenerate: (callOptions) => hold({ kind: "regenerate", options: callOptions }),
    stop: async () => {
      if (queuedRef.current) settle(queuedRef.current);
    },
    clearError: () => setBefore((b) => (b.error ? { messages: b.messages, queued: b.queued } : b)),
    engine: element,
  };
}
