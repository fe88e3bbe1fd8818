#!/usr/bin/env bash
# Documents per second of `ogpx ingest` split over 1, 2 and 4 workers
# (--shard K/N, --jobs 1 each, all at once) on SQLite and on PostgreSQL, the
# export time from each backend, and the OCR cost per page of a scan
# (docs/scale-out.md). Born-digital samples copied COPIES times (bytes made
# different by a comment after %%EOF) with --ocr never: the store's side of
# the work; OCR is measured apart, --jobs 1, on one scanned sample.
# usage: bench/scaleout.sh [OGPX] [COPIES]
#   PostgreSQL: OGPX_BENCH_PG=postgresql://... (a database the bench may
#   create schemas bench1..6 in); without it a throwaway server is started
#   (tests/pg/cluster.sh) and stopped at the end.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
ogpx=${1:-$root/build/ogpx}
copies=${2:-10}
work=$(mktemp -d)
pgdir=""
cleanup() { [ -n "$pgdir" ] && "$root/tests/pg/cluster.sh" stop "$pgdir"; rm -rf "$work"; }
trap cleanup EXIT
pg=${OGPX_BENCH_PG:-}
if [ -z "$pg" ]; then
  pgdir=$(mktemp -d)
  pg=$("$root/tests/pg/cluster.sh" start "$pgdir")
fi
sep='?'; case "$pg" in *\?*) sep='&' ;; esac
mkdir "$work/in"
for f in order-120-mn order-120-mn-legacy8 report-mof-2024q3-en report-mmhi-2024q4-mn \
         report-mmhi-2024q4-mn-legacy nap5-mn-excerpt nap5-en; do
  for i in $(seq 1 "$copies"); do
    { cat "$root/samples/$f.pdf"; printf '\n%% copy %d\n' "$i"; } >"$work/in/$f-$i.pdf"
  done
done
docs=$(ls "$work/in" | wc -l)
now() { date +%s.%N; }
echo "machine: $(nproc) cores, load $(cut -d' ' -f1-3 /proc/loadavg); $docs documents (born-digital, --ocr never)"
n=0
for backend in sqlite postgresql; do
  for workers in 1 2 4; do
    n=$((n + 1))
    if [ "$backend" = sqlite ]; then db="$work/db$n.sqlite"
    else
      psql -q "$pg" -c "DROP SCHEMA IF EXISTS bench$n CASCADE; CREATE SCHEMA bench$n" >/dev/null 2>&1
      db="$pg${sep}options=-csearch_path%3Dbench$n"
    fi
    "$ogpx" ingest --quiet --db "$db" --aliases "$root/data/org-aliases-mn-en.tsv"  # schema and aliases
    t0=$(now)
    pids=()
    for k in $(seq 0 $((workers - 1))); do
      "$ogpx" ingest --quiet --jobs 1 --ocr never --shard "$k/$workers" --db "$db" "$work/in" & pids+=($!)
    done
    for p in "${pids[@]}"; do wait "$p"; done
    t1=$(now)
    awk -v b="$backend" -v w="$workers" -v d="$docs" -v t0="$t0" -v t1="$t1" \
      'BEGIN { s = t1 - t0; printf "%-10s %d worker(s): %6.2f s, %6.1f documents/s\n", b, w, s, d / s }'
    if [ "$workers" = 4 ]; then
      for format in json csv; do
        t0=$(now); "$ogpx" export --quiet --db "$db" --format "$format" --out "$work/out-$n-$format"; t1=$(now)
        awk -v b="$backend" -v f="$format" -v t0="$t0" -v t1="$t1" \
          'BEGIN { s = t1 - t0; printf "%-10s export --format %-4s: %6.2f s\n", b, f, s }'
      done
    fi
  done
done
scan=${OGPX_BENCH_SCAN-$root/samples/nap5-en-scan.pdf}   # OGPX_BENCH_SCAN= skips the OCR part
[ -n "$scan" ] || exit 0
t0=$(now)
"$ogpx" ingest --quiet --jobs 1 --report "$work/scan.json" --db "$work/scan.sqlite" "$scan"
t1=$(now)
pages=$(python3 -c "import json,sys; print(json.load(open(sys.argv[1]))['files'][0]['ocr_pages'])" "$work/scan.json")
awk -v t0="$t0" -v t1="$t1" -v p="$pages" -v f="$(basename "$scan")" \
  'BEGIN { s = t1 - t0; printf "OCR: %s, %d pages OCR-read in %.1f s with --jobs 1: %.2f s/page\n", f, p, s, s / p }'
