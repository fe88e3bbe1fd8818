#!/usr/bin/env bash
# Field-level F1 of `ogpx extract` on the real published documents
# (samples/realworld/), split into the development set (readers were tuned
# on these) and the held-out set (only ever measured), scored by the shared
# scorer (../shared/tools/score.py). Prints one line per document (kind,
# language, F1) and the last line of score.py for each set.
# Usage: bench/realworld.sh [OGPX_BINARY]
set -euo pipefail
here=$(cd "$(dirname "$0")/.." && pwd)
# The held-out documents: never looked at while writing readers.
exec "$here/bench/score_split.sh" "${1:-$here/build-release/ogpx}" "$here/samples/realworld" \
  "us-nap3-new-commitments uk-written-ministerial-statement-2013-scanned id-irm-progress-report-2014-15"
