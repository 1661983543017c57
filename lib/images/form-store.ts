import "@/lib/schemas/zod-no-eval";
import { z } from "zod";
import { create } from "zustand";
import { createJSONStorage, persist } from "zustand/middleware";
import { type ImageParams, imageParamsSchema } from "@/lib/schemas/images";
import { clampN, isSizeAllowed, pick, rulesFor } from "./model-rules";

export const defaultImageParams: ImageParams = {
  prompt: "",
  model: "",
  size: "1024x1024",
  n: 1,
  quality: "standard",
  style: "vivid",
  responseFormat: "b64_json",
  background: "auto",
  outputFormat: "png",
  vendor: "",
};

/** Keeps the other fields valid for the model: a size, n or quality it does not take is replaced. */
export function fitToModel(params: ImageParams): ImageParams {
  const rules = rulesFor(params.model);
  return {
    ...params,
    size: isSizeAllowed(params.model, params.size) ? params.size : rules.defaultSize,
    n: clampN(params.n, params.model),
    quality: pick(params.quality, rules.qualities),
    style: pick(params.style, rules.styles),
    background: pick(params.background, rules.backgrounds),
    outputFormat: pick(params.outputFormat, rules.outputFormats),
  };
}

const storedForm = z.object({ params: imageParamsSchema.partial() });

interface ImageFormState {
  params: ImageParams;
  set: (patch: Partial<ImageParams>) => void;
  setModel: (model: string) => void;
  /** "Reuse settings" from the gallery. */
  replace: (params: ImageParams) => void;
}

export const useImageFormStore = create<ImageFormState>()(
  persist(
    (set) => ({
      params: defaultImageParams,
      set: (patch) => set((s) => ({ params: { ...s.params, ...patch } })),
      setModel: (model) => set((s) => ({ params: fitToModel({ ...s.params, model }) })),
      replace: (params) => set({ params: { ...defaultImageParams, ...params } }),
    }),
    {
      name: "apigo-playground-images-form",
      storage: createJSONStorage(() => localStorage),
      partialize: (s) => ({ params: s.params }),
      merge: (persisted, current) => {
        const stored = storedForm.safeParse(persisted);
        return stored.success
          ? { ...current, params: { ...defaultImageParams, ...stored.data.params } }
          : current;
      },
      skipHydration: true,
    },
  ),
);
