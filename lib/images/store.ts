import { type DBSchema, type IDBPDatabase, type IDBPTransaction, openDB } from "idb";
import {
  type StoredBatch,
  type StoredImage,
  storedBatchSchema,
  storedImageSchema,
} from "@/lib/schemas/images";

// The gallery lives in this browser's IndexedDB (images are too big for localStorage). Metadata and
// bytes are kept apart so listing 1,000 images never reads their bytes; a thumbnail reads one blob.

export const imagesDbName = "apigo-images";
export const imagesDbVersion = 2;

interface ImagesDb extends DBSchema {
  batches: { key: string; value: StoredBatch };
  images: { key: string; value: StoredImage; indexes: { "by-batch": string } };
  blobs: { key: string; value: Blob };
  /** Small versions for the grid (version 2); made at save time, or later for images stored without one. */
  thumbs: { key: string; value: Blob };
}

export interface NewImage {
  meta: StoredImage;
  /** Absent when only a link could be kept (see `remoteUrl`). */
  blob?: Blob;
  thumb?: Blob;
}

/** What a delete took out of the store, kept by the undo offer until it expires. */
export interface Removed {
  /** Present when the batch itself went (removed, or its last image deleted). */
  batch?: StoredBatch;
  images: NewImage[];
}

export interface Gallery {
  batches: StoredBatch[];
  images: StoredImage[];
}

export interface ImageStore {
  saveBatch(batch: StoredBatch, images: NewImage[]): Promise<void>;
  list(): Promise<Gallery>;
  getBlob(id: string): Promise<Blob | undefined>;
  getThumb(id: string): Promise<Blob | undefined>;
  putThumb(id: string, thumb: Blob): Promise<void>;
  /** Deletes an image (and its batch with its last image); returns what went, for undo. */
  deleteImage(id: string): Promise<Removed>;
  /** Deletes a batch and its images; returns what went, for undo. */
  deleteBatch(id: string): Promise<Removed>;
  /** Puts back what a delete returned. */
  restore(removed: Removed): Promise<void>;
  clear(): Promise<void>;
}

const stores = ["batches", "images", "blobs", "thumbs"] as const;

function keepValid<T>(
  rows: unknown[],
  schema: { safeParse(v: unknown): { success: boolean; data?: T } },
): T[] {
  const out: T[] = [];
  for (const row of rows) {
    const parsed = schema.safeParse(row);
    if (parsed.success && parsed.data !== undefined) out.push(parsed.data);
  }
  return out;
}

export function createImageStore(name = imagesDbName): ImageStore {
  let dbPromise: Promise<IDBPDatabase<ImagesDb>> | undefined;
  const db = () => {
    dbPromise ??= openDB<ImagesDb>(name, imagesDbVersion, {
      upgrade(database, oldVersion) {
        if (oldVersion < 1) {
          database.createObjectStore("batches", { keyPath: "id" });
          database.createObjectStore("images", { keyPath: "id" }).createIndex("by-batch", "batchId");
          database.createObjectStore("blobs");
        }
        if (oldVersion < 2) database.createObjectStore("thumbs");
      },
      // Another tab upgrading the schema: let it, and reopen on the next call.
      blocking() {
        void dbPromise?.then((d) => d.close());
        dbPromise = undefined;
      },
    });
    return dbPromise;
  };

  return {
    async saveBatch(batch, images) {
      await put(await db(), batch, images);
    },

    async list() {
      const d = await db();
      const [batches, images] = await Promise.all([d.getAll("batches"), d.getAll("images")]);
      // Stored state is parsed like any other input: a record from an older version is skipped, not fatal.
      return { batches: keepValid(batches, storedBatchSchema), images: keepValid(images, storedImageSchema) };
    },

    async getBlob(id) {
      return (await db()).get("blobs", id);
    },

    async getThumb(id) {
      return (await db()).get("thumbs", id);
    },

    async putThumb(id, thumb) {
      await (await db()).put("thumbs", thumb, id);
    },

    async deleteImage(id) {
      const tx = (await db()).transaction(stores, "readwrite");
      const meta = await tx.objectStore("images").get(id);
      if (!meta) {
        await tx.done;
        return { images: [] };
      }
      const taken = await take(tx, [meta]);
      const left = await tx.objectStore("images").index("by-batch").count(meta.batchId);
      const batch = await tx.objectStore("batches").get(meta.batchId);
      // A failed batch has no images and stays; a batch whose last image went goes with it.
      if (left === 0 && batch && !batch.error) await tx.objectStore("batches").delete(meta.batchId);
      await tx.done;
      return { batch: left === 0 && batch && !batch.error ? batch : undefined, images: taken };
    },

    async deleteBatch(id) {
      const tx = (await db()).transaction(stores, "readwrite");
      const metas = await tx.objectStore("images").index("by-batch").getAll(id);
      const batch = await tx.objectStore("batches").get(id);
      const taken = await take(tx, metas);
      await tx.objectStore("batches").delete(id);
      await tx.done;
      return { batch, images: taken };
    },

    async restore({ batch, images }) {
      await put(await db(), batch, images);
    },

    async clear() {
      const tx = (await db()).transaction(stores, "readwrite");
      await Promise.all([
        tx.objectStore("batches").clear(),
        tx.objectStore("images").clear(),
        tx.objectStore("blobs").clear(),
        tx.objectStore("thumbs").clear(),
        tx.done,
      ]);
    },
  };
}

async function put(d: IDBPDatabase<ImagesDb>, batch: StoredBatch | undefined, images: NewImage[]) {
  const tx = d.transaction(stores, "readwrite");
  const writes: Promise<unknown>[] = batch ? [tx.objectStore("batches").put(batch)] : [];
  for (const { meta, blob, thumb } of images) {
    writes.push(tx.objectStore("images").put(meta));
    if (blob) writes.push(tx.objectStore("blobs").put(blob, meta.id));
    if (thumb) writes.push(tx.objectStore("thumbs").put(thumb, meta.id));
  }
  await Promise.all([...writes, tx.done]);
}

type WriteTx = IDBPTransaction<ImagesDb, typeof stores, "readwrite">;

/** Reads each image's records (meta, bytes, thumbnail) and deletes them, in the caller's transaction. */
async function take(tx: WriteTx, metas: StoredImage[]): Promise<NewImage[]> {
  const taken: NewImage[] = [];
  for (const meta of metas) {
    const [blob, thumb] = await Promise.all([
      tx.objectStore("blobs").get(meta.id),
      tx.objectStore("thumbs").get(meta.id),
    ]);
    await Promise.all([
      tx.objectStore("images").delete(meta.id),
      tx.objectStore("blobs").delete(meta.id),
      tx.objectStore("thumbs").delete(meta.id),
    ]);
    taken.push({ meta, blob, thumb });
  }
  return taken;
}

let shared: ImageStore | undefined;

/** The browser's one gallery store (created on first use, never during a server render). */
export function imageStore(): ImageStore {
  shared ??= createImageStore();
  return shared;
}
