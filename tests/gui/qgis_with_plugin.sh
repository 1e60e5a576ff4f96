#!/usr/bin/env bash
# Starts the real QGIS under Xvfb with the plugin from a build tree and runs a --code script: a throw-away
# profile enables the plugin and adds PLUGIN_DIR to QGIS's plugin search paths. The caller's environment
# (ES_* variables) reaches the script. Returns QGIS's exit status; QGIS's output goes to LOG.
# ES_GDB=1 runs QGIS under gdb, which prints every thread's stack when it crashes (QGIS's own crash handler
# prints only the main thread's, not the worker thread's that crashed).
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
export PYTHONDONTWRITEBYTECODE=1 # the scripts import qgis_driver.py: no __pycache__ in the source tree
qgis=(qgis)
# A plugin built with AddressSanitizer (scripts/sanitize.sh) needs the ASan runtime first in the process: the
# distribution's QGIS is not instrumented, so the runtime is preloaded into it (see sanitizer_env.sh).
if ldd "$plugin_dir/libeventsecurityplugin.so" | grep -q libasan; then
  # shellcheck source=sanitizer_env.sh
  source "$(dirname "$0")/sanitizer_env.sh"
  qgis=(env LD_PRELOAD="$ES_ASAN_RUNTIME" ASAN_OPTIONS="$ES_QGIS_ASAN_OPTIONS" LSAN_OPTIONS= /usr/bin/qgis.bin)
fi
if [ -n "${ES_GDB:-}" ]; then
  # The binary behind Debian's qgis wrapper script, stopped at the first crash: every thread's stack.
  qgis=(gdb -q -batch -ex "handle SIGPIPE SIG32 SIG33 SIG34 SIG35 nostop noprint pass" -ex run
        -ex "thread apply all bt 40" --args /usr/bin/qgis.bin)
fi
timeout "$timeout_seconds" xvfb-run -a -s "-screen 0 ${screen}x24" \
  "${qgis[@]}" --profiles-path "$profiles" --nologo --noversioncheck --code "$script" > "$log" 2>&1
