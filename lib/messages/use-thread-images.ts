"use client";

import { useEffect, useRef, useState } from "react";
import type { PlaygroundMessage } from "@/lib/conversations/metadata";
import type { StoredConversation } from "@/lib/conversations/schema";
import { useConversationStore } from "@/lib/conversations/store";
import { parkedMessages } from "@/lib/conversations/versions";

const lacksImage = (messages: PlaygroundMessage[]) =>
  messages.some((m) => m.parts.some((p) => p.type === "file" && p.url === ""));

interface Thread {
  id: string;
  messages: PlaygroundMessage[];
}

/**
 * The stored thread of a conversation with its attached images put back from IndexedDB; undefined
 * while they load (only a thread that had images waits). Read once per conversation: the session
 * holds the thread from then on. Once per page, images of turns no longer saved are dropped.
 */
export function useThreadImages(
  conversation: StoredConversation | undefined,
): PlaygroundMessage[] | undefined {
  const [thread, setThread] = useState<Thread>();
  const id = conversation?.id;
  // A thread without images is ready at once (set while rendering: no empty frame).
  if (conversation && thread?.id !== id && !lacksImage(conversation.messages)) {
    setThread({ id: conversation.id, messages: conversation.messages });
  }

  // biome-ignore lint/correctness/useExhaustiveDependencies: read once per conversation id, see above.
  useEffect(() => {
    if (!conversation || thread?.id === conversation.id) return;
    let live = true;
    void import("./image-store")
      .then((store) => store.withKeptImages(conversation.messages))
      .catch(() => conversation.messages)
      .then((messages) => {
        if (live) setThread({ id: conversation.id, messages });
      });
    return () => {
      live = false;
    };
  }, [id]);

  const pruned = useRef(false);
  useEffect(() => {
    if (!id || pruned.current) return;
    pruned.current = true;
    const items = useConversationStore.getState().byTab.messages?.items ?? [];
    // Turns of parked answer versions keep their images too.
    const all = items.flatMap((c) => [...c.messages, ...parkedMessages(c.versions ?? {})]);
    const ids = new Set(all.map((m) => m.id));
    void import("./image-store").then((store) => store.forgetImagesExcept(ids));
  }, [id]);

  return thread && thread.id === id ? thread.messages : undefined;
}
