"use client";

import { useCallback, useState } from "react";
import { createCompareMux } from "./mux";

/**
 * The fetch each pane's transport uses. The panes of one send share ONE `POST /api/compare` through
 * the compare mux (lib/compare/mux.ts): browsers open at most six HTTP/1.1 connections per origin, so
 * six panes on their own connections would starve the page's other requests and a second tab.
 */
export function useCompareFetch(): (paneId: string) => typeof fetch {
  const [mux] = useState(() => createCompareMux());
  const [cache] = useState(() => new Map<string, typeof fetch>());
  return useCallback(
    (paneId: string) => {
      let paneFetch = cache.get(paneId);
      if (!paneFetch) {
        paneFetch = mux.fetchFor(paneId);
        cache.set(paneId, paneFetch);
      }
      return paneFetch;
    },
    [mux, cache],
  );
}
