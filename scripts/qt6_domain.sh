#!/usr/bin/env bash
# The QGIS-free domain library and its tests on Qt 6 (Debian's qt6-base-dev, 6.4): QGIS 4 is Qt 6 only and no Qt 6
# QGIS can be installed here, so this is what CI checks on Qt 6 besides the Qt 5 build of scripts/test.sh: the
# domain tests, the fuzzer's regression replay, and the Qt-only compatibility helpers of the algorithms
# (algorithms/eventsecurityqtcompat.h, tests/qtcompat). CI runs it after scripts/test.sh.
# Env: QT6_BUILD_DIR (default build-qt6), QT6_JOBS (default 2).
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
build=${QT6_BUILD_DIR:-$root/build-qt6}
jobs=${QT6_JOBS:-2}

"$root/scripts/install_dependencies.sh" # compiler, CMake, Boost
if ! dpkg-query -W -f='${Status}' qt6-base-dev 2> /dev/null | grep -q "install ok installed"; then
  echo "Installing: qt6-base-dev"
  sudo=""
  [ "$(id -u)" -eq 0 ] || sudo="sudo"
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq qt6-base-dev > /tmp/eventsecurity-apt-qt6.log 2>&1 \
    || { tail -30 /tmp/eventsecurity-apt-qt6.log; exit 1; }
fi
start=$(date +%s)
mkdir -p "$build"
cmake -S "$root" -B "$build" -DEVENTSECURITY_DOMAIN_ONLY=ON -DEVENTSECURITY_WITH_QT6=ON -DEVENTSECURITY_WERROR=ON \
  -DCMAKE_BUILD_TYPE=RelWithDebInfo > "$build/configure.log" 2>&1 || { cat "$build/configure.log"; exit 1; }
grep -q "Domain-only build with Qt6" "$build/configure.log" || { cat "$build/configure.log"; echo "qt6: not a Qt 6 build"; exit 1; }
cmake --build "$build" -j"$jobs" > "$build/build.log" 2>&1 || { tail -60 "$build/build.log"; exit 1; }
echo "qt6: build $(($(date +%s) - start)) s ($(grep -o 'Domain-only build with Qt6 [0-9.]*' "$build/configure.log"))"
cd "$build"
ctest --output-on-failure -j"$jobs"
echo "qt6: $(($(date +%s) - start)) s in all"
