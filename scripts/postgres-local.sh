#!/usr/bin/env bash
# A throwaway PostgreSQL server for the store tests.
#
#   scripts/postgres-local.sh start DIR   initdb into DIR (an empty
#                                         directory), start the server on a
#                                         unix socket in DIR and a free
#                                         loopback port; print its DSN
#   scripts/postgres-local.sh stop DIR    stop it (DIR is then removable)
#
# The server binaries are Debian's (package postgresql): pg_config's bindir,
# else the newest /usr/lib/postgresql/*/bin. Run as root, the server runs as
# the postgres user, which owns DIR.
set -euo pipefail
cmd=${1:?start|stop}
dir=${2:?directory}

bin=${PG_BIN:-}
if [ -z "$bin" ]; then
  for b in $(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V -r); do
    [ -x "$b/initdb" ] && { bin=$b; break; }
  done
fi
if [ -z "$bin" ] || [ ! -x "$bin/initdb" ]; then
  echo "postgres-local: no PostgreSQL server binaries (apt-get install -y postgresql)" >&2
  exit 1
fi

as_owner() {
  if [ "$(id -u)" -eq 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}

case "$cmd" in
start)
  if [ "$(id -u)" -eq 0 ]; then chown postgres "$dir"; fi
  chmod 700 "$dir"
  port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
  as_owner "$bin/initdb" -D "$dir/data" -U postgres --auth=trust -E UTF8 --no-sync > "$dir/initdb.log" 2>&1 \
    || { cat "$dir/initdb.log" >&2; exit 1; }
  as_owner "$bin/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -t 30 \
    -o "-c listen_addresses=127.0.0.1 -p $port -k $dir -c fsync=off -c full_page_writes=off" start > /dev/null \
    || { cat "$dir/server.log" >&2; exit 1; }
  echo "postgres://postgres@127.0.0.1:$port/postgres?sslmode=disable"
  ;;
stop)
  if [ -d "$dir/data" ]; then
    as_owner "$bin/pg_ctl" -D "$dir/data" -m fast -w stop > /dev/null || true
  fi
  ;;
*)
  echo "postgres-local: unknown command $cmd (want start or stop)" >&2
  exit 2
  ;;
esac
