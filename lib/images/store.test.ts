import "fake-indexeddb/auto";
import { describe, expect, it } from "vitest";
import type { StoredBatch, StoredImage } from "@/lib/schemas/images";
import { defaultImageParams } from "./form-store";
import { galleryModels, galleryRows, groupGallery, totalBytes } from "./gallery";
import { createImageStore } from "./store";

let dbCount = 0;
const freshStore = () => createImageStore(`test-images-${++dbCount}`);

function batch(id: string, createdAt: number, extra: Partial<StoredBatch> = {}): StoredBatch {
  return {
    id,
    createdAt,
    durationMs: 1200,
    params: { ...defaultImageParams, model: "dall-e-2", prompt: `prompt ${id}` },
    ...extra,
  };
}

function image(id: string, b: StoredBatch, index: number, extra: Partial<StoredImage> = {}): StoredImage {
  return {
    id,
    batchId: b.id,
    index,
    createdAt: b.createdAt,
    model: b.params.model,
    size: "256x256",
    prompt: b.params.prompt,
    durationMs: 1200,
    mime: "image/png",
    bytes: 10,
    ...extra,
  };
}

describe("image store (IndexedDB)", () => {
  it("keeps batches, metadata and bytes, and lists without reading bytes", async () => {
    const store = freshStore();
    const b = batch("b1", 1);
    await store.saveBatch(b, [
      {
        meta: image("i1", b, 0),
        blob: new Blob([new Uint8Array([1, 2, 3])], { type: "image/png" }),
        thumb: new Blob(["t"], { type: "image/webp" }),
      },
      { meta: image("i2", b, 1, { remoteUrl: "https://cdn.example/x.png", bytes: 0 }) },
    ]);
    const gallery = await store.list();
    expect(gallery.batches.map((x) => x.id)).toEqual(["b1"]);
    expect(gallery.images.map((x) => x.id).sort()).toEqual(["i1", "i2"]);
    const blob = await store.getBlob("i1");
    expect(blob?.size).toBe(3);
    expect((await store.getThumb("i1"))?.type).toBe("image/webp");
    await store.putThumb("i2", new Blob(["u"]));
    expect(await store.getThumb("i2")).toBeDefined();
    expect(await store.getBlob("i2")).toBeUndefined();
  });

  it("deletes an image with its bytes, and the batch with its last image", async () => {
    const store = freshStore();
    const b = batch("b1", 1);
    await store.saveBatch(b, [
      { meta: image("i1", b, 0), blob: new Blob(["a"]) },
      { meta: image("i2", b, 1), blob: new Blob(["b"]) },
    ]);
    await store.putThumb("i1", new Blob(["t"]));
    await store.deleteImage("i1");
    expect(await store.getBlob("i1")).toBeUndefined();
    expect(await store.getThumb("i1")).toBeUndefined();
    expect((await store.list()).batches).toHaveLength(1);
    await store.deleteImage("i2");
    expect(await store.list()).toEqual({ batches: [], images: [] });
  });

  it("gives back what a delete took, so Undo restores the image, its bytes and its batch", async () => {
    const store = freshStore();
    const b = batch("b1", 1);
    await store.saveBatch(b, [{ meta: image("i1", b, 0), blob: new Blob(["a"]), thumb: new Blob(["t"]) }]);
    const before = await store.list();
    const removed = await store.deleteImage("i1");
    expect(removed.batch?.id).toBe("b1");
    expect(await store.list()).toEqual({ batches: [], images: [] });
    await store.restore(removed);
    expect(await store.list()).toEqual(before);
    expect(await (await store.getBlob("i1"))?.text()).toBe("a");
    expect(await (await store.getThumb("i1"))?.text()).toBe("t");

    await store.restore(await store.deleteBatch("b1"));
    expect(await store.list()).toEqual(before);
    expect(await (await store.getThumb("i1"))?.text()).toBe("t");
  });

  it("keeps a failed batch until it is removed, and clears everything", async () => {
    const store = freshStore();
    const failed = batch("bad", 2, { error: { status: 500, message: "size must be one of …" } });
    await store.saveBatch(failed, []);
    const ok = batch("ok", 3);
    await store.saveBatch(ok, [{ meta: image("i1", ok, 0), blob: new Blob(["a"]) }]);
    expect((await store.list()).batches).toHaveLength(2);
    await store.deleteBatch("ok");
    expect((await store.list()).images).toEqual([]);
    await store.clear();
    expect((await store.list()).batches).toEqual([]);
  });

  it("skips stored records that no longer parse", async () => {
    const store = freshStore();
    const b = batch("b1", 1);
    await store.saveBatch(b, [{ meta: { ...image("i1", b, 0), bytes: "lots" } as unknown as StoredImage }]);
    expect((await store.list()).images).toEqual([]);
  });
});

describe("gallery grouping", () => {
  const b1 = batch("b1", 100);
  const b2 = batch("b2", 200, { params: { ...defaultImageParams, model: "dall-e-3", prompt: "A red fox" } });
  const b3 = batch("b3", 300, { error: { status: 429, message: "slow down" } });
  const gallery = {
    batches: [b1, b2, b3],
    images: [
      image("x2", b1, 1),
      image("x1", b1, 0),
      image("y1", b2, 0, { revisedPrompt: "A vivid red fox in snow", model: "dall-e-3" }),
    ],
  };

  it("orders batches newest first and images by position", () => {
    const groups = groupGallery(gallery, { model: "", search: "" });
    expect(groups.map((g) => g.batch.id)).toEqual(["b3", "b2", "b1"]);
    expect(groups[2]?.images.map((i) => i.id)).toEqual(["x1", "x2"]);
  });

  it("filters by model and by text in the prompt or the revised prompt", () => {
    expect(groupGallery(gallery, { model: "dall-e-3", search: "" }).map((g) => g.batch.id)).toEqual(["b2"]);
    expect(groupGallery(gallery, { model: "", search: "SNOW" }).map((g) => g.batch.id)).toEqual(["b2"]);
    expect(groupGallery(gallery, { model: "", search: "prompt b1" }).map((g) => g.batch.id)).toEqual(["b1"]);
    expect(galleryModels(gallery)).toEqual(["dall-e-2", "dall-e-3"]);
    expect(totalBytes(gallery)).toBe(30);
  });

  it("flattens into header rows and rows of at most `columns` images", () => {
    const rows = galleryRows(groupGallery(gallery, { model: "", search: "" }), 1);
    expect(
      rows.map((r) => (r.kind === "header" ? `h:${r.group.batch.id}` : r.images.map((i) => i.id).join(","))),
    ).toEqual(["h:b3", "h:b2", "y1", "h:b1", "x1", "x2"]);
    expect(galleryRows(groupGallery(gallery, { model: "", search: "" }), 4)).toHaveLength(5);
  });
});

describe("image store upgrades", () => {
  it("adds the thumbnail store to a version-1 database and keeps its images", async () => {
    const { openDB } = await import("idb");
    const name = `test-images-upgrade-${++dbCount}`;
    const v1 = await openDB(name, 1, {
      upgrade(db) {
        db.createObjectStore("batches", { keyPath: "id" });
        db.createObjectStore("images", { keyPath: "id" }).createIndex("by-batch", "batchId");
        db.createObjectStore("blobs");
      },
    });
    const b = batch("old", 1);
    await v1.put("batches", b);
    await v1.put("images", image("o1", b, 0));
    v1.close();
    const store = createImageStore(name);
    expect((await store.list()).images.map((i) => i.id)).toEqual(["o1"]);
    await store.putThumb("o1", new Blob(["t"]));
    expect(await store.getThumb("o1")).toBeDefined();
  });
});
