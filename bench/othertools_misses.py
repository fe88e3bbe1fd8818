#!/usr/bin/env python3
"""Classify what ogpx gets wrong on the plans of bench/othertools.sh.

    python3 bench/othertools_misses.py DIR [PRODUCER ...]

DIR is the OGPX_OTHERTOOLS_KEEP directory (NAME.gold.json, pred/NAME.json,
pred/NAME.score.txt = score.py --verbose). Every "miss" line of score.py is
put in one error class by its shape (a heuristic, read the examples); prints
per class the units lost (false negatives + false positives), the documents
it hits, and an example document with its page (from the gold). Classes:

  rows-as-lines     a milestone row read line by line: its text is the first
                    line(s) of the gold text, and the commitment gets extra
                    milestones (seen with unnumbered milestones)
  rows-merged       a milestone text runs into the next row's text, or
                    another milestone's text stands in its place
  names-joined      two names of one cell read as one (an extra that is two
                    missing names joined)
  name-split        one name read as two or more pieces
  header-as-name    a sub-table header word ("Actors", "Government", ...)
                    read as a name
  people-labels     the people cell's labels ("Lead implementing agency/actor:",
                    "Supporting Stakeholders:") read as names: the lead and the
                    supporting names land in the wrong lists
  wrong-sector      a name read whole but put under another sector (the 2016
                    template's CSO names as State actors)
  supporting-lost   supporting names missing with nothing read in their place
                    (a nested stakeholder sub-table not attached to its row)
  hyphen-left       a text or name kept a line-end or soft hyphen ("requi‐
                    ring", U+00AD)
  date-lost         a milestone's due year missing or wrong
  commitment        a commitment missing or extra, or its title wrong
  meta              country, plan number, period, participants
  other             the rest
"""
import json
import os
import re
import sys
import unicodedata
from collections import Counter, defaultdict

HEADER_WORDS = {"actors", "other actors", "government", "civil society", "other", "төр", "иргэний нийгэм",
                "бусад оролцогчид", "бусад", "оролцогчид"}


def norm(s):
    s = unicodedata.normalize("NFKC", s or "").replace("\u00ad", "").casefold()
    s = "".join(" " if unicodedata.category(c)[0] in "PZS" else c for c in s)
    return re.sub(r"\s+", " ", s).strip()


MISS = re.compile(r"^\s*miss (?P<cat>[\w.]+): (?P<where>.*?) (?P<kind>want|missing|extra|unexpected) (?P<rest>.*)$")
MILESTONE = re.compile(r"milestone (\d+(?:\.\d+)*)")


def parse_value(text):
    """score.py prints Python reprs: 'x' or "x" or None or numbers."""
    text = text.strip()
    if text[:1] in "'\"":
        try:
            import ast
            return ast.literal_eval(text)
        except (ValueError, SyntaxError):
            return text.strip("'\"")
    return text


def gold_pages(gold):
    out = {}
    for c in (gold.get("action_plan") or {}).get("commitments", []):
        out[f"commitment {c['number']}"] = (c.get("pages") or [None])[0]
        for m in c.get("milestones", []):
            out[f"milestone {m['number']}"] = (m.get("pages") or [None])[0]
    return out


def classify_doc(lines, gold_texts=()):
    """lines: the miss lines of one document, gold_texts its milestone texts
    (normalised) -> [(class, units, where)]."""
    misses = []
    for line in lines:
        m = MISS.match(line)
        if m:
            misses.append(m.groupdict())
    # Per place (milestone n / commitment n / sector): the missing and extra names.
    missing, extra = defaultdict(list), defaultdict(list)
    for m in misses:
        if m["kind"] in ("missing", "extra"):
            (missing if m["kind"] == "missing" else extra)[(m["cat"], m["where"])].append(parse_value(m["rest"]))
    extra_ms = Counter()
    for m in misses:
        if m["cat"] == "milestone.found" and m["kind"] == "extra":
            extra_ms[m["where"].split()[-1]] += 1
    out = []
    joined_extra, joined_missing, split_missing = set(), set(), set()
    for key, ex in extra.items():
        miss = missing.get(key, [])
        # other sectors of the same milestone / commitment: names may be joined across them
        place = key[1].split("/")[0]
        pool = [(k, v) for k, vs in missing.items() if k[1].split("/")[0] == place and k[0] == key[0] for v in vs]
        for e in ex:
            ne = norm(e)
            for i, (k1, a) in enumerate(pool):
                for k2, b in pool[i + 1:] + pool[:i]:
                    if a != b and (norm(a) + " " + norm(b) == ne or norm(b) + " " + norm(a) == ne):
                        joined_extra.add((key, e))
                        joined_missing.update({(k1, a), (k2, b)})
            for k1, a in pool:
                if ne and ne != norm(a) and ne in norm(a) and (key, e) not in joined_extra:
                    split_missing.add((k1, a))
                    joined_extra.add((key, e))
                    out.append(("name-split", 1, key[1]))
    # A milestone whose text is wrong: why (its other misses follow from it).
    primary = {}
    for m in misses:
        if m["cat"] != "milestone.text" or m["kind"] != "want" or " got " not in m["rest"]:
            continue
        want, got = (parse_value(v) for v in m["rest"].split(" got ", 1))
        place = MILESTONE.search(m["where"]).group(0)
        piece, whole = norm(str(got)) if got not in (None, "None") else "", norm(str(want))
        if not piece:
            continue
        if len(piece) < len(whole) and any(piece in t for t in gold_texts) and extra_ms:
            primary[place] = "rows-as-lines"
        elif piece.startswith(whole[:20]) and len(piece) > len(whole) * 1.2:
            primary[place] = "rows-merged"
        elif any(t[:20] in piece for t in gold_texts if t != whole):
            primary[place] = "rows-merged"
        elif "\u2010" in str(got) or "\u00ad" in str(got) or re.search(r"\w- \w", str(got)):
            primary[place] = "hyphen-left"
    # A people cell whose labels were not seen: "Lead implementing
    # agency/actor: X" or "Supporting Stakeholders:" read as names.
    for m in misses:
        if m["kind"] == "extra" and m["cat"].endswith((".lead", ".supporting")) and \
                re.search(r"(agency|actor|stakeholders|байгууллага|талууд)\W*:", str(parse_value(m["rest"])), re.I):
            place = MILESTONE.search(m["where"])
            if place:
                primary.setdefault(place.group(0), "people-labels")
    for m in misses:
        cat, where, kind, rest = m["cat"], m["where"], m["kind"], m["rest"]
        value = parse_value(rest.split(" got ")[0]) if kind == "want" else parse_value(rest)
        got = parse_value(rest.split(" got ", 1)[1]) if kind == "want" and " got " in rest else None
        key = (cat, where)
        units = 2 if kind == "want" and got not in (None, "None") else 1
        place = MILESTONE.search(where)
        if place and place.group(0) in primary:
            out.append((primary[place.group(0)], units, where))
            continue
        if cat == "milestone.found" and kind == "extra":
            out.append(("rows-as-lines" if any(c == "rows-as-lines" for c in primary.values()) else "other",
                        units, where))
            continue
        if kind == "extra" and (key, value) in joined_extra:
            if not any(c == "name-split" and w == where for c, _, w in out):
                out.append(("names-joined", 1, where))
            continue
        if kind == "missing" and (key, value) in joined_missing:
            out.append(("names-joined", 1, where))
            continue
        if kind == "missing" and (key, value) in split_missing:
            out.append(("name-split", 1, where))
            continue
        text = str(got or value)
        place_of = where.split("/")[0]
        if kind in ("missing", "extra") and "/" in where and any(
                k[0] == cat and k[1].split("/")[0] == place_of and k[1] != where and
                any(norm(v) == norm(str(value)) for v in vs)
                for k, vs in (extra if kind == "missing" else missing).items()):
            out.append(("wrong-sector", 1, where))
        elif kind == "missing" and cat.endswith(".supporting") and not any(
                k[0] == cat and k[1].split("/")[0] == place_of for k in extra):
            out.append(("supporting-lost", 1, where))
        elif kind == "extra" and norm(text) in HEADER_WORDS:
            out.append(("header-as-name", 1, where))
        elif "\u2010" in text or "\u00ad" in text or re.search(r"\w- \w", text):
            out.append(("hyphen-left", units, where))
        elif cat == "milestone.due":
            out.append(("date-lost", units, where))
        elif cat.startswith("commitment.found") or cat == "commitment.title":
            out.append(("commitment", units, where))
        elif cat.startswith("plan.") or cat == "kind":
            out.append(("meta", units, where))
        else:
            out.append(("other", units, where))
    return out


def main(argv):
    if not argv:
        print(__doc__, file=sys.stderr)
        return 2
    d = argv[0]
    producers = argv[1:]
    names = sorted(f[:-len(".score.txt")] for f in os.listdir(os.path.join(d, "pred")) if f.endswith(".score.txt"))
    by_group = defaultdict(lambda: defaultdict(lambda: {"units": 0, "docs": set(), "examples": []}))
    for name in names:
        producer = name.split("-")[1]
        if producers and producer not in producers:
            continue
        group = "-".join(name.split("-")[1:-1])
        with open(os.path.join(d, "pred", name + ".score.txt"), encoding="utf-8") as f:
            lines = [l for l in f if l.lstrip().startswith("miss ")]
        with open(os.path.join(d, name + ".gold.json"), encoding="utf-8") as f:
            gold = json.load(f)
        pages = gold_pages(gold)
        texts = [norm(m["text"]) for c in gold["action_plan"]["commitments"] for m in c["milestones"]]
        for cls, units, where in classify_doc(lines, texts):
            e = by_group[group][cls]
            e["units"] += units
            e["docs"].add(name)
            place = MILESTONE.search(where)
            page = pages.get(f"milestone {place.group(1)}") if place else None
            if page is None:
                c = re.search(r"commitment (\d+)", where)
                page = pages.get(f"commitment {c.group(1)}") if c else None
            e["examples"].append((name, page, where))
    for group in sorted(by_group):
        print(f"{group}:")
        for cls, e in sorted(by_group[group].items(), key=lambda kv: -kv[1]["units"]):
            name, page, where = max(e["examples"], key=lambda x: sum(1 for y in e["examples"] if y[0] == x[0]))
            print(f"  {cls:15s} units={e['units']:4d} docs={len(e['docs']):2d}  e.g. {name}.pdf p.{page} ({where})")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
