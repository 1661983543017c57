import { z } from "zod";
import { create } from "zustand";
import { createJSONStorage, persist } from "zustand/middleware";

/** The create form's fields, kept across reloads and filled by "Reuse settings". The file is not kept. */
export interface VideoDraft {
  prompt: string;
  /** Empty until chosen; the form then suggests a video model from the list. */
  model: string;
  seconds: string;
  size: string;
  /** Per-request vendor header; empty falls back to the default vendor in Settings. */
  vendor: string;
}

const draftSchema = z.object({
  prompt: z.string().catch(""),
  model: z.string().catch(""),
  seconds: z.string().catch("4"),
  size: z.string().catch("720x1280"),
  vendor: z.string().catch(""),
});

interface VideoDraftState extends VideoDraft {
  update: (patch: Partial<VideoDraft>) => void;
}

export const useVideoDraftStore = create<VideoDraftState>()(
  persist(
    (set) => ({
      prompt: "",
      model: "",
      seconds: "4",
      size: "720x1280",
      vendor: "",
      update: (patch) => set(patch),
    }),
    {
      name: "apigo-playground-videos-draft",
      storage: createJSONStorage(() => localStorage),
      partialize: ({ prompt, model, seconds, size, vendor }) => ({ prompt, model, seconds, size, vendor }),
      merge: (persisted, current) => {
        const parsed = draftSchema.safeParse(persisted ?? {});
        return parsed.success ? { ...current, ...parsed.data } : current;
      },
      skipHydration: true,
    },
  ),
);
