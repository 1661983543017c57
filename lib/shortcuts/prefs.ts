import { create } from "zustand";
import { createJSONStorage, persist } from "zustand/middleware";

interface ShortcutPrefsState {
  /** Plain-key shortcuts (`n`, `/`, `g 1`…) on or off; WCAG 2.1.4 asks for a way to turn them off. */
  characterKeys: boolean;
  setCharacterKeys: (on: boolean) => void;
  /** A plain Enter sends (Shift+Enter for a new line), for phones and those who prefer it; off by default. */
  enterSends: boolean;
  setEnterSends: (on: boolean) => void;
  /** The shortcuts dialog, opened by `?` and by the header button. */
  dialogOpen: boolean;
  setDialogOpen: (open: boolean) => void;
}

export const useShortcutPrefs = create<ShortcutPrefsState>()(
  persist(
    (set) => ({
      characterKeys: true,
      setCharacterKeys: (characterKeys) => set({ characterKeys }),
      enterSends: false,
      setEnterSends: (enterSends) => set({ enterSends }),
      dialogOpen: false,
      setDialogOpen: (dialogOpen) => set({ dialogOpen }),
    }),
    {
      name: "apigo-playground-shortcuts",
      storage: createJSONStorage(() => localStorage),
      partialize: (state) => ({ characterKeys: state.characterKeys, enterSends: state.enterSends }),
      // Rehydrated after mount (see useDocumentHydrated), like the other persisted stores.
      skipHydration: true,
    },
  ),
);
