"use client";

import { Component, type ComponentType, lazy, type ReactNode, Suspense, useState } from "react";
import { Button } from "@/components/ui/button";
import { afterLoad } from "@/lib/after-load";
import { useT } from "@/lib/i18n/provider";

/**
 * A dialog whose code (Radix dialog parts, its forms and their schemas) stays out of the page's first
 * load: its chunk is fetched right after the page's load event, or on first render, whichever comes
 * first; render it only once it has been opened. If its chunk cannot be fetched the user sees why and can
 * retry, instead of a broken page.
 */
export function lazyDialog<P extends object>(load: () => Promise<ComponentType<P>>): ComponentType<P> {
  const make = () => lazy(() => load().then((component) => ({ default: component })));
  let Lazy = make();
  afterLoad(() => void load().catch(() => {}));
  // biome-ignore lint/correctness/noComponentHookFactories: called once per dialog at module level, like React.lazy.
  function LazyDialog(props: P) {
    const [attempt, setAttempt] = useState(0);
    const retry = () => {
      Lazy = make();
      setAttempt((n) => n + 1);
    };
    return (
      <LoadBoundary key={attempt} fallback={<LoadFailed onRetry={retry} />}>
        <Suspense fallback={null}>
          <Lazy {...props} />
        </Suspense>
      </LoadBoundary>
    );
  }
  return LazyDialog;
}

class LoadBoundary extends Component<{ fallback: ReactNode; children: ReactNode }, { failed: boolean }> {
  state = { failed: false };
  static getDerivedStateFromError() {
    return { failed: true };
  }
  render() {
    return this.state.failed ? this.props.fallback : this.props.children;
  }
}

/** Says a chunk could not be fetched and offers to try again (also used by the header menus). */
export function LoadFailed({ onRetry }: { onRetry: () => void }) {
  const t = useT();
  return (
    <div
      role="alert"
      className="bg-background fixed inset-x-0 bottom-4 z-50 mx-auto flex w-fit max-w-[calc(100%-2rem)] items-center gap-3 rounded-md border px-3 py-2 text-sm shadow-lg"
      data-testid="lazy-dialog-failed"
    >
      <span>{t("error.hintNetwork")}</span>
      <Button size="sm" variant="outline" onClick={onRetry}>
        {t("error.retry")}
      </Button>
    </div>
  );
}
