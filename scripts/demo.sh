#!/usr/bin/env bash
# The README's first command: installs what is missing, builds into build/, and runs the demo on the
# shipped sample venue (Plaza Independencia, Montevideo; data/montevideo) with the headless runner.
# Results go to out/demo/ (GeoPackages; open them in QGIS).
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
"$root/scripts/build.sh"

runner="$root/build/plugin/eventsecurity_process"
data="$root/data/montevideo"
out="$root/out/demo"
mkdir -p "$out"
export QT_QPA_PLATFORM=offscreen

has_algorithm() { "$runner" list 2>/dev/null | grep -q "$1"; }

echo "== Event Security Planner demo: Plaza Independencia, Montevideo (OSM data, ODbL) =="

if has_algorithm "eventsecurity:standoffzones"; then
  echo "-- Standoff zones: sedan bomb (227 kg TNT), NCTC stand-off chart"
  "$runner" run eventsecurity:standoffzones --INPUT="$data/venue.geojson" --THREAT=3 --METHOD=0 \
    --ROADS="$data/roads.geojson" --BUILDINGS="$data/buildings.geojson" \
    --OUTPUT="$out/standoff_zones.gpkg" --OUTPUT_ROADS="$out/road_closures.gpkg" \
    --OUTPUT_BUILDINGS="$out/exposed_buildings.gpkg"
  echo "-- Standoff zones: same charge, Kingery-Bulmash overpressure rings"
  "$runner" run eventsecurity:standoffzones --INPUT="$data/venue.geojson" --THREAT=3 --METHOD=1 \
    --OUTPUT="$out/overpressure_rings.gpkg"
fi

if has_algorithm "eventsecurity:vehicleapproach"; then
  echo "-- Hostile vehicle approach: 7.5 t truck on the real street network"
  "$runner" run eventsecurity:vehicleapproach --NETWORK="$data/roads.geojson" \
    --PROTECTED_AREA="$data/venue.geojson" --VEHICLE=4 \
    --OUTPUT_POINTS="$out/impact_points.gpkg" --OUTPUT_ROUTES="$out/critical_routes.gpkg" \
    --OUTPUT_NETWORK="$out/approach_speeds.gpkg"
fi

if has_algorithm "eventsecurity:perimeterdesign"; then
  echo "-- Perimeter design: 10,000 people, vehicles kept 30 m out (the chart asks 98 m for a sedan bomb: see the report)"
  "$runner" run eventsecurity:perimeterdesign --EVENT_AREA="$data/venue.geojson" --NETWORK="$data/roads.geojson" \
    --ATTENDANCE=10000 --STANDOFF_M=30 --THREAT=3 --VEHICLE=4 \
    --OUTPUT_PERIMETER="$out/perimeter.gpkg" --OUTPUT_CROSSINGS="$out/perimeter_crossings.gpkg" \
    --OUTPUT_BARRIERS="$out/perimeter_barriers.gpkg" --OUTPUT_ENTRIES="$out/perimeter_entries.gpkg" \
    --OUTPUT_REPORT="$out/perimeter_report.html"
fi

echo "== Done: results in $out"
ls -1 "$out"
