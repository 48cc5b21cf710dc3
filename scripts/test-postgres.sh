# Sourced by dev.sh: starts a throw-away PostgreSQL server for the tests on a free port of
# 127.0.0.1, exports SHOWROOM_TEST_POSTGRES_URL, and stops it when the shell exits.

start_test_postgres() {
  local bin
  bin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)
  if [ -z "$bin" ]; then
    echo "PostgreSQL is not installed (apt-get install postgresql postgresql-contrib)." >&2
    exit 1
  fi
  PG_TEST_DIR=$(mktemp -d /tmp/showroom-pg.XXXXXX)
  local as=()
  if [ "$(id -u)" -eq 0 ]; then
    chown postgres: "$PG_TEST_DIR"
    as=(runuser -u postgres --)
  fi
  PG_TEST_AS=("${as[@]}")
  PG_TEST_BIN=$bin
  local port
  port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
  "${as[@]}" "$bin/initdb" -D "$PG_TEST_DIR/data" -A trust -U postgres --no-sync -E UTF8 \
    >"$PG_TEST_DIR/initdb.log" 2>&1 || { cat "$PG_TEST_DIR/initdb.log" >&2; exit 1; }
  "${as[@]}" "$bin/pg_ctl" -D "$PG_TEST_DIR/data" -l "$PG_TEST_DIR/server.log" -w -t 60 \
    -o "-p $port -k $PG_TEST_DIR -c listen_addresses=127.0.0.1 -c fsync=off -c max_connections=200" \
    start >/dev/null || { cat "$PG_TEST_DIR/server.log" >&2; exit 1; }
  trap stop_test_postgres EXIT
  export SHOWROOM_TEST_POSTGRES_URL="postgresql+psycopg://postgres@127.0.0.1:$port/postgres"
  echo "Started a test PostgreSQL ($("$bin/postgres" --version)) on 127.0.0.1:$port"
}

stop_test_postgres() {
  if [ -n "${PG_TEST_DIR:-}" ] && [ -d "$PG_TEST_DIR/data" ]; then
    "${PG_TEST_AS[@]}" "$PG_TEST_BIN/pg_ctl" -D "$PG_TEST_DIR/data" -m fast -w stop >/dev/null 2>&1 || true
    rm -rf "$PG_TEST_DIR"
  fi
}
