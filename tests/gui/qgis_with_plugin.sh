#!/usr/bin/env bash
# Starts the real QGIS under Xvfb with the plugin from a build tree and runs a --code script: a throw-away
# profile enables the plugin and adds PLUGIN_DIR to QGIS's plugin search paths. The caller's environment
# (ES_* variables) reaches the script. Returns QGIS's exit status; QGIS's output goes to LOG.
# Usage: qgis_with_plugin.sh PLUGIN_DIR SCRIPT LOG TIMEOUT_SECONDS SCREEN (e.g. 1600x1000)
set -uo pipefail
plugin_dir=$(cd "$1" && pwd)
script=$2
log=$3
timeout_seconds=$4
screen=$5
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
unset QT_QPA_PLATFORM # QGIS needs the X server of xvfb-run, not the offscreen platform
timeout "$timeout_seconds" xvfb-run -a -s "-screen 0 ${screen}x24" \
  qgis --profiles-path "$profiles" --nologo --noversioncheck --code "$script" > "$log" 2>&1
