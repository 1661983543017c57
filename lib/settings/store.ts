import { create } from "zustand";
import { createJSONStorage, persist } from "zustand/middleware";

interface SettingsState {
  /** Sent as the `vendor` header; empty means the gateway decides. Never holds the key. */
  vendor: string;
  setVendor: (vendor: string) => void;
}

export const useSettingsStore = create<SettingsState>()(
  persist(
    (set) => ({
      vendor: "",
      setVendor: (vendor) => set({ vendor }),
    }),
    {
      name: "apigo-playground-settings",
      storage: createJSONStorage(() => localStorage),
      // Rehydrated after mount (see useDocumentHydrated) so the server render and the first client
      // render agree.
      skipHydration: true,
    },
  ),
);
