#!/usr/bin/env bash
# Field-level F1 of `ogpx extract` on the documents written blind
# (samples/blind/README.md): every one is held out, only ever measured.
# Prints one line per document (kind, languages, F1) and score.py's last line.
# Usage: bench/blind.sh [OGPX_BINARY]
set -euo pipefail
here=$(cd "$(dirname "$0")/.." && pwd)
names=$(cd "$here/samples/blind" && ls *.gold.json | sed 's/\.gold\.json$//' | tr '\n' ' ')
exec "$here/bench/score_split.sh" "${1:-$here/build-release/ogpx}" "$here/samples/blind" "$names"
