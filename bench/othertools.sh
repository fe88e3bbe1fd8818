#!/usr/bin/env bash
# Field-level F1 of `ogpx extract` on generated plans made by other tools
# (issue 17 "Measure": template plans written by word processors and
# browsers; tests/generator/othertools.py, docs/generator.md). For each
# producer (chromium: headless Chromium printing the plan's HTML+CSS;
# libreoffice: LibreOffice Writer converting the same HTML; writer: Writer
# laying out the same plan written in its own format, .fodt, with column
# widths, heading rows and row spans of its own table model; cairo: ogpgen's
# own drawing of the same content, the reference) x generation x language
# (current-en, current-mn, 2016-en, 2020-en; the generator has no Spanish
# wording), generates the plans, extracts each, scores it with the shared
# scorer and prints one line per document and the last line of score.py per
# producer x generation x language x set.
#
# Seeds are split as bench/realworld.sh splits real documents: the
# development set (indices 1..N_DEV) may be looked at while fixing readers;
# the held-out set (indices 501..500+N_HELD) is only ever measured. Report
# both; a fix that moves the development set alone is tuned to it.
#
# Usage: bench/othertools.sh [OGPX_BINARY] [N_DEV] [N_HELD]
#   OGPX_OTHERTOOLS_PRODUCERS="cairo chromium libreoffice writer"  (those whose tool
#   is missing are skipped with a note); OGPX_OTHERTOOLS_KEEP=DIR keeps the
#   documents, predictions and per-document score.py --verbose output
#   (NAME.score.txt) there; with OGPX_OTHERTOOLS_REUSE=1 as well, documents
#   already in that directory are extracted again without being printed again
#   (to re-measure after an extractor change: printing is the slow part);
#   OGPX_SCORE overrides the scorer.
set -euo pipefail
here=$(cd "$(dirname "$0")/.." && pwd)
ogpx=${1:-$here/build-release/ogpx}
n_dev=${2:-6}
n_held=${3:-4}
python=/usr/bin/python3   # Debian's, with python3-cairo (.ci/deps)
score=${OGPX_SCORE:-}
if [ -z "$score" ]; then
  for s in "$here/../shared/tools/score.py" "$here/../../shared/tools/score.py"; do
    [ -f "$s" ] && { score=$s; break; }
  done
fi
[ -x "$ogpx" ] || { echo "othertools: no ogpx binary at $ogpx" >&2; exit 2; }
[ -n "$score" ] && [ -f "$score" ] || { echo "othertools: score.py not found (set OGPX_SCORE)" >&2; exit 2; }
if [ -n "${OGPX_OTHERTOOLS_KEEP:-}" ]; then
  dir=$OGPX_OTHERTOOLS_KEEP; mkdir -p "$dir"
else
  dir=$(mktemp -d); trap 'rm -rf "$dir"' EXIT
fi
rm -rf "$dir/groups"
mkdir -p "$dir/pred" "$dir/groups"
producers=()
for p in ${OGPX_OTHERTOOLS_PRODUCERS:-cairo chromium libreoffice writer}; do
  case $p in
    chromium) command -v chromium >/dev/null || { echo "othertools: no chromium, skipped" >&2; continue; } ;;
    libreoffice|writer) command -v soffice >/dev/null || { echo "othertools: no soffice, skipped" >&2; continue; } ;;
  esac
  producers+=("$p")
done
cells="current:en current:mn 2016:en 2020:en"
sets="dev:1-$n_dev held-out:501-$((500 + n_held))"
for p in "${producers[@]}"; do
  for cell in $cells; do
    gen=${cell%:*} lang=${cell#*:}
    for s in $sets; do
      set_=${s%%:*} range=${s#*:}
      [ "${range%-*}" -le "${range#*-}" ] || continue
      group="$dir/groups/$p-$gen-$lang-$set_"
      mkdir -p "$group/gold" "$group/pred"
      lsuffix=""; [ "$lang" = en ] || lsuffix="-$lang"
      lo=${range%-*} hi=${range#*-}
      todo=()
      for i in $(seq "$lo" "$hi"); do
        name=$(printf 'oth-%s-%s%s-%03d' "$p" "$gen" "$lsuffix" "$i")
        [ "${OGPX_OTHERTOOLS_REUSE:-0}" = 1 ] && [ -f "$dir/$name.gold.json" ] || todo+=("$i")
      done
      for i in "${todo[@]}"; do
        "$python" "$here/tests/generator/othertools.py" --out "$dir" --producer "$p" --generation "$gen" \
          --language "$lang" --index "$i-$i" --set "$set_" 2>/dev/null
      done
      for i in $(seq "$lo" "$hi"); do
        name=$(printf 'oth-%s-%s%s-%03d' "$p" "$gen" "$lsuffix" "$i")
        "$ogpx" extract "$dir/$name.pdf" > "$dir/pred/$name.json" 2> "$dir/pred/$name.err" || true
        "$python" "$score" "$dir/$name.gold.json" "$dir/pred/$name.json" --verbose > "$dir/pred/$name.score.txt" || true
        ln -sf "$dir/$name.gold.json" "$group/gold/$name.gold.json"
        ln -sf "$dir/pred/$name.json" "$group/pred/$name.json"
        printf '%-9s %-12s %-10s %-34s %s\n' "$set_" "$p" "$gen-$lang" "$name" "$(tail -1 "$dir/pred/$name.score.txt")"
      done
    done
  done
done
echo
for p in "${producers[@]}"; do
  for cell in $cells; do
    gen=${cell%:*} lang=${cell#*:}
    for s in $sets; do
      set_=${s%%:*}
      group="$dir/groups/$p-$gen-$lang-$set_"
      [ -d "$group" ] || continue
      printf '%-12s %-10s %-9s %s\n' "$p" "$gen-$lang" "$set_" \
        "$("$python" "$score" --pairs "$group/gold" "$group/pred" | tail -1)"
    done
  done
done
