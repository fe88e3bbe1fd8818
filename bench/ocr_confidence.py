#!/usr/bin/python3
"""OCR confidence of each field against its correctness (bench/ocr_confidence.sh).

    ocr_confidence.py DB JSON_DIR SAMPLES_DIR

DB: an ogpx database of the scanned samples; JSON_DIR: its `ogpx export
--format json`; SAMPLES_DIR: where the <name>.gold.json files are. A field
(a provenance row with an OCR confidence whose pointer names a string) is
correct when the gold has it by the shared scorer's rules (score.py:
records matched by number, names compared at NAME_RATIO, texts at
TEXT_RATIO, a list item correct when the gold list has it); a record's own
box (a milestone's row) is not a field and is left out.
"""
import importlib.util
import json
import os
import sqlite3
import sys

spec = importlib.util.spec_from_file_location("score", os.environ["OGPX_SCORE"])
score = importlib.util.module_from_spec(spec)
spec.loader.exec_module(score)

# Keys of values the scorer compares as names.
NAMES = {"lead", "government", "civil_society", "other", "evidence", "agency", "name", "issuer"}
EDGES = [0, 40, 50, 60, 70, 80, 90, 95, 101]
THRESHOLDS = [40, 50, 55, 60, 65, 70, 80]


def resolve(obj, parts):
    for p in parts:
        if isinstance(obj, list):
            obj = obj[int(p)] if int(p) < len(obj) else None
        elif isinstance(obj, dict):
            obj = obj.get(p)
        else:
            return None
        if obj is None:
            return None
    return obj


def by_number(rows, key, number, commitment=None):
    for r in rows or []:
        n = score.num(r.get(key))
        if commitment and n and "." not in n:
            n = f"{commitment}.{n}"
        if n == number:
            return r
    return None


def gold_record(pred, gold, parts):
    """The gold object holding the field (commitments, milestones and entries
    matched by number) and the field's path inside it; None when the gold
    lacks the record."""
    kind, rest = parts[0], parts[1:]
    p, g = pred.get(kind), gold.get(kind)
    if p is None or g is None:
        return None, []
    if kind == "action_plan" and rest[:1] == ["commitments"]:
        pc = p["commitments"][int(rest[1])]
        n = score.num(pc.get("number"))
        g, rest = by_number(g.get("commitments"), "number", n), rest[2:]
        if g is not None and rest[:1] == ["milestones"]:
            m = score.num(pc["milestones"][int(rest[1])].get("number"))
            m = f"{n}.{m}" if m and "." not in m else m
            g, rest = by_number(g.get("milestones"), "number", m, n), rest[2:]
    if kind == "progress_report" and rest[:1] == ["entries"]:
        pe = p["entries"][int(rest[1])]
        g, rest = by_number(g.get("entries"), "milestone", score.num(pe.get("milestone"))), rest[2:]
    return g, rest


def correct(pred, gold, field):
    """True or False for a field; None for a record's own box."""
    parts = field.strip("/").split("/")
    value = resolve(pred, parts)
    if not isinstance(value, str):
        return None
    g, rest = gold_record(pred, gold, parts)
    if g is None:
        return False
    ratio = score.NAME_RATIO if set(rest) & NAMES else score.TEXT_RATIO
    if rest and rest[-1].isdigit():
        return any(score.same(x, value, ratio) for x in resolve(g, rest[:-1]) or [])
    want = resolve(g, rest)
    return want == value if rest[-1:] == ["status"] else score.same(want, value, ratio)


def main(db_path, json_dir, samples):
    db = sqlite3.connect(db_path)
    rows, warned = [], {}
    for doc_id, file_name in db.execute("SELECT id, file_name FROM documents ORDER BY file_name"):
        name = file_name[:-4]
        with open(os.path.join(json_dir, name + ".json"), encoding="utf-8") as f:
            pred = json.load(f)
        with open(os.path.join(samples, name + ".gold.json"), encoding="utf-8") as f:
            gold = json.load(f)
        warned[name] = db.execute("SELECT count(*) FROM warnings WHERE document_id = ? AND "
                                  "code = 'ocr_low_confidence'", (doc_id,)).fetchone()[0]
        for field, conf in db.execute("SELECT field, ocr_confidence FROM provenance WHERE document_id = ? "
                                      "AND ocr_confidence IS NOT NULL ORDER BY position", (doc_id,)):
            ok = correct(pred, gold, field)
            if ok is not None:
                rows.append((name, field, conf, ok))
    wrong = [r for r in rows if not r[3]]
    print(f"fields with an OCR confidence: {len(rows)}, wrong against the gold: {len(wrong)}")
    print("\n| mean word confidence | correct | wrong |\n| --- | --- | --- |")
    for lo, hi in zip(EDGES, EDGES[1:]):
        n = [sum(1 for r in rows if lo <= r[2] < hi and r[3] == ok) for ok in (True, False)]
        print(f"| {lo}-{min(hi, 100)} | {n[0]} | {n[1]} |")
    print("\n| threshold | fields below | of them wrong | share wrong below | share wrong at or above |"
          "\n| --- | --- | --- | --- | --- |")
    for t in THRESHOLDS:
        below = [r for r in rows if r[2] < t]
        above = len(rows) - len(below)
        w_below = sum(1 for r in below if not r[3])
        w_above = len(wrong) - w_below
        print(f"| {t} | {len(below)} | {w_below} | {w_below / len(below) if below else 0:.2f} | "
              f"{w_above / above if above else 0:.2f} |")
    print("\n| sample | fields with a confidence | wrong | ocr_low_confidence warnings |\n| --- | --- | --- | --- |")
    for name, n in warned.items():
        mine = [r for r in rows if r[0] == name]
        print(f"| {name} | {len(mine)} | {sum(1 for r in mine if not r[3])} | {n} |")
    print("\nwrong fields:")
    for name, field, conf, _ in sorted(wrong, key=lambda r: r[2]):
        print(f"  {conf:5.1f}  {name} {field}")
    return 0


if __name__ == "__main__":
    if len(sys.argv) != 4:
        print(__doc__, file=sys.stderr)
        sys.exit(2)
    sys.exit(main(*sys.argv[1:]))
