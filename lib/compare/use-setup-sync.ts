"use client";

import { useEffect } from "react";
import { takePendingFork } from "@/lib/shares/pending-fork";
import { useComparePricesStore } from "./prices-store";
import { forkedSetup } from "./share";
import { setupOf, useCompareStore } from "./store";
import { decodeSetup, sameSetup, setupSearch, URL_PARAM } from "./url-state";

/**
 * Reads the setup once on mount (a forked share first, then `?c=` in the address, else the session
 * saved in this browser, else the defaults) and writes every change back into the address, so copying
 * it shares the setup and the prompt. Conversations never go into the URL; the saved session keeps
 * them across reloads (when the address still names the same panes).
 */
export function useCompareSetupSync(): void {
  useEffect(() => {
    void useComparePricesStore.persist.rehydrate();
    // localStorage answers synchronously: the saved session (if any) is in the state after this line.
    void useCompareStore.persist.rehydrate();
    const store = useCompareStore.getState();
    const fork = takePendingFork("compare");
    const fromUrl = decodeSetup(new URLSearchParams(window.location.search).get(URL_PARAM));
    if (fork) {
      const { setup, histories } = forkedSetup(fork);
      store.load(setup, histories);
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
    let timer: ReturnType<typeof setTimeout> | undefined;
    let dirty = false;
    const write = () => {
      const search = setupSearch(setupOf(useCompareStore.getState()));
      if (window.location.search !== search) {
        // Next's router keeps useSearchParams in step with replaceState; no navigation, no re-render.
        window.history.replaceState(window.history.state, "", `${window.location.pathname}${search}`);
      }
    };
    write();
    const unsubscribe = useCompareStore.subscribe((state, previous) => {
      if (
        state.panes === previous.panes &&
        state.system === previous.system &&
        state.sync === previous.sync &&
        state.repeat === previous.repeat &&
        state.prompt === previous.prompt
      )
        return;
      // Leading and trailing edge: a single change shows in the address at once (a copy right after
      // it is complete); typing writes at most every 250 ms (browsers cap replaceState calls).
      if (timer) {
        dirty = true;
        return;
      }
      write();
      const cool = () => {
        timer = undefined;
        if (!dirty) return;
        dirty = false;
        write();
        timer = setTimeout(cool, 250);
      };
      timer = setTimeout(cool, 250);
    });
    return () => {
      clearTimeout(timer);
      unsubscribe();
    };
  }, []);
}
