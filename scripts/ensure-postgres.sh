#!/usr/bin/env bash
# Starts a throwaway PostgreSQL server for the share-store contract tests and prints its URL on stdout
# (everything else goes to stderr), so that callers can do:
#   export TEST_DATABASE_URL="$(bash scripts/ensure-postgres.sh)"
# Installs the Debian package when it is missing (root only). Idempotent: a server this script started
# earlier on the same port is reused. Settings: PG_TEST_PORT (55432), PG_TEST_DIR (/tmp/apigo-pg-test).
set -euo pipefail

if [ -n "${TEST_DATABASE_URL:-}" ]; then
  echo "$TEST_DATABASE_URL"
  exit 0
fi

PORT="${PG_TEST_PORT:-55432}"
DIR="${PG_TEST_DIR:-/tmp/apigo-pg-test}"
DB=apigo_shares_test
USER_NAME=apigo
PASSWORD=apigo-test

find_bin() {
  ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1
}

BIN="$(find_bin)"
if [ -z "$BIN" ] || [ ! -x "$BIN/postgres" ]; then
  if [ "$(id -u)" -ne 0 ]; then
    echo "PostgreSQL is missing: run 'sudo apt-get install -y postgresql' and try again." >&2
    exit 1
  fi
  echo "Installing PostgreSQL (Debian package)…" >&2
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq >&2
  apt-get install -y -qq --no-install-recommends postgresql >&2
  BIN="$(find_bin)"
fi

# initdb and postgres refuse to run as root: run them as the package's postgres user.
as_pg() {
  if [ "$(id -u)" -eq 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}

mkdir -p "$DIR"
if [ "$(id -u)" -eq 0 ]; then chown postgres:postgres "$DIR"; fi

if [ ! -f "$DIR/data/PG_VERSION" ]; then
  as_pg "$BIN/initdb" -D "$DIR/data" -U postgres --auth=trust -E UTF8 >&2
fi

if ! as_pg "$BIN/pg_ctl" -D "$DIR/data" status >/dev/null 2>&1; then
  as_pg "$BIN/pg_ctl" -D "$DIR/data" -l "$DIR/server.log" -w -t 60 \
    -o "-p $PORT -k $DIR -c listen_addresses=127.0.0.1 -c fsync=on" start >&2
fi

psql_admin() {
  as_pg "$BIN/psql" -h "$DIR" -p "$PORT" -U postgres -v ON_ERROR_STOP=1 -qtA "$@"
}

if [ "$(psql_admin -c "select 1 from pg_roles where rolname = '$USER_NAME'")" != "1" ]; then
  psql_admin -c "create role $USER_NAME login password '$PASSWORD'" >&2
fi
if [ "$(psql_admin -c "select 1 from pg_database where datname = '$DB'")" != "1" ]; then
  psql_admin -c "create database $DB owner $USER_NAME" >&2
fi

echo "postgres://$USER_NAME:$PASSWORD@127.0.0.1:$PORT/$DB"
