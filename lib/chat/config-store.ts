import { create } from "zustand";
import { createJSONStorage, persist } from "zustand/middleware";
import {
  type ChatParams,
  chatParamsSchema,
  defaultChatParams,
  type ParamKey,
} from "@/lib/schemas/chat-params";

interface ChatConfigState {
  /** Empty until the user picks one; the picker then suggests a default from the models list. */
  model: string;
  params: ChatParams;
  /** Vendor header values used before, newest first. */
  recentVendors: string[];
  setModel: (model: string) => void;
  setParam: <K extends ParamKey>(key: K, value: ChatParams["values"][K]) => void;
  setEnabled: (key: ParamKey, enabled: boolean) => void;
  setStream: (stream: boolean) => void;
  setParams: (params: ChatParams) => void;
  resetParams: () => void;
  rememberVendor: (vendor: string) => void;
}

export const useChatConfigStore = create<ChatConfigState>()(
  persist(
    (set) => ({
      model: "",
      params: defaultChatParams,
      recentVendors: [],
      setModel: (model) => set({ model }),
      setParam: (key, value) =>
        set((s) => ({ params: { ...s.params, values: { ...s.params.values, [key]: value } } })),
      setEnabled: (key, enabled) =>
        set((s) => ({ params: { ...s.params, enabled: { ...s.params.enabled, [key]: enabled } } })),
      setStream: (stream) => set((s) => ({ params: { ...s.params, stream } })),
      setParams: (params) => set({ params }),
      resetParams: () => set({ params: defaultChatParams }),
      rememberVendor: (vendor) =>
        set((s) => {
          const v = vendor.trim();
          if (!v) return s;
          return { recentVendors: [v, ...s.recentVendors.filter((x) => x !== v)].slice(0, 8) };
        }),
    }),
    {
      name: "apigo-playground-chat",
      version: 2,
      storage: createJSONStorage(() => localStorage),
      skipHydration: true,
      partialize: (s) => ({ model: s.model, params: s.params, recentVendors: s.recentVendors }),
      // Whatever was stored is parsed; a stale or broken value falls back to the defaults.
      merge: (persisted, current) => {
        const p = (persisted ?? {}) as Record<string, unknown>;
        const params = chatParamsSchema.safeParse(p.params);
        return {
          ...current,
          model: typeof p.model === "string" ? p.model : current.model,
          params: params.success ? params.data : current.params,
          recentVendors: Array.isArray(p.recentVendors)
            ? p.recentVendors.filter((v) => typeof v === "string")
            : [],
        };
      },
    },
  ),
);
