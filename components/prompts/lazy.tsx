"use client";

import { type ComponentType, useEffect, useState } from "react";
import { lazyDialog } from "@/components/shared/lazy-dialog";
import { afterLoad } from "@/lib/after-load";
import type { PromptButtonsProps } from "./prompt-buttons";
import type { VariablesPanelProps } from "./variables-panel";

/**
 * A component mounted once the page has loaded: its chunk stays out of the tab's first load (the
 * budgets in bench/page-weight-budget.json), and it appears a moment after the page is ready.
 */
function afterLoadLazy<P extends object>(load: () => Promise<ComponentType<P>>): ComponentType<P> {
  const Lazy = lazyDialog(load);
  // biome-ignore lint/correctness/noComponentHookFactories: called once per component at module level, like React.lazy.
  function AfterLoad(props: P) {
    const [loaded, setLoaded] = useState(false);
    useEffect(() => afterLoad(() => setLoaded(true)), []);
    return loaded ? <Lazy {...props} /> : null;
  }
  return AfterLoad;
}

/** "Save prompt" and "Prompts" for the chat and Messages toolbars. */
export const LazyPromptButtons = afterLoadLazy<PromptButtonsProps>(() =>
  import("./prompt-buttons").then((m) => m.PromptButtons),
);

/** The `{{variables}}` panel (nothing when the conversation has none). */
export const LazyVariablesPanel = afterLoadLazy<VariablesPanelProps>(() =>
  import("./variables-panel").then((m) => m.VariablesPanel),
);
