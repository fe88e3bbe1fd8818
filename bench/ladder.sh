#!/usr/bin/env bash
# The degradation ladder (issue 18): a born-digital document "scanned" at
# every rung of bench/ladder.py, each rung read by ogpx and scored against the
# born-digital gold, with its OCR cost against the tesseract command.
#
#   bench/ladder.sh [OGPX_BINARY] [PDF] [GOLD] [RUNGS]
#
# Defaults: build-release/ogpx; a 3-page plan on the OGP template written by
# tests/generator (gen-002-plan of the CI set, seed 1); every rung.
# Prints one row per rung: field F1 (score.py's last line), F1 as a share of
# the born-digital F1 (goal >= 0.95), and CPU seconds of `ogpx extract
# --jobs 1` over CPU seconds of `tesseract` (mon+eng, LSTM, OMP_THREAD_LIMIT=1)
# on the rung's page images at the rung's resolution, rendered beforehand and
# not charged (goal <= 1.3; a turned rung's against the upright one: <= 1.5).
# Both costs come from the same command, so the machine's load cancels out
# only roughly: read ratios, not seconds.
# OGPX_LADDER_KEEP=DIR keeps each rung's PDF and ogpx's JSON there.
# Needs: /usr/bin/python3 with PIL (python3-pil), pdftoppm, tesseract,
# score.py (OGPX_SCORE, default ../shared/tools/score.py).
set -euo pipefail
here=$(cd "$(dirname "$0")/.." && pwd)
ogpx=${1:-$here/build-release/ogpx}
pdf=${2:-}
gold=${3:-}
rungs=${4:-}
score=${OGPX_SCORE:-$here/../shared/tools/score.py}
export LC_ALL=C.UTF-8
[ -x "$ogpx" ] || { echo "ladder: no ogpx binary at $ogpx" >&2; exit 2; }
[ -f "$score" ] || { echo "ladder: scorer not found at $score (set OGPX_SCORE)" >&2; exit 2; }

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
keep=${OGPX_LADDER_KEEP:-}  # a folder to keep the rungs and their JSON in
if [ -z "$pdf" ]; then
  /usr/bin/python3 "$here/tests/generator/ogpgen.py" --out "$work/gen" --set ci --seed 1 >/dev/null
  pdf=$work/gen/gen-002-plan.pdf
  gold=$work/gen/gen-002-plan.gold.json
fi
[ -n "$gold" ] || gold=${pdf%.pdf}.gold.json
args=()
[ -n "$rungs" ] && args=(--rungs "$rungs")
/usr/bin/python3 "$here/bench/ladder.py" "$pdf" "$work/ladder" "${args[@]}"

cpu() {  # user+system seconds of a command, its output to $out
  /usr/bin/time -o "$work/time" -f "%U %S" "$@" > "$out" 2>/dev/null || true
  awk '{ printf "%.2f", $1 + $2 }' "$work/time"
}
f1() { python3 "$score" "$gold" "$1" | tail -1 | sed 's/^f1=\([0-9.]*\).*/\1/'; }

out=$work/born.json
cpu "$ogpx" extract "$pdf" --jobs 1 >/dev/null
born=$(f1 "$out")
echo "document: $(basename "$pdf"), born-digital f1=$born; $(nproc --all) cores, load $(cut -d' ' -f1-3 /proc/loadavg)"
printf '%-14s %4s %7s %7s %9s %9s %7s\n' rung dpi f1 share ogpx_cpu tess_cpu ratio
for rung_pdf in "$work"/ladder/*.pdf; do
  rung=$(basename "$rung_pdf" .pdf)
  dpi=$(/usr/bin/python3 -c "import sys; sys.path.insert(0, '$here/bench'); import ladder; print(ladder.RUNGS['$rung']['dpi'])")
  out=$work/$rung.json
  t_ogpx=$(cpu "$ogpx" extract "$rung_pdf" --jobs 1)
  f=$(f1 "$out")
  rm -f "$work"/img-*
  pdftoppm -r "$dpi" -gray "$rung_pdf" "$work/img"
  t_tess=0
  for img in "$work"/img-*.pgm; do
    out=$work/tess.txt
    t=$(OMP_THREAD_LIMIT=1 cpu tesseract "$img" - -l mon+eng --oem 1 --dpi "$dpi")
    t_tess=$(awk -v a="$t_tess" -v b="$t" 'BEGIN { printf "%.2f", a + b }')
  done
  [ -n "$keep" ] && mkdir -p "$keep" && cp "$rung_pdf" "$work/$rung.json" "$keep/"
  awk -v r="$rung" -v d="$dpi" -v f="$f" -v b="$born" -v o="$t_ogpx" -v t="$t_tess" 'BEGIN {
    printf "%-14s %4d %7.4f %7.3f %9.2f %9.2f %7.2f\n", r, d, f, (b > 0 ? f / b : 0), o, t, (t > 0 ? o / t : 0) }'
done
