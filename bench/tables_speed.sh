#!/bin/sh
# Speed of table reconstruction next to the text-extraction floor, in one run
# over the same PDFs:
#   - `ogpx tables --timing`: wall time of the whole command, and the time of
#     FindTables alone (reported by ogpx, Poppler geometry excluded);
#   - `pdftotext -bbox-layout`: Poppler text with word boxes only.
# Prints ms per page of each and the ratios.
# usage: bench/tables_speed.sh [OGPX_BINARY] [PDF...]
#   default PDFs: the 67 ICDAR 2013 competition PDFs and samples/nap5-en*.pdf
set -eu
root=$(cd "$(dirname "$0")/.." && pwd)
ogpx=${1:-$root/build/ogpx}
[ $# -gt 0 ] && shift
if [ $# -eq 0 ]; then
  set -- ${ICDAR_DIR:-/work/shared/external/icdar2013}/*/*.pdf "$root"/samples/nap5-en.pdf \
    "$root"/samples/nap5-en-chromium.pdf
fi
log=$(mktemp)
trap 'rm -f "$log"' EXIT
now() { date +%s%N; }
t0=$(now)
for pdf in "$@"; do "$ogpx" tables "$pdf" --ocr never --timing --format json 2>>"$log" >/dev/null || true; done
t1=$(now)
for pdf in "$@"; do pdftotext -bbox-layout "$pdf" /dev/null >/dev/null 2>&1 || true; done
t2=$(now)
awk -v a=$((t1 - t0)) -v b=$((t2 - t1)) -v f=$# '
  / timing: / { for (i = 1; i <= NF; i++) { if ($i == "pages") p += $(i + 1); if ($i == "tables_ms") t += $(i + 1) } }
  END {
    whole = a / 1e6 / p; text = b / 1e6 / p; tables = t / p;
    printf "%d files, %d pages\n", f, p;
    printf "pdftotext -bbox-layout       %8.2f ms/page\n", text;
    printf "ogpx tables (whole command)  %8.2f ms/page  (%.2f x pdftotext)\n", whole, whole / text;
    printf "table reconstruction alone   %8.2f ms/page  (%.2f x pdftotext)\n", tables, tables / text }' "$log"
