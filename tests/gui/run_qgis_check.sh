#!/usr/bin/env bash
# Starts the real QGIS under Xvfb with the plugin from the build tree (a throw-away profile that
# enables it and adds the build's plugin folder to QGIS's plugin search paths), runs qgis_load_check.py.
# Usage: run_qgis_check.sh PLUGIN_DIR [SCREENSHOT.png]
set -euo pipefail
plugin_dir=$(cd "$1" && pwd)
screenshot=${2:-/tmp/eventsecurity_qgis_check.png}
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
export ES_CHECK_RESULT="$profiles/result.txt" ES_CHECK_SCREENSHOT="$screenshot"
status=0
unset QT_QPA_PLATFORM # QGIS needs the X server of xvfb-run, not the offscreen platform
timeout 120 xvfb-run -a -s "-screen 0 1400x900x24" \
  qgis --profiles-path "$profiles" --nologo --noversioncheck --code "$here/qgis_load_check.py" \
  > "$profiles/qgis.log" 2>&1 || status=$?
cat "$profiles/result.txt" 2>/dev/null || { echo "QGIS did not run the check (exit $status):"; tail -30 "$profiles/qgis.log"; }
grep -qx OK "$profiles/result.txt" 2>/dev/null
