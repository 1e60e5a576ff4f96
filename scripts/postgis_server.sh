#!/usr/bin/env bash
# A throwaway PostgreSQL + PostGIS server for the PostGIS tests (tests/postgis): a new cluster in a new
# folder under /tmp, listening on 127.0.0.1 only (and a socket in that folder), on the first free port from
# 55432, trust authentication (only this machine can reach it), fsync off (its data is thrown away).
#
#   scripts/postgis_server.sh start STATE_FILE   start it, create the database "eventsecurity" with PostGIS,
#                                                write its folder, port and libpq connection to STATE_FILE
#   scripts/postgis_server.sh stop STATE_FILE    stop it and remove its folder; nothing to do is no error
#
# STATE_FILE lines: dir=FOLDER, port=PORT, conninfo=host=127.0.0.1 port=PORT dbname=eventsecurity user=postgres
# As root, initdb and pg_ctl run as the postgres user (PostgreSQL refuses to run as root).
# Needs Debian's postgresql-15-postgis-3 (scripts/install_dependencies.sh installs it).
set -euo pipefail
command=${1:-}
state=${2:-}
[[ ( "$command" == start || "$command" == stop ) && -n "$state" ]] \
  || { echo "usage: $0 start|stop STATE_FILE" >&2; exit 2; }

# Runs a PostgreSQL server program as the postgres user when we are root, else as ourselves.
as_server_user() {
  if [[ "$(id -u)" -eq 0 ]]; then
    runuser -u postgres -- "$@"
  else
    "$@"
  fi
}

state_value() {
  sed -n "s/^$1=//p" "$state" 2>/dev/null | head -1
}

stop_server() {
  local dir
  dir=$(state_value dir)
  if [[ -n "$dir" && -d "$dir/data" ]]; then
    as_server_user "$bin/pg_ctl" -D "$dir/data" -m fast -w -t 60 stop > /dev/null 2>&1 \
      || as_server_user "$bin/pg_ctl" -D "$dir/data" -m immediate -w -t 30 stop > /dev/null 2>&1 || true
  fi
  [[ -n "$dir" && "$dir" == /tmp/eventsecurity-postgis-* ]] && rm -rf "$dir"
  rm -f "$state"
}

bin=$(ls -d /usr/lib/postgresql/*/bin 2> /dev/null | sort -V | tail -1)
if [[ -z "$bin" || ! -x "$bin/initdb" ]]; then
  echo "postgis_server: PostgreSQL is not installed (run scripts/install_dependencies.sh)" >&2
  exit 1
fi

if [[ "$command" == stop ]]; then
  stop_server
  echo "postgis_server: stopped"
  exit 0
fi

# start: an earlier server left by a killed run is stopped first.
[[ -f "$state" ]] && stop_server
if ! ls /usr/share/postgresql/*/extension/postgis.control > /dev/null 2>&1; then
  echo "postgis_server: PostGIS is not installed (run scripts/install_dependencies.sh)" >&2
  exit 1
fi
dir=$(mktemp -d /tmp/eventsecurity-postgis-XXXXXX)
chmod 755 "$dir"
[[ "$(id -u)" -eq 0 ]] && chown postgres: "$dir"
mkdir -p "$(dirname "$state")"
printf 'dir=%s\n' "$dir" > "$state"
trap 'status=$?; if [[ $status -ne 0 ]]; then cat "$dir/server.log" 2> /dev/null | tail -20; stop_server; fi' EXIT

as_server_user "$bin/initdb" -D "$dir/data" -U postgres --auth=trust --encoding=UTF8 --no-locale > "$dir/initdb.log" 2>&1 \
  || { cat "$dir/initdb.log" >&2; exit 1; }
port=""
for candidate in $(seq 55432 55531); do
  # A port something already answers on is taken.
  (exec 3<> "/dev/tcp/127.0.0.1/$candidate") 2> /dev/null && continue
  if as_server_user "$bin/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -t 60 \
      -o "-c listen_addresses=127.0.0.1 -p $candidate -c unix_socket_directories=$dir -c fsync=off" start > /dev/null 2>&1; then
    port=$candidate
    break
  fi
done
[[ -n "$port" ]] || { echo "postgis_server: the server did not start on any port in 55432-55531" >&2; exit 1; }
conninfo="host=127.0.0.1 port=$port dbname=eventsecurity user=postgres"
printf 'port=%s\nconninfo=%s\n' "$port" "$conninfo" >> "$state"

psql="psql -X -q -v ON_ERROR_STOP=1 -h 127.0.0.1 -p $port -U postgres"
$psql -d postgres -c 'CREATE DATABASE eventsecurity'
$psql -d eventsecurity -c 'CREATE EXTENSION postgis'
echo "postgis_server: PostgreSQL $($psql -d eventsecurity -At -c 'SHOW server_version') with PostGIS" \
  "$($psql -d eventsecurity -At -c 'SELECT postgis_lib_version()') on 127.0.0.1:$port ($dir)"
