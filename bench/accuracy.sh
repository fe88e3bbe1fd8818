#!/usr/bin/env bash
# Field-level F1 of `ogpx extract` on every sample with a gold file, scored by
# the shared scorer (../shared/tools/score.py, not part of this repository).
# Usage: bench/accuracy.sh [OGPX_BINARY] [SAMPLES_DIR]
set -euo pipefail
here=$(cd "$(dirname "$0")/.." && pwd)
ogpx=${1:-$here/build-release/ogpx}
samples=${2:-$here/samples}
score=${OGPX_SCORE:-$here/../shared/tools/score.py}
[ -x "$ogpx" ] || { echo "accuracy: no ogpx binary at $ogpx (run ./run first)" >&2; exit 2; }
[ -f "$score" ] || { echo "accuracy: scorer not found at $score (set OGPX_SCORE)" >&2; exit 2; }
pred=$(mktemp -d)
trap 'rm -rf "$pred"' EXIT
for gold in "$samples"/*.gold.json; do
  name=$(basename "$gold" .gold.json)
  start=$(date +%s%N)
  "$ogpx" extract "$samples/$name.pdf" > "$pred/$name.json" 2> "$pred/$name.err" || true
  ms=$(( ($(date +%s%N) - start) / 1000000 ))
  printf '%-36s %s  (%d ms)\n' "$name" "$(python3 "$score" "$gold" "$pred/$name.json" | tail -1)" "$ms"
done
echo
python3 "$score" --pairs "$samples" "$pred" | tail -1
