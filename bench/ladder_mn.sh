#!/usr/bin/env bash
# The degradation ladder on Mongolian documents (issue 18): bench/ladder.sh
# on each Mongolian born-digital sample that has a gold file, "scanned" at
# every rung of bench/ladder.py and scored against its own gold.
#
#   bench/ladder_mn.sh [OGPX_BINARY] [RUNGS]
#
# Documents: nap5-mn-excerpt (6 portrait pages of the national action plan:
# a commitment table in Cyrillic with English names and URLs) and
# order-120-mn (a one-page order: title, clauses, signatory). Prints
# bench/ladder.sh's table for each. OGPX_LADDER_KEEP=DIR keeps each
# document's rungs and JSON in DIR/<document>.
# Needs what bench/ladder.sh needs, and tesseract-ocr-mon.
set -euo pipefail
here=$(cd "$(dirname "$0")/.." && pwd)
ogpx=${1:-$here/build-release/ogpx}
rungs=${2:-}
keep=${OGPX_LADDER_KEEP:-}
for name in nap5-mn-excerpt order-120-mn; do
  OGPX_LADDER_KEEP=${keep:+$keep/$name} \
    "$here/bench/ladder.sh" "$ogpx" "$here/samples/$name.pdf" "$here/samples/$name.gold.json" "$rungs"
done
