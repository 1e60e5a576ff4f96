#!/usr/bin/env bash
# Starts the real QGIS under Xvfb with the plugin from a build tree and runs reliability_check.py: the dock and a
# toolbox run of the security layout while the project changes under them (issue 14). The input is a dense
# synthetic street grid (benchmarks/tool_generate_grid, ES_GRID_EDGES edges, default 124,500), written once as
# GeoJSON into OUTPUT_DIR/grid: a plan then reads for seconds, so "while reading" is a real moment.
# A plugin built with AddressSanitizer runs with the ASan runtime preloaded into QGIS (see qgis_with_plugin.sh).
# Usage: run_reliability_check.sh PLUGIN_DIR GRID_TOOL OUTPUT_DIR [SCENARIOS]   (SCENARIOS: see reliability_check.py)
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
plugin_dir=$1
grid_tool=$2
out_dir=$3
mkdir -p "$out_dir"
out_dir=$(cd "$out_dir" && pwd)
edges=${ES_GRID_EDGES:-124500}
grid="$out_dir/grid_$edges"
if [ ! -s "$grid/roads.geojson" ]; then
  mkdir -p "$grid"
  "$grid_tool" --edges "$edges" --out "$grid/grid.gpkg" > "$grid/generate.log" 2>&1
  # GeoJSON has no spatial index: every read scans the file, as with many a user's data.
  ogr2ogr -f GeoJSON "$grid/roads.geojson" "$grid/grid.gpkg" roads
  ogr2ogr -f GeoJSON "$grid/venue.geojson" "$grid/grid.gpkg" venue
fi
run="$out_dir/run"
rm -rf "$run"
mkdir -p "$run"
export ES_TEST_DIR="$here" ES_GRID_DIR="$grid" ES_SAMPLE_DIR="$here/../../data/montevideo" ES_OUTPUT_DIR="$run" \
       ES_CHECK_RESULT="$run/result.txt" ES_SCENARIOS="${4:-${ES_SCENARIOS:-all}}"
status=0
start=$(date +%s)
"$here/qgis_with_plugin.sh" "$plugin_dir" "$here/reliability_check.py" "$run/qgis.log" "${ES_TIMEOUT:-3000}" 1600x1000 \
  || status=$?
echo "QGIS exited with status $status after $(($(date +%s) - start)) s"
cat "$ES_CHECK_RESULT" 2>/dev/null || echo "QGIS did not run the check"
"$here/qgis_crash_report.sh" "$run/qgis.log"
if ! tail -1 "$ES_CHECK_RESULT" 2>/dev/null | grep -qx OK; then
  last=$(grep '^START ' "$ES_CHECK_RESULT" 2>/dev/null | tail -1 || true)
  [ -n "$last" ] && ! grep -q "^\(PASS\|FAIL\) ${last#START }" "$ES_CHECK_RESULT" && echo "QGIS ended during: ${last#START }"
  tail -15 "$run/qgis.log"
  exit 1
fi
[ "$status" -eq 0 ] || { echo "QGIS did not exit cleanly"; tail -15 "$run/qgis.log"; exit 1; }
