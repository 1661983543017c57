"use client";

import { useEffect } from "react";
import { type ConversationTab, useConversationStore } from "@/lib/conversations/store";

/**
 * Saves settings kept with a conversation (chat's system prompt, the tools of both tabs), debounced:
 * the store writes localStorage. `settings` must be memoised or state, or it saves on every render.
 */
export function useSavedSettings(
  tab: ConversationTab,
  conversationId: string,
  settings: Record<string, unknown>,
) {
  useEffect(() => {
    const timer = setTimeout(
      () => useConversationStore.getState().saveSettings(tab, conversationId, settings),
      400,
    );
    return () => clearTimeout(timer);
  }, [tab, conversationId, settings]);
}
