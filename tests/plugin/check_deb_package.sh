#!/usr/bin/env bash
# The .deb as apt meets it (issue 15): cpack builds it into a temporary folder; its Depends must name the package
# that owns every QGIS library the packaged plugin and runner load (found here with ldd and dpkg, apart from
# CMake's own derivation), and hold QGIS to the installed release: the installed qgis satisfies it, the next
# patch release and a newer QGIS do not.
# Usage: check_deb_package.sh CPACK_CONFIG
set -euo pipefail
config=$1
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cpack -G DEB --config "$config" -B "$work" > "$work/cpack.log" 2>&1 || { cat "$work/cpack.log"; exit 1; }
deb=$(ls "$work"/*.deb)
depends=$(dpkg-deb -f "$deb" Depends)
echo "Depends: $depends"
dpkg-deb -x "$deb" "$work/root"
failures=0
fail() { echo "FAIL: $*"; failures=$((failures + 1)); }

# Each QGIS library the packaged binaries are linked against (ELF NEEDED; what those need in turn their own
# packages pull in), where the loader finds it, and the Debian package that owns it.
binaries=("$work/root/usr/lib/qgis/plugins/libeventsecurityplugin.so" "$work/root/usr/bin/eventsecurity_process")
for binary in "${binaries[@]}"; do
  [[ -f "$binary" ]] || { fail "$binary is not in the package"; continue; }
  while read -r needed; do
    library=$(ldd "$binary" | sed -n "s/^\s*$needed => \([^ ]*\) .*/\1/p")
    owner=$(dpkg-query -S "$(readlink -f "$library")" | sed 's/:.*//')
    grep -Eq "(^|, )$owner(,|$| )" <<< "$depends" || fail "$(basename "$binary") needs $needed of $owner, not in Depends"
    echo "$(basename "$binary"): $needed <- $owner"
  done < <(objdump -p "$binary" | sed -n 's/^ *NEEDED *\(libqgis_.*\)$/\1/p')
done

# A Depends relation "name (op version)", checked against a version of that package as dpkg would.
satisfies() { # VERSION -> 0 when every qgis relation of Depends accepts it
  local version=$1 relation op bound
  while read -r relation; do
    op=$(sed -n 's/^qgis (\([<>=]*\) .*/\1/p' <<< "$relation")
    bound=$(sed -n 's/^qgis ([<>=]* \(.*\))$/\1/p' <<< "$relation")
    [[ -n "$op" ]] || continue
    case $op in
      ">=") dpkg --compare-versions "$version" ge "$bound" || return 1 ;;
      "<<") dpkg --compare-versions "$version" lt "$bound" || return 1 ;;
      "=") dpkg --compare-versions "$version" eq "$bound" || return 1 ;;
      *) fail "unexpected relation $relation"; return 1 ;;
    esac
  done < <(tr ',' '\n' <<< "$depends" | sed 's/^ *//')
}
grep -Eq "(^|, )qgis \(" <<< "$depends" || fail "Depends does not hold qgis to a release"
installed=$(dpkg-query -W -f='${Version}' qgis)
satisfies "$installed" || fail "the installed qgis $installed does not satisfy Depends"
upstream=$(sed 's/[+~-].*//' <<< "$installed")
IFS=. read -r major minor patch <<< "$upstream"
satisfies "$major.$minor.$((patch + 1))+dfsg-1" && fail "qgis $major.$minor.$((patch + 1)) would satisfy Depends"
satisfies "$major.$((minor + 6)).0+dfsg-1" && fail "qgis $major.$((minor + 6)).0 would satisfy Depends"
satisfies "$upstream+dfsg-1+deb12u1" || fail "a Debian revision of qgis $upstream would not satisfy Depends"
if [[ $failures -gt 0 ]]; then
  exit 1
fi
echo "OK: the package depends on the QGIS $upstream libraries it loads and on qgis $upstream only"
