#!/usr/bin/env bash
# Field-level F1 of `ogpx extract` on a folder of PDFs with their gold
# (<name>.pdf beside <name>.gold.json), split into the development set (the
# readers were tuned on these) and the held-out set (only ever measured),
# scored by the shared scorer (../shared/tools/score.py). Prints one line
# per document (set, name, kind, languages, language_unsupported and
# kind_uncertain warnings, F1) and the last line of score.py for each set.
# Used by bench/realworld.sh and bench/styles.sh.
# Usage: bench/score_split.sh OGPX_BINARY DIR "HELD_OUT_NAME ..."
set -euo pipefail
here=$(cd "$(dirname "$0")/.." && pwd)
ogpx=$1 dir=$2 held_out=" $3 "
score=${OGPX_SCORE:-$here/../shared/tools/score.py}
[ -x "$ogpx" ] || { echo "$(basename "$0"): no ogpx binary at $ogpx (run ./run first)" >&2; exit 2; }
[ -f "$score" ] || { echo "$(basename "$0"): scorer not found at $score (set OGPX_SCORE)" >&2; exit 2; }
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
