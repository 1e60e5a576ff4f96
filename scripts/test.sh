#!/usr/bin/env bash
# Builds the project and runs the whole test suite with CTest (the README's second command; CI runs it).
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
"$root/scripts/build.sh"
cd "$root/build"
QT_QPA_PLATFORM=offscreen ctest --output-on-failure -j"$(nproc)"
