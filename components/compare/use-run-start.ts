"use client";

import { useEffect, useState } from "react";

/** When the current run started (epoch ms), while `busy`. */
export function useRunStart(busy: boolean): number | undefined {
  const [since, setSince] = useState<number>();
  useEffect(() => setSince(busy ? Date.now() : undefined), [busy]);
  return since;
}
