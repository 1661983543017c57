"use client";

import { type ComponentType, lazy, Suspense } from "react";
import { afterLoad } from "@/lib/after-load";

/**
 * A component no page needs for its first paint (a figure shown once a reply has finished): its chunk
 * is fetched right after the page's load event, or on first render, whichever comes first. A chunk
 * that cannot be fetched renders nothing rather than breaking what surrounds it.
 */
export function lazyAfterLoad<P extends object>(load: () => Promise<ComponentType<P>>): ComponentType<P> {
  const nothing: ComponentType<P> = () => null;
  const Lazy = lazy(() =>
    load().then(
      (component) => ({ default: component }),
      () => ({ default: nothing }),
    ),
  );
  afterLoad(() => void load().catch(() => {}));
  // biome-ignore lint/correctness/noComponentHookFactories: called once per component at module level, like React.lazy.
  function AfterLoad(props: P) {
    return (
      <Suspense fallback={null}>
        <Lazy {...props} />
      </Suspense>
    );
  }
  return AfterLoad;
}
