import "@/lib/schemas/zod-no-eval";
import { type ShareKind, type ShareSnapshot, shareSnapshotSchema } from "@/lib/schemas/share";
import { PENDING_FORK_KEY } from "./pending-fork";

const MAX_AGE_MS = 10 * 60_000;

/** The snapshot left for this tab (see pending-fork.ts), taken once: parsed, checked and removed. */
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
