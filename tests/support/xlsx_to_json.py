#!/usr/bin/env python3
"""Reads an .xlsx workbook back (test oracle, standard library only) and
prints it as JSON on stdout:

  {"properties": {"title": ..., "creator": ...},
   "sheets": [{"name": ..., "frozen_rows": N, "autofilter": "A1:H6",
               "widths": [w, ...],
               "rows": [[cell, ...], ...]}]}

A cell is null (empty) or {"t": type, "v": value}: "s" a string (shared or
inline), "n" a number (int when integral), "d" a date written as a number
with a date format (v: "YYYY-MM-DD"), "f" a formula (v: its text), "b" a
boolean, "e" an error. Rows are padded to the widest row with nulls.

usage: xlsx_to_json.py FILE.xlsx
"""
import datetime
import json
import re
import sys
import zipfile
import xml.etree.ElementTree as ET

NS = {
    "m": "http://schemas.openxmlformats.org/spreadsheetml/2006/main",
    "r": "http://schemas.openxmlformats.org/officeDocument/2006/relationships",
    "rel": "http://schemas.openxmlformats.org/package/2006/relationships",
    "cp": "http://schemas.openxmlformats.org/package/2006/metadata/core-properties",
    "dc": "http://purl.org/dc/elements/1.1/",
}
# Built-in number formats that are dates (ECMA-376 18.8.30).
BUILTIN_DATES = set(range(14, 23)) | {45, 46, 47}


def text_of(node):
    """The text of a <si> or <is>: its <t> runs joined."""
    return "".join(t.text or "" for t in node.iter("{%s}t" % NS["m"]))


def column_index(ref):
    letters = re.match(r"[A-Z]+", ref).group(0)
    n = 0
    for ch in letters:
        n = n * 26 + (ord(ch) - 64)
    return n - 1


def date_styles(zf):
    """Indexes of cell styles (cellXfs) whose number format is a date."""
    root = ET.fromstring(zf.read("xl/styles.xml"))
    custom = {}
    for nf in root.findall("m:numFmts/m:numFmt", NS):
        custom[int(nf.get("numFmtId"))] = nf.get("formatCode")
    out = set()
    for i, xf in enumerate(root.findall("m:cellXfs/m:xf", NS)):
        fid = int(xf.get("numFmtId", "0"))
        code = custom.get(fid, "")
        plain = re.sub(r'"[^"]*"|\[[^\]]*\]', "", code).lower()
        if fid in BUILTIN_DATES or ("y" in plain and "d" in plain):
            out.add(i)
    return out


def read_sheet(zf, path, strings, dates):
    root = ET.fromstring(zf.read(path))
    rows = []
    for row in root.findall("m:sheetData/m:row", NS):
        r = int(row.get("r")) - 1
        while len(rows) <= r:
            rows.append([])
        for c in row.findall("m:c", NS):
            col = column_index(c.get("r"))
            cells = rows[r]
            while len(cells) <= col:
                cells.append(None)
            t = c.get("t", "n")
            f = c.find("m:f", NS)
            v = c.find("m:v", NS)
            if f is not None:
                cells[col] = {"t": "f", "v": f.text or ""}
            elif t == "s":
                cells[col] = {"t": "s", "v": strings[int(v.text)]}
            elif t == "inlineStr":
                cells[col] = {"t": "s", "v": text_of(c.find("m:is", NS))}
            elif t == "str":
                cells[col] = {"t": "s", "v": v.text or ""}
            elif t in ("b", "e"):
                cells[col] = {"t": t, "v": v.text}
            elif v is not None:
                number = float(v.text)
                if int(c.get("s", "0")) in dates:
                    day = datetime.date(1899, 12, 30) + datetime.timedelta(days=int(number))
                    cells[col] = {"t": "d", "v": day.isoformat()}
                else:
                    cells[col] = {"t": "n", "v": int(number) if number.is_integer() else number}
    width = max((len(r) for r in rows), default=0)
    for r in rows:
        r.extend([None] * (width - len(r)))
    pane = root.find("m:sheetViews/m:sheetView/m:pane", NS)
    frozen = 0
    if pane is not None and pane.get("state") in ("frozen", "frozenSplit"):
        frozen = int(float(pane.get("ySplit", "0")))
    autofilter = root.find("m:autoFilter", NS)
    widths = []
    for col in root.findall("m:cols/m:col", NS):
        for _ in range(int(col.get("min")), int(col.get("max")) + 1):
            widths.append(float(col.get("width")))
    return {
        "frozen_rows": frozen,
        "autofilter": autofilter.get("ref") if autofilter is not None else None,
        "widths": widths,
        "rows": rows,
    }


def main(path):
    with zipfile.ZipFile(path) as zf:
        strings = []
        if "xl/sharedStrings.xml" in zf.namelist():
            root = ET.fromstring(zf.read("xl/sharedStrings.xml"))
            strings = [text_of(si) for si in root.findall("m:si", NS)]
        rels = ET.fromstring(zf.read("xl/_rels/workbook.xml.rels"))
        target = {r.get("Id"): r.get("Target") for r in rels.findall("rel:Relationship", NS)}
        book = ET.fromstring(zf.read("xl/workbook.xml"))
        dates = date_styles(zf)
        sheets = []
        for s in book.findall("m:sheets/m:sheet", NS):
            rid = s.get("{%s}id" % NS["r"])
            sheet = read_sheet(zf, "xl/" + target[rid].lstrip("/").removeprefix("xl/"), strings, dates)
            sheets.append({"name": s.get("name"), **sheet})
        props = {}
        if "docProps/core.xml" in zf.namelist():
            core = ET.fromstring(zf.read("docProps/core.xml"))
            for key, tag in (("title", "dc:title"), ("creator", "dc:creator"), ("description", "dc:description")):
                node = core.find(tag, NS)
                if node is not None:
                    props[key] = node.text
    json.dump({"properties": props, "sheets": sheets}, sys.stdout, ensure_ascii=False)


if __name__ == "__main__":
    if len(sys.argv) != 2:
        sys.exit(__doc__)
    main(sys.argv[1])
