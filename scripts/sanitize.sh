#!/usr/bin/env bash
# Second build of the whole suite with AddressSanitizer + UndefinedBehaviorSanitizer (gcc), then every
# CTest test but the real-QGIS ones, then the real QGIS with the ASan-built plugin: the distribution's QGIS is
# not instrumented, so the ASan runtime is preloaded into it (tests/gui/sanitizer_env.sh says how and why):
# the reliability check of issue 14 on a smaller street grid (ASan makes a plan about nine times slower:
# 25,000 edges keep each moment a second or more long) and the scenarios of its crashes, unloading and loading
# the plugin again, quitting, replacing and removing the open ground (20 scenarios, about 5 min;
# RELIABILITY_SCENARIOS=all for every one). The plugin check is left out: it shows the plugin's details in the
# Plugin Manager, whose QtWebKit view hangs under the ASan runtime.
# CI runs it after scripts/test.sh.
# Env: SANITIZE_BUILD_DIR (default build-asan), SANITIZE_JOBS (default 2), RELIABILITY_SCENARIOS.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
build=${SANITIZE_BUILD_DIR:-$root/build-asan}
jobs=${SANITIZE_JOBS:-2}

"$root/scripts/install_dependencies.sh"
start=$(date +%s)
mkdir -p "$build"
# gcc's -fsanitize=undefined leaves out float-cast-overflow (a NaN or huge coordinate cast to an integer, as
# in a spatial hash): added here, on top of EVENTSECURITY_SANITIZE's flags.
# The street grid generator of the reliability check comes from the normal build (no benchmarks here).
grid_tool="$root/build/benchmarks/tool_generate_grid"
cmake -S "$root" -B "$build" -DCMAKE_BUILD_TYPE=RelWithDebInfo -DEVENTSECURITY_SANITIZE=ON -DEVENTSECURITY_WERROR=ON \
  -DCMAKE_CXX_FLAGS="-fsanitize=float-cast-overflow" -DEVENTSECURITY_BUILD_BENCHMARKS=OFF \
  -DEVENTSECURITY_GRID_TOOL="$grid_tool" > "$build/configure.log" 2>&1 || { cat "$build/configure.log"; exit 1; }
cmake --build "$build" -j"$jobs" > "$build/build.log" 2>&1 || { tail -60 "$build/build.log"; exit 1; }
built=$(date +%s)
echo "sanitize: build $((built - start)) s"

# halt_on_error: the first report fails the test. Leaks: QGIS, GDAL/PROJ, Qt, fontconfig and OpenSSL (via
# QCA) keep global caches until exit; lsan.supp suppresses leaks whose allocation stack is in those
# libraries only, never ours. detect_odr_violation=0: our static libraries are linked both into the test
# programs and into the plugin library that plugin_test_pluginlibrary loads, so their globals exist twice.
export ASAN_OPTIONS="halt_on_error=1:abort_on_error=1:detect_leaks=1:detect_odr_violation=0:strict_string_checks=1:detect_stack_use_after_return=0:check_initialization_order=1:${ASAN_OPTIONS_EXTRA:-}"
export UBSAN_OPTIONS="halt_on_error=1:print_stacktrace=1:report_error_type=1"
export LSAN_OPTIONS="suppressions=$root/tests/robustness/lsan.supp:print_suppressions=0"
export QT_QPA_PLATFORM=offscreen
# Sanitized runs are slower: give the robustness watchdog more room before it calls a case a hang.
export ROBUSTNESS_HANG_SECONDS=${ROBUSTNESS_HANG_SECONDS:-300}
# ... and the cancellation test 3 s instead of 1 s to stop (the 1 s of issue 7 is checked in scripts/test.sh).
export ROBUSTNESS_TIME_SCALE=${ROBUSTNESS_TIME_SCALE:-3}
cd "$build"
# The PostGIS suite's server is stopped by CTest's fixture; this stops it too when ctest is interrupted.
trap '"$root/tests/postgis/postgis_fixture.sh" stop "$build/tests/postgis/server.state" > /dev/null 2>&1 || true' EXIT
ctest --output-on-failure -j"$jobs" -E 'real_qgis' --timeout 1500
tested=$(date +%s)
echo "sanitize: tests $((tested - built)) s"

if [ ! -x "$grid_tool" ]; then
  [ -f "$root/build/CMakeCache.txt" ] || "$root/scripts/build.sh"
  cmake --build "$root/build" -j"$jobs" --target tool_generate_grid > "$build/grid_tool.log" 2>&1 || { tail -30 "$build/grid_tool.log"; exit 1; }
fi
export ES_GRID_EDGES=${ES_GRID_EDGES:-25000}
export ES_SCENARIOS=${RELIABILITY_SCENARIOS:-dock:remove_venue@reading,dock:remove_streets@reading,dock:clear_project@reading,dock:open_project@post,dock:remove_venue@loading,dock:remove_picked_venue,dock:close_dock@writing,dock:edit_input@writing,dock:unload_plugin@reading,dock:quit@reading,dock:edit_old_result_save@early,dock:drag_into_old_group@early,reopen_project,toolbox:remove_venue@reading,toolbox:clear_project@reading,toolbox:unload_plugin@reading,dock:remove_open_ground@reading,dock:remove_obstacles@early}
ctest --output-on-failure -R 'gui_real_qgis_reliability'
echo "sanitize: real QGIS with the sanitized plugin $(($(date +%s) - tested)) s"
