#!/usr/bin/env bash
# Installs what building, testing and the demo need on Debian 12 (QGIS 3.22 from Debian, GEOS, Boost,
# Qt tools, Xvfb for the real-QGIS check, clang for the sanitizer/fuzz builds (clang-format for the format check), PostgreSQL 15 with PostGIS 3 for
# the PostGIS tests: their server is a throwaway one in /tmp, never a system service). Does nothing when all is
# there. scripts/qt6_domain.sh installs Qt 6 itself.
set -euo pipefail
packages=(
  build-essential cmake clang clang-format libclang-rt-14-dev
  libqgis-dev qgis qgis-providers python3-qgis libgeos-dev libboost-dev
  qttools5-dev qttools5-dev-tools
  gdal-bin python3-gdal
  xvfb xauth poppler-utils
  postgresql-15-postgis-3 postgresql-client-15
)
missing=()
for package in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed" || missing+=("$package")
done
if [ ${#missing[@]} -eq 0 ]; then
  exit 0
fi
echo "Installing: ${missing[*]}"
sudo=""
[ "$(id -u)" -eq 0 ] || sudo="sudo"
$sudo apt-get update -qq
DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq "${missing[@]}" > /tmp/eventsecurity-apt.log 2>&1 \
  || { tail -30 /tmp/eventsecurity-apt.log; exit 1; }
