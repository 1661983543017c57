import "server-only";
import { createHash, createHmac, randomBytes } from "node:crypto";
import { createWriteStream } from "node:fs";
import { mkdir, mkdtemp, readdir, rename, rm, stat, unlink, utimes } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { Writable } from "node:stream";

// A bounded disk cache of whole video files, one directory per API key. Names on disk are hashes
// only: the key's HMAC under a secret that lives in this process alone (a directory name cannot be
// used to test a guessed key, and a new process cannot read an old one's entries), and the upstream
// URL's SHA-256. No part of a path comes from the client.

const PREFIX = "apigo-video-cache-";

export interface CacheLimits {
  /** Parent of the cache's own directory (made with mkdtemp, removed by close()). */
  root: string;
  /** All entries together. */
  maxBytes: number;
  /** All entries of one key together; a larger file is not cached. */
  keyMaxBytes: number;
  maxAgeMs: number;
}

export interface Slot {
  keyId: string;
  name: string;
}

export interface Entry extends Slot {
  file: string;
  size: number;
  contentType: string;
  created: number;
  lastUsed: number;
}

/** Thrown when a file turns out larger than a key may hold: it is then relayed, not cached. */
export class TooLargeError extends Error {
  constructor() {
    super("The video is larger than the cache may hold for one key");
    this.name = "TooLargeError";
  }
}

export class VideoCache {
  private readonly secret = randomBytes(32);
  private readonly entries = new Map<string, Entry>();
  private readonly filling = new Map<string, Promise<Entry | undefined>>();
  private dir: Promise<string> | undefined;
  private total = 0;

  constructor(
    private readonly limits: CacheLimits,
    private readonly now: () => number = Date.now,
  ) {}

  /** The largest file one key may cache. */
  get maxFileBytes(): number {
    return Math.min(this.limits.keyMaxBytes, this.limits.maxBytes);
  }

  slot(apiKey: string, upstreamUrl: string): Slot {
    const keyId = createHmac("sha256", this.secret).update(apiKey).digest("hex").slice(0, 32);
    const name = createHash("sha256").update(upstreamUrl).digest("hex").slice(0, 40);
    return { keyId, name };
  }

  /** A live entry (touched), or undefined. */
  get(slot: Slot): Entry | undefined {
    const entry = this.entries.get(id(slot));
    if (!entry) return undefined;
    if (this.now() - entry.created > this.limits.maxAgeMs) {
      this.drop(entry);
      return undefined;
    }
    entry.lastUsed = this.now();
    return entry;
  }

  /** How many fills are running (each may hold up to maxFileBytes on disk beyond maxBytes). */
  get fillsRunning(): number {
    return this.filling.size;
  }

  /** The fill in progress for this slot, if one is: what it gives (undefined when it failed). */
  pending(slot: Slot): Promise<Entry | undefined> | undefined {
    return this.filling.get(id(slot));
  }

  /**
   * Registers a fill for `slot` now (so concurrent requests wait for it instead of fetching again) and
   * runs `produce`: it returns the bytes to store (or undefined: nothing to store).
   */
  fill(
    slot: Slot,
    produce: () => Promise<{ body: ReadableStream<Uint8Array>; contentType: string } | undefined>,
  ): Promise<Entry | undefined> {
    const key = id(slot);
    const running = (async () => {
      const source = await produce();
      return source ? this.store(slot, source.body, source.contentType) : undefined;
    })();
    const shared = running.catch(() => undefined);
    this.filling.set(key, shared);
    void shared.finally(() => this.filling.delete(key));
    return running;
  }

  /** Removes the cache's directory (at shutdown). */
  async close(): Promise<void> {
    const dir = this.dir;
    this.dir = undefined;
    this.entries.clear();
    this.total = 0;
    if (dir) await rm(await dir, { recursive: true, force: true });
  }

  private async store(slot: Slot, body: ReadableStream<Uint8Array>, contentType: string): Promise<Entry> {
    const keyDir = path.join(await this.root(), slot.keyId);
    await mkdir(keyDir, { recursive: true, mode: 0o700 });
    // Each fill its own file: dropping an older entry of the slot never unlinks the new one.
    const file = path.join(keyDir, `${slot.name}-${randomBytes(6).toString("hex")}`);
    const part = `${file}.part`;
    let size = 0;
    const cap = this.maxFileBytes;
    const counter = new TransformStream<Uint8Array, Uint8Array>({
      transform(chunk, out) {
        size += chunk.byteLength;
        if (size > cap) throw new TooLargeError();
        out.enqueue(chunk);
      },
    });
    try {
      await body.pipeThrough(counter).pipeTo(Writable.toWeb(createWriteStream(part, { mode: 0o600 })));
      this.makeRoom(slot.keyId, size);
      await rename(part, file);
      // A live cache's directory stays younger than maxAgeMs: see sweepStale.
      const at = new Date(this.now());
      await utimes(path.dirname(keyDir), at, at).catch(() => undefined);
    } catch (err) {
      await unlink(part).catch(() => undefined);
      throw err;
    }
    const old = this.entries.get(id(slot));
    if (old) this.forget(old);
    const at = this.now();
    const entry: Entry = { ...slot, file, size, contentType, created: at, lastUsed: at };
    this.entries.set(id(slot), entry);
    this.total += size;
    return entry;
  }

  /** Drops expired entries, then the least recently used, until `size` more bytes fit for `keyId`. */
  private makeRoom(keyId: string, size: number): void {
    const at = this.now();
    for (const entry of [...this.entries.values()]) {
      if (at - entry.created > this.limits.maxAgeMs) this.drop(entry);
    }
    const byAge = [...this.entries.values()].sort((a, b) => a.lastUsed - b.lastUsed);
    let keyTotal = byAge.filter((e) => e.keyId === keyId).reduce((n, e) => n + e.size, 0);
    for (const entry of byAge) {
      const keyFull = keyTotal + size > this.limits.keyMaxBytes;
      if (!keyFull && this.total + size <= this.limits.maxBytes) break;
      if (keyFull && entry.keyId !== keyId && this.total + size <= this.limits.maxBytes) continue;
      if (entry.keyId === keyId) keyTotal -= entry.size;
      this.drop(entry);
    }
  }

  private drop(entry: Entry): void {
    this.forget(entry);
    // A reply already reading the file keeps its open descriptor: unlinking does not cut it.
    void unlink(entry.file).catch(() => undefined);
  }

  private forget(entry: Entry): void {
    if (this.entries.get(id(entry)) !== entry) return;
    this.entries.delete(id(entry));
    this.total -= entry.size;
  }

  private root(): Promise<string> {
    this.dir ??= (async () => {
      await mkdir(this.limits.root, { recursive: true });
      await this.sweepStale();
      return mkdtemp(path.join(this.limits.root, PREFIX));
    })();
    return this.dir;
  }

  /**
   * Removes caches a killed process left (close() never ran): every entry in them has expired. A
   * running process whose directory this removes only loses its entries (it fetches them again).
   */
  private async sweepStale(): Promise<void> {
    const names = await readdir(this.limits.root).catch(() => [] as string[]);
    for (const name of names) {
      if (!name.startsWith(PREFIX)) continue;
      const dir = path.join(this.limits.root, name);
      const info = await stat(dir).catch(() => undefined);
      if (info?.isDirectory() && this.now() - info.mtimeMs > this.limits.maxAgeMs)
        await rm(dir, { recursive: true, force: true }).catch(() => undefined);
    }
  }
}

function id(slot: Slot): string {
  return `${slot.keyId}/${slot.name}`;
}

export function defaultCacheRoot(configured: string | undefined): string {
  return configured ?? tmpdir();
}
