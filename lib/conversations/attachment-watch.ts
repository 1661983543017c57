"use client";

import { useEffect } from "react";
import { dropUnreferenced, resolveAttachments, sweepAttachments } from "./attachments";
import type { PlaygroundMessage } from "./metadata";
import { useConversationStore } from "./store";

let watching = false;

/**
 * From the first opened conversation on: an image is deleted when the last saved message referring to
 * it goes (a message or conversation deleted, or edited without it), and once per page load images
 * that nothing refers to for a day are swept.
 */
function watchAttachments() {
  if (watching) return;
  watching = true;
  const start = () => {
    sweepAttachments(useConversationStore.getState().byTab);
    useConversationStore.subscribe((state, prev) => dropUnreferenced(prev.byTab, state.byTab));
  };
  if (useConversationStore.persist.hasHydrated()) start();
  else {
    const stop = useConversationStore.persist.onFinishHydration(() => {
      stop();
      start();
    });
  }
}

/**
 * Reads a saved conversation's images back into the open chat: the messages that still refer to an
 * image by id get its data URL (messages sent meanwhile are left as they are).
 */
export function useResolvedAttachments(
  initial: PlaygroundMessage[],
  /** The chat's current setMessages (the engine's once it has loaded). */
  chatRef: { current: { setMessages: (change: (m: PlaygroundMessage[]) => PlaygroundMessage[]) => void } },
) {
  // The conversation's first messages, once per mounted conversation.
  // biome-ignore lint/correctness/useExhaustiveDependencies: initial is read once, as useChat reads it.
  useEffect(() => {
    watchAttachments();
    let live = true;
    void resolveAttachments(initial).then((resolved) => {
      if (!live || resolved === initial) return;
      const byId = new Map(resolved.map((m) => [m.id, m]));
      chatRef.current.setMessages((current) =>
        current.map((m) => {
          const next = byId.get(m.id);
          return next && m.parts.some((p) => p.type === "file" && p.url.startsWith("attachment:")) ? next : m;
        }),
      );
    });
    return () => {
      live = false;
    };
  }, []);
}
