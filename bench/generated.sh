#!/usr/bin/env bash
# Field-level F1 of `ogpx extract` on the full generated set (tests/generator,
# docs/generator.md): generates it into a temporary directory, extracts every
# document, scores each with the shared scorer (../shared/tools/score.py) and
# prints F1 per document, per axis value (the documents that take it), per
# score category, and overall.
# Usage: bench/generated.sh BUILD/ogpx [SEED]   (OGPX_SCORE=path overrides the scorer;
#        OGPX_GENERATED_KEEP=DIR keeps the documents and predictions there)
set -euo pipefail
here=$(cd "$(dirname "$0")/.." && pwd)
ogpx=${1:?usage: bench/generated.sh BUILD/ogpx [SEED]}
seed=${2:-1}
python=/usr/bin/python3   # Debian's, with python3-cairo and python3-pil (.ci/deps)
score=${OGPX_SCORE:-}
if [ -z "$score" ]; then
  for s in "$here/../shared/tools/score.py" "$here/../../shared/tools/score.py"; do
    [ -f "$s" ] && { score=$s; break; }
  done
fi
[ -x "$ogpx" ] || { echo "generated: no ogpx binary at $ogpx" >&2; exit 2; }
[ -n "$score" ] && [ -f "$score" ] || { echo "generated: score.py not found (set OGPX_SCORE)" >&2; exit 2; }
if [ -n "${OGPX_GENERATED_KEEP:-}" ]; then
  dir=$OGPX_GENERATED_KEEP; mkdir -p "$dir"
else
  dir=$(mktemp -d); trap 'rm -rf "$dir"' EXIT
fi
mkdir -p "$dir/pred"
start=$(date +%s)
"$python" "$here/tests/generator/ogpgen.py" --out "$dir" --set full --seed "$seed" >&2
echo "generated in $(( $(date +%s) - start )) s" >&2
start=$(date +%s)
for pdf in "$dir"/*.pdf; do
  name=$(basename "$pdf" .pdf)
  "$ogpx" extract "$pdf" > "$dir/pred/$name.json" 2> "$dir/pred/$name.err" || true
done
echo "extracted in $(( $(date +%s) - start )) s" >&2
"$python" - "$score" "$dir" <<'PY'
import importlib.util, json, os, sys
from collections import Counter
spec = importlib.util.spec_from_file_location("score", sys.argv[1])
score = importlib.util.module_from_spec(spec)
spec.loader.exec_module(score)
d = sys.argv[2]
manifest = json.load(open(os.path.join(d, "manifest.json")))
by_key, docs, cats = {}, Counter(), {}
for doc in manifest["documents"]:
    name = doc["name"]
    gold = score.load(os.path.join(d, name + ".gold.json"))
    p = os.path.join(d, "pred", name + ".json")
    try:
        pred = score.load(p)
    except (OSError, ValueError):
        pred = {}
    t = score.score(gold, pred)
    c = t.total()
    print(f"{name:28s} f1={score.f1(c):.4f} tp={c['tp']} fp={c['fp']} fn={c['fn']}")
    for cat, cc in t.by.items():
        cats.setdefault(cat, Counter()).update(cc)
    for key in ["all"] + [f"{a}={v}" for a, v in doc["axes"].items()]:
        by_key.setdefault(key, Counter()).update(c)
        docs[key] += 1
print("\nper axis value:")
for key in sorted(by_key):
    c = by_key[key]
    print(f"  {key:32s} f1={score.f1(c):.4f} docs={docs[key]:3d} tp={c['tp']} fp={c['fp']} fn={c['fn']}")
print("\nper category:")
for cat in sorted(cats):
    c = cats[cat]
    print(f"  {cat:32s} f1={score.f1(c):.4f} tp={c['tp']} fp={c['fp']} fn={c['fn']}")
c = by_key["all"]
print(f"\noverall f1={score.f1(c):.4f} tp={c['tp']} fp={c['fp']} fn={c['fn']} documents={docs['all']}")
PY
