import { create } from "zustand";

interface ChatUiState {
  /** Narrow screens show the conversation list and the parameters in sheets. */
  sidebarOpen: boolean;
  paramsOpen: boolean;
  setSidebarOpen: (open: boolean) => void;
  setParamsOpen: (open: boolean) => void;
}

export const useChatUiStore = create<ChatUiState>()((set) => ({
  sidebarOpen: false,
  paramsOpen: false,
  setSidebarOpen: (sidebarOpen) => set({ sidebarOpen }),
  setParamsOpen: (paramsOpen) => set({ paramsOpen }),
}));
