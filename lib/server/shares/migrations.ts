import "server-only";

/**
 * Schema versions, applied in order at start-up and recorded in `schema_migrations`. Never edit a
 * released entry: add the next version. Each dialect spells the same schema.
 */
export interface Migration {
  version: number;
  sqlite: string;
  postgres: string;
}

export const migrations: readonly Migration[] = [
  {
    version: 1,
    sqlite: `
      create table shares (
        id text primary key,
        kind text not null,
        snapshot text not null,
        team_only integer not null default 0,
        created_at integer not null,
        expires_at integer,
        delete_token_hash text not null
      );
      create index shares_expires_at on shares (expires_at) where expires_at is not null;
    `,
    postgres: `
      create table shares (
        id text primary key,
        kind text not null,
        snapshot text not null,
        team_only boolean not null default false,
        created_at bigint not null,
        expires_at bigint,
        delete_token_hash text not null
      );
      create index shares_expires_at on shares (expires_at) where expires_at is not null;
    `,
  },
  {
    // The size of each snapshot, for the storage cap (SHARE_STORAGE_MAX_BYTES). The index covers
    // sum(bytes), so the total is read from it without touching the snapshots.
    version: 2,
    sqlite: `
      alter table shares add column bytes integer not null default 0;
      update shares set bytes = length(cast(snapshot as blob));
      create index shares_bytes on shares (bytes);
    `,
    postgres: `
      alter table shares add column bytes bigint not null default 0;
      update shares set bytes = octet_length(snapshot);
      create index shares_bytes on shares (bytes);
    `,
  },
  {
    // Rate-limit counters shared by every app instance on the database (lib/server/rate-limit/
    // postgres-store.ts): one JSON value per key, ignored (and purged) once `until` has passed.
    // SQLite deployments are one instance and count in memory; the table is created alike.
    version: 3,
    sqlite: `
      create table limiter_entries (key text primary key, value text, until integer not null);
      create index limiter_entries_until on limiter_entries (until);
    `,
    postgres: `
      create table limiter_entries (key text primary key, value text, until bigint not null);
      create index limiter_entries_until on limiter_entries (until);
    `,
  },
  {
    // A video share's finished MP4, stored beside its snapshot (null for every other share). `bytes`
    // counts both from now on, so the storage cap covers videos too.
    version: 4,
    sqlite: "alter table shares add column media blob;",
    postgres: "alter table shares add column media bytea;",
  },
];
