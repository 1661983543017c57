import { z } from "zod";
import { create } from "zustand";
import { createJSONStorage, persist } from "zustand/middleware";

/** Prices as typed by the user, in their currency per 1M tokens; empty = unknown. */
export interface ModelPrice {
  input: string;
  output: string;
}

const storedSchema = z.record(z.string().max(200), z.object({ input: z.string(), output: z.string() }));

interface PricesState {
  prices: Record<string, ModelPrice>;
  setPrice: (model: string, price: ModelPrice) => void;
}

/** Per-model prices for the compare tab's cost column, remembered in this browser. */
export const useComparePricesStore = create<PricesState>()(
  persist(
    (set) => ({
      prices: {},
      setPrice: (model, price) => set((s) => ({ prices: { ...s.prices, [model]: price } })),
    }),
    {
      name: "apigo-playground-compare-prices",
      version: 1,
      storage: createJSONStorage(() => localStorage),
      skipHydration: true,
      merge: (persisted, current) => {
        const parsed = storedSchema.safeParse((persisted as { prices?: unknown } | undefined)?.prices);
        return { ...current, prices: parsed.success ? parsed.data : {} };
      },
    },
  ),
);

/** A typed price as a number per 1M tokens, or undefined when empty or unreadable. */
export function priceNumber(text: string | undefined): number | undefined {
  const trimmed = text?.trim() ?? "";
  if (trimmed === "") return undefined;
  const value = Number(trimmed);
  return Number.isFinite(value) && value >= 0 ? value : undefined;
}
