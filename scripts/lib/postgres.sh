# Starts a throwaway PostgreSQL server for the tests (sourced by scripts/test).
#
# Installs Debian's `postgresql` package when it is missing, creates a cluster in a temp
# directory owned by the `postgres` user (initdb refuses to run as root), starts it on a free
# loopback port with its socket in that directory, and exports GATEHOUSE_TEST_POSTGRES_URL.
# Sets PG_BINDIR and PG_PORT for callers that need more databases (`createdb`).
# `stop_postgres` (registered by the caller in an EXIT trap) stops it and removes the data.

pg_bindir() {
  local dir
  for dir in /usr/lib/postgresql/*/bin; do
    [ -x "$dir/initdb" ] && { echo "$dir"; return 0; }
  done
  return 1
}

start_postgres() {
  local bindir
  if ! bindir=$(pg_bindir); then
    echo "==> installing PostgreSQL (Debian package)"
    apt_install postgresql
    bindir=$(pg_bindir) || { echo "PostgreSQL binaries not found after install" >&2; return 1; }
  fi
  PG_DIR=$(mktemp -d /tmp/gatehouse-pg.XXXXXX)
  chmod 755 "$PG_DIR"
  local port
  port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')
  local as_pg=()
  if [ "$(id -u)" = 0 ]; then
    chown postgres:postgres "$PG_DIR"
    as_pg=(runuser -u postgres --)
  fi
  "${as_pg[@]}" "$bindir/initdb" -D "$PG_DIR/data" -U postgres --auth=trust -E UTF8 >"$PG_DIR/initdb.log" 2>&1 \
    || { cat "$PG_DIR/initdb.log" >&2; return 1; }
  "${as_pg[@]}" "$bindir/pg_ctl" -D "$PG_DIR/data" -l "$PG_DIR/server.log" -w -t 60 \
    -o "-p $port -k $PG_DIR -c listen_addresses=127.0.0.1 -c max_connections=300 -c fsync=off" start >/dev/null \
    || { cat "$PG_DIR/server.log" >&2; return 1; }
  PG_BINDIR=$bindir
  PG_PORT=$port
  "$bindir/createdb" -h 127.0.0.1 -p "$port" -U postgres gatehouse_test
  export GATEHOUSE_TEST_POSTGRES_URL="postgres://postgres@127.0.0.1:$port/gatehouse_test"
  echo "==> PostgreSQL running at $GATEHOUSE_TEST_POSTGRES_URL"
}

stop_postgres() {
  [ -n "${PG_DIR:-}" ] && [ -d "$PG_DIR/data" ] || return 0
  local as_pg=()
  [ "$(id -u)" = 0 ] && as_pg=(runuser -u postgres --)
  "${as_pg[@]}" "$PG_BINDIR/pg_ctl" -D "$PG_DIR/data" -m fast -w stop >/dev/null 2>&1 || true
  rm -rf "$PG_DIR"
}
