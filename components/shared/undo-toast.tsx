"use client";

import { useEffect } from "react";
import { useUndoStore } from "@/lib/undo/store";
import { lazyDialog } from "./lazy-dialog";

// The offer's card (its timer and buttons) is fetched after the page's load event: out of the first load.
const UndoOffer = lazyDialog(() => import("./undo-offer").then((m) => m.UndoOffer));

/**
 * Where "Image deleted · Undo" shows, at the bottom of the page: a polite live region that is always
 * there, so the offer is announced when it appears. Leaving the page makes a pending removal final.
 */
export function UndoToast() {
  const offer = useUndoStore((s) => s.offer);
  useEffect(() => () => useUndoStore.setState({ offer: null }), []);
  return (
    <div
      role="status"
      className="pointer-events-none fixed inset-x-0 bottom-4 z-50 flex justify-center px-3"
      data-testid="undo-region"
    >
      {offer && <UndoOffer key={offer.id} offer={offer} />}
    </div>
  );
}
