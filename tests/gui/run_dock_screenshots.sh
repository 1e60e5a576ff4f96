#!/usr/bin/env bash
# Starts the real QGIS under Xvfb with the plugin from the build tree and runs dock_screenshots.py: the dock
# before and after Plan on the sample venue.
# Usage: run_dock_screenshots.sh PLUGIN_DIR [OUTPUT_DIR]   (PNGs and the plan's files go to OUTPUT_DIR)
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
out_dir=${2:-/tmp/eventsecurity_dock_screenshots}
mkdir -p "$out_dir"
out_dir=$(cd "$out_dir" && pwd)
export ES_CHECK_RESULT="$out_dir/dock_check.txt" ES_OUTPUT_DIR="$out_dir" \
       ES_SAMPLE_DIR="$here/../../data/montevideo"
rm -f "$ES_CHECK_RESULT" "$out_dir"/dock_*.png
status=0
"$here/qgis_with_plugin.sh" "$1" "$here/dock_screenshots.py" "$out_dir/qgis.log" "${ES_TIMEOUT:-360}" 1600x1000 \
  || status=$?
cat "$ES_CHECK_RESULT" 2>/dev/null || { echo "QGIS did not run the check (exit $status):"; tail -30 "$out_dir/qgis.log"; }
grep -qx OK "$ES_CHECK_RESULT" 2>/dev/null
