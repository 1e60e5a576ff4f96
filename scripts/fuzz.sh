#!/usr/bin/env bash
# Fuzzes the QGIS-free domain core (tests/fuzz/fuzz_domain.cpp) with libFuzzer + ASan + UBSan for a bounded
# time, starting from the seed corpus. First replays every kept crash input (tests/fuzz/regressions/).
# A new crash input is copied to tests/fuzz/regressions/ (keep it: CTest's fuzz_domain_regressions replays
# it once fixed) and the script fails. CI runs it after scripts/sanitize.sh.
# Env: FUZZ_SECONDS (default 60), FUZZ_BUILD_DIR (default build-fuzz), FUZZ_JOBS (build jobs, default 2),
# FUZZ_SEED (default 1: CI explores the same way each run, so it does not fail at random on a new find;
# 0 = a random seed, for longer runs by hand that look for new crashes).
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
build=${FUZZ_BUILD_DIR:-$root/build-fuzz}
seconds=${FUZZ_SECONDS:-60}
seed=${FUZZ_SEED:-1}
jobs=${FUZZ_JOBS:-2}

"$root/scripts/install_dependencies.sh"
start=$(date +%s)
mkdir -p "$build"
# Domain only: Qt Core/Test and Boost, no QGIS; clang for libFuzzer.
cmake -S "$root" -B "$build" -DEVENTSECURITY_DOMAIN_ONLY=ON -DEVENTSECURITY_FUZZ=ON \
  -DCMAKE_CXX_COMPILER=clang++ -DCMAKE_BUILD_TYPE=RelWithDebInfo -DEVENTSECURITY_WERROR=ON > "$build/configure.log" 2>&1 \
  || { cat "$build/configure.log"; exit 1; }
cmake --build "$build" -j"$jobs" --target fuzz_domain fuzz_domain_replay > "$build/build.log" 2>&1 \
  || { tail -60 "$build/build.log"; exit 1; }
echo "fuzz: build $(($(date +%s) - start)) s"

export ASAN_OPTIONS="halt_on_error=1:abort_on_error=1:detect_leaks=1"
export UBSAN_OPTIONS="halt_on_error=1:print_stacktrace=1"
regressions="$root/tests/fuzz/regressions"
# Kept crash inputs first: each must run clean under the sanitizers.
mapfile -t kept < <(find "$regressions" -type f ! -name '*.md' ! -name '.*' | sort)
if [ ${#kept[@]} -gt 0 ]; then
  "$build/tests/fuzz/fuzz_domain" "${kept[@]}" > "$build/regressions.log" 2>&1 \
    || { grep -m3 -E 'invariant broken|runtime error|ERROR|Running:' "$build/regressions.log"; \
         echo "fuzz: a kept crash input (tests/fuzz/regressions/) still fails: fix the domain code"; exit 1; }
  echo "fuzz: ${#kept[@]} kept crash input(s) replayed clean"
fi

work=$(mktemp -d)
artifacts=$(mktemp -d)
trap 'rm -rf "$work" "$artifacts"' EXIT
status=0
# New inputs go to the first (scratch) corpus; the seed corpus in the repository is read only.
"$build/tests/fuzz/fuzz_domain" -max_total_time="$seconds" -seed="$seed" -timeout=10 -rss_limit_mb=2048 -print_final_stats=1 \
  -artifact_prefix="$artifacts/" "$work" "$root/tests/fuzz/corpus" > "$build/fuzz.log" 2>&1 || status=$?
tail -25 "$build/fuzz.log"
if [ "$status" -ne 0 ]; then
  for found in "$artifacts"/*; do
    [ -e "$found" ] || continue
    cp "$found" "$regressions/"
    echo "fuzz: crash input kept as tests/fuzz/regressions/$(basename "$found"); replay it with"
    echo "      $build/tests/fuzz/fuzz_domain $regressions/$(basename "$found")"
  done
  exit "$status"
fi
echo "fuzz: $seconds s of fuzzing without a crash ($(($(date +%s) - start)) s in all)"
