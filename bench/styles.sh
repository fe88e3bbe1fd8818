#!/usr/bin/env bash
# Field-level F1 of `ogpx extract` on the documents written by hand in the
# styles of real OGP documents (samples/styles/, made by bench/styles/
# make_dev.py and make_held.py), split as bench/realworld.sh splits real
# documents: the development set (readers were fixed on these) and the
# held-out set (only ever measured). Prints one line per document (set,
# kind, F1) and the last line of score.py for each set.
# Usage: bench/styles.sh [OGPX_BINARY]
set -euo pipefail
here=$(cd "$(dirname "$0")/.." && pwd)
ogpx=${1:-$here/build-release/ogpx}
dir=$here/samples/styles
score=${OGPX_SCORE:-$here/../shared/tools/score.py}
[ -x "$ogpx" ] || { echo "styles: no ogpx binary at $ogpx (run ./run first)" >&2; exit 2; }
[ -f "$score" ] || { echo "styles: scorer not found at $score (set OGPX_SCORE)" >&2; exit 2; }
held_out=" am-nap5-numbered ke-nap3-end-of-term-ticks mx-nap4-es ng-nap2-two-column uy-carta-remision "
pred=$(mktemp -d)
trap 'rm -rf "$pred"' EXIT
mkdir -p "$pred/dev" "$pred/held" "$pred/gdev" "$pred/gheld"
for gold in "$dir"/*.gold.json; do
  name=$(basename "$gold" .gold.json)
  set_=dev; case "$held_out" in *" $name "*) set_=held;; esac
  cp "$gold" "$pred/g$set_/"
  "$ogpx" extract "$dir/$name.pdf" > "$pred/$set_/$name.json" 2>/dev/null || true
  kind=$(python3 -c 'import json,sys; print(json.load(open(sys.argv[1])).get("kind"))' "$pred/$set_/$name.json" 2>/dev/null || echo "no output")
  printf '%-4s %-28s %-16s %s\n' "$set_" "$name" "$kind" "$(python3 "$score" "$gold" "$pred/$set_/$name.json" | tail -1)"
done
echo
echo "development: $(python3 "$score" --pairs "$pred/gdev" "$pred/dev" | tail -1)"
echo "held out:    $(python3 "$score" --pairs "$pred/gheld" "$pred/held" | tail -1)"
