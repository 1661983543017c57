"use client";

import type { ChatTransport } from "ai";
import { useEffect, useRef, useState } from "react";
import type { PlaygroundMessage } from "@/lib/conversations/metadata";
import { type ConversationTab, useConversationStore } from "@/lib/conversations/store";
import { useInterruptOnUnload } from "@/lib/conversations/use-interrupt-on-unload";
import { useLazyChat } from "@/lib/conversations/use-lazy-chat";
import { mapBranches, pruneVersions, resolvePending, type VersionMap } from "@/lib/conversations/versions";

const asStored = (messages: PlaygroundMessage[]) => messages;

/**
 * useChat (lazy: see useLazyChat; the page renders `engine`) for one saved conversation of a tab (chat, messages): a reply the user stopped is marked
 * `stopped`, one cut by a reload or a closed tab `interrupted`, and the conversation is saved when a
 * reply settles (not per token), through `toStored` (a module-level function: a new one per render
 * would save again on every render).
 */
export function useSavedChat(
  tab: ConversationTab,
  conversationId: string,
  initialMessages: PlaygroundMessage[],
  transport: ChatTransport<PlaygroundMessage>,
  toStored: (messages: PlaygroundMessage[]) => PlaygroundMessage[] = asStored,
) {
  const chat = useLazyChat<PlaygroundMessage>({
    id: conversationId,
    messages: initialMessages,
    transport,
    // Long answers: at most ~20 renders a second, whatever the token rate.
    experimental_throttle: 50,
    onFinish: ({ message, isAbort }) => {
      if (!isAbort) return;
      chat.setMessages((all) =>
        all.map((m) => (m.id === message.id ? { ...m, metadata: { ...m.metadata, stopped: true } } : m)),
      );
    },
  });
  // The other versions of the thread's turns (versions.ts), saved with the thread.
  const [versions, setVersions] = useState<VersionMap>(() => storedVersions(tab, conversationId) ?? {});
  const versionsRef = useRef(versions);
  versionsRef.current = versions;
  const chatRef = useRef(chat);
  chatRef.current = chat;
  const left = useInterruptOnUnload(chatRef, (thread) =>
    save(tab, conversationId, toStored(thread), storable(versionsRef.current, thread, toStored)),
  );
  const { status, messages } = chat;
  // A regenerated reply takes its turn's versions as soon as it appears.
  useEffect(() => {
    const next = resolvePending(versions, messages);
    if (next !== versions) setVersions(next);
  }, [versions, messages]);
  useEffect(() => {
    if (left.current && status === "submitted") left.current = false;
    if (!left.current && (status === "ready" || status === "error")) {
      save(tab, conversationId, toStored(messages), storable(versions, messages, toStored));
    }
  }, [status, messages, versions, conversationId, tab, toStored, left]);
  return { ...chat, versions, setVersions };
}

const save = (...args: Parameters<ReturnType<typeof useConversationStore.getState>["saveMessages"]>) =>
  useConversationStore.getState().saveMessages(...args);

function storedVersions(tab: ConversationTab, id: string): VersionMap | undefined {
  return useConversationStore.getState().byTab[tab]?.items.find((c) => c.id === id)?.versions;
}

/** The versions the thread still reaches, each branch stored as the thread is (`toStored`). */
function storable(
  versions: VersionMap,
  messages: PlaygroundMessage[],
  toStored: (messages: PlaygroundMessage[]) => PlaygroundMessage[],
): VersionMap {
  return mapBranches(pruneVersions(versions, messages), toStored);
}
