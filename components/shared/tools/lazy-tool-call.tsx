"use client";

import { lazyDialog } from "@/components/shared/lazy-dialog";

/**
 * A tool call card, fetched after the page's load event (or when the first call shows): conversations
 * without tools never need it.
 */
export const LazyToolCall = lazyDialog(() => import("./tool-call-card").then((m) => m.ToolCallCard));
