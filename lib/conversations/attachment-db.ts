import { type DBSchema, type IDBPDatabase, openDB } from "idb";

// Images attached to chat and Messages conversations live in this browser's IndexedDB (localStorage,
// where conversations are kept, holds a few MB in all); a stored message refers to one by id.
// Loaded on demand by ./attachments, never in a page's first load.

export const attachmentsDbName = "apigo-attachments";

export interface StoredAttachment {
  id: string;
  /** The image as sent: a data: URL. */
  url: string;
  savedAt: number;
}

interface AttachmentsDb extends DBSchema {
  files: { key: string; value: StoredAttachment };
}

export interface AttachmentDb {
  put(file: StoredAttachment): Promise<void>;
  get(ids: readonly string[]): Promise<Map<string, string>>;
  delete(ids: readonly string[]): Promise<void>;
  /** Deletes what no conversation refers to and was saved before `before` (another tab may be sending it). */
  sweep(keep: ReadonlySet<string>, before: number): Promise<number>;
}

export function createAttachmentDb(name = attachmentsDbName): AttachmentDb {
  let dbPromise: Promise<IDBPDatabase<AttachmentsDb>> | undefined;
  const db = () => {
    dbPromise ??= openDB<AttachmentsDb>(name, 1, {
      upgrade(database) {
        database.createObjectStore("files", { keyPath: "id" });
      },
      blocking() {
        void dbPromise?.then((d) => d.close());
        dbPromise = undefined;
      },
    });
    return dbPromise;
  };
  return {
    async put(file) {
      await (await db()).put("files", file);
    },
    async get(ids) {
      const tx = (await db()).transaction("files");
      const rows = await Promise.all(ids.map((id) => tx.store.get(id)));
      await tx.done;
      const out = new Map<string, string>();
      for (const row of rows) if (row && typeof row.url === "string") out.set(row.id, row.url);
      return out;
    },
    async delete(ids) {
      const tx = (await db()).transaction("files", "readwrite");
      await Promise.all([...ids.map((id) => tx.store.delete(id)), tx.done]);
    },
    async sweep(keep, before) {
      const tx = (await db()).transaction("files", "readwrite");
      let deleted = 0;
      for await (const cursor of tx.store) {
        if (!keep.has(cursor.value.id) && cursor.value.savedAt < before) {
          await cursor.delete();
          deleted += 1;
        }
      }
      await tx.done;
      return deleted;
    },
  };
}

let shared: AttachmentDb | undefined;

/** The browser's one attachment store. */
export function attachmentDb(): AttachmentDb {
  shared ??= createAttachmentDb();
  return shared;
}
