import { create } from "zustand";

interface UiState {
  /** The settings dialog is opened from the header and from error hints (e.g. a 401). */
  settingsOpen: boolean;
  setSettingsOpen: (open: boolean) => void;
}

export const useUiStore = create<UiState>()((set) => ({
  settingsOpen: false,
  setSettingsOpen: (settingsOpen) => set({ settingsOpen }),
}));
