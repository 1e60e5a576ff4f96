#!/usr/bin/env bash
# Starts the real QGIS under Xvfb with the plugin from the build tree and runs qgis_load_check.py.
# Usage: run_qgis_check.sh PLUGIN_DIR [SCREENSHOT.png]
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
screenshot=${2:-/tmp/eventsecurity_qgis_check.png}
mkdir -p "$(dirname "$screenshot")"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
export ES_CHECK_RESULT="$work/result.txt" ES_CHECK_SCREENSHOT="$screenshot"
status=0
"$here/qgis_with_plugin.sh" "$1" "$here/qgis_load_check.py" "$work/qgis.log" 120 1400x900 || status=$?
cat "$ES_CHECK_RESULT" 2>/dev/null || { echo "QGIS did not run the check (exit $status):"; tail -30 "$work/qgis.log"; }
grep -qx OK "$ES_CHECK_RESULT" 2>/dev/null
