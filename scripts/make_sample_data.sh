#!/usr/bin/env bash
# Makes the shipped sample venue, data/montevideo/, from the OSM QA tiles of Montevideo
# (z12 vector tiles in the npm package @mapbox/mvt-fixtures 4.0.0; OSM data, ODbL 1.0):
#   venue.geojson      Plaza Independencia (OSM way 36001728, place=square) as a polygon
#   roads.geojson      every highway line within 1300 m of the square's centroid, clipped there
#                      (the vehicle approach search needs 1000 m around the venue)
#   buildings.geojson  buildings within 500 m of the square
#   open_areas.geojson, obstacle_polygons.geojson, obstacle_lines.geojson, obstacle_points.geojson
#                      open ground a vehicle can drive on off the street, and what stops it (off-road approach)
#   ATTRIBUTION.md, LICENSE-ODbL-1.0.md
# Idempotent: same tarball (checked by SHA-256), same bytes out.
#
# Usage: scripts/make_sample_data.sh [OUTPUT_DIR]
# The tarball is taken from $MVT_FIXTURES_TGZ if set, else from the cache
# (${XDG_CACHE_HOME:-~/.cache}/eventsecurity), where `npm pack` fetches it when missing.
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
out="${1:-$(dirname "$here")/data/montevideo}"
python=/usr/bin/python3

"$here/install_dependencies.sh" # GDAL and its Python bindings

mkdir -p "$out"
"$python" "$here/osm_qa_tiles.py" \
  ${MVT_FIXTURES_TGZ:+--fixtures-tgz "$MVT_FIXTURES_TGZ"} \
  --format geojson --out-dir "$out" \
  --roads-radius 1300 --buildings-radius 500 --open-ground \
  --licence-out "$out/LICENSE-ODbL-1.0.md"

cat >"$out/ATTRIBUTION.md" <<'EOF'
# Sample venue: Plaza Independencia, Montevideo

© OpenStreetMap contributors. This data is available under the Open Database
License (ODbL) 1.0, see LICENSE-ODbL-1.0.md and https://www.openstreetmap.org/copyright.

## Source

The OSM QA tiles of Montevideo (zoom 12, tiles 12-1407..1410-2471..2472) shipped
in the npm package `@mapbox/mvt-fixtures` 4.0.0, folder
`real-world/osm-qa-montevideo/` (the package's fixtures are ODbL 1.0; the
newest OSM edit in these tiles is dated 2017-12-04).

## How it was made

`scripts/make_sample_data.sh` (with `scripts/osm_qa_tiles.py`, GDAL's MVT driver):

- OSM ways cut at tile edges were joined back per OSM id (lines end to start,
  keeping the way's direction; polygons dissolved).
- `venue.geojson`: the polygon named "Plaza Independencia" with place=square
  (OSM way 36001728); fields `name`, `osm_id`.
- `roads.geojson`: every way with a highway tag except highway=proposed, clipped
  to 1300 m around the square's centroid; fields `osm_id` and the OSM tags
  `highway`, `name`, `oneway`, `lanes`, `width` (m), `maxspeed` (the raw OSM
  value, e.g. "45"; km/h unless it says "mph"), `access`, `motor_vehicle`,
  `bridge`, `tunnel`, `area` where present.
- `buildings.geojson`: buildings within 500 m of the square; fields `osm_id`,
  `building`, `name`, `levels` (building:levels).
- `open_areas.geojson`: ground a hostile vehicle can drive on off the street,
  clipped like the roads: polygons with place=square, highway=pedestrian (areas),
  area:highway=pedestrian|footway, leisure=park|pitch|common,
  landuse=recreation_ground|grass|village_green, amenity=parking|marketplace
  (not multi-storey or underground parking); fields `osm_id`, `kind` (the
  tag=value that made it open ground), `name`, `access`, `parking`.
- `obstacle_polygons.geojson`, `obstacle_lines.geojson`, `obstacle_points.geojson`:
  what stops a vehicle there (buildings are in buildings.geojson): fountains,
  memorials and monuments, water, walls (wall, city_wall, retaining_wall,
  jersey_barrier, guard_rail) and barrier nodes (bollard, block, planter);
  fields `osm_id`, `kind`, `name`, `barrier`, `bollard` (OSM: removable,
  rising, fixed...). Trees, fences, hedges, kerbs and gates are left out: they
  do not reliably stop a vehicle, and an obstacle that does not stop it would
  make the computed speeds too low.
- EPSG:4326, coordinates rounded to 7 decimals (about 1 cm, the tiles' own
  resolution: extent 2^20 units per z12 tile).

## Drawn by the project (not OpenStreetMap data)

- `event_area.geojson`: the crowd area of the demo's concert, a rectangle of
  about 4,160 m² (76 m x 55 m) inside Plaza Independencia, in front of a stage
  imagined at the square's east end (the stage itself is not drawn), from just
  east of the Mausoleo a José Gervasio Artigas to 16 m short of the square's
  east edge and 8 m in from its north and south edges, aligned with the square;
  drawn on the OSM square (venue.geojson), the rest of which is open ground in
  the demo; field `name`. It is not made by `scripts/make_sample_data.sh`.
EOF

echo "--- check (ogrinfo) ---"
for layer in venue roads buildings open_areas obstacle_polygons obstacle_lines obstacle_points; do
  file="$out/$layer.geojson"
  summary="$(/usr/bin/ogrinfo -ro -so -al "$file")"
  count="$(sed -n 's/^Feature Count: //p' <<<"$summary")"
  geometry="$(sed -n 's/^Geometry: //p' <<<"$summary")"
  printf '%-17s %6s features  %-18s %8s bytes\n' "$layer.geojson" "$count" "$geometry" "$(stat -c %s "$file")"
  [[ "$count" -gt 0 ]] || { echo "$file is empty" >&2; exit 1; }
done
# The venue must be one valid polygon (an invalid one would break every buffer around it).
valid="$(/usr/bin/ogrinfo -ro -q -dialect SQLite -sql 'SELECT ST_IsValid(geometry) AS ok, COUNT(*) AS n FROM venue' \
  "$out/venue.geojson" | sed -n 's/^ *ok (Integer) = //p')"
[[ "$valid" == 1 ]] || { echo "venue polygon is not valid" >&2; exit 1; }
echo "venue polygon valid: yes"
du -ch "$out"/*.geojson | tail -1 | sed 's/total/in all (GeoJSON)/'
