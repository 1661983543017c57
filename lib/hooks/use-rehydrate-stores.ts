"use client";

import { useEffect } from "react";
import { useConversationStore } from "@/lib/conversations/store";
import { useShortcutPrefs } from "@/lib/shortcuts/prefs";
import { useChatConfigStore } from "@/lib/stores/chat-config";
import { useSettingsStore } from "@/lib/stores/settings";

/** Loads persisted client preferences once, after the first render matched the server's. */
export function useRehydrateStores(): void {
  useEffect(() => {
    void useSettingsStore.persist.rehydrate();
    void useChatConfigStore.persist.rehydrate();
    void useConversationStore.persist.rehydrate();
    void useShortcutPrefs.persist.rehydrate();
  }, []);
}
