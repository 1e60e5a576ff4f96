#!/usr/bin/env bash
# The PostGIS suite's CTest fixture (tests/postgis/CMakeLists.txt).
#   start STATE_FILE  a throwaway PostgreSQL + PostGIS server (scripts/postgis_server.sh) with the Montevideo
#                     sample loaded by ogr2ogr: tables public.venue, public.roads, public.buildings from
#                     data/montevideo/*.geojson, EPSG:4326, geometry column "geom", key "ogc_fid"
#   stop STATE_FILE   the server stopped and its folder removed (CTest runs it even when a test failed)
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
command=${1:-}
state=${2:-}
[[ ( "$command" == start || "$command" == stop ) && -n "$state" ]] \
  || { echo "usage: $0 start|stop STATE_FILE" >&2; exit 2; }
if [[ "$command" == stop ]]; then
  exec "$root/scripts/postgis_server.sh" stop "$state"
fi

"$root/scripts/postgis_server.sh" start "$state"
trap '[[ $? -eq 0 ]] || "$root/scripts/postgis_server.sh" stop "$state"' EXIT
conninfo=$(sed -n 's/^conninfo=//p' "$state")
for layer in venue roads buildings; do
  ogr2ogr -f PostgreSQL "PG:$conninfo" "$root/data/montevideo/$layer.geojson" -nln "$layer" \
    -lco GEOMETRY_NAME=geom -lco SPATIAL_INDEX=GIST
  echo "postgis_fixture: $layer: $(psql -X -At -h 127.0.0.1 -p "$(sed -n 's/^port=//p' "$state")" -U postgres \
    -d eventsecurity -c "SELECT count(*) FROM public.$layer") features"
done
