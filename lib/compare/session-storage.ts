import * as z from "zod/mini";
import type { PersistStorage, StorageValue } from "zustand/middleware";
import { storedMessagesSchema } from "@/lib/conversations/schema";
import type { PlaygroundMessage } from "@/lib/streaming/metadata";
import { type CompareSetup, decodeSetup, encodeSetup } from "./url-state";

// The compare tab kept across reloads: the setup (as the address encodes it, so it is read back
// through the same zod schema) and each pane's conversation, by pane order.

export interface StoredSession {
  c: string;
  h: PlaygroundMessage[][];
}

const sessionSchema = z.object({ c: z.string(), h: z.array(z.unknown()) });

export function toStoredSession(
  setup: CompareSetup,
  histories: Record<string, PlaygroundMessage[]>,
): StoredSession {
  return { c: encodeSetup(setup), h: setup.panes.map((p) => histories[p.id] ?? []) };
}

/** A stored session read back (fresh pane ids), or undefined when it is not one; unreadable threads are left empty. */
export function fromStoredSession(
  value: unknown,
): { setup: CompareSetup; histories: Record<string, PlaygroundMessage[]> } | undefined {
  const parsed = sessionSchema.safeParse(value);
  const setup = parsed.success ? decodeSetup(parsed.data.c) : undefined;
  if (!parsed.success || !setup) return undefined;
  const histories: Record<string, PlaygroundMessage[]> = {};
  for (const [i, pane] of setup.panes.entries()) {
    const thread = storedMessagesSchema.safeParse(parsed.data.h[i]);
    // The schema checked the message shape the UI relies on; the AI SDK type is wider.
    if (thread.success) histories[pane.id] = thread.data as unknown as PlaygroundMessage[];
  }
  return { setup, histories };
}

/**
 * localStorage behind zustand's persist, written at most every `delayMs` (a reply's settle, typing a
 * system prompt: serialising six threads per keystroke is wasted work), and at once from
 * `beforeunload` on, so what the page saves while it goes away (a stream cut by a reload) is on disk
 * before it ends.
 */
export function deferredLocalStorage<S>(delayMs = 400): PersistStorage<S> | undefined {
  if (typeof window === "undefined") return undefined;
  let pending: { name: string; value: StorageValue<S> } | undefined;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let leaving = false;
  const flush = () => {
    clearTimeout(timer);
    timer = undefined;
    if (!pending) return;
    const { name, value } = pending;
    pending = undefined;
    try {
      localStorage.setItem(name, JSON.stringify(value));
    } catch {
      // Over quota or storage disabled: the session is not kept, the page works on.
    }
  };
  const leave = () => {
    leaving = true;
    flush();
  };
  // beforeunload too: Chromium cancels the page's fetches before pagehide, and what the panes save
  // when the page starts to go (see useComparePane) must reach the disk.
  window.addEventListener("beforeunload", leave);
  window.addEventListener("pagehide", leave);
  window.addEventListener("pageshow", () => {
    leaving = false;
  });
  return {
    getItem(name) {
      try {
        const raw = localStorage.getItem(name);
        return raw ? (JSON.parse(raw) as StorageValue<S>) : null;
      } catch {
        return null;
      }
    },
    setItem(name, value) {
      pending = { name, value };
      if (leaving) flush();
      else timer ??= setTimeout(flush, delayMs);
    },
    removeItem(name) {
      pending = undefined;
      localStorage.removeItem(name);
    },
  };
}
