#!/usr/bin/env bash
# Runs every Fuzz target in the workspace for the given time each.
set -euo pipefail
t=${1:-30s}
cd "$(dirname "$0")/.."
status=0
while IFS= read -r file; do
  dir=$(dirname "$file")
  for fn in $(grep -ho '^func Fuzz[A-Za-z0-9_]*' "$file" | sed 's/^func //'); do
    echo "== $dir $fn ($t)"
    mod=$(dirname "$(cd "$dir" && go env GOMOD)")
    pkg=$(cd "$dir" && go list .)
    (cd "$mod" && go test -run '^$' -fuzz "^${fn}\$" -fuzztime "$t" "$pkg") || status=1
  done
done < <(grep -rl --include='*_test.go' '^func Fuzz' pkg services cmd 2>/dev/null | sort)
exit $status
