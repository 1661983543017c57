"use client";

import { createParser, useQueryState } from "nuqs";
import { useEffect } from "react";
import type { ShareSnapshot } from "@/lib/schemas/share";
import { hasPendingFork } from "@/lib/shares/pending-fork";
import { forkedSetup } from "./share";
import { setupOf, useCompareStore } from "./store";
import { type CompareSetup, decodeSetup, encodeSetup, sameSetup, URL_PARAM } from "./url-state";

type CompareSnapshot = Extract<ShareSnapshot, { kind: "compare" }>;

/** `?c=`: the setup as url-state.ts encodes it, read back through its zod schema. */
const setupParser = createParser<CompareSetup>({
  parse: (value) => decodeSetup(value) ?? null,
  serialize: encodeSetup,
  eq: (a, b) => sameSetup(a, b) && a.prompt === b.prompt,
});

/**
 * Reads the setup once on mount (a forked share first, then `?c=` in the address, else the session
 * saved in this browser, else the defaults) and writes every change back into the address (nuqs
 * replaces the history entry, rate-limited as browsers require), so copying it shares the setup and the
 * prompt. Conversations never go into the URL; the saved session keeps them across reloads (when the
 * address still names the same panes). Runs once the compare stores are rehydrated (see CompareView).
 */
export function useCompareSetupSync(): void {
  const [fromUrl, setUrlSetup] = useQueryState(URL_PARAM, setupParser);
  // biome-ignore lint/correctness/useExhaustiveDependencies: the address is read once, on mount.
  useEffect(() => {
    let unsubscribe: (() => void) | undefined;
    let cancelled = false;
    const start = (fork: CompareSnapshot | undefined) => {
      if (cancelled) return;
      const store = useCompareStore.getState();
      if (fork) {
        const { setup, histories, tools } = forkedSetup(fork);
        // The share's tool set replaces this browser's, as its panes and conversations do.
        store.setTools(tools);
        // A prompt opened in compare (lib/prompts/open-version.ts) brings its question in the address.
        store.load({ ...setup, prompt: fromUrl?.prompt ?? "" }, histories);
      } else if (fromUrl && !sameSetup(fromUrl, store)) {
        // A link to other panes: its setup, and no conversations (they belong to the saved panes).
        store.load(fromUrl);
      } else {
        // A reload, or the tab opened without a setup: the saved session (or the defaults) with its
        // summary; the prompt of a link wins over the saved draft.
        store.load({ ...setupOf(store), prompt: fromUrl?.prompt || store.prompt }, store.histories, {
          turnRuns: store.turnRuns,
          allRuns: store.allRuns,
        });
      }
      const write = () => void setUrlSetup(setupOf(useCompareStore.getState()));
      write();
      unsubscribe = useCompareStore.subscribe((state, previous) => {
        if (
          state.panes !== previous.panes ||
          state.system !== previous.system ||
          state.sync !== previous.sync ||
          state.repeat !== previous.repeat ||
          state.prompt !== previous.prompt
        )
          write();
      });
    };
    // The snapshot parser loads only when a forked share waits (it is most of a share's code).
    if (hasPendingFork())
      void import("@/lib/shares/take-pending-fork").then(({ takePendingFork }) =>
        start(takePendingFork("compare")),
      );
    else start(undefined);
    return () => {
      cancelled = true;
      unsubscribe?.();
    };
  }, []);
}
