#!/usr/bin/python3
"""ogpgen: test documents for ogpx (tests only, not shipped; issue 11).

    /usr/bin/python3 tests/generator/ogpgen.py --out DIR --set ci|full --seed N

Writes, for fictional countries, OGP action plans on the commitment template
and agency progress reports, each as NAME.pdf with its gold NAME.gold.json
(ogpx/1, docs/export-json.md), and DIR/manifest.json listing every document
with the value it takes on each axis (docs/generator.md). The same seed gives
the same files, byte for byte. Needs Debian's python3-cairo and python3-pil,
fonts-dejavu-core, fonts-liberation2 and poppler-utils (pdftoppm).
"""
import argparse
import hashlib
import json
import os
import random
import sys
import tempfile

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

import gen_content as content  # noqa: E402
import gen_render as render  # noqa: E402

PLAN_DEFAULTS = {
    "kind": "action_plan", "numbering": "1.1.", "heading": "Commitment 3.", "dates": "classic",
    "orientation": "landscape", "font": "liberation-serif", "columns": "standard",
    "stakeholders": "sectors", "header_repeat": "no", "row_split": "yes", "medium": "digital",
    "annex": "no", "description": "no", "language": "en", "template": "current",
}
REPORT_DEFAULTS = {
    "kind": "progress_report", "orientation": "landscape", "font": "liberation-sans",
    "columns": "standard", "header_repeat": "yes", "row_split": "yes", "medium": "digital",
    "percent": "plain", "status_level": "milestone", "period": "quarter", "language": "en",
}
AXES = {
    "numbering": ["1.1", "1.1.", "1.", "Milestone 1", "M1", "a)", "none"],
    "heading": ["Commitment 3.", "Commitment 3:", "3.", "Commitment ID"],
    "dates": content.DATE_FORMS + ["mixed"],
    "orientation": ["portrait", "landscape"],
    "font": list(render.FONTS),
    "columns": ["standard", "reordered", "relabelled"],
    "stakeholders": ["sectors", "flat", "lead-supporting"],
    "header_repeat": ["yes", "no"],
    "row_split": ["yes", "no"],
    "medium": ["digital", "scan"],
    "annex": ["yes", "no"],
    "description": ["yes", "no"],
    "percent": ["plain", "sign"],
    "status_level": ["milestone", "commitment"],
    "period": ["quarter", "half"],
    "language": ["en", "mn"],
    "template": ["current", "2016", "2020", "narrative"],
    "narrative_heading": ["numbered", "numbered-continuous", "unnumbered"],
    "bullets": ["glyph", "indent", "nested"],
    "columns2": ["no", "yes"],
    "number_slip": ["no", "yes"],
}
# Mongolian plans take these values only (the Mongolian template's forms).
AXES_MN_PLAN = {"numbering": ["1.1", "1.1.", "1.", "none"], "heading": ["Commitment 3.", "Commitment 3:", "3."],
                "dates": content.DATE_FORMS_MN + ["mixed"], "columns": ["standard", "reordered"],
                "annex": ["no"], "description": ["no"]}

# The CI set: every value of every axis at least once, few pages, 3 scans.
CI_SET = [
    {"numbering": "1.1", "dates": "quarter", "orientation": "portrait", "font": "dejavu-sans"},
    {"numbering": "1.", "header_repeat": "yes"},
    {"numbering": "Milestone 1", "dates": "month", "font": "dejavu-serif"},
    {"numbering": "M1", "dates": "half"},
    {"numbering": "a)", "dates": "day_first", "font": "liberation-sans"},
    {"numbering": "none", "dates": "iso"},
    {"heading": "3.", "columns": "reordered", "dates": "month_range"},
    {"heading": "Commitment ID", "annex": "yes", "orientation": "portrait", "dates": "year"},
    {"heading": "Commitment 3:", "stakeholders": "flat", "dates": "mixed", "description": "yes"},
    {"stakeholders": "lead-supporting", "columns": "relabelled", "row_split": "no", "dates": "years"},
    {"numbering": "1.1", "dates": "quarter_words", "orientation": "portrait", "medium": "scan"},
    {"dates": "month_abbr", "medium": "scan", "font": "dejavu-sans", "header_repeat": "yes"},
    {"kind": "progress_report", "columns": "reordered"},
    {"kind": "progress_report", "percent": "sign", "orientation": "portrait", "period": "half",
     "font": "dejavu-serif"},
    {"kind": "progress_report", "status_level": "commitment", "font": "dejavu-sans", "header_repeat": "no"},
    {"kind": "progress_report", "medium": "scan", "percent": "sign", "orientation": "portrait"},
]
# Mongolian documents come after the English ones of either set (after the
# full set's random draws too), so that adding them left every earlier
# document's number, seed and bytes as they were. The CI set has two: a
# digital report, and a scanned portrait report with "60%" percentages (the
# case the Mongolian ministries' reports failed on).
CI_SET_MN = [
    {"kind": "progress_report", "language": "mn"},
    {"kind": "progress_report", "language": "mn", "medium": "scan", "percent": "sign", "orientation": "portrait"},
]
FULL_SET_MN = [
    {"kind": "progress_report", "language": "mn", "orientation": "portrait", "font": "dejavu-sans",
     "period": "half", "percent": "sign"},
    {"kind": "progress_report", "language": "mn", "columns": "reordered", "font": "dejavu-serif",
     "header_repeat": "no"},
    {"kind": "progress_report", "language": "mn", "status_level": "commitment", "font": "liberation-serif",
     "period": "half"},
    {"kind": "progress_report", "language": "mn", "row_split": "no", "orientation": "portrait"},
    {"kind": "progress_report", "language": "mn", "medium": "scan", "period": "half", "font": "dejavu-sans"},
    {"kind": "progress_report", "language": "mn", "medium": "scan", "status_level": "commitment",
     "orientation": "portrait", "percent": "sign", "font": "dejavu-serif"},
    # Plans: the numberings, headings, dates and columns a Mongolian plan
    # prints (no annex, no description row: the Mongolian template has none).
    {"language": "mn"},
    {"language": "mn", "numbering": "1.1", "dates": "quarter", "orientation": "portrait", "font": "dejavu-sans",
     "stakeholders": "flat", "header_repeat": "yes"},
    {"language": "mn", "heading": "3.", "dates": "month", "stakeholders": "lead-supporting", "columns": "reordered",
     "row_split": "no", "font": "liberation-sans"},
    {"language": "mn", "numbering": "1.", "heading": "Commitment 3:", "dates": "mixed", "font": "dejavu-serif"},
    {"language": "mn", "medium": "scan", "dates": "years", "numbering": "none"},
]

# Plans on the older OGP templates (axis `template`) come after everything
# else, for the same reason. A 2016-2019 plan prints one table per commitment
# and a milestone table "Milestone activity with a verifiable deliverable |
# Start Date | End Date", so it takes these values only (the columns,
# stakeholders and description axes keep their defaults and mean nothing
# there; every 2016 commitment prints a "Brief description").
AXES_2016_PLAN = {"dates": content.DATE_FORMS_2016 + ["mixed"], "heading": ["Commitment 3.", "Commitment 3:", "3."],
                  "columns": ["standard"], "stakeholders": ["sectors"], "language": ["en"], "annex": ["no"]}
CI_SET_TPL = [
    {"template": "2016", "dates": "classic", "description": "yes", "heading": "Commitment 3:"},
]
FULL_SET_TPL = [
    {"template": "2016", "dates": "month", "description": "yes", "orientation": "portrait", "font": "dejavu-sans",
     "numbering": "none", "header_repeat": "yes"},
    {"template": "2016", "dates": "mixed", "description": "yes", "medium": "scan", "numbering": "1.1",
     "heading": "3."},
    {"template": "2020", "dates": "day_first", "description": "yes", "heading": "Commitment ID"},
    {"template": "2020", "dates": "month_range", "orientation": "portrait", "font": "liberation-sans",
     "numbering": "M1", "stakeholders": "flat"},
]

# Narrative plans (template `narrative`) and covering letters (kind
# `other`) come after everything else, for the same reason. A narrative plan
# prints no table, so it carries only the axes that mean something there:
# narrative_heading ("1. Title" numbered afresh in each section, numbered
# 1..N across the sections, or headings without a number), bullets (a "•"
# glyph, or items only indented), columns2 (body in two columns), and font,
# medium, language. A letter carries font, medium, language.
NARRATIVE_DEFAULTS = {"kind": "action_plan", "template": "narrative", "narrative_heading": "numbered",
                      "bullets": "glyph", "columns2": "no", "font": "liberation-serif", "medium": "digital",
                      "language": "en"}
LETTER_DEFAULTS = {"kind": "other", "font": "liberation-serif", "medium": "digital", "language": "en"}
CI_SET_NARRATIVE = [
    {"narrative_heading": "numbered", "bullets": "indent"},
    {"narrative_heading": "unnumbered", "bullets": "glyph", "columns2": "yes", "font": "dejavu-sans"},
]
FULL_SET_NARRATIVE = [
    {"narrative_heading": "numbered-continuous", "bullets": "glyph", "font": "liberation-sans"},
    {"narrative_heading": "numbered-continuous", "bullets": "indent", "font": "dejavu-serif"},
    {"narrative_heading": "numbered", "bullets": "glyph", "columns2": "yes", "font": "dejavu-sans"},
    {"narrative_heading": "unnumbered", "bullets": "indent"},
    {"narrative_heading": "numbered", "bullets": "indent", "font": "liberation-sans", "medium": "scan"},
    {"narrative_heading": "numbered-continuous", "bullets": "glyph", "columns2": "yes", "font": "dejavu-serif"},
]
CI_SET_LETTER = [{}]
# Nested lists (bullets=nested: each milestone bullet has a detail set one
# level deeper with a second-level glyph, part of its milestone) come last of
# all, so that the documents before them keep their numbers and seeds.
CI_SET_NESTED = [{"narrative_heading": "numbered", "bullets": "nested", "font": "dejavu-sans"}]
# Milestone numbers with a slip (number_slip=yes) come after them: a report
# and a plan numbered in full, both born-digital.
CI_SET_SLIP = [{"kind": "progress_report", "number_slip": "yes"},
               {"numbering": "1.1.", "number_slip": "yes", "orientation": "portrait"}]
# A detail of a milestone, printed as a nested item under it.
NESTED_DETAILS = ["The agency publishes what it has done on its website.",
                  "Civil society reviews the draft before it is adopted.",
                  "Progress is reported to the multi-stakeholder forum."]
FULL_SET_LETTER = [{"font": "dejavu-sans", "medium": "scan"}]

PLAN_COLUMNS = {
    "standard": [("text", "Milestones", 0.27), ("outputs", "Expected Outputs", 0.22),
                 ("due", "Expected Completion Date", 0.10), ("people", "Stakeholders", 0.41)],
    "reordered": [("text", "Milestones", 0.27), ("due", "Expected Completion Date", 0.10),
                  ("outputs", "Expected Outputs", 0.22), ("people", "Stakeholders", 0.41)],
    "relabelled": [("text", "Milestone activities", 0.27), ("outputs", "Expected results", 0.22),
                   ("due", "Deadline", 0.10), ("people", "Responsible institutions", 0.41)],
}
REPORT_COLUMNS = {
    "standard": ["no", "item", "status", "progress", "results", "evidence"],
    "reordered": ["item", "results", "progress", "status", "evidence"],
}
REPORT_WIDTHS = {"no": 0.05, "item": 0.22, "status": 0.09, "progress": 0.08, "results": 0.34,
                 "evidence": 0.22}
# Mongolian: "Хязгаарлагдмал" and "Гүйцэтгэл," fit their columns in portrait.
REPORT_WIDTHS_MN = {"no": 0.05, "item": 0.20, "status": 0.145, "progress": 0.105, "results": 0.31,
                    "evidence": 0.19}
SECTOR_HEADERS = ["Government", "Civil Society", "Other Actors"]
# The plan template's wording per language; Mongolian as in
# samples/nap5-mn-excerpt.pdf (extract/action_plan_labels.cpp knows it).
PLAN_TEXT = {
    "en": {"definition": "Commitment Definition", "title": "Commitment title",
           "lead": "Lead implementing agency/actor", "supporting": "Supporting Stakeholders",
           "period": "Commitment Start and End Date", "description": "Commitment description",
           "problem": "Problem Definition",
           "questions": ["What problem does the commitment aim to address?", "What are the causes of the problem?",
                         "What has been done so far to solve the problem?", "What solution are you proposing?",
                         "What results do we want to achieve by implementing this commitment?"],
           "sectors": SECTOR_HEADERS, "lead_column": "Lead agency", "supporting_column": "Supporting stakeholders",
           "analysis": "Commitment Analysis",
           "analysis_questions": ["How will the commitment promote transparency?",
                                  "How will the commitment promote accountability?",
                                  "How will the commitment promote participation?"]},
    "mn": {"definition": "Амлалтын тодорхойлолт", "title": "Амлалтын нэр",
           "lead": "Хэрэгжүүлэх тэргүүлэх байгууллага", "supporting": "Дэмжигч талууд",
           "period": "Амлалтыг хэрэгжүүлж эхлэх, дуусах хугацаа", "description": None,
           "problem": "Асуудлын тодорхойлолт",
           "questions": ["Амлалт ямар асуудлыг шийдвэрлэхэд чиглэж байна вэ?", "Асуудлын шалтгаан юу вэ?",
                         "Асуудлыг шийдвэрлэхийн тулд өнөөг хүртэл юу хийсэн бэ?",
                         "Ямар шийдлийг санал болгож байна вэ?",
                         "Энэхүү амлалтыг хэрэгжүүлснээр ямар үр дүнд хүрэхийг зорьж байна вэ?"],
           "sectors": ["Төр", "Иргэний нийгэм", "Бусад оролцогчид"],
           "lead_column": "Хэрэгжүүлэх тэргүүлэх байгууллага", "supporting_column": "Дэмжигч талууд"},
}
PLAN_COLUMNS_MN = {
    "standard": [("text", "Үе шат", 0.27), ("outputs", "Хүлээгдэж буй үр дүн", 0.22),
                 ("due", "Дуусах хугацаа", 0.10), ("people", "Оролцогч талууд", 0.41)],
    "reordered": [("text", "Үе шат", 0.27), ("due", "Дуусах хугацаа", 0.10),
                  ("outputs", "Хүлээгдэж буй үр дүн", 0.22), ("people", "Оролцогч талууд", 0.41)],
}


# number_slip=yes: the first milestone number of the second commitment is
# printed with a "1" before it ("13.1" for 3.1), as OCR reads a table border
# beside it; the gold keeps the true number and expects a number_repaired
# warning (extract/common/numbering.h).
SLIP = "1"


def slipped(axes, ci, k):
    """True for the milestone (commitment index ci, 0-based k) printed slipped."""
    return axes.get("number_slip") == "yes" and ci == 1 and k == 0


def slip_warning(page, number):
    return {"page": page, "code": "number_repaired",
            "message": f"milestone number \"{SLIP}{number}\" repaired to \"{number}\""}


def milestone_prefix(style, cnum, k):
    letters = "abcdefghij"
    return {"1.1": f"{cnum}.{k} ", "1.1.": f"{cnum}.{k}. ", "1.": f"{k}. ",
            "Milestone 1": f"Milestone {k}: ", "M1": f"M{k}. ", "a)": f"{letters[k - 1]}) ",
            "none": ""}[style]


def heading_text(style, cnum, cid, title, word="Commitment"):
    return {"Commitment 3.": f"{word} {cnum}. {title}", "Commitment 3:": f"{word} {cnum}: {title}",
            "3.": f"{cnum}. {title}", "Commitment ID": f"Commitment ID: {cid}"}[style]


def flat_names(sup):
    return sup["government"] + sup["civil_society"]


def stakeholders_gold(layout, lead, sup):
    """What the gold holds for a stakeholder block in `layout`: flat lists
    print no Other Actors, and their sectors follow from the names."""
    out = {"government": list(sup["government"]), "civil_society": list(sup["civil_society"]),
           "other": list(sup["other"]) if layout == "sectors" else []}
    return list(lead), out


def people_lines(doc, layout, lead, sup, width, words=PLAN_TEXT["en"]):
    lines = doc.text_lines(", ".join(lead), width, prefix=words["lead"] + ":")
    lines += doc.text_lines("", width, prefix=words["supporting"] + ":")
    if layout == "sectors":
        lines += doc.subtable_lines(words["sectors"], [sup["government"], sup["civil_society"], sup["other"]],
                                    width)
    else:
        lines += doc.items_lines(flat_names(sup), width)
    return lines


# The 2016-2019 template's commitment table, row by row (label, key).
TEXT_2016 = {
    "before": [("Commitment Start and End Date", "period"), ("Lead implementing agency", "lead"),
               ("Name of responsible person from implementing agency", "name"),
               ("Title, Department", "title"), ("Email and Phone", "email_phone")],
    "other": "Other actors involved", "state": "State actors involved",
    "cso": "CSOs, private sector, multilaterals, working groups",
    "after": [("Status quo or problem addressed by the commitment", "status_quo"), ("Main objective", "objective"),
              ("Brief description of commitment", "description"),
              ("OGP challenge addressed by the commitment", "challenge"), ("OGP values relevance", "relevance"),
              ("Ambition", "ambition")],
    "columns": [("text", "Milestone activity with a verifiable deliverable", 0.60), ("start", "Start Date", 0.20),
                ("end", "End Date", 0.20)],
}


def render_commitment_2016(doc, axes, c, cnum, width, warnings):
    """A commitment on the 2016-2019 template: its table (the "Other actors
    involved" rows in three columns) and the milestone table; returns its gold.
    Names under "CSOs, private sector, multilaterals, working groups" are the
    plan's civil-society and other actors; the gold puts them all in
    supporting.civil_society (docs/export-json.md)."""
    lw, vw = width * 0.28, width * 0.72
    inner = vw - 2 * render.PAD
    label = lambda t, w=lw: doc.text_lines(t, w - 2 * render.PAD)  # noqa: E731
    contact = c["contact"]
    values = {"period": [c["period_printed"]], "lead": [", ".join(c["lead"])], "name": [contact["name"]],
              "title": [contact["title"]], "email_phone": [contact["email"], contact["phone"]],
              "status_quo": [c["problem"]["problem"]], "objective": [c["objective"]],
              "description": [c["description"]], "challenge": [c["challenge"]], "relevance": [c["relevance"]],
              "ambition": [c["ambition"]]}
    split = axes["row_split"] == "yes"
    doc.table([lw, vw], None, [[label(t), doc.items_lines(values[k], inner)] for t, k in TEXT_2016["before"]],
              split_rows=split)
    sw = vw * 0.32
    cso = c["supporting"]["civil_society"] + c["supporting"]["other"]
    doc.table([lw, sw, vw - sw], None,
              [[label(TEXT_2016["other"]), label(TEXT_2016["state"], sw),
                doc.items_lines(c["supporting"]["government"] or ["-"], vw - sw - 2 * render.PAD)],
               [[], label(TEXT_2016["cso"], sw), doc.items_lines(cso or ["-"], vw - sw - 2 * render.PAD)]],
              split_rows=split)
    doc.table([lw, vw], None, [[label(t), doc.items_lines(values[k], inner)] for t, k in TEXT_2016["after"]],
              split_rows=split)
    columns = TEXT_2016["columns"]
    widths = [f * width for _, _, f in columns]
    mrows, gold_ms = [], []
    for k, m in enumerate(c["milestones"], start=1):
        texts = {"text": milestone_prefix(axes["numbering"], cnum, k) + m["text"], "start": m["start_raw"],
                 "end": m["end_raw"]}
        mrows.append([doc.text_lines(texts[key], w - 2 * render.PAD) for (key, _, _), w in zip(columns, widths)])
        gold_ms.append({"number": f"{cnum}.{k}", "group": None, "text": m["text"], "outputs": [],
                        "due": dict(m["due"]), "lead": [],
                        "supporting": {"government": [], "civil_society": [], "other": []}, "pages": None})
    pages = doc.table(widths, [t for _, t, _ in columns], mrows, repeat_header=axes["header_repeat"] == "yes",
                      split_rows=split)
    for gm, p in zip(gold_ms, pages):
        gm["pages"] = p
        if axes["numbering"] == "none":
            warnings.append({"page": p[0], "code": "milestone_number_inferred",
                             "message": f"Milestone {gm['number']}: no number printed; numbered by position"})
    problem = {"problem": c["problem"]["problem"], "causes": None, "done_so_far": None, "solution": None,
               "results": None}
    return {
        "number": cnum, "id": None, "title": c["title"], "theme": None, "lead": list(c["lead"]),
        "supporting": {"government": list(c["supporting"]["government"]), "civil_society": cso, "other": []},
        "period": dict(c["period"]), "problem": problem, "description": c["description"],
        "objective": c["objective"], "relevance": c["relevance"], "ambition": c["ambition"], "analysis": None,
        "contact": dict(contact), "milestones": gold_ms, "pages": None,
    }


def render_plan(path, axes, rng):
    """Draws the plan and returns its gold action_plan, warnings and pages."""
    mn = axes["language"] == "mn"
    assert not mn or all(axes[a] in v for a, v in AXES_MN_PLAN.items()), "value a Mongolian plan does not take"
    template = axes["template"]
    assert template != "2016" or all(axes[a] in v for a, v in AXES_2016_PLAN.items()), "not on a 2016 plan"
    assert template == "current" or not mn, "Mongolian plans are on the current template"
    words = PLAN_TEXT[axes["language"]]
    plan = content.make_plan(rng, 2 if axes["medium"] == "scan" else 3,
                             (2, 3) if axes["medium"] == "scan" else (2, 4), axes["dates"],
                             axes["description"] == "yes", axes["annex"] == "yes", axes["language"])
    if template != "current":
        content.add_template_texts(rng, plan, template, axes["dates"])
    doc = render.Doc(path, axes["orientation"], axes["font"])
    doc.break_long = mn
    warnings = []
    doc.paragraph(plan["printed_country"], bold=True, size=16, center=True)
    if mn:
        title = f"Нээлттэй засгийн түншлэлийн {plan['title']}"
        doc.paragraph("Нээлттэй засгийн түншлэл", size=12, center=True)
        doc.paragraph(title, bold=True, size=14, center=True, gap=12)
        doc.paragraph(f"Энэхүү төлөвлөгөөг {plan['printed_country']}ын Засгийн газар, иргэний нийгэм Нээлттэй "
                      f"засгийн түншлэлийн үндэсний форумаар дамжуулан хамтран боловсруулсан. Төлөвлөгөөнд "
                      f"{plan['period']['start']}-{plan['period']['end']} онд хэрэгжүүлэх "
                      f"{len(plan['commitments'])} амлалт багтсан.", gap=10)
        doc.footer = plan["title"]
    else:
        title = f"{plan['title']} of {plan['country']}"
        doc.paragraph("Open Government Partnership", size=12, center=True)
        doc.paragraph(title, bold=True, size=14, center=True, gap=12)
        doc.paragraph(f"This plan was co-created by the government of {plan['printed_country']} and civil society "
                      f"through the national Open Government Partnership forum. It contains "
                      f"{len(plan['commitments'])} commitments for the years {plan['period']['start']}-"
                      f"{plan['period']['end']}.", gap=10)
        doc.footer = f"{plan['country']} {plan['title']}"
    width = doc.right - doc.left
    layout = axes["stakeholders"]
    columns = list((PLAN_COLUMNS_MN if mn else PLAN_COLUMNS)[axes["columns"]])
    if layout == "lead-supporting":
        columns = [c for c in columns if c[0] != "people"] + [("lead", words["lead_column"], 0.17),
                                                             ("supporting", words["supporting_column"], 0.24)]
    gold_commitments = []
    first_number = rng.randint(1, 14) if axes["heading"] == "Commitment ID" else 1
    for ci, c in enumerate(plan["commitments"]):
        cnum = str(first_number + ci)
        cid = f"{plan['code']}{int(cnum):04d}" if axes["heading"] == "Commitment ID" else None
        doc.need(8 * doc.lh)
        start_page = doc.page
        doc.paragraph(heading_text(axes["heading"], cnum, cid, c["title"], "Амлалт" if mn else "Commitment"),
                      bold=True, size=10.5)
        if template == "2016":
            gc = render_commitment_2016(doc, axes, c, cnum, width, warnings)
            gc["pages"] = list(range(start_page, doc.page + 1))
            gold_commitments.append(gc)
            doc.y += 14
            continue
        lw, vw = width * 0.28, width * 0.72
        inner = vw - 2 * render.PAD
        rows = [("span", words["definition"])]
        if cid:
            rows.append([doc.text_lines(words["title"], lw - 2 * render.PAD), doc.text_lines(c["title"], inner)])
        rows.append([doc.text_lines(words["lead"], lw - 2 * render.PAD), doc.text_lines(", ".join(c["lead"]), inner)])
        if layout == "sectors":
            sup_lines = doc.subtable_lines(words["sectors"], [c["supporting"][s] for s in ("government", "civil_society", "other")], inner)
        else:
            sup_lines = doc.items_lines(flat_names(c["supporting"]), inner)
        rows.append([doc.text_lines(words["supporting"], lw - 2 * render.PAD), sup_lines])
        rows.append([doc.text_lines(words["period"], lw - 2 * render.PAD),
                     doc.text_lines(f"{c['period']['start']}-{c['period']['end']}", inner)])
        if c["description"]:
            rows.append([doc.text_lines(words["description"], lw - 2 * render.PAD), doc.text_lines(c["description"], inner)])
        rows.append(("span", words["problem"]))
        questions = list(zip(["problem", "causes", "done_so_far", "solution", "results"], words["questions"]))
        for key, q in questions:
            rows.append([doc.text_lines(q, lw - 2 * render.PAD), doc.text_lines(c["problem"][key], inner)])
        if template == "2020":
            rows.append(("span", words["analysis"]))
            for key, q in zip(["transparency", "accountability", "participation"], words["analysis_questions"]):
                rows.append([doc.text_lines(q, lw - 2 * render.PAD), doc.text_lines(c["analysis"][key], inner)])
        doc.table([lw, vw], None, rows, split_rows=axes["row_split"] == "yes")
        widths = [f * width for _, _, f in columns]
        mrows, gold_ms = [], []
        for k, m in enumerate(c["milestones"], start=1):
            cells = []
            m_lead, m_sup = stakeholders_gold(layout, m["lead"], m["supporting"])
            for (key, _, _), w in zip(columns, widths):
                w -= 2 * render.PAD
                if key == "text":
                    prefix = milestone_prefix(axes["numbering"], cnum, k)
                    if slipped(axes, ci, k - 1):
                        prefix = SLIP + prefix
                    cells.append(doc.text_lines(prefix + m["text"], w))
                elif key == "outputs":
                    cells.append(doc.items_lines(m["outputs"], w, dash=len(m["outputs"]) > 1))
                elif key == "due":
                    cells.append(doc.text_lines(m["due"]["raw"], w))
                elif key == "people":
                    cells.append(people_lines(doc, layout, m["lead"], m["supporting"], w, words))
                elif key == "lead":
                    cells.append(doc.items_lines(m["lead"], w))
                else:
                    cells.append(doc.items_lines(flat_names(m["supporting"]), w))
            mrows.append(cells)
            gold_ms.append({"number": f"{cnum}.{k}", "group": None, "text": m["text"],
                            "outputs": list(m["outputs"]), "due": dict(m["due"]), "lead": m_lead,
                            "supporting": m_sup, "pages": None})
        doc.y += 0  # the milestone table follows the definition table
        pages = doc.table(widths, [label for _, label, _ in columns], mrows,
                          repeat_header=axes["header_repeat"] == "yes", split_rows=axes["row_split"] == "yes")
        for k, (gm, p) in enumerate(zip(gold_ms, pages)):
            gm["pages"] = p
            if slipped(axes, ci, k):
                warnings.append(slip_warning(p[0], gm["number"]))
            if axes["numbering"] == "none":
                warnings.append({"page": p[0], "code": "milestone_number_inferred",
                                 "message": f"Milestone {gm['number']}: no number printed; numbered by position"})
            if layout != "sectors":
                warnings.append({"page": p[0], "code": "stakeholder_sector_guessed",
                                 "message": f"Milestone {gm['number']}: supporting stakeholders printed as a flat list"})
        lead, sup = stakeholders_gold(layout, c["lead"], c["supporting"])
        gold_commitments.append({
            "number": cnum, "id": cid, "title": c["title"], "theme": None, "lead": lead, "supporting": sup,
            "period": dict(c["period"]), "problem": dict(c["problem"]), "description": c["description"],
            "objective": None, "relevance": None, "ambition": None,
            "analysis": dict(c["analysis"]) if template == "2020" else None, "contact": None,
            "milestones": gold_ms, "pages": list(range(start_page, doc.page + 1)),
        })
        doc.y += 14
    if axes["annex"] == "yes":
        doc.need(10 * doc.lh)
        doc.paragraph("Annex. Organisations that took part in the co-creation of the plan", bold=True, size=10.5)
        for label, key in (("Government organisations:", "government"),
                           ("Civil society organisations:", "civil_society")):
            doc.paragraph(label, bold=True, gap=2)
            for i, name in enumerate(plan["participants"][key], start=1):
                doc.paragraph(f"{i}. {name};", gap=1)
            doc.y += 6
    doc.close()
    gold = {
        "country": plan["country"], "plan_number": plan["plan_number"], "period": plan["period"],
        "title": title, "template": template,
        "participants": plan["participants"], "commitments": gold_commitments,
    }
    return gold, warnings


NARRATIVE_BLUE = (0.12, 0.29, 0.55)


def render_narrative(path, axes, rng):
    """A plan written as running text (template `narrative`): a cover, then
    per section a heading set large (the commitments' theme) and per
    commitment a heading, its paragraph, 2-4 list items (the milestones) and
    sometimes "Lead agency: …"; returns its gold action_plan and warnings."""
    plan = content.make_narrative_plan(rng)
    style = axes["narrative_heading"]
    # Unnumbered headings differ from the body by weight and size, or by
    # colour and size only (not bold).
    plain_style = rng.choice(["bold", "colour"])
    doc = render.FlowDoc(path, "portrait", axes["font"])
    warnings = []
    doc.y = 200
    doc.paragraph(plan["printed_country"], bold=True, size=16, center=True, gap=10)
    doc.paragraph("Open Government Partnership", size=12, center=True, gap=10)
    doc.paragraph(plan["title"], bold=True, size=20, center=True, gap=60)
    doc.paragraph(plan["intro"], gap=10)
    doc.footer = f"{plan['country']} {plan['title']}"
    doc.new_page()
    doc.start_columns(2 if axes["columns2"] == "yes" else 1)
    size, lh = doc.size, doc.lh
    gold_commitments, serial = [], 0
    for si, section in enumerate(plan["sections"], start=1):
        doc.need(14 * 1.25 + 6 * lh)
        doc.block(section["heading"], size=14, bold=True, gap=8, keep=1)
        for k, c in enumerate(section["commitments"], start=1):
            serial += 1
            if style == "numbered":
                heading, number = f"{k}. {c['title']}", f"{si}.{k}"
            elif style == "numbered-continuous":
                heading, number = f"{serial}. {c['title']}", str(serial)
            else:
                heading, number = c["title"], str(serial)
            doc.need(11.5 * 1.25 + 4 * lh)
            if style == "unnumbered":
                bold, color = (True, (0, 0, 0)) if plain_style == "bold" else (False, NARRATIVE_BLUE)
                pages = doc.block(heading, size=11.5, bold=bold, color=color, gap=4)
            else:
                pages = doc.block(heading, size=11, bold=True, gap=4)
            first = pages[0]
            if style == "unnumbered":
                warnings.append({"page": first, "code": "commitment_number_inferred",
                                 "message": f"Commitment '{c['title']}' has no printed number; numbered {number} "
                                            f"by position"})
            elif style == "numbered" and k == 1:
                warnings.append({"page": first, "code": "commitment_number_inferred",
                                 "message": f"Commitment numbering restarts in section '{section['heading']}'; its "
                                            f"commitments are numbered {si}.<printed number> (section {si} by "
                                            f"position)"})
            all_pages = set(pages)
            all_pages.update(doc.block(c["description"], gap=lh if axes["bullets"] == "indent" else 4))
            gold_ms = []
            for j, m in enumerate(c["milestones"], start=1):
                text = m["text"]
                if axes["bullets"] == "glyph":
                    mp = doc.block(m["text"], indent=1.8 * size, glyph="•", gap=2)
                elif axes["bullets"] == "nested":
                    detail = NESTED_DETAILS[(j - 1) % len(NESTED_DETAILS)]
                    mp = doc.block(m["text"], indent=1.8 * size, glyph="•", gap=2)
                    mp = sorted(set(mp) | set(doc.block(detail, indent=3.6 * size, glyph="◦", gap=2)))
                    text = m["text"] + " " + detail
                else:
                    mp = doc.block(m["text"], indent=2 * size, gap=lh)
                all_pages.update(mp)
                gold_ms.append({"number": f"{number}.{j}", "group": None, "text": text, "outputs": [],
                                "due": dict(m["due"]), "lead": [],
                                "supporting": {"government": [], "civil_society": [], "other": []}, "pages": mp})
            warnings.append({"page": gold_ms[0]["pages"][0], "code": "milestone_number_inferred",
                             "message": f"Commitment {number}: {len(gold_ms)} milestones printed as unnumbered "
                                        f"list items; numbered {number}.1-{number}.{len(gold_ms)} by position"})
            if c["lead"]:
                doc.y += 2
                all_pages.update(doc.block(f"Lead agency: {c['lead'][0]}", gap=4))
            doc.y += 8
            gold_commitments.append({
                "number": number, "id": None, "title": c["title"], "theme": section["heading"],
                "lead": list(c["lead"]), "supporting": {"government": [], "civil_society": [], "other": []},
                "period": {"start": None, "end": None},
                "problem": {"problem": None, "causes": None, "done_so_far": None, "solution": None,
                            "results": None},
                "description": c["description"], "objective": None, "relevance": None, "ambition": None,
                "analysis": None, "contact": None, "milestones": gold_ms, "pages": sorted(all_pages),
            })
    doc.close()
    gold = {"country": plan["country"], "plan_number": plan["plan_number"], "period": dict(plan["period"]),
            "title": plan["title"], "template": "narrative",
            "participants": {"government": [], "civil_society": []}, "commitments": gold_commitments}
    return gold, warnings


def render_letter(path, axes, rng):
    """A one-page covering letter (kind `other`): no body in the gold."""
    letter = content.make_letter(rng)
    doc = render.FlowDoc(path, "portrait", axes["font"], size=11)
    doc.paragraph(letter["letterhead"][0], bold=True, size=15, center=True, gap=2)
    doc.paragraph(letter["letterhead"][1], size=12, center=True, gap=2)
    doc.paragraph(letter["letterhead"][2], size=9, center=True, gap=30)
    doc.paragraph(letter["ref"], gap=2)
    doc.paragraph(letter["date"], gap=20)
    for line in letter["address"]:
        doc.paragraph(line, gap=1)
    doc.y += 20
    doc.paragraph(letter["salutation"], gap=10)
    for para in letter["body"]:
        doc.paragraph(para, gap=10)
    doc.paragraph(letter["closing"], gap=40)
    doc.paragraph(letter["name"], bold=True, gap=1)
    doc.paragraph(letter["position"], gap=1)
    doc.close()
    return None, []


PERIODS = {"quarter": [("Q1", 1, 3), ("Q2", 4, 6), ("Q3", 7, 9), ("Q4", 10, 12)],
           "half": [("H1", 1, 6), ("H2", 7, 12)]}


def mn_period_label(year, label):
    """"2024 оны IV улирал", "2025 оны I хагас жил"."""
    return f"{year} оны {content.ROMAN[int(label[1]) - 1]} {'улирал' if label[0] == 'Q' else 'хагас жил'}"


def report_header_en(doc, plan, agency, period, m0, m1, year, submitted, ref):
    months = content.MONTHS
    sub_year, sub_month, sub_day = (int(v) for v in submitted.split("-"))
    doc.paragraph(f"Ref. No. {ref[0]}/{ref[1]}", size=7.5)
    doc.paragraph(f"OGP {plan['country']} — {plan['title']}", bold=True, size=12, center=True, gap=1)
    doc.paragraph("Implementation progress report", bold=True, size=14, center=True, gap=8)
    doc.paragraph(f"Reporting agency: {agency}", gap=1)
    doc.paragraph(f"Reporting period: {period['label']} (1 {months[m0 - 1]} – "
                  f"{content.last_day(year, m1)[8:]} {months[m1 - 1]} {year})", gap=1)
    doc.paragraph(f"Submitted: {sub_day} {months[sub_month - 1]} {sub_year}", gap=1)
    doc.paragraph("Status uses the OGP completion levels: Not started / Limited / Substantial / Complete.", gap=6)
    doc.footer = f"{agency} — OGP progress report, {period['label']}"


def report_header_mn(doc, plan, agency, period, m0, m1, year, submitted, ref, words):
    """As the Mongolian ministries print it (samples/report-mmhi-2024q4-mn.pdf)."""
    sub_year, sub_month, sub_day = (int(v) for v in submitted.split("-"))
    suffix = content.mn_number_suffix
    doc.paragraph(f"{sub_year}.{sub_month:02d}.{sub_day:02d} № {ref[0]:02d}/{ref[1]}", size=7.5)
    doc.paragraph(f"Нээлттэй засгийн түншлэл — {plan['title']}", bold=True, size=12, center=True, gap=1)
    doc.paragraph("Хэрэгжилтийн явцын тайлан", bold=True, size=14, center=True, gap=8)
    doc.paragraph(f"Тайлагнах байгууллага: {agency}", gap=1)
    doc.paragraph(f"Тайлант хугацаа: {period['label']} ({m0} {suffix(m0)} сарын 1 – {m1} {suffix(m1)} сарын "
                  f"{int(content.last_day(year, m1)[8:])})", gap=1)
    doc.paragraph(f"Илгээсэн: {content.mn_date(sub_year, sub_month, sub_day, pad_month=True)}", gap=1)
    doc.paragraph(f"Төлөвийг НЗТ-ийн гүйцэтгэлийн түвшнээр тэмдэглэв: {' / '.join(words.values())}.", gap=6)
    doc.footer = (f"{agency} — НЗТ-ийн {content.ROMAN[plan['plan_number'] - 1]} төлөвлөгөөний хэрэгжилтийн "
                  f"тайлан, {period['label']}")


def render_report(path, axes, rng):
    mn = axes["language"] == "mn"
    plan = content.make_plan(rng, 5, (2, 4), "classic", False, False, axes["language"])
    chosen = sorted(rng.sample(range(5), 2 if axes["medium"] == "scan" else 4))
    plan["commitments"] = [plan["commitments"][i] for i in chosen]
    numbers = [str(i + 1) for i in chosen]
    agency = rng.choice(content.GOVERNMENT_MN if mn else content.GOVERNMENT)
    year = rng.randint(plan["period"]["start"], plan["period"]["end"] - 1)
    label, m0, m1 = rng.choice(PERIODS[axes["period"]])
    period = {"start": content.first_day(year, m0), "end": content.last_day(year, m1),
              "label": mn_period_label(year, label) if mn else f"{year} {label}"}
    sub_year, sub_month = (year, m1 + 1) if m1 < 12 else (year + 1, 1)
    sub_day = rng.randint(5, 20)
    submitted = f"{sub_year}-{sub_month:02d}-{sub_day:02d}"
    doc = render.Doc(path, axes["orientation"], axes["font"])
    ref = (rng.randint(1, 9), rng.randint(1000, 9999))
    if mn:
        doc.break_long = True
        words = rng.choice(content.STATUS_WORDS_MN)
        report_header_mn(doc, plan, agency, period, m0, m1, year, submitted, ref, words)
    else:
        words = content.STATUS_WORDS
        report_header_en(doc, plan, agency, period, m0, m1, year, submitted, ref)
    per_commitment = axes["status_level"] == "commitment"
    columns = REPORT_COLUMNS[axes["columns"]]
    share = REPORT_WIDTHS_MN if mn else REPORT_WIDTHS
    scale = sum(share[c] for c in columns)
    width = doc.right - doc.left
    widths = [share[c] / scale * width for c in columns]
    if mn:
        labels = {"no": "Д/д", "item": "Амлалт" if per_commitment else "Үе шат", "status": "Төлөв",
                  "progress": "Гүйцэтгэл, %" if axes["percent"] == "plain" else "Гүйцэтгэл",
                  "results": "Хэрэгжүүлсэн арга хэмжээ, үр дүн", "evidence": "Нотлох баримт"}
    else:
        labels = {"no": "No.", "item": "Commitment" if per_commitment else "Milestone", "status": "Status",
                  "progress": "Progress, %" if axes["percent"] == "plain" else "Progress",
                  "results": "Actions taken and results", "evidence": "Evidence"}
    group_word = "Амлалт" if mn else "Commitment"
    rows, gold_entries, serial = [], [], 0
    for ci, k, e in content.make_report_entries(rng, plan, per_commitment, axes["language"]):
        c, cnum = plan["commitments"][ci], numbers[ci]
        if not per_commitment and k == 0:
            rows.append(("span", f"{group_word} {cnum}. {c['title']}"))
        serial += 1
        item = f"{cnum}. {c['title']}" if per_commitment else f"{cnum}.{k + 1}. {c['milestones'][k]['text']}"
        if not per_commitment and slipped(axes, ci, k):
            item = SLIP + item
        pct = f"{e['progress_percent']}{'%' if axes['percent'] == 'sign' else ''}"
        cells = []
        for col, w in zip(columns, widths):
            w -= 2 * render.PAD
            text = {"no": str(serial), "item": item, "status": words[e["status"]],
                    "progress": pct, "results": e["results"]}.get(col)
            cells.append(doc.items_lines(e["evidence"] or ["-"], w) if col == "evidence" else doc.text_lines(text, w))
        rows.append(cells)
        gold_entries.append({"milestone": cnum if per_commitment else f"{cnum}.{k + 1}", "commitment": cnum,
                             "status": e["status"], "progress_percent": e["progress_percent"],
                             "results": e["results"], "evidence": e["evidence"], "next_steps": None,
                             "pages": None, "slipped": not per_commitment and slipped(axes, ci, k)})
    pages = doc.table(widths, [labels[c] for c in columns], rows, repeat_header=axes["header_repeat"] == "yes",
                      split_rows=axes["row_split"] == "yes")
    entry_pages = [p for row, p in zip(rows, pages) if not isinstance(row, tuple)]
    warnings = []
    for ge, p in zip(gold_entries, entry_pages):
        ge["pages"] = p
        if ge.get("slipped"):
            warnings.append(slip_warning(p[0], ge["milestone"]))
        ge.pop("slipped", None)
    doc.close()
    gold = {"agency": agency, "plan": {"country": plan["country"], "plan_number": plan["plan_number"]},
            "period": period, "submitted": submitted, "report_type": "progress", "entries": gold_entries}
    return gold, warnings


def doc_name(i, axes):
    kind = {"action_plan": "plan", "progress_report": "report", "other": "letter"}[axes["kind"]]
    lang = "-mn" if axes["language"] == "mn" else ""
    tpl = f"-{axes['template']}" if axes.get("template", "current") != "current" else ""
    return f"gen-{i:03d}-{kind}{lang}{tpl}{'-scan' if axes['medium'] == 'scan' else ''}"


def random_axes(rng):
    if rng.random() < 0.25:
        axes = dict(REPORT_DEFAULTS)
        keys = ["orientation", "font", "header_repeat", "row_split", "percent", "status_level", "period"]
        axes["columns"] = rng.choice(list(REPORT_COLUMNS))
    else:
        axes = dict(PLAN_DEFAULTS)
        keys = ["numbering", "heading", "dates", "orientation", "font", "columns", "stakeholders",
                "header_repeat", "row_split", "annex", "description"]
    for key in keys:
        axes[key] = rng.choice(AXES[key])
    axes["medium"] = "scan" if rng.random() < 0.12 else "digital"
    return axes


def generate(out, which, seed):
    rng = random.Random(seed)
    def spec(over, base=None):
        base = base or (REPORT_DEFAULTS if over.get("kind") == "progress_report" else PLAN_DEFAULTS)
        return {**base, **over}

    specs = [spec(over) for over in CI_SET]
    if which == "full":
        specs += [random_axes(rng) for _ in range(50)]
    specs += [spec(over) for over in CI_SET_MN + (FULL_SET_MN if which == "full" else [])]
    specs += [spec(over) for over in CI_SET_TPL + (FULL_SET_TPL if which == "full" else [])]
    full = which == "full"
    specs += [spec(over, NARRATIVE_DEFAULTS) for over in CI_SET_NARRATIVE + (FULL_SET_NARRATIVE if full else [])]
    specs += [spec(over, LETTER_DEFAULTS) for over in CI_SET_LETTER + (FULL_SET_LETTER if full else [])]
    specs += [spec(over, NARRATIVE_DEFAULTS) for over in CI_SET_NESTED]
    specs += [spec(over) for over in CI_SET_SLIP]
    os.makedirs(out, exist_ok=True)
    manifest = {"generator": "ogpgen", "set": which, "seed": seed, "documents": []}
    for i, axes in enumerate(specs, start=1):
        name = doc_name(i, axes)
        doc_rng = random.Random(f"{seed}/{which}/{i}")
        pdf = os.path.join(out, name + ".pdf")
        with tempfile.TemporaryDirectory() as tmp:
            born = os.path.join(tmp, "born.pdf") if axes["medium"] == "scan" else pdf
            if axes["kind"] == "other":
                body, warnings = render_letter(born, axes, doc_rng)
            elif axes.get("template") == "narrative":
                body, warnings = render_narrative(born, axes, doc_rng)
            elif axes["kind"] == "action_plan":
                body, warnings = render_plan(born, axes, doc_rng)
            else:
                body, warnings = render_report(born, axes, doc_rng)
            if axes["medium"] == "scan":
                render.scan(born, pdf, doc_rng)
        with open(pdf, "rb") as f:
            data = f.read()
        pages = page_count(pdf)
        gold = {
            "schema": "ogpx/1",
            "source": {"file": name + ".pdf", "sha256": hashlib.sha256(data).hexdigest(), "pages": pages,
                       "language": [axes["language"]],
                       "ocr_pages": list(range(1, pages + 1)) if axes["medium"] == "scan" else []},
            "kind": axes["kind"],
            **({axes["kind"]: body} if body is not None else {}),
            "warnings": warnings,
        }
        with open(os.path.join(out, name + ".gold.json"), "w", encoding="utf-8") as f:
            json.dump(gold, f, ensure_ascii=False, indent=2)
            f.write("\n")
        manifest["documents"].append({"name": name, "pages": pages, "axes": axes})
    with open(os.path.join(out, "manifest.json"), "w", encoding="utf-8") as f:
        json.dump(manifest, f, ensure_ascii=False, indent=2)
        f.write("\n")
    return manifest


def page_count(pdf):
    import subprocess
    info = subprocess.run(["pdfinfo", pdf], check=True, capture_output=True, text=True).stdout
    return int(next(l.split()[1] for l in info.splitlines() if l.startswith("Pages:")))


def main(argv):
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--out", required=True, help="directory to write NAME.pdf, NAME.gold.json, manifest.json")
    ap.add_argument("--set", choices=["ci", "full"], default="ci", dest="which")
    ap.add_argument("--seed", type=int, default=1)
    args = ap.parse_args(argv)
    manifest = generate(args.out, args.which, args.seed)
    print(f"ogpgen: {len(manifest['documents'])} documents in {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
