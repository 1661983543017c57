import { create } from "zustand";

interface ConversationUiState {
  /** Narrow screens show the conversation list (and chat's parameters) in sheets. */
  sidebarOpen: boolean;
  paramsOpen: boolean;
  setSidebarOpen: (open: boolean) => void;
  setParamsOpen: (open: boolean) => void;
}

export const useConversationUiStore = create<ConversationUiState>()((set) => ({
  sidebarOpen: false,
  paramsOpen: false,
  setSidebarOpen: (sidebarOpen) => set({ sidebarOpen }),
  setParamsOpen: (paramsOpen) => set({ paramsOpen }),
}));
