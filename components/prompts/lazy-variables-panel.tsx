"use client";

import { useEffect, useState } from "react";
import { lazyDialog } from "@/components/shared/lazy-dialog";
import { afterLoad } from "@/lib/after-load";
import type { VariablesPanelProps } from "./variables-panel";

const Panel = lazyDialog(() => import("./variables-panel").then((m) => m.VariablesPanel));

/**
 * The variables panel, mounted once the page has loaded (its chunk, with the variable scanner, stays
 * out of the first load; a conversation with no variables shows nothing).
 */
export function LazyVariablesPanel(props: VariablesPanelProps) {
  const [loaded, setLoaded] = useState(false);
  useEffect(() => afterLoad(() => setLoaded(true)), []);
  return loaded ? <Panel {...props} /> : null;
}
