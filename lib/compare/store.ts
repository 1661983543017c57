import { create } from "zustand";
import { persist } from "zustand/middleware";
import type { PlaygroundMessage, ReplyMetadata } from "@/lib/conversations/metadata";
import type { ChatParams } from "@/lib/schemas/chat-params";
import { emptyToolSettings, type ToolSettings } from "@/lib/tools/spec";
import {
  deferredLocalStorage,
  fromStoredSession,
  type PaneRuns,
  type StoredSession,
  toStoredSession,
} from "./session-storage";
import {
  defaultPanes,
  duplicatePane,
  MAX_PANES,
  type MessagesPaneParams,
  MIN_PANES,
  newPane,
  type PaneSetup,
} from "./setup";
import type { CompareSetup } from "./url-state";

/** One reply of one pane: its measured metadata and whether it failed. */
export interface RunRecord {
  meta: ReplyMetadata;
  failed: boolean;
}

export type PaneStatus = "idle" | "running" | "error";

interface CompareState extends CompareSetup {
  /** Runs of the latest send per pane (N with Repeat N): the summary's medians and spreads. */
  turnRuns: Record<string, RunRecord[]>;
  /** Every run of the session per pane: the pane's total cost. */
  allRuns: Record<string, RunRecord[]>;
  status: Record<string, PaneStatus>;
  /** Set once the URL (or a forked share) has been read: the URL is written back only after that. */
  ready: boolean;
  /**
   * Each pane's conversation as of its last settled reply (or as a forked share or a reload brings it):
   * what a pane starts from when it mounts, and what is kept across reloads.
   */
  histories: Record<string, PlaygroundMessage[]>;
  /**
   * The tool set every pane sends, each in its API's wire form. Kept with the session in this browser,
   * not in the address: schemas and saved answers would make links long (see session-storage.ts).
   */
  tools: ToolSettings;
  setTools: (update: ToolSettings | ((tools: ToolSettings) => ToolSettings)) => void;
  load: (setup: CompareSetup, histories?: Record<string, PlaygroundMessage[]>, runs?: PaneRuns) => void;
  setSystem: (system: string) => void;
  setPrompt: (prompt: string) => void;
  saveHistory: (id: string, messages: PlaygroundMessage[]) => void;
  setSync: (sync: boolean) => void;
  setRepeat: (repeat: number) => void;
  addPane: () => void;
  removePane: (id: string) => void;
  duplicate: (id: string) => void;
  updatePane: (id: string, patch: Partial<Omit<PaneSetup, "id" | "chat" | "messages">>) => void;
  /** Parameters go to every pane of the same API when sync is on. */
  setChatParams: (id: string, params: ChatParams) => void;
  setMessagesParams: (id: string, params: MessagesPaneParams) => void;
  startTurn: (id: string) => void;
  addRun: (id: string, run: RunRecord) => void;
  setStatus: (id: string, status: PaneStatus) => void;
}

const initial: CompareSetup = { panes: defaultPanes(), system: "", sync: false, repeat: 1, prompt: "" };

function withoutKey<T>(record: Record<string, T>, key: string): Record<string, T> {
  const { [key]: _gone, ...rest } = record;
  return rest;
}

export const useCompareStore = create<CompareState>()(
  persist(
    (set) => ({
      ...initial,
      turnRuns: {},
      allRuns: {},
      status: {},
      ready: false,
      histories: {},
      tools: emptyToolSettings,
      setTools: (update) => set((s) => ({ tools: typeof update === "function" ? update(s.tools) : update })),
      load: (setup, histories = {}, runs = { turnRuns: {}, allRuns: {} }) =>
        set({ ...setup, histories, turnRuns: runs.turnRuns, allRuns: runs.allRuns, status: {}, ready: true }),
      setSystem: (system) => set({ system }),
      setPrompt: (prompt) => set({ prompt }),
      saveHistory: (id, messages) => set((s) => ({ histories: { ...s.histories, [id]: messages } })),
      setSync: (sync) =>
        set((s) => {
          if (!sync) return { sync };
          // Turning sync on aligns every pane with the first pane of its API.
          const firstChat = s.panes.find((p) => p.api === "chat-completions");
          const firstMessages = s.panes.find((p) => p.api === "messages");
          return {
            sync,
            panes: s.panes.map((p) => ({
              ...p,
              chat: firstChat?.chat ?? p.chat,
              messages: firstMessages?.messages ?? p.messages,
            })),
          };
        }),
      setRepeat: (repeat) => set({ repeat }),
      addPane: () =>
        set((s) => {
          if (s.panes.length >= MAX_PANES) return s;
          // A fresh pane (the defaults), not a silent copy of the last one: Duplicate copies a pane. With
          // sync on it takes the synced parameters, as every pane does.
          const pane = newPane("chat-completions");
          const synced = s.sync && s.panes.find((p) => p.api === "chat-completions");
          return { panes: [...s.panes, synced ? { ...pane, chat: synced.chat } : pane] };
        }),
      removePane: (id) =>
        set((s) =>
          s.panes.length <= MIN_PANES
            ? s
            : {
                panes: s.panes.filter((p) => p.id !== id),
                turnRuns: withoutKey(s.turnRuns, id),
                allRuns: withoutKey(s.allRuns, id),
                status: withoutKey(s.status, id),
                histories: withoutKey(s.histories, id),
              },
        ),
      duplicate: (id) =>
        set((s) => {
          const index = s.panes.findIndex((p) => p.id === id);
          const pane = s.panes[index];
          if (!pane || s.panes.length >= MAX_PANES) return s;
          const panes = [...s.panes];
          panes.splice(index + 1, 0, duplicatePane(pane));
          return { panes };
        }),
      updatePane: (id, patch) =>
        set((s) => ({ panes: s.panes.map((p) => (p.id === id ? { ...p, ...patch } : p)) })),
      setChatParams: (id, params) =>
        set((s) => ({ panes: s.panes.map((p) => (p.id === id || s.sync ? { ...p, chat: params } : p)) })),
      setMessagesParams: (id, params) =>
        set((s) => ({ panes: s.panes.map((p) => (p.id === id || s.sync ? { ...p, messages: params } : p)) })),
      startTurn: (id) => set((s) => ({ turnRuns: { ...s.turnRuns, [id]: [] } })),
      addRun: (id, run) =>
        set((s) => ({
          turnRuns: { ...s.turnRuns, [id]: [...(s.turnRuns[id] ?? []), run] },
          allRuns: { ...s.allRuns, [id]: [...(s.allRuns[id] ?? []), run] },
        })),
      setStatus: (id, status) => set((s) => ({ status: { ...s.status, [id]: status } })),
    }),
    {
      name: "apigo-playground-compare",
      version: 1,
      storage: deferredLocalStorage<StoredSession>(),
      // Rehydrated by CompareView; read in useCompareSetupSync, which decides between a forked share,
      // the address and this.
      skipHydration: true,
      partialize: (s): StoredSession => toStoredSession(setupOf(s), s.histories, s, s.tools),
      merge: (persisted, current) => {
        const session = fromStoredSession(persisted);
        if (!session) return current;
        const { setup, histories, turnRuns, allRuns, tools } = session;
        return { ...current, ...setup, histories, turnRuns, allRuns, tools };
      },
    },
  ),
);

/** The setup part of the state (what the URL carries). */
export function setupOf(state: CompareSetup): CompareSetup {
  return {
    panes: state.panes,
    system: state.system,
    sync: state.sync,
    repeat: state.repeat,
    prompt: state.prompt,
  };
}

/** Resolves once the compare tab's setup is loaded (the store's `ready`). */
export function compareSetupLoaded(): Promise<void> {
  return new Promise((resolve) => {
    if (useCompareStore.getState().ready) return resolve();
    const unsubscribe = useCompareStore.subscribe((state) => {
      if (!state.ready) return;
      unsubscribe();
      resolve();
    });
  });
}
