"use client";

import { useEffect } from "react";
import { type ConversationTab, useConversationStore } from "./store";

/**
 * The conversation a tab shows. There is always one to type into once the store has loaded: the
 * first saved one, or a new one (the first visit, or after deleting the active one).
 */
export function useActiveConversation(tab: ConversationTab, hydrated: boolean) {
  const state = useConversationStore((s) => s.byTab[tab]);
  const active = state?.items.find((c) => c.id === state.activeId);
  useEffect(() => {
    if (!hydrated || active) return;
    const first = state?.items[0];
    if (first) useConversationStore.getState().select(tab, first.id);
    else useConversationStore.getState().create(tab);
  }, [tab, hydrated, active, state]);
  return active;
}
