#!/usr/bin/env bash
# Builds the project and runs the whole test suite with CTest (the README's second command; CI runs it).
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
"$root/scripts/build.sh"
cd "$root/build"
# CTest starts the PostGIS suite's throwaway server and stops it after the suite, even when a test fails;
# this stops it too when ctest itself is interrupted.
trap '"$root/tests/postgis/postgis_fixture.sh" stop "$root/build/tests/postgis/server.state" > /dev/null 2>&1 || true' EXIT
status=0
QT_QPA_PLATFORM=offscreen ctest --output-on-failure -j"$(nproc)" || status=$?
# The bad-input matrix (issue 7), shown even when it passed: algorithm x case -> ok / clear error.
sed -n '/^BAD-INPUT MATRIX/,/^Clear errors/p' Testing/Temporary/LastTest.log | grep -v '^Clear errors' || true
exit "$status"
