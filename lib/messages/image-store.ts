import type { FileUIPart } from "ai";
import type { PlaygroundMessage } from "@/lib/conversations/metadata";

/**
 * The images attached to Messages turns, kept in IndexedDB: localStorage holds the conversations
 * without image data (a few MB in all), and a question asked again after a reload or a switch of
 * conversation still carries its images. Keyed by the turn's id and the image's place among the
 * turn's images; loaded on demand (this module is not in the page's first load).
 */

const DB_NAME = "apigo-playground-images";
const STORE = "images";
const memory = new Map<string, string>();
let opened: Promise<IDBDatabase | undefined> | undefined;

/** The database, or undefined where IndexedDB is unavailable (the images are then not kept). */
function database(): Promise<IDBDatabase | undefined> {
  opened ??= new Promise((resolve) => {
    try {
      const request = indexedDB.open(DB_NAME, 1);
      request.onupgradeneeded = () => request.result.createObjectStore(STORE);
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => resolve(undefined);
    } catch {
      resolve(undefined);
    }
  });
  return opened;
}

function done<T>(request: IDBRequest<T>): Promise<T | undefined> {
  return new Promise((resolve) => {
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => resolve(undefined);
  });
}

const keyOf = (messageId: string, n: number) => `${messageId}/${n}`;

/** Every file part of the thread with its key. */
function filesOf(messages: PlaygroundMessage[]): { key: string; part: FileUIPart }[] {
  const out: { key: string; part: FileUIPart }[] = [];
  for (const message of messages) {
    let n = 0;
    for (const part of message.parts)
      if (part.type === "file") out.push({ key: keyOf(message.id, n++), part });
  }
  return out;
}

/** Keeps the thread's attached images (data: URLs) that are not kept yet. */
export async function rememberImages(messages: PlaygroundMessage[]): Promise<void> {
  const fresh = filesOf(messages).filter(
    ({ key, part }) => part.url.startsWith("data:") && memory.get(key) !== part.url,
  );
  if (fresh.length === 0) return;
  for (const { key, part } of fresh) memory.set(key, part.url);
  const db = await database();
  if (!db) return;
  const store = db.transaction(STORE, "readwrite").objectStore(STORE);
  for (const { key, part } of fresh) store.put(part.url, key);
}

/** The thread with the kept images put back where a stored turn had one. */
export async function withKeptImages(messages: PlaygroundMessage[]): Promise<PlaygroundMessage[]> {
  const missing = filesOf(messages).filter(({ key, part }) => part.url === "" && !memory.has(key));
  const db = missing.length > 0 ? await database() : undefined;
  if (db) {
    const store = db.transaction(STORE, "readonly").objectStore(STORE);
    const found = await Promise.all(missing.map(({ key }) => done(store.get(key))));
    missing.forEach(({ key }, i) => {
      const url = found[i];
      if (typeof url === "string") memory.set(key, url);
    });
  }
  return messages.map((message) => {
    let n = 0;
    const parts = message.parts.map((part) => {
      if (part.type !== "file") return part;
      const url = part.url || memory.get(keyOf(message.id, n));
      n += 1;
      return url ? { ...part, url } : part;
    });
    return { ...message, parts };
  });
}

/**
 * Drops the kept images of turns no saved conversation holds any more (deleted turns and
 * conversations); those this page kept or read since it loaded stay (a turn being sent is not saved yet).
 */
export async function forgetImagesExcept(messageIds: Set<string>): Promise<void> {
  const db = await database();
  if (!db) return;
  const store = db.transaction(STORE, "readwrite").objectStore(STORE);
  const request = store.getAllKeys();
  // Deleted in the request's own callback, while its transaction is active.
  request.onsuccess = () => {
    for (const key of request.result) {
      const name = String(key);
      if (!memory.has(name) && !messageIds.has(name.slice(0, name.lastIndexOf("/")))) store.delete(key);
    }
  };
}
