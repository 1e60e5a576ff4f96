#!/usr/bin/env bash
# Starts the real QGIS under Xvfb with the plugin from the build tree (throw-away profile, as
# run_qgis_check.sh does) and runs dock_screenshots.py: the dock before and after Plan on the sample venue.
# Usage: run_dock_screenshots.sh PLUGIN_DIR [OUTPUT_DIR]   (PNGs and the plan's files go to OUTPUT_DIR)
set -euo pipefail
plugin_dir=$(cd "$1" && pwd)
out_dir=${2:-/tmp/eventsecurity_dock_screenshots}
mkdir -p "$out_dir"
out_dir=$(cd "$out_dir" && pwd)
here=$(cd "$(dirname "$0")" && pwd)
profiles=$(mktemp -d)
trap 'rm -rf "$profiles"' EXIT
mkdir -p "$profiles/profiles/default/QGIS"
cat > "$profiles/profiles/default/QGIS/QGIS3.ini" <<INI
[plugins]
searchPathsForPlugins=$plugin_dir

[Plugins]
libeventsecurityplugin=true

[qgis]
checkVersion=false
showTips=false

[PythonPlugins]
processing=true
INI
export ES_CHECK_RESULT="$out_dir/dock_check.txt" ES_OUTPUT_DIR="$out_dir" \
       ES_SAMPLE_DIR="$here/../../data/montevideo"
rm -f "$ES_CHECK_RESULT" "$out_dir"/dock_*.png
status=0
unset QT_QPA_PLATFORM # QGIS needs the X server of xvfb-run, not the offscreen platform
timeout "${ES_TIMEOUT:-360}" xvfb-run -a -s "-screen 0 1600x1000x24" \
  qgis --profiles-path "$profiles" --nologo --noversioncheck --code "$here/dock_screenshots.py" \
  > "$out_dir/qgis.log" 2>&1 || status=$?
cat "$ES_CHECK_RESULT" 2>/dev/null || { echo "QGIS did not run the check (exit $status):"; tail -30 "$out_dir/qgis.log"; }
grep -qx OK "$ES_CHECK_RESULT" 2>/dev/null
