import { useEffect, useState } from "react";

/**
 * The one place that loads the persisted zustand stores (all are created with `skipHydration`, so the
 * server's HTML and the first client render agree) and says when the page's saved state is in.
 */

/** What zustand's `persist` middleware adds to a store. */
export interface PersistedStore {
  persist: { hasHydrated: () => boolean; rehydrate: () => Promise<void> | void };
}

const loading = new Map<PersistedStore, Promise<void>>();
/** Work the page's first state waits for (a store's rehydration, compare's setup from the address). */
const pending = new Set<Promise<unknown>>();

/** Loads a store's saved state once per page load; later calls resolve when that first load is done. */
export function rehydrate(store: PersistedStore): Promise<void> {
  let done = loading.get(store);
  if (!done) {
    done = store.persist.hasHydrated() ? Promise.resolve() : Promise.resolve(store.persist.rehydrate());
    loading.set(store, done);
    awaitBeforeReady(done);
  }
  return done;
}

/** Makes `<html data-hydrated>` wait for `work` as well (started while the page first mounts). */
export function awaitBeforeReady(work: Promise<unknown>): void {
  pending.add(work);
}

/**
 * Rehydrates `stores` after the first render; true once all of them hold their saved state. Pass the
 * same stores on every render.
 */
export function useHydrated(...stores: PersistedStore[]): boolean {
  const [ready, setReady] = useState(false);
  // biome-ignore lint/correctness/useExhaustiveDependencies: the stores are module constants.
  useEffect(() => {
    let live = true;
    void Promise.all(stores.map(rehydrate)).then(() => {
      if (live) setReady(true);
    });
    return () => {
      live = false;
    };
  }, []);
  return ready;
}

/**
 * Loads the stores every page uses, then marks the document `data-hydrated` once they and whatever the
 * page's views started while mounting (their stores, compare's setup) are in: React runs the views'
 * effects before the provider's. Tests and tools wait for that mark instead of guessing how long a slow
 * machine needs.
 */
export function useDocumentHydrated(...stores: PersistedStore[]): void {
  // biome-ignore lint/correctness/useExhaustiveDependencies: the stores are module constants.
  useEffect(() => {
    for (const store of stores) void rehydrate(store);
    void Promise.allSettled([...pending]).then(() => {
      pending.clear();
      document.documentElement.dataset.hydrated = "true";
    });
  }, []);
}
