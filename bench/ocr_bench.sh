#!/usr/bin/env bash
# OCR cost of ogpx against the tesseract command, and its parallel speed-up.
#
#   bench/ocr_bench.sh [BUILD_DIR] [PDF] [FIRST] [LAST]
#
# 1. CPU seconds per page: ogpx (OcrPages, --jobs 1: render + deskew + OCR +
#    scanned rules) vs `tesseract` on the same pages rendered by pdftoppm at
#    the same dpi (grey), same language (mon+eng, ogpx's automatic choice),
#    LSTM only. The rendering time of pdftoppm is not charged to tesseract.
#    Goal: ratio <= 1.1.
# 2. Wall seconds of ogpx with --jobs 1 vs --jobs 2. Goal: speed-up >= 1.8
#    Each measure: best of ROUNDS (default 3) interleaved runs.
#    (only reachable on an otherwise idle machine with two free cores).
#
# ogpx runs as a user runs it (it keeps Tesseract's OpenMP regions on each
# worker's own thread itself); the tesseract command gets OMP_THREAD_LIMIT=1,
# its fastest setting, so the baseline is not slowed by spinning threads.
# Needs: a built build dir (ogpx_ocr_code), pdftoppm, tesseract, g++, pkg-config.
set -euo pipefail

here=$(cd "$(dirname "$0")/.." && pwd)
build=${1:-$here/build-ocr}
pdf=${2:-$here/samples/nap5-en-scan.pdf}
first=${3:-5}
last=${4:-10}
dpi=300
lang=mon+eng
export LC_ALL=C.UTF-8
unset OMP_THREAD_LIMIT

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

# The OCR code itself (cmake/Modules.cmake: what the module ogpx_ocr.so holds).
libs=("$build/libogpx_ocr_code.a" "$build/libogpx_base_pic.a")
for lib in "${libs[@]}"; do
  [[ -f $lib ]] || { echo "ocr_bench: $lib not found (build ogpx_ocr_code first)" >&2; exit 2; }
done
# shellcheck disable=SC2046
g++ -std=c++20 -O2 -I"$here" "$here/bench/ocr_bench.cpp" "${libs[@]}" -o "$work/ocr_bench" \
  $(pkg-config --libs poppler tesseract lept fontconfig icu-uc icu-i18n) -fopenmp -lpthread

pages=$(seq "$first" "$last")
n=$(( last - first + 1 ))
echo "file: $(basename "$pdf"), pages $first-$last ($n), $dpi dpi, lang $lang, $(nproc --all) cores, load $(cut -d' ' -f1-3 /proc/loadavg)"

# tesseract command on the same pages, rendered beforehand (not timed).
pdftoppm -r "$dpi" -gray -f "$first" -l "$last" "$pdf" "$work/page"
tesseract_cpu() {
  local total=0 img t
  for img in "$work"/page-*.pgm; do
    OMP_THREAD_LIMIT=1 /usr/bin/time -o "$work/time" -f "%U %S" tesseract "$img" "$work/out" -l "$lang" --oem 1 --dpi "$dpi" >/dev/null 2>&1
    t=$(tail -1 "$work/time")
    total=$(awk -v a="$total" -v t="$t" 'BEGIN { split(t, p, " "); printf "%.2f", a + p[1] + p[2] }')
  done
  echo "$total"
}
field() { echo "$1" | tr ' ' '\n' | sed -n "s/^$2=//p"; }
min() { awk -v a="$1" -v b="$2" 'BEGIN { print (a == "" || b < a) ? b : a }'; }

# The machine's speed drifts between runs: each measure is taken ROUNDS
# times, interleaved, and the smallest kept.
rounds=${ROUNDS:-3}
cpu1="" wall1="" wall2="" tess_cpu=""
for round in $(seq "$rounds"); do
  # shellcheck disable=SC2086
  ours1=$("$work/ocr_bench" "$pdf" 1 "" $pages)
  t=$(tesseract_cpu)
  # shellcheck disable=SC2086
  ours2=$("$work/ocr_bench" "$pdf" 2 "" $pages)
  echo "round $round: ogpx --jobs 1: $ours1 | tesseract cpu=$t | ogpx --jobs 2: $ours2"
  cpu1=$(min "$cpu1" "$(field "$ours1" cpu)")
  wall1=$(min "$wall1" "$(field "$ours1" wall)")
  wall2=$(min "$wall2" "$(field "$ours2" wall)")
  tess_cpu=$(min "$tess_cpu" "$t")
done

awk -v c1="$cpu1" -v w1="$wall1" -v w2="$wall2" -v tc="$tess_cpu" -v n="$n" 'BEGIN {
  printf "CPU s/page (best of rounds): ogpx %.2f, tesseract %.2f, ratio %.2f (goal <= 1.10)\n", c1 / n, tc / n, c1 / tc
  printf "wall (best of rounds): --jobs 1 %.2f s, --jobs 2 %.2f s, speed-up %.2fx (goal >= 1.8)\n", w1, w2, w1 / w2
}'
