#!/usr/bin/env bash
# The CSV data package of the born-digital samples, validated by the npm
# `datapackage` library (Frictionless Data's JavaScript implementation) in
# strict mode, with type casting, primary keys and foreign-key relations;
# every report entry must join to a milestone. The library is installed at
# the version pinned in package-lock.json (npm ci), once, into WORK.
#
# usage: check.sh OGPX SAMPLES_DIR WORK
# Exit 0: valid; 1: invalid (the errors are printed); 77 (ctest: skipped):
# node or npm missing, or npm could not install the library.
set -euo pipefail
ogpx=$1 samples=$2 work=$3
here=$(cd "$(dirname "$0")" && pwd)
if ! command -v node >/dev/null || ! command -v npm >/dev/null; then
  echo "skipped: node and npm are not installed"
  exit 77
fi
mkdir -p "$work"
if [ ! -d "$work/node_modules/datapackage" ] || ! cmp -s "$here/package-lock.json" "$work/package-lock.json"; then
  cp "$here/package.json" "$here/package-lock.json" "$work/"
  if ! (cd "$work" && npm ci --no-audit --no-fund --loglevel=error); then
    echo "skipped: npm ci could not install the datapackage library"
    exit 77
  fi
fi
rm -rf "$work/db.sqlite" "$work/csv"
"$ogpx" ingest --quiet --db "$work/db.sqlite" "$samples/nap5-en.pdf" "$samples/nap5-mn-excerpt.pdf" \
  "$samples/report-mof-2024q3-en.pdf" "$samples/report-mmhi-2024q4-mn.pdf" "$samples/order-120-mn.pdf"
"$ogpx" export --quiet --db "$work/db.sqlite" --format csv --out "$work/csv"
NODE_PATH="$work/node_modules" node "$here/validate.js" "$work/csv" --require-joined
