import { create } from "zustand";
import { createJSONStorage, persist } from "zustand/middleware";
import { type ToolSpec, toolSettingsOf } from "./spec";

export interface ToolSet {
  name: string;
  tools: ToolSpec[];
}

interface ToolLibraryState {
  sets: ToolSet[];
  /** Saves a set under a name (replacing one of that name). */
  save: (name: string, tools: ToolSpec[]) => void;
  remove: (name: string) => void;
}

const MAX_SETS = 50;

/** Tool sets saved for reuse across conversations and tabs: localStorage, read when the (lazily loaded) tool editor first imports it. */
export const useToolLibraryStore = create<ToolLibraryState>()(
  persist(
    (set) => ({
      sets: [],
      save: (name, tools) =>
        set((s) => ({
          sets: [{ name, tools }, ...s.sets.filter((x) => x.name !== name)].slice(0, MAX_SETS),
        })),
      remove: (name) => set((s) => ({ sets: s.sets.filter((x) => x.name !== name) })),
    }),
    {
      name: "apigo-playground-tool-sets",
      version: 1,
      storage: createJSONStorage(() => localStorage),
      // Whatever was stored is read through the same checks as a conversation's tools.
      merge: (persisted, current) => {
        const raw = (persisted as { sets?: unknown } | undefined)?.sets;
        const sets = (Array.isArray(raw) ? raw : []).flatMap((s: unknown) => {
          const name = (s as { name?: unknown })?.name;
          if (typeof name !== "string" || !name) return [];
          return [{ name, tools: toolSettingsOf(s).tools }];
        });
        return { ...current, sets };
      },
    },
  ),
);
