#!/usr/bin/env bash
# The README's first command: installs what is missing, builds into build/, and makes the demo security
# layout of the shipped sample venue (Plaza Independencia, Montevideo; data/montevideo, OSM data, ODbL)
# with the headless runner: one run of eventsecurity:securitylayout (standoff zones, hostile vehicle
# approach and perimeter design) writing out/demo/security_layout.gpkg (styled layers: open it in QGIS),
# out/demo/security_layout.pdf (A3 print layout) and out/demo/security_layout.html (the report).
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
"$root/scripts/build.sh"

runner="$root/build/plugin/eventsecurity_process"
data="$root/data/montevideo"
out="$root/out/demo"
mkdir -p "$out"
export QT_QPA_PLATFORM=offscreen

echo "== Event Security Planner demo: Plaza Independencia, Montevideo (© OpenStreetMap contributors, ODbL) =="
echo "   10,000 people, vehicles kept 30 m out (the chart asks 98 m for a sedan bomb: see the report),"
echo "   sedan bomb, 7.5 t truck"
"$runner" run eventsecurity:securitylayout --VENUE="$data/venue.geojson" --NETWORK="$data/roads.geojson" \
  --BUILDINGS="$data/buildings.geojson" --EVENT_NAME="Plaza Independencia open-air concert" \
  --ATTENDANCE=10000 --STANDOFF_M=30 --THREAT=3 --VEHICLE=4 \
  --OUTPUT_GPKG="$out/security_layout.gpkg" --OUTPUT_PDF="$out/security_layout.pdf" \
  --OUTPUT_REPORT="$out/security_layout.html"

echo "== Done: $out/security_layout.pdf, $out/security_layout.gpkg, $out/security_layout.html"
