#!/usr/bin/env bash
# Field-level F1 of `ogpx extract` on the real published documents
# (samples/realworld/), split into the development set (readers were tuned
# on these) and the held-out set (only ever measured), scored by the shared
# scorer (../shared/tools/score.py). Prints one line per document (kind,
# language, F1) and the last line of score.py for each set.
# Usage: bench/realworld.sh [OGPX_BINARY]
set -euo pipefail
here=$(cd "$(dirname "$0")/.." && pwd)
ogpx=${1:-$here/build-release/ogpx}
dir=$here/samples/realworld
score=${OGPX_SCORE:-$here/../shared/tools/score.py}
[ -x "$ogpx" ] || { echo "realworld: no ogpx binary at $ogpx (run ./run first)" >&2; exit 2; }
[ -f "$score" ] || { echo "realworld: scorer not found at $score (set OGPX_SCORE)" >&2; exit 2; }
# The held-out documents: never looked at while writing readers.
held_out=" us-nap3-new-commitments uk-written-ministerial-statement-2013-scanned id-irm-progress-report-2014-15 "
pred=$(mktemp -d)
trap 'rm -rf "$pred"' EXIT
mkdir -p "$pred/dev" "$pred/held" "$pred/gdev" "$pred/gheld"
for gold in "$dir"/*.gold.json; do
  name=$(basename "$gold" .gold.json)
  set_=dev; case "$held_out" in *" $name "*) set_=held;; esac
  cp "$gold" "$pred/g$set_/"
  "$ogpx" extract "$dir/$name.pdf" > "$pred/$set_/$name.json" 2>/dev/null || true
  facts=$(python3 -c 'import json,sys; d=json.load(open(sys.argv[1])); print(d.get("kind"), ",".join(d.get("source",{}).get("language",[])), " ".join(w["code"] for w in d.get("warnings",[]) if w["code"] in ("language_unsupported","kind_uncertain")))' "$pred/$set_/$name.json" 2>/dev/null || echo "no output")
  printf '%-4s %-48s %-40s %s\n' "$set_" "$name" "$facts" "$(python3 "$score" "$gold" "$pred/$set_/$name.json" | tail -1)"
done
echo
echo "development: $(python3 "$score" --pairs "$pred/gdev" "$pred/dev" | tail -1)"
echo "held out:    $(python3 "$score" --pairs "$pred/gheld" "$pred/held" | tail -1)"
