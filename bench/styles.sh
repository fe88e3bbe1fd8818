#!/usr/bin/env bash
# Field-level F1 of `ogpx extract` on the documents written by hand in the
# styles of real OGP documents (samples/styles/, made by bench/styles/
# make_dev.py and make_held.py), split as bench/realworld.sh splits real
# documents: the development set (readers were fixed on these) and the
# held-out set (only ever measured). Prints one line per document (set,
# kind, F1) and the last line of score.py for each set.
# Usage: bench/styles.sh [OGPX_BINARY]
set -euo pipefail
here=$(cd "$(dirname "$0")/.." && pwd)
exec "$here/bench/score_split.sh" "${1:-$here/build-release/ogpx}" "$here/samples/styles" \
  "am-nap5-numbered ke-nap3-end-of-term-ticks mx-nap4-es ng-nap2-two-column uy-carta-remision co-nap5-hitos-es ge-nap5-activity-tables lr-nap2-mid-term-table lt-letter-endorsement tz-nap3-commitment-lists za-nap4-end-of-term-x ar-nap5-lettered-hitos-es bd-nap3-quarterly-progress fi-nap5-commitment-boxes it-nap5-mid-term-boxes mk-decision-adopting-plan"
