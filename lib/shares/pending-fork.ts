import type { ShareKind, ShareSnapshot } from "@/lib/schemas/share";

/**
 * "Open in my playground" for tabs that pick a snapshot up themselves (images, videos, compare):
 * the share page leaves it here, the tab takes it once on mount (takePendingFork) and applies it to
 * its own form. Only this browser's localStorage; the snapshot is parsed again when taken, by
 * take-pending-fork.ts, which a tab loads only when hasPendingFork() says one waits: the snapshot
 * schema of every share kind stays out of the pages' first load.
 */
export const PENDING_FORK_KEY = "apigo-playground-fork";

export function writePendingFork(snapshot: ShareSnapshot, now = Date.now()): void {
  localStorage.setItem(PENDING_FORK_KEY, JSON.stringify({ at: now, snapshot }));
}

/** Whether a snapshot waits (any kind): cheap, so a tab loads the parser only when one does. */
export function hasPendingFork(): boolean {
  return localStorage.getItem(PENDING_FORK_KEY) !== null;
}

export const forkPaths: Record<ShareKind, string> = {
  chat: "/chat",
  messages: "/messages",
  images: "/images",
  videos: "/videos",
  compare: "/compare",
  prompt: "/chat",
  // The query says a fork waits, so the Evaluate tab loads this module only then.
  evaluate: "/evaluate?fork=1",
};
