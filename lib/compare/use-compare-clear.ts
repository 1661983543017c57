"use client";

import { type RefObject, useCallback, useState } from "react";
import type { PlaygroundMessage } from "@/lib/conversations/metadata";
import { type RunRecord, useCompareStore } from "./store";
import type { PaneController } from "./use-compare-pane";

interface Cleared {
  threads: Record<string, PlaygroundMessage[]>;
  turnRuns: Record<string, RunRecord[]>;
  allRuns: Record<string, RunRecord[]>;
}

/**
 * Clear: empties every pane's conversation and the summary at once, with Undo until the next send
 * (`forget`), so one click cannot lose a comparison.
 */
export function useCompareClear(controllers: RefObject<Map<string, PaneController>>) {
  const [cleared, setCleared] = useState<Cleared>();
  const clear = useCallback(() => {
    const { turnRuns, allRuns } = useCompareStore.getState();
    const threads: Record<string, PlaygroundMessage[]> = {};
    for (const [id, controller] of controllers.current) {
      threads[id] = controller.messages();
      controller.replace([]);
    }
    useCompareStore.setState({ turnRuns: {}, allRuns: {} });
    setCleared({ threads, turnRuns, allRuns });
  }, [controllers]);
  const undo = useCallback(() => {
    if (!cleared) return;
    for (const [id, controller] of controllers.current) controller.replace(cleared.threads[id] ?? []);
    useCompareStore.setState({ turnRuns: cleared.turnRuns, allRuns: cleared.allRuns });
    setCleared(undefined);
  }, [cleared, controllers]);
  const forget = useCallback(() => setCleared(undefined), []);
  return { clear, undo: cleared ? undo : undefined, forget };
}
