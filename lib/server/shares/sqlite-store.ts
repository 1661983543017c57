import "server-only";
import { mkdirSync } from "node:fs";
import path from "node:path";
import Database from "better-sqlite3";
import { migrations } from "./migrations";
import { COLUMNS, isExpired, recordBytes, type ShareRecord, type ShareStore } from "./store";

interface Row {
  id: string;
  kind: string;
  snapshot: string;
  team_only: number;
  created_at: number;
  expires_at: number | null;
  delete_token_hash: string;
}

const fromRow = (row: Row): ShareRecord => ({
  id: row.id,
  kind: row.kind,
  snapshot: row.snapshot,
  teamOnly: row.team_only === 1,
  createdAt: row.created_at,
  expiresAt: row.expires_at,
  deleteTokenHash: row.delete_token_hash,
});

function migrate(db: Database.Database): void {
  db.exec(
    "create table if not exists schema_migrations (version integer primary key, applied_at integer not null)",
  );
  const applied = new Set(
    (db.prepare("select version from schema_migrations").all() as { version: number }[]).map(
      (r) => r.version,
    ),
  );
  for (const m of migrations) {
    if (applied.has(m.version)) continue;
    // One transaction per version: a crash mid-migration leaves the previous version intact.
    db.transaction(() => {
      db.exec(m.sqlite);
      db.prepare("insert into schema_migrations (version, applied_at) values (?, ?)").run(
        m.version,
        Date.now(),
      );
    }).immediate();
  }
}

/** The embedded default: one file, no server to run. */
export function openSqliteStore(file: string): ShareStore {
  if (file !== ":memory:") mkdirSync(path.dirname(file), { recursive: true });
  const db = new Database(file);
  // WAL lets readers run beside the writer; synchronous=FULL syncs the WAL on every commit, so a
  // crash (even of the machine) loses no write that was acknowledged.
  db.pragma("journal_mode = WAL");
  db.pragma("synchronous = FULL");
  db.pragma("busy_timeout = 5000");
  migrate(db);

  const insert = db.prepare(
    `insert into shares (id, kind, snapshot, team_only, created_at, expires_at, delete_token_hash, bytes, media)
     values (@id, @kind, @snapshot, @team_only, @created_at, @expires_at, @delete_token_hash, @bytes, @media)`,
  );
  const select = db.prepare(`select ${COLUMNS} from shares where id = ?`);
  const selectMediaSize = db.prepare(
    "select length(media) as size, expires_at from shares where id = ? and media is not null",
  );
  // substr() on a BLOB counts bytes, from 1.
  const selectMediaPart = db.prepare("select substr(media, ?, ?) as part from shares where id = ?");
  const remove = db.prepare("delete from shares where id = ?");
  const total = db.prepare("select coalesce(sum(bytes), 0) as n from shares");
  const purge = db.prepare("delete from shares where expires_at is not null and expires_at <= ?");

  const insertOne = (r: ShareRecord) =>
    insert.run({
      id: r.id,
      kind: r.kind,
      snapshot: r.snapshot,
      team_only: r.teamOnly ? 1 : 0,
      created_at: r.createdAt,
      expires_at: r.expiresAt,
      delete_token_hash: r.deleteTokenHash,
      bytes: recordBytes(r),
      media: r.media ? Buffer.from(r.media.buffer, r.media.byteOffset, r.media.byteLength) : null,
    });
  const insertMany = db.transaction((records: ShareRecord[]) => {
    for (const r of records) insertOne(r);
  });

  // Group commit: inserts that arrive in the same turn of the event loop share one transaction, so
  // one WAL sync acknowledges them all. Each promise settles only after that commit.
  let queue: { record: ShareRecord; resolve: () => void; reject: (err: unknown) => void }[] = [];
  function flush() {
    const batch = queue;
    queue = [];
    try {
      insertMany(batch.map((p) => p.record));
      for (const p of batch) p.resolve();
    } catch {
      // One bad row (a duplicate id) must not fail the others: retry them one by one.
      for (const p of batch) {
        try {
          insertOne(p.record);
          p.resolve();
        } catch (err) {
          p.reject(err);
        }
      }
    }
  }

  return {
    name: "sqlite",
    insert(r) {
      return new Promise<void>((resolve, reject) => {
        if (queue.length === 0) setImmediate(flush);
        queue.push({ record: r, resolve, reject });
      });
    },
    async get(id, now) {
      const row = select.get(id) as Row | undefined;
      if (!row) return undefined;
      return isExpired(row.expires_at, now) ? undefined : fromRow(row);
    },
    async getMedia(id, now) {
      const row = selectMediaSize.get(id) as { size: number; expires_at: number | null } | undefined;
      if (!row || isExpired(row.expires_at, now)) return undefined;
      return {
        size: row.size,
        async read(start, end) {
          const part = selectMediaPart.get(start + 1, end - start + 1, id) as
            | { part: Buffer | null }
            | undefined;
          return new Uint8Array(part?.part ?? []);
        },
      };
    },
    async delete(id) {
      return remove.run(id).changes > 0;
    },
    async totalBytes() {
      return (total.get() as { n: number }).n;
    },
    async purgeExpired(now) {
      return purge.run(now).changes;
    },
    async ping() {
      db.prepare("select 1").get();
    },
    async close() {
      db.close();
    },
  };
}
