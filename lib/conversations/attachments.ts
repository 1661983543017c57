import type { PlaygroundMessage } from "./metadata";
import type { TabConversations } from "./schema";
import { parkedMessages } from "./versions";

// Attached images are kept in IndexedDB (./attachment-db, loaded on demand); a saved message's file
// part refers to one as `attachment:<id>` in place of its data: URL. A reload reads them back, so
// follow-up requests still carry the images; an image no saved message refers to any more is deleted.

const prefix = "attachment:";
/** The id each data URL of this page was saved under (so saving a conversation again writes nothing). */
const idsByUrl = new Map<string, string>();

const loadDb = () => import("./attachment-db").then((m) => m.attachmentDb());

export const attachmentIdOf = (url: string) =>
  url.startsWith(prefix) ? url.slice(prefix.length) : undefined;

const newId = () => `a-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 10)}`;

const writing = new Set<Promise<unknown>>();

/** Saves an image (a data: URL) once and returns its id; saving it again returns the same id. */
export function keepAttachment(url: string): string {
  let id = idsByUrl.get(url);
  if (id) return id;
  const created = newId();
  idsByUrl.set(url, created);
  const write = loadDb()
    .then((db) => db.put({ id: created, url, savedAt: Date.now() }))
    // Storage full or blocked: forget the id, so the next save tries again.
    .catch(() => idsByUrl.delete(url))
    .finally(() => writing.delete(write));
  writing.add(write);
  id = created;
  return id;
}

/** Resolves once the images saved so far are in IndexedDB (before a page is left for another). */
export async function attachmentsWritten(): Promise<void> {
  await Promise.all([...writing]);
}

type Part = PlaygroundMessage["parts"][number];

function mapFileParts(
  messages: PlaygroundMessage[],
  change: (part: Extract<Part, { type: "file" }>) => string | undefined,
): PlaygroundMessage[] {
  return messages.map((message) => {
    let changed = false;
    const parts = message.parts.map((part) => {
      if (part.type !== "file") return part;
      const url = change(part);
      if (url === undefined || url === part.url) return part;
      changed = true;
      return { ...part, url };
    });
    return changed ? { ...message, parts } : message;
  });
}

/** The messages as saved: every attached data: URL replaced by its `attachment:<id>` reference. */
export function withAttachmentRefs(messages: PlaygroundMessage[]): PlaygroundMessage[] {
  return mapFileParts(messages, (part) =>
    part.url.startsWith("data:") ? `${prefix}${keepAttachment(part.url)}` : undefined,
  );
}

/** The attachment ids the messages refer to. */
export function attachmentIdsIn(messages: readonly PlaygroundMessage[]): string[] {
  const ids: string[] = [];
  for (const message of messages)
    for (const part of message.parts) {
      const id = part.type === "file" ? attachmentIdOf(part.url) : undefined;
      if (id) ids.push(id);
    }
  return ids;
}

/**
 * Saved messages with their images read back from IndexedDB. An image that is gone (storage cleared,
 * another browser) gets an empty URL: the thread says it was not kept, and it is not sent.
 */
export async function resolveAttachments(messages: PlaygroundMessage[]): Promise<PlaygroundMessage[]> {
  const ids = attachmentIdsIn(messages);
  if (ids.length === 0) return messages;
  // Images this page saved are known already (and may still be on their way into IndexedDB).
  const urls = new Map<string, string>();
  for (const [url, id] of idsByUrl) if (ids.includes(id)) urls.set(id, url);
  const missing = ids.filter((id) => !urls.has(id));
  if (missing.length > 0) {
    const stored = await loadDb()
      .then((db) => db.get(missing))
      .catch(() => new Map<string, string>());
    for (const [id, url] of stored) {
      urls.set(id, url);
      idsByUrl.set(url, id);
    }
  }
  return mapFileParts(messages, (part) => {
    const id = attachmentIdOf(part.url);
    return id === undefined ? undefined : (urls.get(id) ?? "");
  });
}

function idsOfTabs(byTab: Partial<Record<string, TabConversations>>): Set<string> {
  const ids = new Set<string>();
  // Turns of parked answer versions (versions.ts) keep their images too.
  for (const tab of Object.values(byTab))
    for (const conversation of tab?.items ?? [])
      for (const id of attachmentIdsIn([
        ...conversation.messages,
        ...parkedMessages(conversation.versions ?? {}),
      ]))
        ids.add(id);
  return ids;
}

/** Deletes the images that the change from `before` to `after` left without a message referring to them. */
export function dropUnreferenced(
  before: Partial<Record<string, TabConversations>>,
  after: Partial<Record<string, TabConversations>>,
): string[] {
  if (before === after) return [];
  const kept = idsOfTabs(after);
  const gone = [...idsOfTabs(before)].filter((id) => !kept.has(id));
  if (gone.length === 0) return gone;
  const goneSet = new Set(gone);
  for (const [url, id] of idsByUrl) if (goneSet.has(id)) idsByUrl.delete(url);
  void loadDb()
    .then((db) => db.delete(gone))
    .catch(() => {});
  return gone;
}

const sweepAge = 24 * 60 * 60 * 1000;

/** Deletes images no saved conversation refers to that are older than a day (left by a crash or another tab). */
export function sweepAttachments(byTab: Partial<Record<string, TabConversations>>): void {
  void loadDb()
    .then((db) => db.sweep(idsOfTabs(byTab), Date.now() - sweepAge))
    .catch(() => {});
}
