#!/usr/bin/env bash
# Starts the real QGIS under Xvfb with the plugin from a build tree and runs long_session.py: ES_PLANS plans
# (default 200) of the sample venue in one session, each replacing the last; prints each plan's time, memory,
# open files and threads, then the figures against their bounds (issue 14, item 6).
# Usage: run_long_session.sh PLUGIN_DIR OUTPUT_DIR
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
out_dir=$2
mkdir -p "$out_dir"
out_dir=$(cd "$out_dir" && pwd)
rm -rf "$out_dir/plans" "$out_dir/result.txt"
export ES_TEST_DIR="$here" ES_SAMPLE_DIR="$here/../../data/montevideo" ES_OUTPUT_DIR="$out_dir" \
       ES_CHECK_RESULT="$out_dir/result.txt"
status=0
start=$(date +%s)
"$here/qgis_with_plugin.sh" "$1" "$here/long_session.py" "$out_dir/qgis.log" "${ES_TIMEOUT:-3000}" 1600x1000 || status=$?
echo "QGIS exited with status $status after $(($(date +%s) - start)) s"
cat "$ES_CHECK_RESULT" 2>/dev/null || echo "QGIS did not run the session"
"$here/qgis_crash_report.sh" "$out_dir/qgis.log"
tail -1 "$ES_CHECK_RESULT" 2>/dev/null | grep -qx OK || { tail -15 "$out_dir/qgis.log"; exit 1; }
[ "$status" -eq 0 ] || { echo "QGIS did not exit cleanly"; exit 1; }
