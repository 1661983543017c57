import "server-only";
import pg from "pg";
import { migrations } from "./migrations";
import { COLUMNS, isExpired, recordBytes, type ShareRecord, type ShareStore } from "./store";

interface Row {
  id: string;
  kind: string;
  snapshot: string;
  team_only: boolean;
  created_at: string;
  expires_at: string | null;
  delete_token_hash: string;
}

// bigint columns arrive as strings (they may exceed 2^53); epoch milliseconds do not.
const fromRow = (row: Row): ShareRecord => ({
  id: row.id,
  kind: row.kind,
  snapshot: row.snapshot,
  teamOnly: row.team_only,
  createdAt: Number(row.created_at),
  expiresAt: row.expires_at === null ? null : Number(row.expires_at),
  deleteTokenHash: row.delete_token_hash,
});

/** Any fixed number: every app instance takes the same advisory lock while migrating. */
const MIGRATION_LOCK = 7_260_412_001;

async function migrate(pool: pg.Pool): Promise<void> {
  const client = await pool.connect();
  try {
    // Several instances may start at once: one migrates, the others wait, then find nothing to do.
    await client.query("select pg_advisory_lock($1)", [MIGRATION_LOCK]);
    await client.query(
      "create table if not exists schema_migrations (version integer primary key, applied_at bigint not null)",
    );
    const { rows } = await client.query<{ version: number }>("select version from schema_migrations");
    const applied = new Set(rows.map((r) => r.version));
    for (const m of migrations) {
      if (applied.has(m.version)) continue;
      await client.query("begin");
      try {
        await client.query(m.postgres);
        await client.query("insert into schema_migrations (version, applied_at) values ($1, $2)", [
          m.version,
          Date.now(),
        ]);
        await client.query("commit");
      } catch (err) {
        await client.query("rollback");
        throw err;
      }
    }
  } finally {
    await client.query("select pg_advisory_unlock($1)", [MIGRATION_LOCK]).catch(() => undefined);
    client.release();
  }
}

/** For deployments with several app instances. A commit is durable once acknowledged (fsync on). */
export async function openPostgresStore(url: string, poolSize = 10): Promise<ShareStore> {
  const pool = new pg.Pool({ connectionString: url, max: poolSize });
  // An idle client that loses its connection emits here; without a listener it would crash the process.
  pool.on("error", () => undefined);
  try {
    await migrate(pool);
  } catch (err) {
    await pool.end();
    throw err;
  }
  return {
    name: "postgres",
    async insert(r) {
      await pool.query(
        `insert into shares (id, kind, snapshot, team_only, created_at, expires_at, delete_token_hash, bytes, media)
         values ($1, $2, $3, $4, $5, $6, $7, $8, $9)`,
        [
          r.id,
          r.kind,
          r.snapshot,
          r.teamOnly,
          r.createdAt,
          r.expiresAt,
          r.deleteTokenHash,
          recordBytes(r),
          r.media ? Buffer.from(r.media.buffer, r.media.byteOffset, r.media.byteLength) : null,
        ],
      );
    },
    async get(id, now) {
      const { rows } = await pool.query<Row>(`select ${COLUMNS} from shares where id = $1`, [id]);
      const row = rows[0];
      if (!row) return undefined;
      const record = fromRow(row);
      return isExpired(record.expiresAt, now) ? undefined : record;
    },
    async getMedia(id, now) {
      const { rows } = await pool.query<{ size: number; expires_at: string | null }>(
        "select octet_length(media) as size, expires_at from shares where id = $1 and media is not null",
        [id],
      );
      const row = rows[0];
      if (!row || isExpired(row.expires_at === null ? null : Number(row.expires_at), now)) return;
      return {
        size: Number(row.size),
        async read(start, end) {
          // substring() on bytea counts bytes, from 1.
          const part = await pool.query<{ part: Buffer | null }>(
            "select substring(media from $2 for $3) as part from shares where id = $1",
            [id, start + 1, end - start + 1],
          );
          return new Uint8Array(part.rows[0]?.part ?? []);
        },
      };
    },
    async delete(id) {
      const result = await pool.query("delete from shares where id = $1", [id]);
      return (result.rowCount ?? 0) > 0;
    },
    async totalBytes() {
      const { rows } = await pool.query<{ n: string }>("select coalesce(sum(bytes), 0) as n from shares");
      return Number(rows[0]?.n ?? 0);
    },
    async purgeExpired(now) {
      const result = await pool.query(
        "delete from shares where expires_at is not null and expires_at <= $1",
        [now],
      );
      return result.rowCount ?? 0;
    },
    async ping() {
      await pool.query("select 1");
    },
    async close() {
      await pool.end();
    },
  };
}
