#!/bin/sh
# ICDAR 2013 table competition benchmark: runs `ogpx tables --format icdar`
# over the 67 competition PDFs and scores the result with the shared scorer.
# usage: bench/icdar.sh [OGPX_BINARY] [OUT_DIR]
#   OGPX_BINARY  default: build/ogpx (relative to the repository root)
#   OUT_DIR      default: a fresh temporary directory
# Needs /work/shared/external/icdar2013 (or ICDAR_DIR) and python3.
set -eu
root=$(cd "$(dirname "$0")/.." && pwd)
ogpx=${1:-$root/build/ogpx}
out=${2:-$(mktemp -d)}
data=${ICDAR_DIR:-/work/shared/external/icdar2013}
scorer=${ICDAR_SCORER:-/work/shared/tools/icdar2013_score.py}
mkdir -p "$out"
failed=0
start=$(date +%s.%N)
for pdf in "$data"/*/*.pdf; do
  if ! "$ogpx" tables "$pdf" --format icdar --out "$out" 2>>"$out/errors.log"; then
    failed=$((failed + 1))
  fi
done
end=$(date +%s.%N)
echo "ogpx tables: $(ls "$data"/*/*.pdf | wc -l) PDFs in $(echo "$end - $start" | bc) s, $failed failed (stderr in $out/errors.log)"
python3 "$scorer" --gt "$data" --pred "$out" ${ICDAR_PER_DOC:+--per-doc}
