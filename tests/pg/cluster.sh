#!/usr/bin/env bash
# A throwaway PostgreSQL server for the tests (issue 24, docs/scale-out.md).
#
#   tests/pg/cluster.sh start DIR   initdb in DIR/data, start it listening on a
#                                   Unix socket in DIR only (no TCP port), create
#                                   database ogpx_test (with the unaccent
#                                   extension); prints the connection
#                                   string (postgresql:///ogpx_test?host=DIR&user=postgres)
#   tests/pg/cluster.sh stop DIR    stop it and delete DIR
#
# PostgreSQL refuses to run as root: as root the server runs as the `postgres`
# user (created by Debian's postgresql package) and DIR is handed to it; as
# another user it runs as that user. Needs Debian's postgresql (initdb and
# pg_ctl in /usr/lib/postgresql/*/bin).
set -euo pipefail
cmd=${1:?usage: cluster.sh start|stop DIR}
dir=${2:?usage: cluster.sh start|stop DIR}
bin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1)
[ -x "$bin/initdb" ] || { echo "cluster.sh: no PostgreSQL server (apt-get install postgresql)" >&2; exit 1; }
as_owner() {
  if [ "$(id -u)" -eq 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}
case "$cmd" in
start)
  mkdir -p "$dir"
  dir=$(cd "$dir" && pwd)
  user=$(id -un)
  if [ "$(id -u)" -eq 0 ]; then chown postgres: "$dir"; user=postgres; fi
  as_owner "$bin/initdb" -D "$dir/data" -U "$user" -A trust -E UTF8 --locale=C.UTF-8 >"$dir/initdb.log" 2>&1 \
    || { cat "$dir/initdb.log" >&2; exit 1; }
  # Unix socket in DIR only; fsync off: a test server, thrown away.
  as_owner "$bin/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -t 60 \
    -o "-c listen_addresses='' -c unix_socket_directories='$dir' -c fsync=off -c max_connections=200" start >/dev/null \
    || { cat "$dir/server.log" >&2; exit 1; }
  as_owner "$bin/psql" -q -h "$dir" -U "$user" -d postgres -c "CREATE DATABASE ogpx_test" >/dev/null
  # Once per database (docs/schema.md, "Backends"), so that parallel tests
  # never race to create it.
  as_owner "$bin/psql" -q -h "$dir" -U "$user" -d ogpx_test -c "CREATE EXTENSION unaccent" >/dev/null
  echo "postgresql:///ogpx_test?host=$dir&user=$user"
  ;;
stop)
  [ -d "$dir/data" ] && as_owner "$bin/pg_ctl" -D "$dir/data" -m fast -w stop >/dev/null 2>&1 || true
  rm -rf "$dir"
  ;;
*) echo "usage: cluster.sh start|stop DIR" >&2; exit 2 ;;
esac
