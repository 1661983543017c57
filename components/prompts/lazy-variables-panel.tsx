"use client";

import { lazyDialog } from "@/components/shared/lazy-dialog";

/** The variables panel, loaded after the page's load event (a conversation with no variables never shows it). */
export const LazyVariablesPanel = lazyDialog(() => import("./variables-panel").then((m) => m.VariablesPanel));
