import { create } from "zustand";
import { persist } from "zustand/middleware";
import { type PlaygroundMessage, textOf } from "@/lib/conversations/metadata";
import { idleJSONStorage } from "@/lib/idle-json-storage";
import { parseStoredTabs, type StoredConversation, type TabConversations } from "./schema";
import type { VersionMap } from "./versions";

/** The tabs that keep conversations (chat completions and Anthropic messages). */
export type ConversationTab = "chat" | "messages";

const MAX_PER_TAB = 100;

interface ConversationState {
  byTab: Partial<Record<ConversationTab, TabConversations>>;
  create: (
    tab: ConversationTab,
    init?: Partial<Pick<StoredConversation, "title" | "messages" | "settings">>,
  ) => string;
  select: (tab: ConversationTab, id: string) => void;
  remove: (tab: ConversationTab, id: string) => void;
  rename: (tab: ConversationTab, id: string, title: string) => void;
  /** The thread on screen, and with it the versions of its turns when given (versions.ts). */
  saveMessages: (
    tab: ConversationTab,
    id: string,
    messages: PlaygroundMessage[],
    versions?: VersionMap,
  ) => void;
  saveSettings: (tab: ConversationTab, id: string, settings: Record<string, unknown>) => void;
}

const newId = () => `c-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 8)}`;

/** A title from the first user message: what a list of conversations is read by. */
export function titleFrom(messages: PlaygroundMessage[]): string | undefined {
  const first = messages.find((m) => m.role === "user");
  const text = first && textOf(first).trim();
  return text ? text.replace(/\s+/g, " ").slice(0, 60) : undefined;
}

/**
 * New conversation, unless the tab already has an empty one (no turns, no title, no settings): that
 * one is picked instead, so New does not pile up empty conversations.
 */
export function startConversation(tab: ConversationTab): string {
  const store = useConversationStore.getState();
  const empty = store.byTab[tab]?.items.find(
    (c) => c.messages.length === 0 && !c.title && !Object.values(c.settings).some(Boolean),
  );
  if (!empty) return store.create(tab);
  store.select(tab, empty.id);
  return empty.id;
}

/**
 * The title after a save: kept once set, except that a conversation emptied again (a failed first send
 * takes its prompt back into the composer) drops the title its first prompt gave it, so the list does
 * not show a titled conversation with no messages.
 */
function nextTitle(c: StoredConversation, messages: PlaygroundMessage[]): string {
  if (messages.length === 0 && c.title === titleFrom(c.messages)) return "";
  return c.title || titleFrom(messages) || "";
}

function update(
  state: ConversationState,
  tab: ConversationTab,
  id: string,
  change: (c: StoredConversation) => StoredConversation,
): Pick<ConversationState, "byTab"> {
  const current = state.byTab[tab] ?? { items: [] };
  return {
    byTab: {
      ...state.byTab,
      [tab]: { ...current, items: current.items.map((c) => (c.id === id ? change(c) : c)) },
    },
  };
}

/**
 * Saved conversations per tab, persisted in localStorage. Updated when a reply settles or the user
 * edits by hand, never per token; written to localStorage when the page is next idle.
 */
export const useConversationStore = create<ConversationState>()(
  persist(
    (set) => ({
      byTab: {},
      create(tab, init) {
        const id = newId();
        const now = Date.now();
        const conversation: StoredConversation = {
          id,
          title: init?.title ?? "",
          createdAt: now,
          updatedAt: now,
          messages: init?.messages ?? [],
          settings: init?.settings ?? {},
        };
        set((state) => {
          const current = state.byTab[tab] ?? { items: [] };
          return {
            byTab: {
              ...state.byTab,
              [tab]: { items: [conversation, ...current.items].slice(0, MAX_PER_TAB), activeId: id },
            },
          };
        });
        return id;
      },
      select: (tab, id) =>
        set((state) => ({
          byTab: { ...state.byTab, [tab]: { ...(state.byTab[tab] ?? { items: [] }), activeId: id } },
        })),
      remove: (tab, id) =>
        set((state) => {
          const current = state.byTab[tab] ?? { items: [] };
          const items = current.items.filter((c) => c.id !== id);
          const activeId = current.activeId === id ? items[0]?.id : current.activeId;
          return { byTab: { ...state.byTab, [tab]: { items, activeId } } };
        }),
      rename: (tab, id, title) =>
        set((state) => update(state, tab, id, (c) => ({ ...c, title: title.slice(0, 200) }))),
      saveMessages: (tab, id, messages, versions) =>
        set((state) =>
          update(state, tab, id, (c) => ({
            ...c,
            messages,
            ...(versions ? { versions } : {}),
            title: nextTitle(c, messages),
            updatedAt: Date.now(),
          })),
        ),
      saveSettings: (tab, id, settings) =>
        set((state) => update(state, tab, id, (c) => ({ ...c, settings: { ...c.settings, ...settings } }))),
    }),
    {
      name: "apigo-playground-conversations",
      version: 1,
      // Every conversation of every tab is serialised per write: at idle time, not in the task that
      // settles a reply (see idleJSONStorage).
      storage: idleJSONStorage(() => localStorage),
      skipHydration: true,
      partialize: (state) => ({ byTab: state.byTab }),
      merge: (persisted, current) => ({
        ...current,
        byTab: parseStoredTabs((persisted as { byTab?: unknown } | undefined)?.byTab),
      }),
    },
  ),
);
