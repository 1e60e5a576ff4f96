#!/usr/bin/env bash
# The README's first command: installs what is missing, builds into build/, and makes the demo security
# layout of the shipped sample venue (Plaza Independencia, Montevideo; data/montevideo, OSM data, ODbL)
# with the headless runner: one run of eventsecurity:securitylayout (standoff zones, hostile vehicle
# approach over the streets and open ground, and perimeter design) writing out/demo/security_layout.gpkg
# (styled layers: open it in QGIS), out/demo/security_layout.pdf (A3 print layout) and
# out/demo/security_layout.html (the report).
#
# The concert's crowd stands in front of a stage at the square's east end (data/montevideo/event_area.geojson,
# drawn by the project on the OSM square); the rest of the square is open ground a hostile vehicle can cross, so
# the square (venue.geojson) joins the sample's other open areas (squares, parks, lawns, car parks) in one layer,
# out/demo/open_ground.gpkg (ogr2ogr, GDAL's command line tool, which install_dependencies.sh installs).
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
"$root/scripts/build.sh"

runner="$root/build/plugin/eventsecurity_process"
data="$root/data/montevideo"
out="$root/out/demo"
mkdir -p "$out"
export QT_QPA_PLATFORM=offscreen

echo "== Event Security Planner demo: Plaza Independencia, Montevideo (© OpenStreetMap contributors, ODbL) =="
echo "   8,000 people in front of a stage at the square's east end; the rest of the square, the parks and the"
echo "   pedestrian areas are open ground a vehicle can cross; buildings, walls, fountains and bollards stop it;"
echo "   vehicles kept 30 m out (the chart asks 98 m for a sedan bomb: see the report), sedan bomb, 7.5 t truck"
rm -f "$out/open_ground.gpkg"
ogr2ogr -f GPKG "$out/open_ground.gpkg" "$data/open_areas.geojson" -nln open_ground
ogr2ogr -append -addfields "$out/open_ground.gpkg" "$data/venue.geojson" -nln open_ground
"$runner" run eventsecurity:securitylayout --VENUE="$data/event_area.geojson" --NETWORK="$data/roads.geojson" \
  --BUILDINGS="$data/buildings.geojson" --OPEN_AREAS="$out/open_ground.gpkg" \
  --OBSTACLES="$data/buildings.geojson" --OBSTACLES="$data/obstacle_polygons.geojson" \
  --OBSTACLES="$data/obstacle_lines.geojson" --OBSTACLES="$data/obstacle_points.geojson" \
  --EVENT_NAME="Plaza Independencia open-air concert" \
  --ATTENDANCE=8000 --STANDOFF_M=30 --THREAT=3 --VEHICLE=4 \
  --OUTPUT_GPKG="$out/security_layout.gpkg" --OUTPUT_PDF="$out/security_layout.pdf" \
  --OUTPUT_REPORT="$out/security_layout.html"

echo "== Done: $out/security_layout.pdf, $out/security_layout.gpkg, $out/security_layout.html"
