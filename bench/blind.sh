#!/usr/bin/env bash
# Field-level F1 of `ogpx extract` on the documents written blind
# (samples/blind/README.md): every one is held out, only ever measured.
# Two batches, each written by its own helper: prints one line per document
# (kind, languages, F1) and score.py's last line for each batch and for both.
# Usage: bench/blind.sh [OGPX_BINARY]
set -euo pipefail
here=$(cd "$(dirname "$0")/.." && pwd)
ogpx=${1:-$here/build-release/ogpx}
dir=$here/samples/blind
batch1="am-decision-nap5-approval gh-msf-minutes-2024 ke-nap5-2024-2027 ng-bpp-progress-2024h1 ph-nap6-commitment-sheets py-plan6-gobierno-abierto"
batch2="canada-nap5-end-of-term-self-assessment estonia-oap-2024-2026-midterm-self-assessment ghana-ogp-nap5-2025-2027 guatemala-irm-informe-resultados-2023-2025 ireland-minister-letter-nap3 nz-national-action-plan-2025-2027 paraguay-plan-accion-gobierno-abierto-2025-2027 ph-ogp-7th-nap-2025-2027"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
for n in 1 2; do
  eval "names=\$batch$n"
  mkdir -p "$tmp/$n"
  for name in $names; do ln -s "$dir/$name.pdf" "$dir/$name.gold.json" "$tmp/$n/"; done
  echo "batch $n:"
  "$here/bench/score_split.sh" "$ogpx" "$tmp/$n" "$names" | grep -v '^development:' | sed 's/^held out:   /batch '"$n"':    /'
done
echo "both:    $("$here/bench/score_split.sh" "$ogpx" "$dir" "$batch1 $batch2" | tail -1 | sed 's/^held out: *//')"
