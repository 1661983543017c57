import type { PlaygroundMessage } from "./metadata";

// Answer versions, as ChatGPT and Claude keep them: a conversation is a tree, and the thread on screen
// (useChat's `messages`, which requests, View code, export and shares read) is one path through it.
// Regenerate, Resend and Edit-and-resend do not overwrite: the branch from that turn to the end is
// parked as an earlier version of the turn, and the new answer (or question) is the newest version.
// Each version owns the turns after it, so paging a turn brings back its whole branch, with its own
// metrics and Inspector exchange (they live on its messages). Only the turn on screen is in `messages`.

/** A version of a turn: its message and every turn after it on that branch. */
export type Branch = PlaygroundMessage[];

/** The versions of a turn other than the one on screen: older ones before it, newer ones after. */
export interface TurnVersions {
  before: Branch[];
  after: Branch[];
}

/**
 * Keyed by the id of the message on screen at that turn (the branches parked inside hold their own
 * entries, keyed by their messages' ids). `@N`: versions of a turn whose new reply has not arrived yet;
 * it moves to that reply's id when a message appears at index N.
 */
export type VersionMap = Record<string, TurnVersions>;

/** Older versions beyond this are dropped (each one is a whole branch in localStorage). */
export const MAX_VERSIONS = 20;

const pendingKey = (index: number) => `@${index}`;
const pendingIndex = (key: string) => (key.startsWith("@") ? Number(key.slice(1)) : undefined);

/** Where the message stands among its turn's versions (1-based); undefined when it has no other. */
export function versionOf(map: VersionMap, id: string): { shown: number; count: number } | undefined {
  const own = map[id];
  if (!own) return undefined;
  const count = own.before.length + own.after.length + 1;
  return count > 1 ? { shown: own.before.length + 1, count } : undefined;
}

/**
 * Parks the branch from `index` to the end as the newest of the turn's earlier versions, before the
 * turn is asked again. The new version is the message that keeps `keepId` (a question edited in place)
 * or, without it, the next message to appear at `index` (a regenerated reply).
 */
export function parkBranch(map: VersionMap, messages: PlaygroundMessage[], index: number, keepId?: string) {
  const branch = messages.slice(index);
  const first = branch[0];
  if (!first) return map;
  const { [first.id]: own, ...rest } = map;
  const before = [...(own?.before ?? []), branch, ...(own?.after ?? [])].slice(1 - MAX_VERSIONS);
  rest[keepId ?? pendingKey(index)] = { before, after: [] };
  return rest;
}

/** Gives a waiting `@N` entry to the message that now stands at index N (not one it parked). */
export function resolvePending(map: VersionMap, messages: PlaygroundMessage[]): VersionMap {
  let next = map;
  for (const [key, entry] of Object.entries(map)) {
    const index = pendingIndex(key);
    const message = index === undefined ? undefined : messages[index];
    if (!message || next[message.id]) continue;
    const parked = [...entry.before, ...entry.after].some((b) => b[0]?.id === message.id);
    if (parked) continue;
    const { [key]: _, ...rest } = next;
    next = { ...rest, [message.id]: entry };
  }
  return next;
}

/** The thread and versions with the turn at `index` paged one version back (-1) or on (+1). */
export function showVersion(
  map: VersionMap,
  messages: PlaygroundMessage[],
  index: number,
  step: -1 | 1,
): { map: VersionMap; messages: PlaygroundMessage[] } | undefined {
  const current = messages[index];
  const own = current && map[current.id];
  const target = own && (step < 0 ? own.before.at(-1) : own.after[0]);
  const first = target?.[0];
  if (!own || !target || !first) return undefined;
  const shownNow = messages.slice(index);
  const entry =
    step < 0
      ? { before: own.before.slice(0, -1), after: [shownNow, ...own.after] }
      : { before: [...own.before, shownNow], after: own.after.slice(1) };
  const { [current.id]: _, ...rest } = map;
  return { map: { ...rest, [first.id]: entry }, messages: [...messages.slice(0, index), ...target] };
}

/**
 * After a request that failed before any reply: the version shown before it comes back, so a failed
 * Regenerate or Edit-and-resend loses no answer. Regenerate: the parked reply returns after the
 * question. Edit: the question's previous version returns (the page puts the edited text back into the
 * composer). Undefined when the failed turn had no earlier version.
 */
export function revertFailed(
  map: VersionMap,
  messages: PlaygroundMessage[],
): { map: VersionMap; messages: PlaygroundMessage[]; edited: boolean } | undefined {
  const last = messages.at(-1);
  const pending = map[pendingKey(messages.length)];
  const key = pending ? pendingKey(messages.length) : last?.id;
  const own = key === undefined ? undefined : map[key];
  const edited = !pending;
  const target = own?.before.at(-1);
  const first = target?.[0];
  if (!own || !target || !first || key === undefined) return undefined;
  const { [key]: _, ...rest } = map;
  return {
    map: { ...rest, [first.id]: { before: own.before.slice(0, -1), after: own.after } },
    messages: [...(edited ? messages.slice(0, -1) : messages), ...target],
    edited,
  };
}

/**
 * The entries still reachable from the thread (directly or through a parked branch), and the waiting
 * ones; entries of deleted turns go (deleting a turn deletes its versions).
 */
export function pruneVersions(map: VersionMap, messages: PlaygroundMessage[]): VersionMap {
  const kept: VersionMap = {};
  const queue = messages.slice();
  for (const [key, entry] of Object.entries(map)) {
    if (pendingIndex(key) === undefined) continue;
    kept[key] = entry;
    for (const branch of [...entry.before, ...entry.after]) queue.push(...branch);
  }
  for (let i = 0; i < queue.length; i++) {
    const id = queue[i]?.id;
    const entry = id === undefined ? undefined : map[id];
    if (id === undefined || !entry || kept[id]) continue;
    kept[id] = entry;
    for (const branch of [...entry.before, ...entry.after]) queue.push(...branch);
  }
  return kept;
}

/** Every message the versions hold (the thread aside), e.g. to keep their images. */
export function parkedMessages(map: VersionMap): PlaygroundMessage[] {
  return Object.values(map).flatMap((entry) => [...entry.before, ...entry.after].flat());
}

/** The versions with each branch passed through `change` (Messages stores branches without image data). */
export function mapBranches(map: VersionMap, change: (branch: Branch) => Branch): VersionMap {
  const out: VersionMap = {};
  for (const [key, entry] of Object.entries(map))
    out[key] = { before: entry.before.map(change), after: entry.after.map(change) };
  return out;
}
