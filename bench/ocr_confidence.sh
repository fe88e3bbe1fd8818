#!/usr/bin/env bash
# OCR confidence per field against correctness (docs/ocr.md, "Confidence per
# field"): the scanned samples with a gold file are ingested into a
# throwaway database; each field with an OCR confidence (provenance.
# ocr_confidence) is judged correct or wrong against the gold by the shared
# scorer's rules (bench/ocr_confidence.py), and the distribution of both is
# printed, with what each threshold would flag and the ocr_low_confidence
# warnings each sample got.
#
#   bench/ocr_confidence.sh [OGPX_BINARY] [SAMPLES_DIR]
#
# Needs score.py (OGPX_SCORE, default ../shared/tools/score.py).
set -euo pipefail
here=$(cd "$(dirname "$0")/.." && pwd)
ogpx=${1:-$here/build-release/ogpx}
samples=${2:-$here/samples}
export OGPX_SCORE=${OGPX_SCORE:-$here/../shared/tools/score.py}
export LC_ALL=C.UTF-8
[ -x "$ogpx" ] || { echo "ocr_confidence: no ogpx binary at $ogpx" >&2; exit 2; }
[ -f "$OGPX_SCORE" ] || { echo "ocr_confidence: scorer not found at $OGPX_SCORE (set OGPX_SCORE)" >&2; exit 2; }
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
scans=()
for gold in "$samples"/*scan*.gold.json; do scans+=("${gold%.gold.json}.pdf"); done
"$ogpx" ingest --db "$work/ogpx.sqlite" --quiet "${scans[@]}" >&2
"$ogpx" export --db "$work/ogpx.sqlite" --format json --out "$work/json" >&2
python3 "$here/bench/ocr_confidence.py" "$work/ogpx.sqlite" "$work/json" "$samples"
