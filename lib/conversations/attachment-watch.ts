"use client";

import { useEffect } from "react";
import type * as AttachmentsModule from "./attachments";
import type { PlaygroundMessage } from "./metadata";
import type { TabConversations } from "./schema";
import { useConversationStore } from "./store";
import { parkedMessages } from "./versions";

// The first-load side of attached images: small checks that load ./attachments (references,
// IndexedDB) only when a conversation has images.

let loaded: typeof AttachmentsModule | undefined;

/** The attachment code; once per page load it also sweeps images nothing has referred to for a day. */
export function loadAttachments() {
  return import("./attachments").then((m) => {
    if (!loaded && useConversationStore.persist.hasHydrated())
      m.sweepAttachments(useConversationStore.getState().byTab);
    loaded = m;
    return m;
  });
}

const hasUrl = (messages: readonly PlaygroundMessage[], prefix: string) =>
  messages.some((m) => m.parts.some((p) => p.type === "file" && p.url.startsWith(prefix)));

const haveRefs = (byTab: Partial<Record<string, TabConversations>>) =>
  Object.values(byTab).some((tab) =>
    tab?.items.some((c) => hasUrl([...c.messages, ...parkedMessages(c.versions ?? {})], "attachment:")),
  );

/**
 * The messages as saved: attached images as `attachment:<id>` references (./attachments). The code is
 * loaded by then (attaching or reading back an image loads it); if not, this save keeps the data URLs
 * and the next one replaces them.
 */
export function toStoredMessages(messages: PlaygroundMessage[]): PlaygroundMessage[] {
  if (!hasUrl(messages, "data:")) return messages;
  if (loaded) return loaded.withAttachmentRefs(messages);
  void loadAttachments();
  return messages;
}

let watching = false;

/** An image is deleted when the last saved message referring to it goes (message, conversation, edit). */
function watchAttachments() {
  if (watching) return;
  watching = true;
  useConversationStore.subscribe((state, prev) => {
    if (state.byTab === prev.byTab || !haveRefs(prev.byTab)) return;
    void loadAttachments().then((m) => m.dropUnreferenced(prev.byTab, state.byTab));
  });
}

// Whether a message refers to an image by id, per message object: while a reply streams, only the
// streaming message is a new object at each render; the others are answered from here, unread.
const refersCache = new WeakMap<PlaygroundMessage, boolean>();
const waits = (message: PlaygroundMessage): boolean => {
  let refers = refersCache.get(message);
  if (refers === undefined) {
    refers = hasUrl([message], "attachment:");
    refersCache.set(message, refers);
  }
  return refers;
};

/** The ids of the messages that wait for an image to be read back, as one string (empty: none). */
export function waitingKey(messages: readonly PlaygroundMessage[]): string {
  let key = "";
  for (const m of messages) if (waits(m)) key = key ? `${key} ${m.id}` : m.id;
  return key;
}

/**
 * Reads images back into the open chat: the messages that still refer to an image by id (a saved
 * conversation just opened, or an answer version paged in, see versions.ts) get its data URL. Runs again
 * only when another set of messages refers to images (by their ids, not the message objects that change
 * with every streamed chunk), so one that cannot be read is tried once.
 */
export function useResolvedAttachments(
  messages: PlaygroundMessage[],
  /** The chat's current setMessages (the engine's once it has loaded). */
  chatRef: { current: { setMessages: (change: (m: PlaygroundMessage[]) => PlaygroundMessage[]) => void } },
) {
  useEffect(() => watchAttachments(), []);
  const key = waitingKey(messages);
  // biome-ignore lint/correctness/useExhaustiveDependencies: the messages that wait are named by `key`.
  useEffect(() => {
    if (!key) return;
    let live = true;
    void loadAttachments()
      .then((m) => m.resolveAttachments(messages.filter(waits)))
      .then((resolved) => {
        if (!live) return;
        const byId = new Map(resolved.map((m) => [m.id, m]));
        chatRef.current.setMessages((current) => current.map((m) => (waits(m) ? (byId.get(m.id) ?? m) : m)));
      });
    return () => {
      live = false;
    };
  }, [key]);
}
