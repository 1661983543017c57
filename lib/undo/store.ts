import { create } from "zustand";

/** How long a removal can be undone; what it took is kept in memory until then. */
export const UNDO_MS = 10_000;

export interface UndoOffer {
  id: number;
  /** What was removed, in the user's language. */
  message: string;
  /** Puts it back. */
  undo: () => Promise<void> | void;
}

interface UndoState {
  /** The latest removal; a new one replaces it (the older one is then final). */
  offer: UndoOffer | null;
  offerUndo: (message: string, undo: UndoOffer["undo"]) => void;
  /** Ends an offer (expired, dismissed or used); a newer offer is left alone. */
  settle: (id: number) => void;
}

let nextId = 0;

/** The undo toast's one pending offer: client UI state; it neither fetches nor toasts by itself. */
export const useUndoStore = create<UndoState>()((set) => ({
  offer: null,
  offerUndo: (message, undo) => set({ offer: { id: ++nextId, message, undo } }),
  settle: (id) => set((s) => (s.offer?.id === id ? { offer: null } : s)),
}));
