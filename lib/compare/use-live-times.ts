"use client";

import { useEffect, useState } from "react";

/**
 * While a pane runs: when the run started and when its first token showed on screen (epoch ms), for
 * the live header. The exact TTFT, measured by the transport, is in the reply's metrics when it ends.
 */
export function useLiveTimes(busy: boolean, hasTokens: boolean): { since?: number; firstTokenAt?: number } {
  const [since, setSince] = useState<number>();
  const [firstTokenAt, setFirstTokenAt] = useState<number>();
  useEffect(() => {
    setSince(busy ? Date.now() : undefined);
    setFirstTokenAt(undefined);
  }, [busy]);
  useEffect(() => {
    if (hasTokens) setFirstTokenAt((at) => at ?? Date.now());
  }, [hasTokens]);
  return { since, firstTokenAt };
}
