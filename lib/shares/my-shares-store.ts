import "@/lib/schemas/zod-no-eval";
import { z } from "zod";
import { create } from "zustand";
import { createJSONStorage, persist } from "zustand/middleware";
import { shareIdSchema, shareKinds } from "@/lib/schemas/share";

/** A link this browser created. The delete token stays here: it is the only way to revoke the link. */
export const myShareSchema = z.object({
  id: shareIdSchema,
  kind: z.enum(shareKinds),
  title: z.string(),
  createdAt: z.number(),
  expiresAt: z.number().nullable(),
  teamOnly: z.boolean(),
  deleteToken: z.string(),
});
export type MyShare = z.infer<typeof myShareSchema>;

const MAX_SHARES = 200;

interface MySharesState {
  shares: MyShare[];
  add: (share: MyShare) => void;
  remove: (id: string) => void;
}

export const useMySharesStore = create<MySharesState>()(
  persist(
    (set) => ({
      shares: [],
      add: (share) =>
        set((s) => ({ shares: [share, ...s.shares.filter((x) => x.id !== share.id)].slice(0, MAX_SHARES) })),
      remove: (id) => set((s) => ({ shares: s.shares.filter((x) => x.id !== id) })),
    }),
    {
      name: "apigo-playground-my-shares",
      version: 1,
      storage: createJSONStorage(() => localStorage),
      skipHydration: true,
      partialize: (s) => ({ shares: s.shares }),
      // Whatever was stored is parsed; unreadable entries are dropped.
      merge: (persisted, current) => {
        const raw = (persisted as { shares?: unknown } | undefined)?.shares;
        const shares = (Array.isArray(raw) ? raw : []).flatMap((item) => {
          const parsed = myShareSchema.safeParse(item);
          return parsed.success ? [parsed.data] : [];
        });
        return { ...current, shares };
      },
    },
  ),
);

/** Expired at `now`: the server already answers 404 for it. */
export const isExpired = (share: Pick<MyShare, "expiresAt">, now: number) =>
  share.expiresAt !== null && share.expiresAt <= now;
