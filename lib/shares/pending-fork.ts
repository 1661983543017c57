import "@/lib/schemas/zod-no-eval";
import { type ShareKind, type ShareSnapshot, shareSnapshotSchema } from "@/lib/schemas/share";

/**
 * "Open in my playground" for tabs that pick a snapshot up themselves (images, videos, compare):
 * the share page leaves it here, the tab takes it once on mount (takePendingFork) and applies it to
 * its own form. Only this browser's localStorage; the snapshot is parsed again when taken.
 */
export const PENDING_FORK_KEY = "apigo-playground-fork";
const MAX_AGE_MS = 10 * 60_000;

export function writePendingFork(snapshot: ShareSnapshot, now = Date.now()): void {
  localStorage.setItem(PENDING_FORK_KEY, JSON.stringify({ at: now, snapshot }));
}

export function takePendingFork<K extends ShareKind>(
  kind: K,
  now = Date.now(),
): Extract<ShareSnapshot, { kind: K }> | undefined {
  const raw = localStorage.getItem(PENDING_FORK_KEY);
  if (!raw) return undefined;
  let value: { at?: unknown; snapshot?: unknown };
  try {
    value = JSON.parse(raw) as typeof value;
  } catch {
    localStorage.removeItem(PENDING_FORK_KEY);
    return undefined;
  }
  const parsed = shareSnapshotSchema.safeParse(value.snapshot);
  if (!parsed.success || parsed.data.kind !== kind) return undefined;
  localStorage.removeItem(PENDING_FORK_KEY);
  if (typeof value.at !== "number" || now - value.at > MAX_AGE_MS) return undefined;
  return parsed.data as Extract<ShareSnapshot, { kind: K }>;
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
