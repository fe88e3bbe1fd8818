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
#    (only reachable on an otherwise idle machine with two free cores).
#
# ogpx runs as a user runs it (it keeps Tesseract's OpenMP regions on each
# worker's own thread itself); the tesseract command gets OMP_THREAD_LIMIT=1,
# its fastest setting, so the baseline is not slowed by spinning threads.
# Needs: a built build dir (ogpx_ingest), pdftoppm, tesseract, g++, pkg-config.
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

lib="$build/libogpx_ingest.a"
[[ -f $lib ]] || { echo "ocr_bench: $lib not found (build ogpx_ingest first)" >&2; exit 2; }
# shellcheck disable=SC2046
g++ -std=c++20 -O2 -I"$here" "$here/bench/ocr_bench.cpp" "$lib" -o "$work/ocr_bench" \
  $(pkg-config --libs poppler tesseract lept icu-uc icu-i18n) -fopenmp -lpthread

pages=$(seq "$first" "$last")
n=$(( last - first + 1 ))
echo "file: $(basename "$pdf"), pages $first-$last ($n), $dpi dpi, lang $lang, $(nproc --all) cores, load $(cut -d' ' -f1-3 /proc/loadavg)"

# ogpx, one worker (automatic language = mon+eng).
# shellcheck disable=SC2086
ours1=$("$work/ocr_bench" "$pdf" 1 "" $pages)
echo "ogpx  --jobs 1: $ours1"
# ogpx, two workers.
# shellcheck disable=SC2086
ours2=$("$work/ocr_bench" "$pdf" 2 "" $pages)
echo "ogpx  --jobs 2: $ours2"

# tesseract command on the same pages, rendered beforehand (not timed).
pdftoppm -r "$dpi" -gray -f "$first" -l "$last" "$pdf" "$work/page"
tess_cpu=0
for img in "$work"/page-*.pgm; do
  OMP_THREAD_LIMIT=1 /usr/bin/time -o "$work/time" -f "%U %S" tesseract "$img" "$work/out" -l "$lang" --oem 1 --dpi "$dpi" >/dev/null 2>&1
  t=$(tail -1 "$work/time")
  tess_cpu=$(awk -v a="$tess_cpu" -v t="$t" 'BEGIN { split(t, p, " "); printf "%.2f", a + p[1] + p[2] }')
done
echo "tesseract CLI : cpu=$tess_cpu"

awk -v o1="$ours1" -v o2="$ours2" -v tc="$tess_cpu" -v n="$n" 'BEGIN {
  split(o1, a, /[ =]/); split(o2, b, /[ =]/)
  for (i = 1; i in a; i += 2) A[a[i]] = a[i + 1]
  for (i = 1; i in b; i += 2) B[b[i]] = b[i + 1]
  printf "CPU s/page: ogpx %.2f, tesseract %.2f, ratio %.2f (goal <= 1.10)\n", A["cpu"] / n, tc / n, A["cpu"] / tc
  printf "wall: --jobs 1 %.2f s, --jobs 2 %.2f s, speed-up %.2fx (goal >= 1.8)\n", A["wall"], B["wall"], A["wall"] / B["wall"]
}'
