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
];
