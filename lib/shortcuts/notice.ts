import { create } from "zustand";

interface ShortcutNoticeState {
  /** What the last shortcut did, when nothing on screen shows it (e.g. a copy). */
  text: string;
  /** Bumped per notice so that the same text twice is announced twice. */
  seq: number;
  announce: (text: string) => void;
  clear: () => void;
}

export const useShortcutNotice = create<ShortcutNoticeState>()((set) => ({
  text: "",
  seq: 0,
  announce: (text) => set((s) => ({ text, seq: s.seq + 1 })),
  clear: () => set({ text: "" }),
}));
