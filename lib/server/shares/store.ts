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
  /** Removes the share; true when it existed. */
  delete(id: string): Promise<boolean>;
  /** Bytes of all stored snapshots (expired ones too, until they are purged). */
  totalBytes(): Promise<number>;
  /** Removes shares expired at `now`; returns how many. */
  purgeExpired(now: number): Promise<number>;
  /** Resolves when the database answers a trivial query (the readiness check). */
  ping(): Promise<void>;
  close(): Promise<void>;
}
