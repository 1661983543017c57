"use client";

import { useEffect } from "react";
import { useConversationStore } from "@/lib/conversations/store";
import { useShortcutPrefs } from "@/lib/shortcuts/prefs";
import { useChatConfigStore } from "@/lib/stores/chat-config";
import { useSettingsStore } from "@/lib/stores/settings";

/**
 * Loads persisted client preferences once, after the first render matched the server's, then marks
 * the document `data-hydrated`: the page is interactive and its saved state is loaded (the tabs' own
 * stores rehydrate in their views' effects, which React runs before this provider's). Tests and tools
 * wait for that mark instead of guessing how long a slow machine needs.
 */
export function useRehydrateStores(): void {
  useEffect(() => {
    void Promise.all([
      useSettingsStore.persist.rehydrate(),
      useChatConfigStore.persist.rehydrate(),
      useConversationStore.persist.rehydrate(),
      useShortcutPrefs.persist.rehydrate(),
    ]).finally(() => {
      document.documentElement.dataset.hydrated = "true";
    });
  }, []);
}
