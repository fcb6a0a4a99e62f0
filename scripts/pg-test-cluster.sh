#!/usr/bin/env bash
# Starts or stops a throw-away PostgreSQL 15 cluster for the test suites.
#
#   eval "$(scripts/pg-test-cluster.sh start)"   # sets and exports
#                                                # GONGKAI_TEST_PG_URL, GONGKAI_TEST_PG_DIR
#   scripts/pg-test-cluster.sh stop [DIR]        # idempotent
#
# The cluster lives in a fresh directory under /tmp, listens on 127.0.0.1 only
# (port 54329 or the next free one), trusts local connections, runs with
# fsync=off, and holds an empty database gongkai_test owned by role gongkai.
# It runs as the `postgres` user when started by root (initdb refuses root).
# `stop` finds the cluster through DIR, else GONGKAI_TEST_PG_DIR, else the
# last cluster this machine started (recorded in $STATE_FILE).
set -euo pipefail
cd /  # the postgres user may not be able to enter the caller's directory

PG_BIN=${PG_BIN:-/usr/lib/postgresql/15/bin}
STATE_FILE=${GONGKAI_PG_STATE_FILE:-/tmp/gongkai-pg-test-cluster.last}
FIRST_PORT=54329
PORT_ATTEMPTS=40

log() { echo "pg-test-cluster: $*" >&2; }

# Runs a command as the cluster's owner.
as_owner() {
  if [ "$(id -u)" -eq 0 ]; then
    runuser -u postgres -- "$@"
  else
    "$@"
  fi
}

port_in_use() {
  (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null
}

start() {
  [ -x "$PG_BIN/initdb" ] || { log "no PostgreSQL 15 server in $PG_BIN (apt-get install postgresql-15)"; exit 1; }
  local dir
  dir=$(mktemp -d /tmp/gongkai-pg.XXXXXX)
  chmod 700 "$dir"
  if [ "$(id -u)" -eq 0 ]; then chown postgres:postgres "$dir"; fi

  if ! as_owner "$PG_BIN/initdb" -D "$dir/data" -U postgres -A trust -E UTF8 --no-locale >"$dir/initdb.log" 2>&1; then
    log "initdb failed:"; cat "$dir/initdb.log" >&2; rm -rf "$dir"; exit 1
  fi

  local port=$FIRST_PORT started=no
  for _ in $(seq 1 "$PORT_ATTEMPTS"); do
    if ! port_in_use "$port"; then
      if as_owner "$PG_BIN/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -t 60 \
          -o "-c listen_addresses=127.0.0.1 -p $port -k $dir -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=100" \
          start >/dev/null 2>&1; then
        started=yes; break
      fi
      # Another process may have taken the port meanwhile: try the next one.
      as_owner "$PG_BIN/pg_ctl" -D "$dir/data" -m immediate stop >/dev/null 2>&1 || true
    fi
    port=$((port + 1))
  done
  if [ "$started" != yes ]; then
    log "could not start PostgreSQL:"; tail -n 20 "$dir/server.log" >&2 || true; rm -rf "$dir"; exit 1
  fi
  echo "$port" >"$dir/port"

  if ! as_owner "$PG_BIN/psql" -X -q -v ON_ERROR_STOP=1 -h 127.0.0.1 -p "$port" -U postgres -d postgres \
      -c "CREATE ROLE gongkai LOGIN CREATEDB" \
      -c "CREATE DATABASE gongkai_test OWNER gongkai ENCODING 'UTF8' TEMPLATE template0" >/dev/null; then
    log "could not create role gongkai and database gongkai_test"; stop "$dir"; exit 1
  fi

  echo "$dir" >"$STATE_FILE"
  echo "GONGKAI_TEST_PG_URL=postgresql://gongkai@127.0.0.1:$port/gongkai_test"
  echo "GONGKAI_TEST_PG_DIR=$dir"
  echo "export GONGKAI_TEST_PG_URL GONGKAI_TEST_PG_DIR"
}

stop() {
  local dir=${1:-${GONGKAI_TEST_PG_DIR:-}}
  if [ -z "$dir" ] && [ -f "$STATE_FILE" ]; then dir=$(cat "$STATE_FILE"); fi
  [ -n "$dir" ] || return 0
  case "$dir" in
    /tmp/gongkai-pg.*) ;;
    *) log "refusing to remove $dir: not a test cluster directory"; exit 1 ;;
  esac
  [ -d "$dir" ] || { clear_state "$dir"; return 0; }
  if [ -f "$dir/data/postmaster.pid" ]; then
    as_owner "$PG_BIN/pg_ctl" -D "$dir/data" -m immediate -w stop >/dev/null 2>&1 || true
  fi
  rm -rf "$dir"
  clear_state "$dir"
}

# Forgets the recorded cluster if it is `dir`.
clear_state() {
  if [ -f "$STATE_FILE" ] && [ "$(cat "$STATE_FILE")" = "$1" ]; then rm -f "$STATE_FILE"; fi
}

case "${1:-}" in
  start) start ;;
  stop) stop "${2:-}" ;;
  *) echo "usage: $0 start|stop [DIR]" >&2; exit 2 ;;
esac
