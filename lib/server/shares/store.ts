import "server-only";

/** One stored share. `snapshot` is the validated snapshot as JSON text. */
export interface ShareRecord {
  id: string;
  kind: string;
  snapshot: string;
  teamOnly: boolean;
  /** Epoch milliseconds. */
  createdAt: number;
  /** Epoch milliseconds; null never expires. */
  expiresAt: number | null;
  /** SHA-256 (hex) of the creator's delete token. */
  deleteTokenHash: string;
  /** A video share's MP4 (insert only: `get` leaves it out, `getMedia` reads it). */
  media?: Uint8Array;
}

/**
 * The one storage interface for share links (SQLite by default, Postgres with DATABASE_URL). Both
 * implementations pass the same contract tests (tests/shares/contract.test.ts).
 */
export interface ShareStore {
  readonly name: "sqlite" | "postgres";
  /** Resolves only once the row is durable (a crash afterwards does not lose it). Rejects on a duplicate id. */
  insert(record: ShareRecord): Promise<void>;
  /** The share, unless it is gone or (when `now` is given) expired at `now`. */
  get(id: string, now?: number): Promise<ShareRecord | undefined>;
  /**
   * The stored media of a live share (see `get`), or undefined when it has none: its size, and a reader
   * of the bytes from `start` to `end` (inclusive), so that a Range request reads only its span and a
   * whole one can be streamed in parts, never the whole MP4 at once. A read of a share deleted since
   * answers fewer bytes than asked.
   */
  getMedia(id: string, now?: number): Promise<StoredMedia | undefined>;
  /** Removes the share; true when it existed. */
  delete(id: string): Promise<boolean>;
  /** Bytes of all stored snapshots and media (expired ones too, until they are purged). */
  totalBytes(): Promise<number>;
  /** Removes shares expired at `now`; returns how many. */
  purgeExpired(now: number): Promise<number>;
  /** Resolves when the database answers a trivial query (the readiness check). */
  ping(): Promise<void>;
  close(): Promise<void>;
}

export interface StoredMedia {
  size: number;
  read(start: number, end: number): Promise<Uint8Array>;
}

/** Every column but the media, which only `getMedia` reads. */
export const COLUMNS = "id, kind, snapshot, team_only, created_at, expires_at, delete_token_hash";

/** What a record adds to the store's total (SHARE_STORAGE_MAX_BYTES). */
export const recordBytes = (r: ShareRecord) => Buffer.byteLength(r.snapshot) + (r.media?.byteLength ?? 0);

export const isExpired = (expiresAt: number | null, now: number | undefined) =>
  now !== undefined && expiresAt !== null && expiresAt <= now;
