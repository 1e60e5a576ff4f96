#!/usr/bin/env bash
# Fails when a C++ source of the tree is not formatted as the repository's .clang-format says (clang-format
# --dry-run --Werror), listing the files and the first differences. FORMAT_PATHS limits the check (e.g. to
# "algorithms tests/algorithms"); CLANG_FORMAT picks the binary (default: clang-format, version 14 on Debian 12).
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
clang_format=${CLANG_FORMAT:-clang-format}
read -r -a paths <<< "${FORMAT_PATHS:-algorithms plugin ui tests benchmarks}"
mapfile -t files < <(find "${paths[@]}" -type f \( -name '*.cpp' -o -name '*.h' \) -not -path '*/build*' | sort)
bad=()
for file in "${files[@]}"; do
  if ! "$clang_format" --dry-run --Werror "$file" > /dev/null 2>&1; then
    bad+=("$file")
  fi
done
if (( ${#bad[@]} )); then
  echo "Not formatted (run: $clang_format -i FILE):"
  printf '  %s\n' "${bad[@]}"
  "$clang_format" --dry-run --Werror "${bad[0]}" 2>&1 | head -20
  exit 1
fi
echo "${#files[@]} C++ files formatted as .clang-format says."
