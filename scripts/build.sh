#!/usr/bin/env bash
# Configures and builds the project into build/ (after installing what is missing).
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
"$root/scripts/install_dependencies.sh"
mkdir -p "$root/build"
cmake -S "$root" -B "$root/build" -DCMAKE_BUILD_TYPE=RelWithDebInfo -DEVENTSECURITY_WERROR=ON > "$root/build/configure.log" 2>&1 \
  || { cat "$root/build/configure.log"; exit 1; }
cmake --build "$root/build" -j"$(nproc)"
