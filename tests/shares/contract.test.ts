import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { migrations } from "@/lib/server/shares/migrations";
import { postgresUnderTest, record, type StoreUnderTest, sqliteUnderTest } from "./helpers";

// One contract, run against both stores. In CI the Postgres half must run: without TEST_DATABASE_URL
// it fails instead of skipping (scripts/ensure-postgres.sh provides one).
const pgUrl = process.env.TEST_DATABASE_URL;
const inCi = Boolean(process.env.CI);

const backends: { name: string; open: () => Promise<StoreUnderTest> }[] = [
  { name: "sqlite", open: sqliteUnderTest },
];
if (pgUrl) backends.push({ name: "postgres", open: () => postgresUnderTest(pgUrl) });

if (!pgUrl) {
  describe("postgres share store", () => {
    if (inCi) {
      it("has a database to run against", () => {
        expect.fail(
          "TEST_DATABASE_URL is not set: run `export TEST_DATABASE_URL=$(bash scripts/ensure-postgres.sh)`",
        );
      });
    } else {
      it.skip("skipped locally: TEST_DATABASE_URL is not set (export TEST_DATABASE_URL=$(bash scripts/ensure-postgres.sh))", () => {});
    }
  });
}

describe.each(backends)("$name share store (contract)", ({ open }) => {
  let t: StoreUnderTest;
  beforeEach(async () => {
    t = await open();
  });
  afterEach(async () => {
    await t.cleanup();
  });

  it("reads back exactly what was inserted", async () => {
    const r = record({ teamOnly: true, expiresAt: 1_800_000_000_000, kind: "compare" });
    await t.store.insert(r);
    expect(await t.store.get(r.id)).toEqual(r);
    expect(await t.store.get(r.id, 1_700_000_000_001)).toEqual(r);
  });

  it("answers a ping (the readiness check)", async () => {
    await expect(t.store.ping()).resolves.toBeUndefined();
  });

  it("counts the bytes of every stored snapshot, and forgets a deleted one", async () => {
    const before = await t.store.totalBytes();
    const a = record({ snapshot: JSON.stringify({ text: "é".repeat(100) }) });
    const b = record();
    await Promise.all([t.store.insert(a), t.store.insert(b)]);
    const size = (r: { snapshot: string }) => Buffer.byteLength(r.snapshot);
    expect(await t.store.totalBytes()).toBe(before + size(a) + size(b));
    await t.store.delete(a.id);
    expect(await t.store.totalBytes()).toBe(before + size(b));
  });

  it("keeps a video share's media apart: counted, read by getMedia only, gone with its share", async () => {
    const before = await t.store.totalBytes();
    const media = Uint8Array.from({ length: 3000 }, (_, i) => i % 256);
    const r = record({ kind: "videos", media, expiresAt: 1_800_000_000_000 });
    await t.store.insert(r);
    const { media: _left, ...withoutMedia } = r;
    expect(await t.store.get(r.id)).toEqual(withoutMedia);
    const stored = await t.store.getMedia(r.id);
    expect(stored?.size).toBe(media.byteLength);
    // Any span reads exactly its bytes, the first and the last byte included.
    expect(await stored?.read(0, 2999)).toEqual(media);
    expect(await stored?.read(1000, 1999)).toEqual(media.slice(1000, 2000));
    expect(await stored?.read(2999, 2999)).toEqual(media.slice(2999));
    expect(await t.store.getMedia(r.id, 1_800_000_000_000)).toBeUndefined();
    expect(await t.store.getMedia(record().id)).toBeUndefined();
    expect(await t.store.totalBytes()).toBe(before + Buffer.byteLength(r.snapshot) + media.byteLength);
    await t.store.delete(r.id);
    expect(await t.store.getMedia(r.id)).toBeUndefined();
    // A reader taken before the share went answers nothing: the route ends the download with an error.
    expect((await stored?.read(0, 99))?.byteLength).toBe(0);
  });

  it("answers undefined for an unknown id", async () => {
    expect(await t.store.get(record().id)).toBeUndefined();
  });

  it("refuses a second row with the same id and keeps the first", async () => {
    const r = record();
    await t.store.insert(r);
    await expect(t.store.insert({ ...r, snapshot: "{}" })).rejects.toThrow();
    expect((await t.store.get(r.id))?.snapshot).toBe(r.snapshot);
  });

  it("hides a share from the moment it expires", async () => {
    const r = record({ expiresAt: 2_000 });
    await t.store.insert(r);
    expect(await t.store.get(r.id, 1_999)).toBeDefined();
    expect(await t.store.get(r.id, 2_000)).toBeUndefined();
    // Without a clock (revocation) the row is still found until purged.
    expect(await t.store.get(r.id)).toBeDefined();
  });

  it("deletes once", async () => {
    const r = record();
    await t.store.insert(r);
    expect(await t.store.delete(r.id)).toBe(true);
    expect(await t.store.get(r.id)).toBeUndefined();
    expect(await t.store.delete(r.id)).toBe(false);
  });

  it("purges expired shares only", async () => {
    const expired = record({ expiresAt: 1_000 });
    const live = record({ expiresAt: 10_000 });
    const forever = record({ expiresAt: null });
    for (const r of [expired, live, forever]) await t.store.insert(r);
    expect(await t.store.purgeExpired(5_000)).toBe(1);
    expect(await t.store.get(expired.id)).toBeUndefined();
    expect(await t.store.get(live.id)).toBeDefined();
    expect(await t.store.get(forever.id)).toBeDefined();
  });

  it("treats ids as data, never as SQL", async () => {
    const r = record();
    await t.store.insert(r);
    expect(await t.store.get("' or '1'='1")).toBeUndefined();
    expect(await t.store.delete("' or '1'='1")).toBe(false);
    expect(await t.store.get(r.id)).toBeDefined();
  });

  it("keeps a large snapshot byte for byte", async () => {
    const snapshot = JSON.stringify({ text: "x€".repeat(1_000_000) });
    const r = record({ snapshot });
    await t.store.insert(r);
    expect((await t.store.get(r.id))?.snapshot).toBe(snapshot);
  });

  it("shares rows with a second instance and migrates only once", async () => {
    const r = record();
    await t.store.insert(r);
    const other = await t.reopen();
    expect(await other.get(r.id)).toEqual(r);
    const r2 = record();
    await other.insert(r2);
    expect(await t.store.get(r2.id)).toEqual(r2);
    expect(migrations.at(-1)?.version).toBeGreaterThanOrEqual(1);
  });

  it("handles 200 concurrent inserts and reads", async () => {
    const rows = Array.from({ length: 200 }, () => record());
    await Promise.all(rows.map((r) => t.store.insert(r)));
    const read = await Promise.all(rows.map((r) => t.store.get(r.id)));
    expect(read.map((r) => r?.id)).toEqual(rows.map((r) => r.id));
  });
});
