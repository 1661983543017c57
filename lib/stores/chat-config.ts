import { create } from "zustand";
import { createJSONStorage, persist } from "zustand/middleware";

interface ChatConfigState {
  /** Empty until the user picks one; the picker then suggests a default from the models list. */
  model: string;
  system: string;
  setModel: (model: string) => void;
  setSystem: (system: string) => void;
}

export const useChatConfigStore = create<ChatConfigState>()(
  persist(
    (set) => ({
      model: "",
      system: "",
      setModel: (model) => set({ model }),
      setSystem: (system) => set({ system }),
    }),
    {
      name: "apigo-playground-chat",
      storage: createJSONStorage(() => localStorage),
      skipHydration: true,
    },
  ),
);
