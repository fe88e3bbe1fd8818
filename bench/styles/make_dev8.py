#!/usr/bin/env python3
"""dev8: 12 OGP-style test documents (HTML+CSS -> headless Chromium PDF) and their
ogpx/1 gold files, both built from the same Python data below.

    cd /work/dev8 && nice -n 10 python3 make_dev8.py [name-substring ...]
"""
import hashlib
import html
import json
import os
import re
import subprocess
import sys
import unicodedata

OUT = os.path.dirname(os.path.abspath(__file__))
E = html.escape


# --------------------------------------------------------------------------- helpers
def render(name, doc_html):
    src = os.path.join(OUT, name + ".html")
    with open(src, "w", encoding="utf-8") as f:
        f.write(doc_html)
    pdf = os.path.join(OUT, name + ".pdf")
    subprocess.run(["nice", "-n", "10", "chromium", "--headless", "--no-sandbox",
                    "--disable-gpu", "--print-to-pdf=" + pdf, "--no-pdf-header-footer",
                    "file://" + src], check=True,
                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    os.remove(src)
    return pdf


def htmldoc(css, body, lang="en"):
    return ("<!DOCTYPE html><html lang='%s'><head><meta charset='utf-8'><style>%s</style>"
            "</head><body>%s</body></html>" % (lang, css, body))


def fold(s):
    s = unicodedata.normalize("NFKC", s)
    s = s.replace("\u00ad", "")
    return re.sub(r"\s+", " ", s).strip().casefold()


def page_texts(pdf):
    info = subprocess.run(["pdfinfo", pdf], capture_output=True, text=True).stdout
    n = int(re.search(r"Pages:\s+(\d+)", info).group(1))
    out = []
    for p in range(1, n + 1):
        t = subprocess.run(["pdftotext", "-f", str(p), "-l", str(p), pdf, "-"],
                           capture_output=True, text=True).stdout
        out.append(fold(t))
    return out


def find_page(texts, s, after=1, nwords=7):
    key = " ".join(fold(s).split()[:nwords])
    for i in range(after - 1, len(texts)):
        if key in texts[i]:
            return i + 1
    # the key may straddle a page break: try a shorter key
    key = " ".join(fold(s).split()[:3])
    for i in range(after - 1, len(texts)):
        if key in texts[i]:
            return i + 1
    raise SystemExit(f"not found in PDF: {s!r}")


def find_last_page(texts, s, after=1):
    """page where the END of text s is printed (last 6 words)."""
    key = " ".join(fold(s).split()[-6:])
    for i in range(after - 1, len(texts)):
        if key in texts[i]:
            return i + 1
    return after


def yr(raw):
    ys = [int(y) for y in re.findall(r"(?<!\d)(20\d\d)(?!\d)", raw)]
    return (ys[0], ys[-1]) if ys else (None, None)


def due(raw):
    if raw is None:
        return None
    s, e = yr(raw)
    return {"raw": raw, "start": s, "end": e}


def sup(g=(), c=(), o=()):
    return {"government": list(g), "civil_society": list(c), "other": list(o)}


def MS(number, text, raw=None, lead=(), supporting=None, outputs=(), anchor=None):
    return {"number": number, "group": None, "text": text, "outputs": list(outputs),
            "due": due(raw), "lead": list(lead), "supporting": supporting or sup(),
            "pages": [], "_anchor": anchor or text}


def CM(number, title, lead, milestones, supporting=None, period=None, problem=None,
       shown=None):
    pr = {k: None for k in ("problem", "causes", "done_so_far", "solution", "results")}
    pr.update(problem or {})
    return {"number": number, "title": title, "lead": list(lead),
            "supporting": supporting or sup(), "period": period, "problem": pr,
            "milestones": milestones, "pages": [], "_shown": shown}


def EN(milestone, status, results=None, pct=None, evidence=(), anchor=None):
    return {"milestone": milestone, "status": status, "progress_percent": pct,
            "results": results, "evidence": list(evidence), "pages": [],
            "_anchor": anchor}


def PER(s, e):
    return {"start": s, "end": e}


def write_gold(name, pdf, lang, kind, part, warnings=()):
    texts = page_texts(pdf)
    if kind == "action_plan":
        prev = 1
        for c in part["commitments"]:
            p0 = find_page(texts, c.pop("_shown") or c["title"], prev)
            last = p0
            for m in c["milestones"]:
                a = m.pop("_anchor")
                mp = find_page(texts, a, p0)
                mend = find_last_page(texts, m["text"], mp)
                m["pages"] = list(range(mp, max(mp, mend) + 1))
                last = max(last, m["pages"][-1])
            c["pages"] = list(range(p0, last + 1))
            prev = p0
    elif kind == "progress_report":
        for e in part["entries"]:
            a = e.pop("_anchor")
            a = a if isinstance(a, list) else [a]
            pages = set()
            for x in a:
                p = find_page(texts, x)
                pages.add(p)
                if len(fold(x).split()) > 12:
                    pages.add(max(p, find_last_page(texts, x, p)))
            e["pages"] = sorted(pages)
    ws = []
    for w in warnings:
        w = dict(w)
        if "anchor" in w:
            w["page"] = find_page(texts, w.pop("anchor"))
        ws.append(w)
    with open(pdf, "rb") as f:
        sha = hashlib.sha256(f.read()).hexdigest()
    gold = {"schema": "ogpx/1",
            "source": {"file": os.path.basename(pdf), "sha256": sha,
                       "pages": len(texts), "language": [lang], "ocr_pages": []},
            "kind": kind, kind: part, "warnings": ws}
    with open(os.path.join(OUT, name + ".gold.json"), "w", encoding="utf-8") as f:
        json.dump(gold, f, ensure_ascii=False, indent=2)
        f.write("\n")
    print(f"{name}: {len(texts)} pages")


def plan(country, number, ps, pe, title, commitments, gov=(), cso=()):
    return {"country": country, "plan_number": number, "period": PER(ps, pe),
            "title": title,
            "participants": {"government": list(gov), "civil_society": list(cso)},
            "commitments": commitments}


def report(agency, country, number, start, end, label, submitted, entries):
    return {"agency": agency, "plan": {"country": country, "plan_number": number},
            "period": {"start": start, "end": end, "label": label},
            "submitted": submitted, "entries": entries}


def P(*paras):
    return "".join(f"<p>{E(x)}</p>" for x in paras)


DOCS = []


def doc(f):
    DOCS.append(f)
    return f


# =========================================================================== 1
@doc
def d1():
    name = "dev8-au-midterm-sa-prose"
    C = [
        ("1", "Strengthening the Freedom of Information framework",
         "The commitment set out to modernise the administration of the Freedom of Information Act 1982 by publishing agency-level statistics each quarter, issuing new guidance on proactive release and reviewing the charges regime with the Office of the Australian Information Commissioner.",
         "Implementation of Commitment 1 has been substantially completed. Quarterly statistics for all 186 Australian Government agencies have been published since the March 2024 quarter, and revised guidance on proactive release was issued in November 2024. The review of charges has been delayed until the new Information Commissioner takes office and is now expected to report in late 2025.",
         "substantial", ["https://www.oaic.gov.au/freedom-of-information/foi-statistics"]),
        ("2", "Beneficial ownership transparency",
         "Building on work that began under the second plan, the commitment aimed to design a public register of the beneficial owners of companies and other legal vehicles, in consultation with business, civil society and the states and territories.",
         "Commitment 2 is complete. Exposure draft legislation and a consultation paper on the register's design were released in April 2024, 312 submissions were received, and the final design, including the data standard to be used, was published by Treasury in February 2025.",
         "complete", ["https://treasury.gov.au/consultation/beneficial-ownership-register",
                      "https://treasury.gov.au/publication/bo-register-design"]),
        ("3", "Open contracting data for Commonwealth procurement",
         "The commitment aimed to publish data on Commonwealth contracts on AusTender according to the Open Contracting Data Standard, from planning through to contract variation, and to test its use with civil society monitors.",
         "Progress on this commitment has been limited. A data mapping against the standard was completed in mid-2024, but changes to the AusTender platform have had to be rescheduled because of a broader systems upgrade. A first release of award data in the standard format is now planned for the second half of the plan.",
         "limited", []),
        ("4", "Public participation in the design of regional services",
         "The commitment proposed a set of pilots in which people in three regional communities would help design Australian Government services, supported by a practitioner network and a published evaluation.",
         "Work on Commitment 4 remains not started. The lead agency was changed during the machinery-of-government changes of 2024 and the new lead, the Department of Infrastructure, Transport, Regional Development, Communications and the Arts, expects to begin co-design with the Open Government Forum in the first quarter of 2026.",
         "not_started", []),
        ("5", "Transparency of government grants",
         "The commitment aimed to improve the quality and timeliness of data on grants published on GrantConnect, including the reasons for decisions where ministers approve grants against the advice of officials.",
         "This commitment has been substantially completed. Unlike a similar commitment in the second plan, which was never started, the reporting requirements of the Commonwealth Grants Rules and Principles were amended in July 2024, and 94 per cent of grant awards are now published within 21 days. A data quality dashboard will be launched in September 2025.",
         "substantial", ["https://www.grants.gov.au/reports"]),
    ]
    css = """
@page { size: A4; margin: 22mm 24mm 20mm 24mm; }
body { font-family: 'C059', 'Liberation Serif', serif; font-size: 11.2pt; line-height: 1.45; color:#222; }
.cover { height: 240mm; page-break-after: always; border-left: 14px solid #1d3b6e; padding-left: 16mm; }
.cover .org { font-family:'Nimbus Sans', sans-serif; text-transform: uppercase; letter-spacing: 2px; font-size: 10pt; color:#1d3b6e; margin-top: 30mm;}
.cover h1 { font-size: 27pt; line-height: 1.15; color:#1d3b6e; margin-top: 30mm; font-weight: normal;}
.cover .sub { font-size: 16pt; margin-top: 8mm; }
.cover .date { margin-top: 60mm; font-size: 11pt; }
h2 { font-family:'Nimbus Sans', sans-serif; color:#1d3b6e; font-size: 15pt; margin: 9mm 0 3mm 0; }
h3 { font-size: 13pt; font-style: italic; color:#333; margin: 7mm 0 2mm 0; font-weight: bold; }
.more { font-size: 10pt; }
.brk { page-break-before: always; }
"""
    b = ["<div class='cover'><div class='org'>Australian Government · Department of the Prime Minister and Cabinet</div>",
         "<h1>Australia’s Third Open Government National Action Plan 2024–2026</h1>",
         "<div class='sub'>Mid-term Self-Assessment Report</div>",
         "<div class='date'>Published 29 August 2025<br>© Commonwealth of Australia 2025</div></div>"]
    b.append("<h2>Introduction</h2>")
    b.append(P(
        "Australia joined the Open Government Partnership in 2015. Our first National Action Plan (2016–2018) contained 15 commitments and the second plan (2018–2020) contained 8, several of which continue to shape the work described here.",
        "Australia’s Third Open Government National Action Plan was co-created with the Open Government Forum, a group of 16 government and civil society members, over 2023. It sets out five commitments to be delivered between 2024 and 2026, drawing on more than 200 suggestions made by the public.",
        "This self-assessment covers the first eighteen months of implementation, from 1 January 2024 to 30 June 2025. It was prepared by the Department of the Prime Minister and Cabinet with input from lead agencies and was discussed with the Forum at its meeting of 12 August 2025. The public was invited to comment on a draft for two weeks, and 23 comments were received.",
        "The report follows the order of the plan. For each commitment it recalls what the commitment set out to do and then describes the progress made and the level of completion reached at the mid-point of the plan. An end-of-term self-assessment will follow in 2026."))
    b.append("<h2>Process and participation</h2>")
    b.append(P(
        "The Forum met six times during the reporting period. Its civil society members, chosen through an open call, co-chair the meetings with a Deputy Secretary of the Department. Minutes of each meeting are published on the Open Government Partnership Australia website.",
        "Lead agencies reported on their milestones every quarter. Where a milestone slipped, the Forum was told of the reasons and of the revised timeline. Two commitments changed lead agency after the machinery-of-government changes announced in 2024."))
    b.append("<h2 class='brk'>Progress on commitments</h2>")
    for n, t, aim, prog, st, ev in C:
        b.append(f"<h3>Commitment {n}: {E(t)}</h3>")
        b.append(P(aim, prog))
        if ev:
            b.append("<p class='more'>More information: " + "<br>".join(E(u) for u in ev) + "</p>")
    b.append("<h2>Next steps</h2>")
    b.append(P("The Department will continue to report on the plan through the Forum, and the end-of-term self-assessment will be published within three months of the plan’s end. Planning for a fourth National Action Plan will begin in early 2026."))
    entries = [EN(n, st, prog, None, ev, anchor=prog) for n, t, aim, prog, st, ev in C]
    part = report("Department of the Prime Minister and Cabinet", "Australia", 3,
                  "2024-01-01", "2025-06-30", None, "2025-08-29", entries)
    pdf = render(name, htmldoc(css, "".join(b)))
    write_gold(name, pdf, "en", "progress_report", part)


# =========================================================================== 2
@doc
def d2():
    name = "dev8-gh-eot-sa-boxes"
    C = [
        ("1", "Right to Information implementation", "Right to Information Commission",
         "Substantial", "substantial", 80,
         "Information officers are now designated in 611 of the 650 public institutions covered by the Right to Information Act, 2019 (Act 989). The Commission’s online request tracker went live in October 2024 and recorded 4,218 requests in 2025. Annual compliance reports for 2023 and 2024 have been published; the 2025 report is being finalised.",
         ["https://rti.gov.gh/tracker", "https://rti.gov.gh/reports/compliance-2024"],
         [("1.1", "Designate and train information officers in all public institutions", "Substantial"),
          ("1.2", "Launch an online system for submitting and tracking information requests", "Completed"),
          ("1.3", "Publish annual compliance reports on the implementation of the RTI Act", "Substantial")]),
        ("2", "Open contracting in the Ghana Electronic Procurement System", "Public Procurement Authority",
         "Completed", "complete", 100,
         "All contracts awarded through GHANEPS since January 2024 are published in the Open Contracting Data Standard. A public dashboard allows citizens to follow tenders from planning to completion, and 1,120 civil society monitors were trained in the ten regions originally targeted.",
         ["https://www.ghaneps.gov.gh/ocds"],
         [("2.1", "Publish contract award and implementation data in the Open Contracting Data Standard", "Completed"),
          ("2.2", "Develop a public procurement monitoring dashboard for citizens", "Completed"),
          ("2.3", "Train civil society organisations to use procurement data for monitoring", "Completed")]),
        ("3", "Citizens’ participation in district budgeting", "Ministry of Local Government, Decentralisation and Rural Development",
         "Limited", "limited", 35,
         "Guidelines for participatory budget hearings were drafted with civil society partners, but their approval was delayed by the 2024 general elections. Hearings were held as a pilot in 12 districts instead of the 50 planned.",
         [],
         [("3.1", "Develop national guidelines for participatory budget hearings in MMDAs", "Substantial"),
          ("3.2", "Hold budget hearings in at least 50 districts and publish their outcomes", "Limited"),
          ("3.3", "Publish district budget execution reports online every quarter", "Not started")]),
        ("4", "Beneficial ownership disclosure in the extractive sector", "Registrar-General’s Department",
         "Not started", "not_started", 0,
         "The register’s public access module was not developed because funding expected under the second phase of the Ghana Extractive Industries Transparency Initiative support programme was not released. The commitment is proposed for carry-over into the next action plan.",
         [],
         [("4.1", "Develop a public access module for the central beneficial ownership register", "Not started"),
          ("4.2", "Link beneficial ownership data to mining and petroleum licence data", "Not started")]),
    ]
    css = """
@page { size: A4; margin: 16mm 15mm 18mm 15mm; }
body { font-family: 'DejaVu Sans', sans-serif; font-size: 9.4pt; line-height: 1.42; color:#1b1b1b; }
.cover { height: 255mm; page-break-after: always; background: #0b6b3a; color: white; padding: 22mm 16mm; box-sizing: border-box; }
.cover .star { color:#f2c200; font-size: 40pt; }
.cover h1 { font-size: 24pt; margin-top: 40mm; }
.cover h2 { font-size: 15pt; font-weight: normal; color:#f2c200; }
.cover .foot { margin-top: 70mm; font-size: 10.5pt; }
h2.sec { color:#0b6b3a; border-bottom: 3px solid #f2c200; padding-bottom: 2px; font-size: 14pt; }
.box { border: 1.5px solid #0b6b3a; margin: 7mm 0; page-break-inside: avoid; }
.box .hd { background:#0b6b3a; color:white; padding: 2.5mm 4mm; font-weight: bold; font-size: 11pt; }
.box .bd { padding: 3mm 4mm; }
.lbl { font-weight: bold; color:#0b6b3a; }
ul.ms { list-style: none; padding-left: 0; }
ul.ms li { border-top: 1px dotted #999; padding: 1.5mm 0; }
.st { float: right; font-weight: bold; color: #8a5a00; margin-left: 6mm; }
"""
    b = ["<div class='cover'><div class='star'>★</div><h1>Ghana’s Fifth Open Government Partnership National Action Plan (2023–2025)</h1>",
         "<h2>End-of-Term Self-Assessment Report</h2>",
         "<div class='foot'>Office of the Head of Civil Service<br>Accra, 20 March 2026</div></div>"]
    b.append("<h2 class='sec'>Foreword</h2>")
    b.append(P(
        "Ghana joined the Open Government Partnership in 2011 and has since implemented four national action plans. The fourth plan (2021–2022) carried 7 commitments; building on the previous four plans, the fifth plan adopted in December 2022 focused on four commitments that the OGP Steering Committee of 22 members judged most likely to deliver results.",
        "This end-of-term self-assessment reports on the full implementation period of the plan, 1 January 2023 to 31 December 2025. It was validated at a multi-stakeholder forum held in Accra on 5 March 2026 with 48 participants from ministries, departments and agencies, civil society and the media.",
        "For each commitment the report gives the lead institution, the overall level of completion, a summary of results, and the status of each milestone. Levels of completion follow the OGP scale: Not started, Limited, Substantial and Completed."))
    b.append("<h2 class='sec'>Commitment reports</h2>")
    for n, t, lead, lvl, st, pct, res, ev, ms in C:
        b.append(f"<div class='box'><div class='hd'>Commitment {n} &nbsp;|&nbsp; {E(t)}</div><div class='bd'>")
        b.append(f"<p><span class='lbl'>Lead institution:</span> {E(lead)}<br>")
        b.append(f"<span class='lbl'>Level of completion:</span> {E(lvl)}<br>")
        b.append(f"<span class='lbl'>Overall progress:</span> {pct}%</p>")
        b.append(f"<p><span class='lbl'>Summary of results:</span> {E(res)}</p>")
        b.append("<p class='lbl'>Milestones</p><ul class='ms'>")
        for mn, mt, ms_ in ms:
            b.append(f"<li><span class='st'>{E(ms_)}</span>{mn} {E(mt)}</li>")
        b.append("</ul>")
        b.append("<p><span class='lbl'>Evidence:</span> " + ("<br>".join(E(u) for u in ev) if ev else "None available") + "</p>")
        b.append("</div></div>")
    b.append("<h2 class='sec'>Lessons learned</h2>")
    b.append(P("Commitments with a single, well-resourced lead institution progressed furthest. Where delivery depended on external funding or on many local authorities, progress was slower, and the Steering Committee recommends that the sixth plan budgets each milestone before it is adopted."))
    smap = {"Completed": "complete", "Substantial": "substantial", "Limited": "limited", "Not started": "not_started"}
    entries = []
    for n, t, lead, lvl, st, pct, res, ev, ms in C:
        entries.append(EN(n, st, res, pct, ev, anchor=res))
        for mn, mt, ms_ in ms:
            entries.append(EN(mn, smap[ms_], None, None, [], anchor=mt))
    part = report("Office of the Head of Civil Service", "Ghana", 5,
                  "2023-01-01", "2025-12-31", None, "2026-03-20", entries)
    pdf = render(name, htmldoc(css, "".join(b)))
    write_gold(name, pdf, "en", "progress_report", part)


# =========================================================================== 3
@doc
def d3():
    name = "dev8-ee-eot-sa-table"
    title = "Estonia’s Seventh OGP Action Plan 2024–2026 — End-of-Term Self-Assessment Report"
    S = {"Completed": "complete", "Substantially completed": "substantial",
         "Limited progress": "limited", "Not started": "not_started"}
    C = [
        ("1", "Inclusive policy making through the participation portal", [
            ("1.1", "Launch a single participation portal for public consultations on draft laws", "Completed",
             "The portal osale.ee was merged into the draft legislation information system in March 2025."),
            ("1.2", "Publish summaries of consultation feedback and how it was taken into account", "Substantially completed",
             "Feedback summaries are published for 9 of 11 ministries; the remaining two will join in 2027."),
            ("1.3", "Train 300 officials in participatory methods", "Completed",
             "346 officials completed the e-course and 120 took part in in-person workshops."),
        ]),
        ("2", "Transparency of lobbying", [
            ("2.1", "Extend the publication of meetings with interest representatives to heads of agencies", "Completed",
             "Required by the amended Good Practice of Lobbying guidelines since January 2025."),
            ("2.2", "Publish meeting data in a machine-readable open format", "Limited progress",
             "A data model exists, but ministries still publish meetings as HTML tables."),
            ("2.3", "Evaluate the need for a lobbying register act", "Substantially completed",
             "The analysis was completed in June 2026; the Ministry of Justice and Digital Affairs is preparing conclusions."),
            ("2.4", "Run an awareness campaign for interest groups", "Not started",
             "Postponed because of budget cuts in the 2025 state budget."),
        ]),
        ("3", "Open data on public spending of local governments", [
            ("3.1", "Publish monthly budget execution data of all municipalities", "Completed",
             "All 79 municipalities publish monthly data on the Ministry of Finance portal."),
            ("3.2", "Create a visual tool for comparing municipal spending", "Substantially completed",
             "A beta version is online; user testing with NGOs is under way."),
            ("3.3", "Add procurement and grant data of municipal companies", "Limited progress",
             "Data from 14 pilot companies has been collected but not yet published."),
        ]),
        ("4", "Youth participation in decision making", [
            ("4.1", "Set up youth councils in at least 50 municipalities", "Limited progress",
             "Youth councils now operate in 36 municipalities."),
            ("4.2", "Pilot a youth participatory budget at national level", "Not started",
             "The pilot was moved to the next action plan at the request of the Estonian Youth Work Centre."),
            ("4.3", "Publish guidelines on involving young people in public consultations", "Completed",
             "Guidelines were published in October 2025 in Estonian, Russian and English."),
        ]),
    ]
    allm = [m for c in C for m in c[2]]
    cnt = {k: sum(1 for m in allm if m[2] == k) for k in S}
    css = f"""
@page {{ size: A4; margin: 12mm 18mm 18mm 18mm; }}
body {{ font-family: 'Nimbus Sans', 'Liberation Sans', sans-serif; font-size: 10pt; line-height: 1.4; }}
table.wrap {{ width: 100%; border-collapse: collapse; }}
table.wrap > thead > tr > td, table.wrap > tbody > tr > td {{ padding: 0; }}
.runhead {{ font-size: 8pt; margin-bottom: 5mm; color:#0072ce; border-bottom: 0.6pt solid #0072ce; padding-bottom: 1mm; }}
.cover {{ page-break-after: always; padding-top: 45mm; }}
.cover h1 {{ font-size: 30pt; font-weight: bold; color:#000; line-height: 1.1; }}
.cover .sub {{ font-size: 15pt; color:#0072ce; margin-top: 6mm; }}
.cover .meta {{ margin-top: 80mm; font-size: 10pt; }}
h2 {{ font-size: 14pt; color:#0072ce; margin-top: 8mm; }}
h2.np {{ page-break-before: always; }}
table.sum {{ border-collapse: collapse; width: 100%; font-size: 8.6pt; }}
table.sum th {{ background:#0072ce; color:white; text-align:left; padding: 2mm; }}
table.sum td {{ border: 0.5pt solid #8aa; padding: 1.6mm 2mm; vertical-align: top; }}
table.sum td.c {{ background:#eef5fc; font-weight: bold; width: 22%; }}
table.sum td.s {{ width: 15%; }}
"""
    b = [f"<table class='wrap'><thead><tr><td><div class='runhead'>{E(title)}</div></td></tr></thead><tbody><tr><td>"]
    b.append("<div class='cover'><h1>Estonia’s Seventh Open Government Partnership Action Plan 2024–2026</h1>"
             "<div class='sub'>End-of-Term Self-Assessment Report</div>"
             "<div class='meta'>Government Office of Estonia<br>Tallinn, 16 November 2026</div></div>")
    b.append("<h2>1. Introduction</h2>")
    b.append(P(
        "Estonia has taken part in the Open Government Partnership since 2011. The six earlier action plans together contained more than 40 commitments, from the participation portal to open budget data. The seventh plan, approved by the Government on 5 September 2024, has four commitments and thirteen milestones and ran until 31 August 2026.",
        "This end-of-term self-assessment covers the whole implementation period, 1 September 2024 to 31 August 2026. It was drafted by the Government Office, which coordinates the plan, and reviewed by the Open Government Partnership Roundtable, which brings together 18 representatives of ministries and civil society organisations.",
        "Chapter 2 describes how the plan was implemented and monitored. Chapter 3 summarises the results, and Chapter 4 gives the status of each milestone in a single table."))
    b.append("<h2>2. Implementation and monitoring</h2>")
    b.append(P(
        "Each commitment had a lead ministry and a civil society partner. The Roundtable met every quarter to discuss progress, and its minutes were published on the Government Office website. Interim progress was reported to the Government in September 2025.",
        "The 2025 state budget cuts affected two milestones, both of which relied on new funding. The Roundtable agreed in November 2025 to move one of them to the next plan rather than change its scope."))
    b.append("<h2>3. Overview of results</h2>")
    b.append(P(
        f"Of the thirteen milestones, {cnt['Completed']} were completed, {cnt['Substantially completed']} substantially completed, {cnt['Limited progress']} showed limited progress and {cnt['Not started']} were not started. The first commitment, on inclusive policy making, is the most advanced; the fourth, on youth participation, the least.",
        "Compared with the sixth action plan, in which 5 of 12 milestones were completed, the completion rate has improved. The Roundtable noted however that milestones depending on municipalities need longer timelines."))
    b.append("<h2 class='np'>4. Status of milestones</h2>")
    b.append("<table class='sum'><thead><tr><th>Commitment</th><th>Milestone</th><th>Status</th><th>Comments</th></tr></thead><tbody>")
    for n, t, ms in C:
        for i, (mn, mt, st, cm_) in enumerate(ms):
            b.append("<tr>")
            if i == 0:
                b.append(f"<td class='c' rowspan='{len(ms)}'>{n}. {E(t)}</td>")
            b.append(f"<td>{mn} {E(mt)}</td><td class='s'>{E(st)}</td><td>{E(cm_)}</td></tr>")
    b.append("</tbody></table>")
    b.append("<h2>5. Conclusions</h2>")
    b.append(P("The Government Office thanks all partners. Work on the eighth action plan started in September 2026 and will draw on the lessons described in this report."))
    b.append("</td></tr></tbody></table>")
    entries = [EN(mn, S[st], cm_, None, [], anchor=mt) for n, t, ms in C for mn, mt, st, cm_ in ms]
    part = report("Government Office of Estonia", "Estonia", 7,
                  "2024-09-01", "2026-08-31", None, "2026-11-16", entries)
    pdf = render(name, htmldoc(css, "".join(b)))
    write_gold(name, pdf, "en", "progress_report", part)



# =========================================================================== 4
@doc
def d4():
    name = "dev8-cr-irm-informe-resultados"
    S = {"Completo": "complete", "Sustancial": "substantial", "Limitado": "limited", "No iniciado": "not_started"}
    C = [
        ("1", "Portal nacional de datos abiertos municipales", "Completo", "Marginal",
         "El Ministerio de Ciencia, Innovación, Tecnología y Telecomunicaciones (MICITT) habilitó el portal en mayo de 2024 y 52 de las 84 municipalidades publicaron al menos cinco conjuntos de datos. Las organizaciones consultadas por el MRI valoraron la estandarización, aunque señalaron que varios conjuntos no se actualizan desde su primera carga."),
        ("2", "Transparencia en la gestión del recurso hídrico", "Sustancial", "Significativo",
         "El Instituto Costarricense de Acueductos y Alcantarillados publicó el registro de concesiones de agua en formato abierto y lo vinculó con el mapa de acuíferos. Quedó pendiente la publicación de los informes trimestrales de calidad del agua de las ASADAS, que se encuentra en fase de prueba en la Región Chorotega."),
        ("3", "Participación ciudadana en la formulación de presupuestos cantonales", "Limitado", "No cambió",
         "Se elaboró una guía metodológica con el Instituto de Fomento y Asesoría Municipal, pero solo tres municipalidades la aplicaron en la formulación del presupuesto de 2025. El cambio de autoridades municipales en 2024 retrasó la suscripción de los convenios previstos."),
        ("4", "Protocolo de acceso a la información para personas con discapacidad", "No iniciado", "No cambió",
         "La institución responsable informó al MRI que el protocolo no pudo iniciarse por falta de contenido presupuestario. No se encontró evidencia de avances durante el periodo de implementación."),
        ("5", "Registro de transparencia y beneficiarios finales", "Sustancial", "Marginal",
         "El Banco Central de Costa Rica amplió el acceso al Registro de Transparencia y Beneficiarios Finales para autoridades de contratación pública. El acceso de la ciudadanía a datos agregados, previsto como último hito, está en consulta con la Procuraduría General de la República."),
        ("6", "Sistema de seguimiento de recomendaciones de la Defensoría de los Habitantes", "Completo", "Significativo",
         "El sistema de seguimiento se puso en funcionamiento en marzo de 2025 y permite consultar el estado de 1.432 recomendaciones dirigidas a instituciones públicas. Es el compromiso con resultados más visibles del plan según las personas entrevistadas."),
    ]
    css = """
@page { size: A4; margin: 20mm 20mm 20mm 20mm; }
body { font-family: 'URW Gothic', 'DejaVu Sans', sans-serif; font-size: 10pt; line-height: 1.5; color:#2b2b2b; }
.cover { page-break-after: always; text-align: center; padding-top: 30mm; }
.cover .irm { font-size: 11pt; letter-spacing: 3px; color:#7a3e9d; }
.cover h1 { font-size: 26pt; color:#7a3e9d; margin-top: 25mm; }
.cover .pl { font-size: 14pt; }
.cover .fecha { margin-top: 85mm; font-size: 10pt; }
h2 { color:#7a3e9d; font-size: 15pt; border-bottom: 1px solid #7a3e9d; margin-top: 8mm; }
h3 { font-size: 12pt; margin: 7mm 0 2mm 0; background:#f1e8f6; padding: 2mm 3mm; }
.kv { margin: 1mm 0; }
.kv b { color:#7a3e9d; }
table.res { border-collapse: collapse; width: 100%; font-size: 9pt; margin: 4mm 0; }
table.res th, table.res td { border: 0.6pt solid #b9a3c6; padding: 1.5mm 2mm; text-align: left; }
table.res th { background: #7a3e9d; color: white; }
.np { page-break-before: always; }
"""
    b = ["<div class='cover'><div class='irm'>MECANISMO DE REVISIÓN INDEPENDIENTE</div>",
         "<h1>Informe de resultados:<br>Costa Rica 2023–2025</h1>",
         "<div class='pl'>Quinto Plan de Acción de Estado Abierto</div>",
         "<div class='fecha'>Open Government Partnership<br>Publicado el 5 de febrero de 2026</div></div>"]
    b.append("<h2>Introducción</h2>")
    b.append(P(
        "Costa Rica se unió a la Alianza para el Gobierno Abierto en 2012. Sus cuatro planes de acción anteriores reunieron 47 compromisos; el cuarto plan (2019-2022) contó con 11 compromisos, de los cuales 4 alcanzaron un nivel de cumplimiento completo.",
        "El Quinto Plan de Acción de Estado Abierto se implementó entre el 1 de enero de 2023 y el 31 de agosto de 2025 e incluyó seis compromisos, co-creados por la Comisión Nacional de Gobierno Abierto. Este informe del Mecanismo de Revisión Independiente (MRI) evalúa el nivel de cumplimiento alcanzado al cierre de ese periodo y los resultados preliminares de cada compromiso.",
        "El MRI revisó la evidencia publicada en el repositorio del gobierno, entrevistó a 19 personas de instituciones públicas y organizaciones de la sociedad civil y sometió un borrador a comentarios públicos durante 30 días. La evaluación se basa en la metodología del MRI vigente desde 2021."))
    b.append("<h2>Resumen de resultados</h2>")
    b.append("<table class='res'><tr><th>Compromiso</th><th>Nivel de cumplimiento</th><th>¿Abrió el gobierno?</th></tr>")
    for n, t, niv, abr, txt in C:
        b.append(f"<tr><td>{n}. {E(t)}</td><td>{E(niv)}</td><td>{E(abr)}</td></tr>")
    b.append("</table>")
    b.append(P("Dos compromisos alcanzaron un cumplimiento completo y dos un cumplimiento sustancial. El compromiso 4 no se inició. La sección siguiente analiza cada compromiso."))
    b.append("<h2 class='np'>Análisis de los compromisos</h2>")
    for n, t, niv, abr, txt in C:
        b.append(f"<h3>Compromiso {n}. {E(t)}</h3>")
        b.append(f"<p class='kv'><b>Nivel de cumplimiento:</b> {E(niv)}</p>")
        b.append(f"<p class='kv'><b>¿Abrió el gobierno?</b> {E(abr)}</p>")
        b.append(f"<p><b>Análisis de la implementación.</b> {E(txt)}</p>")
    b.append("<h2>Recomendaciones para el próximo plan</h2>")
    b.append(P("El MRI recomienda asignar presupuesto a cada hito desde la cocreación, incluir metas verificables y asegurar la continuidad de los enlaces institucionales ante cambios de autoridades."))
    entries = [EN(n, S[niv], txt, None, [], anchor=txt) for n, t, niv, abr, txt in C]
    part = report("Mecanismo de Revisión Independiente (MRI)", "Costa Rica", 5,
                  "2023-01-01", "2025-08-31", None, "2026-02-05", entries)
    pdf = render(name, htmldoc(css, "".join(b), "es"))
    write_gold(name, pdf, "es", "progress_report", part)


# =========================================================================== 5
@doc
def d5():
    name = "dev8-uy-autoevaluacion-medio-termino"
    C = [
        ("1", "Datos abiertos sobre violencia basada en género", "Ministerio del Interior", [
            ("1.1", "Publicar en formato abierto los datos de denuncias de violencia doméstica por departamento", "Completo", None,
             ["https://catalogodatos.gub.uy/dataset/minterior-violencia-domestica"]),
            ("1.2", "Elaborar un tablero de visualización con la participación de organizaciones feministas", "Sustancial (70 %)", 70,
             ["https://www.minterior.gub.uy/observatorio/tablero-vbg"]),
            ("1.3", "Realizar dos talleres de uso de datos con la sociedad civil", "No iniciado", None, []),
        ]),
        ("2", "Presupuesto abierto de los gobiernos departamentales", "Oficina de Planeamiento y Presupuesto (OPP)", [
            ("2.1", "Publicar la ejecución presupuestal trimestral de los 19 gobiernos departamentales", "Sustancial (60 %)", 60,
             ["https://transparenciapresupuestaria.opp.gub.uy/departamentos"]),
            ("2.2", "Desarrollar una guía ciudadana sobre el presupuesto departamental", "Completo", None,
             ["https://www.opp.gub.uy/guia-presupuesto-departamental", "Acta de validación del 14/03/2026"]),
            ("2.3", "Incorporar indicadores de resultado en la plataforma de transparencia presupuestaria", "Limitado", None, []),
        ]),
        ("3", "Participación ciudadana en la política nacional de aguas", "Ministerio de Ambiente", [
            ("3.1", "Convocar a los consejos regionales de recursos hídricos con representación de la sociedad civil", "Completo", None,
             ["https://www.ambiente.gub.uy/consejos-regionales-actas"]),
            ("3.2", "Publicar las actas y resoluciones de las comisiones de cuenca", "Sustancial (80 %)", 80,
             ["https://www.ambiente.gub.uy/comisiones-cuenca"]),
            ("3.3", "Evaluar de forma participativa el Plan Nacional de Aguas", "No iniciado", None, []),
        ]),
        ("4", "Accesibilidad de los trámites en línea", "Agencia de Gobierno Electrónico y Sociedad de la Información y del Conocimiento (AGESIC)", [
            ("4.1", "Auditar la accesibilidad de los 100 trámites en línea más utilizados", "Completo", None,
             ["https://www.gub.uy/agesic/informe-auditoria-accesibilidad-2026"]),
            ("4.2", "Corregir las barreras de accesibilidad detectadas en la auditoría", "Limitado", None, []),
        ]),
    ]
    css = """
@page { size: A4 landscape; margin: 15mm 18mm; }
body { font-family: 'Liberation Sans', sans-serif; font-size: 9.6pt; line-height: 1.38; color:#222; }
.cover { page-break-after: always; display: flex; height: 170mm; }
.cover .l { width: 40%; background: #0a4a7a; }
.cover .r { width: 60%; padding: 20mm 15mm; }
.cover h1 { font-size: 22pt; color:#0a4a7a; }
.cover .s { font-size: 14pt; }
.cover .d { margin-top: 35mm; }
h2 { font-size: 14pt; color:#0a4a7a; }
.intro { column-count: 2; column-gap: 10mm; text-align: justify; }
.cmp { page-break-before: always; }
.cmp h3 { font-size: 12.5pt; color: #0a4a7a; margin-bottom: 1mm; }
.cmp .inst { margin: 0 0 3mm 0; }
table.h { width: 100%; border-collapse: collapse; }
table.h th { background:#e3edf5; border: 0.6pt solid #6b8fae; padding: 1.6mm; text-align: left; }
table.h td { border: 0.6pt solid #6b8fae; padding: 1.6mm; vertical-align: top; }
td.ev { font-size: 8.4pt; width: 38%; word-break: break-all; }
td.es { width: 14%; }
"""
    b = ["<div class='cover'><div class='l'></div><div class='r'><p>Presidencia de la República Oriental del Uruguay<br>Agencia de Gobierno Electrónico y Sociedad de la Información y del Conocimiento (AGESIC)</p>",
         "<h1>Informe de autoevaluación de medio término</h1>",
         "<div class='s'>Sexto Plan de Acción Nacional de Gobierno Abierto 2025–2027</div>",
         "<div class='d'>Montevideo, 28 de agosto de 2026</div></div></div>"]
    b.append("<h2>Presentación</h2><div class='intro'>")
    b.append(P(
        "Uruguay integra la Alianza para el Gobierno Abierto desde 2011. A lo largo de cinco planes de acción se asumieron más de 200 compromisos; el quinto plan (2021-2024) tuvo 31 compromisos a cargo de 21 instituciones.",
        "El Sexto Plan de Acción Nacional de Gobierno Abierto 2025–2027 fue elaborado por el Grupo de Trabajo de Gobierno Abierto, integrado por representantes del Estado, la sociedad civil y la academia, e incluye cuatro compromisos con once hitos.",
        "Este informe de autoevaluación de medio término presenta el avance de cada hito entre el 1 de julio de 2025 y el 30 de junio de 2026. La información fue proporcionada por las instituciones responsables y validada por el Grupo de Trabajo el 12 de agosto de 2026.",
        "Para cada hito se indica su estado (No iniciado, Limitado, Sustancial o Completo), con el porcentaje de avance cuando la institución lo informó, y la evidencia disponible. Un guion indica que no se presentó evidencia."))
    b.append("</div>")
    DESC = {
        "1": "El compromiso busca que la información pública sobre violencia basada en género se publique de forma periódica, desagregada y reutilizable, para que la sociedad civil y la academia puedan analizarla y proponer mejoras en las políticas de prevención y atención.",
        "2": "Los gobiernos departamentales publican información presupuestal con formatos y periodicidades muy distintos. El compromiso propone un estándar común de publicación trimestral y herramientas para que la ciudadanía comprenda y siga el uso de los recursos departamentales.",
        "3": "La Política Nacional de Aguas prevé espacios de participación que funcionan de manera desigual. El compromiso busca fortalecer los consejos regionales y las comisiones de cuenca, y hacer pública su actividad.",
        "4": "Muchas personas con discapacidad encuentran barreras al realizar trámites en línea. El compromiso prevé auditar la accesibilidad de los trámites más utilizados y corregir las barreras detectadas, en diálogo con organizaciones de personas con discapacidad.",
    }
    for n, t, inst, ms in C:
        b.append(f"<div class='cmp'><h3>Compromiso {n}: {E(t)}</h3><p class='inst'><b>Institución responsable:</b> {E(inst)}</p>")
        b.append(f"<p><b>Descripción del compromiso:</b> {E(DESC[n])}</p>")
        b.append("<table class='h'><tr><th>Hito</th><th>Estado</th><th>Evidencia</th></tr>")
        for mn, mt, st, pct, ev in ms:
            b.append(f"<tr><td>{mn} {E(mt)}</td><td class='es'>{E(st)}</td><td class='ev'>" + ("<br>".join(E(u) for u in ev) if ev else "-") + "</td></tr>")
        b.append("</table></div>")
    S = {"Completo": "complete", "Sustancial": "substantial", "Limitado": "limited", "No iniciado": "not_started"}
    entries = [EN(mn, S[st.split(" (")[0]], None, pct, ev, anchor=mt)
               for n, t, inst, ms in C for mn, mt, st, pct, ev in ms]
    part = report("Agencia de Gobierno Electrónico y Sociedad de la Información y del Conocimiento (AGESIC)",
                  "Uruguay", 6, "2025-07-01", "2026-06-30", None, "2026-08-28", entries)
    pdf = render(name, htmldoc(css, "".join(b), "es"))
    write_gold(name, pdf, "es", "progress_report", part)


def inferred_warnings(commitments, commit_too=True, ms_too=True):
    ws = []
    for c in commitments:
        if commit_too:
            ws.append({"anchor": c["title"], "code": "commitment_number_inferred",
                       "message": f"commitment '{c['title']}' has no printed number; numbered {c['number']} by position"})
        if ms_too and c["milestones"]:
            ws.append({"anchor": c["milestones"][0]["text"], "code": "milestone_number_inferred",
                       "message": f"milestones of commitment {c['number']} have no printed numbers; numbered by position"})
    return ws


# =========================================================================== 6
@doc
def d6():
    name = "dev8-fi-nap5-sidebox"
    K = [
        ("Open register of lobbying", "Ministry of Justice", ["National Audit Office of Finland"], ["Transparency International Finland", "Open Knowledge Finland"], "2025–2027",
         "Decision makers meet interest representatives every day, but citizens cannot see who tries to influence which decisions. Finland has no binding rules on the transparency of lobbying, and confidence in decision making has fallen in recent barometers.",
         "The Ministry of Justice will put into operation the transparency register created by the Act on the Transparency Register and extend it, after an evaluation, to contacts with ministries’ senior officials. Register data will be published as open data.",
         "Anyone can see which organisations lobby Parliament and ministries and on which matters, and researchers and journalists can use the data.",
         [("Transparency register opened to the public", "Q1 2025"),
          ("Evaluation of the first year of registrations published", "Q2 2026"),
          ("Proposal on extending the register to senior officials of ministries", "2026–2027")]),
        ("Clear language in public services", "Ministry of Finance", ["Institute for the Languages of Finland", "Digital and Population Data Services Agency"], ["Finnish Federation of the Visually Impaired"], "2025–2026",
         "Many letters and online services of the authorities are hard to understand, especially for people with limited literacy or whose first language is not Finnish or Swedish. Unclear language leads to errors, repeated contacts and loss of trust.",
         "A clear language network will be set up for central government. Together with users, agencies will test and improve their most used decisions and letters, and publish a practical guide.",
         "The most common decisions of at least ten agencies have been rewritten and tested with users, and customer contacts caused by unclear letters decrease.",
         [("Clear language network of central government agencies established", "June 2025"),
          ("User testing of decisions and letters in ten agencies", "Q3 2025 – Q2 2026"),
          ("Clear language guide published in Finnish, Swedish and Sámi", "December 2026")]),
        ("Open data on environmental permits and climate decisions", "Ministry of the Environment", ["Finnish Environment Institute"], [], "2025–2027",
         "Information on environmental permits, their conditions and monitoring results is scattered across several systems. Citizens and local associations find it hard to take part in permit procedures or to follow their effects.",
         "Permit decisions and monitoring data will be published in one open service, and the climate effects of major government decisions will be described in a common format.",
         "Environmental permit data are easy to find and reuse, and residents can take part in permit procedures on an equal footing.",
         [("Permit decisions of regional state administrative agencies published as open data", "Q4 2025"),
          ("Monitoring results linked to permit decisions in the open service", "2026"),
          ("Common format for describing climate effects of government proposals adopted", "Q2 2027")]),
        ("Participation of children and young people", "Ministry of Education and Culture", ["Ministry of Social Affairs and Health"], ["Finnish Youth Co-operation Allianssi", "Central Union for Child Welfare"], "2025–2027",
         "Children and young people are rarely heard in the preparation of laws and national programmes, although many decisions affect them directly.",
         "Ministries will adopt a model for consulting children and young people, using schools, youth councils and the lausuntopalvelu.fi service, and report how views were taken into account.",
         "Every ministry has consulted children or young people at least once in the preparation of a law, and the results are published.",
         [("Model for consulting children and young people published", "Q4 2025"),
          ("Training of ministry staff on child-friendly consultation", "2026"),
          ("Report on the use of the model in all ministries", "June 2027")]),
    ]
    cms = []
    for i, (t, lead, sg, sc, dur, prob, sol, res, ms) in enumerate(K, 1):
        cms.append(CM(str(i), t, [lead], [MS(f"{i}.{j}", mt, d) for j, (mt, d) in enumerate(ms, 1)],
                      sup(sg, sc), PER(*yr(dur)), {"problem": prob, "solution": sol, "results": res}))
    css = """
@page { size: A4; margin: 18mm 16mm; }
body { font-family: 'Nimbus Sans', sans-serif; font-size: 9.8pt; line-height: 1.45; color:#1f2a30; }
.cover { page-break-after: always; height: 255mm; background: linear-gradient(#e8f4f2, #ffffff); padding: 30mm 15mm; box-sizing: border-box;}
.cover .min { color:#00736b; font-weight: bold; font-size: 11pt; }
.cover h1 { font-size: 34pt; color:#00736b; font-weight: 300; line-height: 1.1; margin-top: 40mm; }
.cover .p { font-size: 14pt; }
h2.int { color:#00736b; font-size: 16pt; }
.ct { page-break-before: always; font-size: 19pt; color:#00736b; font-weight: bold; margin: 0 0 5mm 0; line-height: 1.15; }
.grid { display: flex; gap: 7mm; }
.main { flex: 1; }
.side { width: 55mm; background:#e8f4f2; border-top: 4px solid #00736b; padding: 4mm; font-size: 8.8pt; align-self: flex-start; }
.side h4 { margin: 3mm 0 1mm 0; color:#00736b; font-size: 9pt; }
.side p { margin: 0; }
.q { font-weight: bold; margin: 4mm 0 1mm 0; color:#00524c; }
.main p { margin: 0 0 2mm 0; }
table.m { width: 100%; border-collapse: collapse; margin-top: 2mm; }
table.m th { text-align: left; border-bottom: 1.5pt solid #00736b; padding: 1.5mm; }
table.m td { border-bottom: 0.5pt solid #bbb; padding: 1.5mm; }
"""
    b = ["<div class='cover'><div class='min'>MINISTRY OF FINANCE · PUBLICATIONS 2025:14</div>",
         "<h1>Open Government<br>Fifth Action Plan<br>2025–2027</h1><div class='p'>Finland · Open Government Partnership</div></div>"]
    b.append("<h2 class='int'>To the reader</h2>")
    b.append(P(
        "Finland has been a member of the Open Government Partnership since 2013. Our four previous action plans contained altogether 27 commitments, and the Open Government Strategy adopted in 2023 sets the direction for the next ten years.",
        "This fifth action plan was prepared by the Open Government Working Group, in which 14 ministries and 9 civil society organisations are represented. Over 600 people took part in workshops and the online survey held in autumn 2024, and their proposals were grouped into 12 themes, of which four were chosen for this plan.",
        "The plan contains four commitments. Each commitment describes the problem it addresses, what will be done and what results are expected, followed by its milestones. The lead agency and the other organisations involved are shown in the box beside each commitment.",
        "Implementation will be followed by the Working Group, which will publish a self-assessment in the middle and at the end of the plan period, in addition to the reports of the Independent Reporting Mechanism."))
    for c, k in zip(cms, K):
        t, lead, sg, sc, dur, prob, sol, res, ms = k
        b.append(f"<div class='ct'>{E(t)}</div><div class='grid'><div class='main'>")
        b.append(f"<div class='q'>What is the problem?</div><p>{E(prob)}</p>")
        b.append(f"<div class='q'>What is the commitment?</div><p>{E(sol)}</p>")
        b.append(f"<div class='q'>What results do we want to achieve?</div><p>{E(res)}</p>")
        b.append("<div class='q'>Milestones</div><table class='m'><tr><th>Milestone</th><th>Timeline</th></tr>")
        for mt, d in ms:
            b.append(f"<tr><td>{E(mt)}</td><td>{E(d)}</td></tr>")
        b.append("</table></div><div class='side'>")
        b.append(f"<h4>Lead agency</h4><p>{E(lead)}</p>")
        b.append("<h4>Other government actors</h4><p>" + ("<br>".join(E(x) for x in sg) or "–") + "</p>")
        b.append("<h4>Civil society organisations</h4><p>" + ("<br>".join(E(x) for x in sc) or "–") + "</p>")
        b.append(f"<h4>Duration</h4><p>{E(dur)}</p></div></div>")
    part = plan("Finland", 5, 2025, 2027, "Open Government Fifth Action Plan 2025–2027", cms)
    pdf = render(name, htmldoc(css, "".join(b)))
    write_gold(name, pdf, "en", "action_plan", part, inferred_warnings(cms))


# =========================================================================== 7
@doc
def d7():
    name = "dev8-nz-nap5-bullets"
    K = [
        ("Publishing ministerial diaries in a consistent, open format", "Te Kawa Mataaho Public Service Commission",
         "Ministers publish their diaries each month, but formats differ between offices and the information is often released as scanned documents that cannot be searched or analysed.",
         "We will agree a common standard for ministerial diaries, publish them as open data on a single website, and review the categories of meetings that are withheld.",
         [("Consult on a common standard for ministerial diary releases", "by December 2025"),
          ("Publish all ministerial diaries on a single website in the agreed format", "by June 2026"),
          ("Review and report on the grounds used to withhold diary entries", "by March 2027")]),
        ("Improving transparency of public sector procurement", "Ministry of Business, Innovation and Employment",
         "Information on who wins government contracts is incomplete. Only the notice of award is published, and contract values and variations are not consistently reported.",
         "We will publish the value and supplier of all contracts over NZ$100,000 let by government agencies, including later variations, and make the data available for reuse.",
         [("Update the Government Procurement Rules to require publication of contract values", "by September 2025"),
          ("Release contract award data as open data on data.govt.nz", "by June 2026"),
          ("Hold two workshops with civil society and media users of procurement data", "by December 2026")]),
        ("Strengthening community participation in local government", "Department of Internal Affairs",
         "Turnout in local elections is low and many communities, including rangatahi and Pacific communities, feel that councils do not listen to them.",
         "Working with Local Government New Zealand, we will develop a toolkit for participatory processes, trial it in four councils and share what is learned.",
         [("Co-design a participation toolkit with councils and community groups", "by March 2026"),
          ("Trial the toolkit in four councils, including one unitary authority", "by March 2027"),
          ("Publish an independent evaluation of the trials", "by June 2027")]),
        ("Access to legislation and regulatory information in te reo Māori", "Parliamentary Counsel Office",
         "Very little legislation is available in te reo Māori, which limits the ability of Māori to engage with the law in their own language.",
         "We will translate a set of priority Acts, publish them on the legislation website, and develop a glossary of legal terms with Te Taura Whiri i te Reo Māori.",
         [("Agree a list of priority Acts for translation with Māori partners", "by October 2025"),
          ("Publish translations of at least five priority Acts", "by December 2026"),
          ("Publish a bilingual glossary of legislative terms", "by June 2027")]),
    ]
    cms = []
    for i, (t, lead, prob, sol, ms) in enumerate(K, 1):
        cms.append(CM(str(i), t, [lead],
                      [MS(f"{i}.{j}", mt, d.replace("by ", "")) for j, (mt, d) in enumerate(ms, 1)],
                      None, None, {"problem": prob, "solution": sol}))
        for m, (mt, d) in zip(cms[-1]["milestones"], ms):
            m["due"]["raw"] = d.replace("by ", "")
    css = """
@page { size: A4; margin: 25mm 28mm 22mm 28mm; }
body { font-family: 'P052', 'DejaVu Serif', serif; font-size: 10.8pt; line-height: 1.5; color:#202020; }
.cover { page-break-after: always; border-top: 8mm solid #111; padding-top: 40mm; }
.cover h1 { font-family: 'URW Gothic', sans-serif; font-size: 30pt; font-weight: normal; }
.cover .s { font-size: 13pt; margin-top: 10mm; }
h2.s { font-family:'URW Gothic', sans-serif; font-size: 15pt; border-bottom: 0.8pt solid #444; }
.ct { font-size: 16pt; font-weight: bold; color:#8c1c13; margin: 10mm 0 2mm 0; page-break-after: avoid; }
h4 { font-family:'URW Gothic', sans-serif; font-size: 10.5pt; margin: 3.5mm 0 1mm 0; page-break-after: avoid; }
p { margin: 0 0 2mm 0; }
ul { margin-top: 1mm; }
li { margin-bottom: 1.2mm; }
"""
    b = ["<div class='cover'><h1>Open Government Partnership<br>New Zealand National Action Plan 2025–2027</h1>",
         "<div class='s'>Fifth National Action Plan<br>Te Kawa Mataaho Public Service Commission<br>Wellington, August 2025</div></div>"]
    b.append("<h2 class='s'>Foreword from the Minister</h2>")
    b.append(P(
        "New Zealand joined the Open Government Partnership in 2013. Since then we have delivered four National Action Plans with 39 commitments between them. The fourth plan (2023–2024) was the shortest, with just 3 commitments, and was designed as a bridge to this longer plan.",
        "This fifth plan was developed with an Expert Advisory Panel of 7 members and shaped by more than 1,100 ideas from the public. It has four commitments, to be delivered over two years. Each sets out the problem it addresses, what we will do, which agency leads the work, and the milestones against which progress will be measured.",
        "Progress will be reported every six months on the Open Government Partnership New Zealand website, and the Independent Reporting Mechanism will review the plan at its end."))
    b.append("<h2 class='s'>Our commitments</h2>")
    for c, k in zip(cms, K):
        t, lead, prob, sol, ms = k
        b.append(f"<div class='ct'>{E(t)}</div>")
        b.append(f"<h4>What is the problem?</h4><p>{E(prob)}</p>")
        b.append(f"<h4>What is the commitment?</h4><p>{E(sol)}</p>")
        b.append(f"<h4>Lead agency</h4><p>{E(lead)}</p>")
        b.append("<h4>Milestones</h4><ul>" + "".join(f"<li>{E(mt)} ({E(d)})</li>" for mt, d in ms) + "</ul>")
    part = plan("New Zealand", 5, 2025, 2027, "New Zealand National Action Plan 2025–2027", cms)
    pdf = render(name, htmldoc(css, "".join(b)))
    write_gold(name, pdf, "en", "action_plan", part, inferred_warnings(cms))


# =========================================================================== 8
@doc
def d8():
    name = "dev8-za-nap6-themes"
    T = [
        ("THEME 1: FISCAL OPENNESS AND PUBLIC FINANCE", [
            ("Citizen oversight of municipal budgets", "National Treasury",
             "Municipal budgets are published late and in formats that residents cannot easily use. Ward committees rarely see budget information before the council votes, and audit findings on municipalities remain poor.",
             "National Treasury will publish the adopted budgets and quarterly spending of all 257 municipalities on the Municipal Money portal, and support ward committees to use the data in budget hearings.",
             [("Publish adopted budgets of all municipalities on Municipal Money", "April 2025", "June 2025"),
              ("Publish quarterly municipal spending data within 45 days of quarter end", "July 2025", "Q3 2026"),
              ("Train ward committee members in 20 districts on budget data", "2025–2026", "")]),
            ("Open data on infrastructure projects", "Department of Public Works and Infrastructure",
             "Large infrastructure projects often overrun their budgets and schedules, and affected communities have little information about their progress.",
             "The Department will publish project data according to the Infrastructure Data Standard (CoST IDS) for all projects registered in the Infrastructure Investment Plan.",
             [("Adopt the CoST Infrastructure Data Standard for national projects", "January 2025", "September 2025"),
              ("Publish data on at least 60 priority projects on the Infrastructure Portal", "October 2025", "Q2 2026")]),
        ]),
        ("THEME 2: ACCOUNTABLE AND RESPONSIVE PUBLIC SERVICE", [
            ("Strengthening the Presidential Hotline", "Department of Planning, Monitoring and Evaluation",
             "Complaints to the Presidential Hotline are resolved slowly and callers are not told what happened to their complaint. There is no public reporting on resolution rates by department.",
             "The Hotline will introduce case tracking by SMS and publish quarterly resolution rates per national and provincial department.",
             [("Launch SMS-based case tracking for callers", "March 2025", "December 2025"),
              ("Publish quarterly resolution rates per department", "Q1 2026", "Q4 2026"),
              ("Independent review of the Hotline’s complaint handling", "2026", "2027")]),
            ("Transparency in public appointments", "Department of Public Service and Administration",
             "Appointments to the boards of state-owned enterprises and to senior public service posts are often seen as political and are not explained to the public.",
             "Vacancies, shortlists and selection criteria for senior appointments will be published, and the Department will report every year on compliance.",
             [("Issue a directive on publishing senior vacancies and shortlists", "June 2025", "September 2025"),
              ("Publish the first annual compliance report on senior appointments", "July 2026", "March 2027")]),
        ]),
        ("THEME 3: CIVIC SPACE AND PARTICIPATION", [
            ("Public participation framework for legislation", "Department of Justice and Constitutional Development",
             "Courts have several times set aside laws because public participation was inadequate. Departments follow different practices and communities in rural areas are often left out.",
             "A national framework for public participation in law making will be adopted, with minimum standards for notice, languages and feedback, and a single online portal for consultations.",
             [("Draft public participation framework published for comment", "May 2025", "August 2025"),
              ("Framework approved by Cabinet", "Q4 2025", "Q1 2026"),
              ("Online consultation portal launched for all national departments", "April 2026", "June 2027")]),
        ]),
    ]
    cms = []
    i = 0
    for th, items in T:
        for t, lead, prob, sol, ms in items:
            i += 1
            mm = []
            for j, (mt, s, e) in enumerate(ms, 1):
                raw = f"{s} – {e}" if e else s
                mm.append(MS(f"{i}.{j}", mt, raw))
            cms.append(CM(str(i), t, [lead], mm, None, None, {"problem": prob, "solution": sol}))
    css = """
@page { size: A4 landscape; margin: 14mm 16mm; }
body { font-family: 'DejaVu Sans Condensed', 'DejaVu Sans', sans-serif; font-size: 9.2pt; line-height: 1.4; color:#1a1a1a; }
.cover { page-break-after: always; height: 172mm; display: flex; flex-direction: column; justify-content: center; border: 3mm solid #007a4d; padding: 12mm; box-sizing: border-box;}
.cover .a { color:#de3831; font-weight: bold; letter-spacing: 1px; }
.cover h1 { font-size: 28pt; color: #002395; margin: 8mm 0; }
.cover .b { font-size: 13pt; color:#007a4d; }
.intro { column-count: 2; column-gap: 12mm; }
h2.i { color:#002395; font-size: 14pt; }
.theme { page-break-before: always; background:#ffb612; color:#1a1a1a; font-weight: bold; font-size: 13pt; padding: 3mm 5mm; letter-spacing: 0.5px; }
.ct { color:#007a4d; font-size: 14pt; font-weight: bold; margin: 6mm 0 2mm 0; page-break-after: avoid; }
.two { display: flex; gap: 8mm; }
.two > div { flex: 1; }
.q { font-weight: bold; color:#002395; margin: 2mm 0 1mm 0; }
p { margin: 0 0 1.5mm 0; }
.lead { margin: 2mm 0; }
table.m { border-collapse: collapse; width: 100%; margin-top: 2mm; page-break-inside: avoid; }
table.m th { background:#e6f2ec; border: 0.5pt solid #7aa; padding: 1.4mm; text-align: left; }
table.m td { border: 0.5pt solid #7aa; padding: 1.4mm; }
.cblock { page-break-inside: avoid; }
"""
    b = ["<div class='cover'><div class='a'>REPUBLIC OF SOUTH AFRICA · DEPARTMENT OF PUBLIC SERVICE AND ADMINISTRATION</div>",
         "<h1>South Africa’s Sixth Open Government Partnership National Action Plan 2025–2027</h1>",
         "<div class='b'>Co-created with civil society · Pretoria, February 2025</div></div>"]
    b.append("<h2 class='i'>Introduction</h2><div class='intro'>")
    b.append(P(
        "South Africa was one of the eight founding members of the Open Government Partnership in 2011 and has co-chaired the Partnership. Building on the previous five plans, which together contained more than 40 commitments, this sixth plan focuses on a smaller number of commitments with clear milestones.",
        "The plan was co-created between May and November 2024 through nine provincial dialogues and an online call for proposals that received 214 submissions. The OGP Multi-Stakeholder Forum, made up of 10 government and 10 civil society members, selected the final commitments.",
        "The commitments are grouped under three themes. The themes reflect the priorities of the National Development Plan 2030 and are not commitments in themselves. For each commitment the plan sets out the problem, what will be done, the lead agency and the milestones with their start and end dates.",
        "The Department of Public Service and Administration coordinates implementation and will publish progress reports every six months. The plan runs from 1 January 2025 to 30 June 2027."))
    b.append("</div>")
    k = 0
    for th, items in T:
        b.append(f"<div class='theme'>{E(th)}</div>")
        for t, lead, prob, sol, ms in items:
            c = cms[k]
            k += 1
            b.append(f"<div class='cblock'><div class='ct'>{E(t)}</div><div class='two'>")
            b.append(f"<div><div class='q'>What is the problem?</div><p>{E(prob)}</p></div>")
            b.append(f"<div><div class='q'>What is the commitment?</div><p>{E(sol)}</p></div></div>")
            b.append(f"<p class='lead'><b>Lead agency:</b> {E(lead)}</p>")
            b.append("<table class='m'><tr><th>Milestone</th><th style='width:18%'>Start date</th><th style='width:18%'>End date</th></tr>")
            for mt, s, e in ms:
                b.append(f"<tr><td>{E(mt)}</td><td>{E(s)}</td><td>{E(e)}</td></tr>")
            b.append("</table></div>")
    part = plan("South Africa", 6, 2025, 2027,
                "South Africa’s Sixth Open Government Partnership National Action Plan 2025–2027", cms)
    pdf = render(name, htmldoc(css, "".join(b)))
    write_gold(name, pdf, "en", "action_plan", part, inferred_warnings(cms))


# =========================================================================== 9
@doc
def d9():
    name = "dev8-pe-plan-fichas"
    K = [
        ("Transparencia en las obras públicas de los gobiernos regionales", "Contraloría General de la República",
         ["Ministerio de Economía y Finanzas", "Organismo Supervisor de las Contrataciones del Estado (OSCE)"], ["Proética", "Consejo Nacional para la Ética Pública"],
         "Enero 2025", "Diciembre 2026",
         "La ciudadanía no cuenta con información oportuna sobre el avance físico y financiero de las obras públicas regionales, lo que dificulta la vigilancia ciudadana y favorece la paralización de obras.",
         "La información sobre obras está dispersa en varios sistemas que no se comunican entre sí y los gobiernos regionales no registran el avance de las obras de forma regular.",
         "Se integrará la información de las obras en una plataforma pública con datos abiertos y se capacitará a monitores ciudadanos de las 25 regiones para su seguimiento.",
         "Al término del plan, el 80 % de las obras regionales en ejecución reportan su avance mensual y la ciudadanía puede consultarlo en línea.",
         [("Diseñar la plataforma integrada de información de obras públicas", "Marzo 2025", "Octubre 2025"),
          ("Publicar en datos abiertos el avance físico y financiero de las obras regionales", "Noviembre 2025", "Junio 2026"),
          ("Capacitar a 500 monitores ciudadanos en el uso de la plataforma", "Abril 2026", "Diciembre 2026")]),
        ("Participación de pueblos indígenas en la gestión de servicios públicos", "Ministerio de Cultura",
         ["Ministerio de Salud", "Defensoría del Pueblo"], ["Asociación Interétnica de Desarrollo de la Selva Peruana (AIDESEP)"],
         "Marzo 2025", "Junio 2027",
         "Los pueblos indígenas tienen pocos espacios para opinar sobre la calidad y pertinencia cultural de los servicios de salud y educación que reciben.",
         "Los mecanismos de consulta existentes se limitan a medidas legislativas y administrativas y no alcanzan la gestión cotidiana de los servicios.",
         "Se creará un mecanismo de diálogo intercultural para el seguimiento de servicios públicos en cinco regiones amazónicas, con información en lenguas indígenas.",
         "Las organizaciones indígenas de cinco regiones participan en la evaluación de los servicios de salud y sus recomendaciones se publican con la respuesta de las entidades.",
         [("Elaborar el protocolo del mecanismo de diálogo intercultural", "Marzo 2025", "Agosto 2025"),
          ("Instalar mesas de diálogo en cinco regiones amazónicas", "Setiembre 2025", "Junio 2026"),
          ("Publicar informes de seguimiento traducidos a tres lenguas indígenas", "Julio 2026", "Junio 2027")]),
        ("Acceso a la información pública en las municipalidades", "Autoridad Nacional de Transparencia y Acceso a la Información Pública",
         ["Presidencia del Consejo de Ministros"], [],
         "Febrero 2025", "Diciembre 2026",
         "Muchas municipalidades no responden las solicitudes de acceso a la información dentro del plazo legal y sus portales de transparencia están desactualizados.",
         "Falta de personal capacitado, alta rotación de funcionarios y ausencia de un sistema de seguimiento de solicitudes.",
         "Se implementará un sistema único de gestión de solicitudes de acceso a la información para municipalidades y se supervisará su cumplimiento.",
         "El 60 % de las municipalidades provinciales gestiona sus solicitudes en el sistema único y el tiempo medio de respuesta se reduce a 8 días hábiles.",
         [("Desarrollar el sistema único de gestión de solicitudes", "Febrero 2025", "Diciembre 2025"),
          ("Implementar el sistema en las 196 municipalidades provinciales", "Enero 2026", "Diciembre 2026"),
          ("Publicar un ranking semestral de cumplimiento municipal", "Junio 2026", "Diciembre 2026")]),
    ]
    cms = []
    for i, (t, lead, sg, sc, fi, ft, prob, cau, sol, res, ms) in enumerate(K, 1):
        mm = [MS(f"{i}.{j}", mt, f"{a} – {z}") for j, (mt, a, z) in enumerate(ms, 1)]
        cms.append(CM(str(i), t, [lead], mm, sup(sg, sc), PER(yr(fi)[0], yr(ft)[0]),
                      {"problem": prob, "causes": cau, "solution": sol, "results": res}))
    css = """
@page { size: A4; margin: 18mm 17mm; }
body { font-family: 'Liberation Sans', sans-serif; font-size: 9.4pt; line-height: 1.35; }
.cover { page-break-after: always; height: 260mm; position: relative; }
.cover .band { background:#c8102e; height: 18mm; }
.cover h1 { font-size: 26pt; margin-top: 55mm; color:#c8102e; }
.cover .s { font-size: 13pt; }
.cover .pcm { position: absolute; bottom: 10mm; font-size: 10pt; }
h2 { color:#c8102e; font-size: 13pt; text-transform: uppercase; }
table.f { width: 100%; border-collapse: collapse; page-break-before: always; }
table.f td { border: 0.6pt solid #555; padding: 1.8mm 2.2mm; vertical-align: top; }
table.f td.l { background:#f3d5da; font-weight: bold; width: 30%; }
table.f tr.h td { background:#c8102e; color:white; font-weight: bold; font-size: 10.5pt; }
table.hi { width: 100%; border-collapse: collapse; margin-top: 3mm; }
table.hi th { background:#555; color:white; padding: 1.6mm; border: 0.6pt solid #555; }
table.hi td { border: 0.6pt solid #555; padding: 1.6mm; }
"""
    b = ["<div class='cover'><div class='band'></div>",
         "<h1>Quinto Plan de Acción de Gobierno Abierto 2025-2027</h1>",
         "<div class='s'>República del Perú · Alianza para el Gobierno Abierto</div>",
         "<div class='pcm'>Presidencia del Consejo de Ministros<br>Secretaría de Gobierno y Transformación Digital<br>Lima, diciembre de 2024</div></div>"]
    b.append("<h2>Presentación</h2>")
    b.append(P(
        "El Perú forma parte de la Alianza para el Gobierno Abierto desde 2011. En sus cuatro planes de acción anteriores asumió 79 compromisos; el cuarto plan (2020-2021) se concentró en 12 compromisos sobre transparencia, integridad y participación.",
        "El Quinto Plan de Acción de Gobierno Abierto 2025-2027 es el resultado de un proceso de cocreación desarrollado entre junio y noviembre de 2024, con 14 mesas de trabajo en Lima y regiones, en las que participaron 38 entidades públicas y 52 organizaciones de la sociedad civil.",
        "El plan contiene tres compromisos. Cada uno se presenta en una ficha que indica la institución responsable, los demás actores involucrados, el problema que aborda, sus causas, la solución propuesta, los resultados esperados y los hitos con sus fechas de inicio y de término.",
        "La Secretaría de Gobierno y Transformación Digital de la Presidencia del Consejo de Ministros coordina el seguimiento del plan, junto con el Foro Multiactor de Gobierno Abierto."))
    for i, (t, lead, sg, sc, fi, ft, prob, cau, sol, res, ms) in enumerate(K, 1):
        b.append("<table class='f'>")
        b.append(f"<tr class='h'><td colspan='2'>FICHA DEL COMPROMISO N° {i}</td></tr>")
        b.append(f"<tr><td class='l'>Compromiso</td><td><b>{E(t)}</b></td></tr>")
        b.append(f"<tr><td class='l'>Fecha de inicio y término del compromiso</td><td>{E(fi)} – {E(ft)}</td></tr>")
        b.append(f"<tr><td class='l'>Institución responsable</td><td>{E(lead)}</td></tr>")
        b.append("<tr><td class='l'>Otros actores involucrados: entidades públicas</td><td>" + ("<br>".join(E(x) for x in sg) or "-") + "</td></tr>")
        b.append("<tr><td class='l'>Otros actores involucrados: sociedad civil</td><td>" + ("<br>".join(E(x) for x in sc) or "-") + "</td></tr>")
        b.append(f"<tr><td class='l'>¿Cuál es el problema que el compromiso aborda?</td><td>{E(prob)}</td></tr>")
        b.append(f"<tr><td class='l'>¿Cuáles son las causas del problema?</td><td>{E(cau)}</td></tr>")
        b.append(f"<tr><td class='l'>¿Cuál es el compromiso?</td><td>{E(sol)}</td></tr>")
        b.append(f"<tr><td class='l'>Resultados esperados</td><td>{E(res)}</td></tr>")
        b.append("</table>")
        b.append("<table class='hi'><tr><th>N°</th><th>Hitos</th><th>Fecha de inicio</th><th>Fecha de término</th></tr>")
        for j, (mt, a, z) in enumerate(ms, 1):
            b.append(f"<tr><td>{j}</td><td>{E(mt)}</td><td>{E(a)}</td><td>{E(z)}</td></tr>")
        b.append("</table>")
    part = plan("Perú", 5, 2025, 2027, "Quinto Plan de Acción de Gobierno Abierto 2025-2027", cms)
    pdf = render(name, htmldoc(css, "".join(b), "es"))
    write_gold(name, pdf, "es", "action_plan", part)


# =========================================================================== 10
@doc
def d10():
    name = "dev8-hn-plan-barras"
    K = [
        ("Compras públicas abiertas en el sector salud", "Oficina Normativa de Contratación y Adquisiciones del Estado (ONCAE)",
         "La compra de medicamentos e insumos médicos concentra denuncias de sobreprecios y desabastecimiento. La información de los procesos se publica de forma incompleta y tardía en HonduCompras.",
         "Publicar todas las etapas de los procesos de compra de la Secretaría de Salud con el Estándar de Datos para las Contrataciones Abiertas y habilitar un observatorio ciudadano.",
         [("Publicar los planes anuales de compras de la Secretaría de Salud en formato abierto", "01/03/2025", "30/06/2025", "Secretaría de Salud"),
          ("Implementar el Estándar de Datos para las Contrataciones Abiertas en HonduCompras 2", "01/04/2025", "31/03/2026", "ONCAE"),
          ("Lanzar un observatorio ciudadano de compras en salud", "01/01/2026", "31/12/2026", "Asociación para una Sociedad más Justa (ASJ)")]),
        ("Acceso a la información sobre el uso de fondos municipales", "Instituto de Acceso a la Información Pública (IAIP)",
         "Solo una parte de las 298 municipalidades publica su información presupuestaria en los portales de transparencia, y muchas solicitudes de información no reciben respuesta.",
         "Acompañar a las municipalidades para que publiquen su presupuesto y su ejecución trimestral, y evaluar anualmente el cumplimiento de sus portales de transparencia.",
         [("Elaborar una guía de publicación de información presupuestaria municipal", "01/02/2025", "31/05/2025", "IAIP"),
          ("Capacitar a los oficiales de información de 150 municipalidades", "01/06/2025", "31/03/2026", "Asociación de Municipios de Honduras (AMHON)"),
          ("Publicar la evaluación anual de los portales de transparencia municipales", "01/10/2025", "31/08/2026", "IAIP"),
          ("Presentar en cabildos abiertos los resultados de la evaluación", "01/09/2026", "30/06/2027", "AMHON")]),
        ("Participación juvenil en la prevención de la violencia", "Secretaría de Seguridad",
         "Los jóvenes de zonas urbanas afectadas por la violencia tienen pocos espacios para incidir en las políticas de prevención que les afectan.",
         "Crear consejos juveniles de prevención en diez municipios, con acceso a información sobre los programas y presupuesto de prevención.",
         [("Conformar consejos juveniles de prevención en diez municipios", "01/05/2025", "31/12/2025", "Secretaría de Seguridad"),
          ("Publicar información sobre programas y presupuesto de prevención por municipio", "01/01/2026", "30/09/2026", "Secretaría de Finanzas")]),
    ]
    cms = []
    for i, (t, lead, prob, sol, ms) in enumerate(K, 1):
        mm = [MS(f"{i}.{j}", mt, f"{a} – {z}", lead=[r]) for j, (mt, a, z, r) in enumerate(ms, 1)]
        cms.append(CM(str(i), t, [lead], mm, None, None, {"problem": prob, "solution": sol}))
    css = """
@page { size: A4; margin: 15mm 15mm 17mm 15mm; }
body { font-family: 'Nimbus Sans Narrow', 'Liberation Sans Narrow', sans-serif; font-size: 10.6pt; line-height: 1.38; color:#1d1d1d; }
.cover { page-break-after: always; height: 262mm; background:#00509e; color:white; padding: 25mm 18mm; box-sizing: border-box; }
.cover .g { font-size: 12pt; }
.cover h1 { font-size: 34pt; line-height: 1.05; margin-top: 45mm; }
.cover .y { font-size: 24pt; color:#6fc3ff; }
.intro { column-count: 2; column-gap: 9mm; text-align: justify; }
.intro h2 { column-span: all; color:#00509e; }
.bar { page-break-before: always; background:#00509e; color:white; padding: 4mm 6mm; margin: 0 -2mm 4mm -2mm; }
.bar .n { font-size: 11pt; letter-spacing: 2px; color:#bfe3ff; }
.bar .t { font-size: 17pt; font-weight: bold; }
.f { margin: 2mm 0; }
.f b { color:#00509e; }
.sub { background:#dbe9f6; color:#00509e; font-weight: bold; padding: 1.5mm 3mm; margin-top: 4mm; }
table.h { width: 100%; border-collapse: collapse; margin-top: 2mm; font-size: 9.8pt; }
table.h th { background:#00509e; color:white; padding: 1.6mm; text-align: left; }
table.h td { border-bottom: 0.6pt solid #7fa7cf; padding: 1.6mm; }
"""
    b = ["<div class='cover'><div class='g'>GOBIERNO DE LA REPÚBLICA DE HONDURAS<br>Secretaría de Transparencia y Lucha contra la Corrupción</div>",
         "<h1>Sexto Plan de Acción de Gobierno Abierto</h1><div class='y'>2025-2027</div></div>"]
    b.append("<div class='intro'><h2>Introducción</h2>")
    b.append(P(
        "Honduras se incorporó a la Alianza para el Gobierno Abierto en 2011 y desde entonces ha implementado cinco planes de acción. El quinto plan (2021-2023) incluyó 16 compromisos, de los cuales 9 alcanzaron un avance sustancial o completo según el Mecanismo de Revisión Independiente.",
        "El Sexto Plan de Acción de Gobierno Abierto 2025-2027 fue cocreado entre agosto y diciembre de 2024 por el Comité Técnico de Seguimiento, integrado por 8 instituciones públicas y 8 organizaciones de la sociedad civil, con mesas temáticas en Tegucigalpa, San Pedro Sula y La Ceiba.",
        "De las 64 propuestas recibidas, el Comité priorizó tres compromisos, vinculados a la salud, los gobiernos locales y la prevención de la violencia. Cada compromiso se presenta con su institución responsable, la problemática que atiende, la descripción de la solución y los hitos, con sus fechas de inicio y de término y la entidad responsable de cada hito.",
        "La Secretaría de Transparencia y Lucha contra la Corrupción coordina la implementación del plan y publicará informes de avance semestrales en el portal de Gobierno Abierto Honduras.",
        "El plan también responde a las recomendaciones del Mecanismo de Revisión Independiente sobre el cuarto y quinto plan, en particular la necesidad de hitos verificables y de una participación más amplia fuera de la capital."))
    b.append("<h2>Proceso de cocreación</h2>")
    b.append(P(
        "El proceso se desarrolló en cuatro fases: sensibilización, recepción de propuestas, priorización y redacción de compromisos. En la fase de sensibilización se realizaron 12 talleres departamentales con 430 participantes, de los cuales el 46 % fueron mujeres.",
        "En la fase de recepción de propuestas, la ciudadanía pudo presentar ideas a través del portal de Gobierno Abierto Honduras, por correo electrónico y en formularios físicos distribuidos por las municipalidades. Se recibieron 64 propuestas, agrupadas en 9 ejes temáticos.",
        "Para la priorización, el Comité Técnico de Seguimiento aplicó criterios de relevancia, viabilidad técnica y financiera, potencial transformador y alineación con los valores de la Alianza: transparencia, rendición de cuentas, participación ciudadana e innovación tecnológica.",
        "Finalmente, las instituciones responsables y las organizaciones proponentes redactaron conjuntamente las fichas de los compromisos, que fueron sometidas a consulta pública durante 15 días en enero de 2025. Los comentarios recibidos y las respuestas del Comité se publicaron en el portal.",
        "El seguimiento del plan estará a cargo del mismo Comité, que se reunirá cada trimestre y elaborará, junto con las instituciones responsables, un informe de autoevaluación de medio término y otro de fin de término."))
    b.append("</div>")
    for i, (t, lead, prob, sol, ms) in enumerate(K, 1):
        b.append(f"<div class='bar'><div class='n'>COMPROMISO {i}</div><div class='t'>{E(t)}</div></div>")
        b.append(f"<p class='f'><b>Institución responsable:</b> {E(lead)}</p>")
        b.append(f"<div class='sub'>Problemática</div><p>{E(prob)}</p>")
        b.append(f"<div class='sub'>Descripción del compromiso</div><p>{E(sol)}</p>")
        b.append("<div class='sub'>Hitos</div><table class='h'><tr><th>N.º</th><th>Hito</th><th>Fecha de inicio</th><th>Fecha de término</th><th>Responsable</th></tr>")
        for j, (mt, a, z, r) in enumerate(ms, 1):
            b.append(f"<tr><td>{i}.{j}</td><td>{E(mt)}</td><td>{a}</td><td>{z}</td><td>{E(r)}</td></tr>")
        b.append("</table>")
    part = plan("Honduras", 6, 2025, 2027, "Sexto Plan de Acción de Gobierno Abierto 2025-2027", cms)
    pdf = render(name, htmldoc(css, "".join(b), "es"))
    write_gold(name, pdf, "es", "action_plan", part)


# =========================================================================== 11
@doc
def d11():
    name = "dev8-sl-nap5-paren"
    T = [
        ("Section A – Access to Information and Open Data", [
            ("Proactive disclosure by ministries, departments and agencies", "Right to Access Information Commission",
             ["Ministry of Information and Civic Education"], ["Society for Democratic Initiatives"],
             "Although the Right to Access Information Act was passed in 2013, most public bodies still do not publish the classes of information that the Act requires them to disclose proactively, and requests are often ignored.",
             "The Commission will issue a proactive disclosure schedule, assess every ministry against it each year and publish the results, naming public bodies that do not comply.",
             [("Issue a proactive disclosure schedule for all public bodies", "by September 2025"),
              ("Publish the first annual compliance assessment of ministries, departments and agencies", "by June 2026"),
              ("Hold district dialogues on the findings in all 16 districts", "by March 2027")]),
            ("Open budget data for the free quality school education programme", "Ministry of Basic and Senior Secondary Education",
             ["Ministry of Finance"], ["Budget Advocacy Network", "Campaign for Good Governance"],
             "Parents and communities do not know how much money their school receives in school fee subsidies or when it is paid, which has led to illegal levies and delays.",
             "The Ministry will publish the subsidy paid to each school each term, on its website and on notice boards in every school, and set up a free SMS line for complaints.",
             [("Publish school-level subsidy data for each term on the Ministry website", "by December 2025"),
              ("Display subsidy amounts on notice boards in all government-assisted schools", "by July 2026"),
              ("Launch a toll-free SMS complaints line with quarterly public reports", "by December 2026")]),
        ]),
        ("Section B – Integrity and Accountability", [
            ("Asset declaration verification and publication", "Anti-Corruption Commission",
             [], ["Transparency International Sierra Leone"],
             "Public officers declare their assets every year, but declarations are not verified and the public has no access to any summary of them.",
             "The Commission will verify the declarations of senior officials on a risk basis and publish a summary of the declarations of ministers and heads of agencies.",
             [("Adopt a risk-based verification methodology", "by October 2025"),
              ("Verify the declarations of at least 200 senior public officers", "by September 2026"),
              ("Publish summaries of declarations of ministers and heads of agencies", "by April 2027")]),
            ("Citizen monitoring of mining community development agreements", "National Minerals Agency",
             ["Ministry of Mines and Mineral Resources", "Environment Protection Agency"], ["Network Movement for Justice and Development"],
             "Community development agreements between mining companies and host communities are not published and communities cannot check whether funds are spent as agreed.",
             "All community development agreements and annual reports on their funds will be published, and community monitoring committees will be trained in four mining districts.",
             [("Publish all community development agreements on the NMA website", "by November 2025"),
              ("Train community monitoring committees in Kono, Tonkolili, Moyamba and Port Loko", "by August 2026")]),
        ]),
        ("Section C – Citizen Participation", [
            ("Participatory local council development planning", "Ministry of Local Government and Community Affairs",
             ["Local Government Finance Department"], ["Restless Development", "Women’s Forum Sierra Leone"],
             "Ward development committees are rarely consulted when local councils prepare their development plans, and women and young people are under-represented in them.",
             "Guidelines will require each council to hold ward-level planning meetings, with quotas for women and youth, and to publish the resulting plans and budgets.",
             [("Issue guidelines for ward-level participatory planning", "by January 2026"),
              ("Hold ward planning meetings in at least 10 local councils", "by December 2026"),
              ("Publish council development plans and budgets online and at council offices", "by June 2027")]),
        ]),
    ]
    cms = []
    i = 0
    for sec, items in T:
        for t, lead, sg, sc, prob, sol, ms in items:
            i += 1
            mm = [MS(f"{i}.{j}", mt, d.replace("by ", "")) for j, (mt, d) in enumerate(ms, 1)]
            cms.append(CM(str(i), t, [lead], mm, sup(sg, sc), None, {"problem": prob, "solution": sol},
                          shown=f"{i}) {t}"))
    css = """
@page { size: A4; margin: 20mm 22mm; }
body { font-family: 'URW Bookman', 'DejaVu Serif', serif; font-size: 9.8pt; line-height: 1.5; color:#222; }
.cover { page-break-after: always; text-align: center; padding-top: 20mm; }
.cover .flag { display: flex; width: 60mm; margin: 0 auto 30mm auto; }
.cover .flag div { height: 10mm; flex: 1; }
.cover h1 { font-size: 22pt; color:#1eb53a; }
.cover h2 { font-size: 15pt; font-weight: normal; color:#0072c6; }
.cover .by { margin-top: 70mm; font-size: 10pt; }
h2.h { font-size: 14pt; color:#0072c6; border-bottom: 2px solid #1eb53a; }
h2.sec { font-size: 13pt; color:#fff; background:#0072c6; padding: 2mm 4mm; page-break-before: always; }
h3 { font-size: 12pt; color:#1eb53a; margin: 6mm 0 2mm 0; page-break-after: avoid; }
.r { font-weight: bold; }
ol.m { list-style: none; padding-left: 4mm; }
ol.m li { margin: 1mm 0; }
.who { font-size: 9pt; background:#f2f2f2; padding: 2mm 3mm; }
"""
    b = ["<div class='cover'><div class='flag'><div style='background:#1eb53a'></div><div style='background:#ffffff;border:0.3pt solid #ccc'></div><div style='background:#0072c6'></div></div>",
         "<h1>Government of Sierra Leone<br>Open Government Partnership</h1>",
         "<h2>Fifth National Action Plan<br>2025 – 2027</h2>",
         "<div class='by'>Open Government Initiative, Office of the President<br>Freetown, June 2025</div></div>"]
    b.append("<h2 class='h'>Introduction</h2>")
    b.append(P(
        "Sierra Leone joined the Open Government Partnership in 2014. Our first plan (2014–2016) contained 10 commitments, the second 10, the third 7 and the fourth 6. Building on the previous four plans and on the recommendations of the Independent Reporting Mechanism, this Fifth National Action Plan contains five commitments organised in three sections.",
        "The plan was developed by the Open Government Initiative with the OGP National Steering Committee, which has 12 members drawn equally from government and civil society. Consultations were held in the four regions and the Western Area between October 2024 and March 2025, and 156 proposals were received.",
        "Each commitment states the problem, the proposed solution and its milestones with their completion dates. The responsible institution and its partners are listed after the milestones. Commitments are numbered continuously through the three sections."))
    i = 0
    for sec, items in T:
        b.append(f"<h2 class='sec'>{E(sec)}</h2>")
        for t, lead, sg, sc, prob, sol, ms in items:
            i += 1
            b.append(f"<h3>{i}) {E(t)}</h3>")
            b.append(f"<p><span class='r'>Problem:</span> {E(prob)}</p>")
            b.append(f"<p><span class='r'>Proposed solution:</span> {E(sol)}</p>")
            b.append("<p class='r'>Milestones:</p><ol class='m'>")
            for j, (mt, d) in enumerate(ms):
                b.append(f"<li>({'abcdef'[j]}) {E(mt)} — {E(d)}</li>")
            b.append("</ol>")
            b.append(f"<div class='who'><b>Responsible institution:</b> {E(lead)}<br>")
            b.append("<b>Government partners:</b> " + (E(", ".join(sg)) or "None") + "<br>")
            b.append("<b>Civil society partners:</b> " + (E(", ".join(sc)) or "None") + "</div>")
    part = plan("Sierra Leone", 5, 2025, 2027, "Fifth National Action Plan 2025 – 2027", cms)
    pdf = render(name, htmldoc(css, "".join(b)))
    write_gold(name, pdf, "en", "action_plan", part)


# =========================================================================== 12
@doc
def d12():
    name = "dev8-lv-nap6-partcodes"
    T = [
        ("A", "Part A. Transparency of public resources", [
            ("Open data on state and municipal capital companies", "Cross-Sectoral Coordination Centre", ["Ministry of Finance"], ["Providus"],
             "Information on the finances and board appointments of state and municipal capital companies is published in annual reports in PDF format only, which makes comparison and monitoring hard.",
             "Key financial indicators, board composition and remuneration of all capital companies will be published as open data in a common format on the national open data portal.",
             [("Agree the common data structure with municipalities", "Q4 2025"),
              ("Publish data on state capital companies", "30.06.2026"),
              ("Publish data on municipal capital companies", "31.12.2026")]),
            ("Transparency of lobbying", "State Chancellery", ["Corruption Prevention and Combating Bureau"], ["Transparency International Latvia (Delna)"],
             "The Lobbying Transparency Law entered into force in 2025, but the register is little used and the rules on recording meetings are not applied in the same way by all institutions.",
             "The State Chancellery will improve the lobbying register, issue guidance on recording meetings, and publish an annual report on how the law is applied.",
             [("Guidance for institutions on recording contacts with lobbyists", "Q3 2025"),
              ("Improved search and export functions of the lobbying register", "2026"),
              ("First annual report on the application of the Lobbying Transparency Law", "Q1 2027")]),
        ]),
        ("B", "Part B. Public participation", [
            ("Participation platform for draft legislation", "State Chancellery", [], ["Civic Alliance – Latvia"],
             "Public consultations on draft laws are announced on several websites, and participants rarely learn how their comments were taken into account.",
             "The TAP portal will become the single entry point for consultations, with feedback on each comment received and notification of new consultations by topic.",
             [("Feedback function on comments introduced in the TAP portal", "Q2 2026"),
              ("Topic-based notifications of new consultations", "Q4 2026")]),
            ("Youth participation in municipal decision making", "Ministry of Smart Administration and Regional Development", ["Ministry of Education and Science"], ["Latvian Youth Council"],
             "Following the administrative-territorial reform, many young people live far from their municipal centre and have few opportunities to influence local decisions.",
             "Municipalities will be supported to set up youth advisory councils and to run participatory budgeting rounds in which young people can propose and vote on projects.",
             [("Methodology for municipal youth advisory councils", "Q4 2025"),
              ("Participatory budgeting rounds for young people in 10 municipalities", "2026–2027")]),
        ]),
        ("C", "Part C. Open justice", [
            ("Publication of court judgments", "Court Administration", ["Ministry of Justice"], [],
             "Only a small share of court judgments is published, and anonymisation is done by hand, which delays publication.",
             "An automated anonymisation tool will be introduced so that all judgments of the courts of appeal and first instance in civil cases can be published.",
             [("Automated anonymisation tool put into use", "Q2 2026"),
              ("All civil judgments of first instance and appeal courts published", "31.12.2027")]),
        ]),
    ]
    cms = []
    for code, part_t, items in T:
        for k, (t, lead, sg, sc, prob, sol, ms) in enumerate(items, 1):
            n = f"{code}{k}"
            mm = [MS(f"{n}.{j}", mt, d) for j, (mt, d) in enumerate(ms, 1)]
            cms.append(CM(n, t, [lead], mm, sup(sg, sc), None, {"problem": prob, "solution": sol},
                          shown=f"{n} – {t}"))
    css = """
@page { size: A4; margin: 17mm 19mm; }
body { font-family: 'Liberation Serif', serif; font-size: 10.8pt; line-height: 1.4; color:#111; }
.cover { page-break-after: always; padding-top: 60mm; border-left: 6mm solid #9e3039; padding-left: 10mm; height: 200mm; }
.cover .st { font-variant: small-caps; font-size: 13pt; }
.cover h1 { font-size: 25pt; margin-top: 10mm; }
.cover .d { margin-top: 60mm; }
h2.i { font-size: 14pt; color:#9e3039; font-variant: small-caps; }
h2.part { font-size: 16pt; color:#9e3039; font-variant: small-caps; page-break-before: always; border-bottom: 1pt solid #9e3039; }
h3 { font-size: 12.5pt; margin: 6mm 0 2mm 0; }
table.info { border-collapse: collapse; width: 100%; font-size: 9.6pt; margin-bottom: 2mm; }
table.info td { border: 0.5pt solid #999; padding: 1.4mm 2mm; vertical-align: top; }
table.info td.l { width: 32%; background:#f6eced; }
table.ms { border-collapse: collapse; width: 100%; font-size: 9.6pt; }
table.ms th, table.ms td { border: 0.5pt solid #999; padding: 1.4mm 2mm; text-align: left; }
table.ms th { background:#9e3039; color:white; }
"""
    b = ["<div class='cover'><div class='st'>State Chancellery of the Republic of Latvia</div>",
         "<h1>Latvia’s Sixth National Open Government Action Plan 2025–2027</h1>",
         "<div>Approved by Cabinet Order No. 412 of 17 June 2025</div>",
         "<div class='d'>Riga, 2025</div></div>"]
    b.append("<h2 class='i'>Introduction</h2>")
    b.append(P(
        "Latvia joined the Open Government Partnership in 2011. The five previous national action plans contained 78 commitments in total; the fifth plan (2022–2025) had 14, including the creation of the lobbying register, which is continued in this plan as commitment A2.",
        "The sixth plan was drafted by the State Chancellery together with the Memorandum Council of non-governmental organisations and the Cabinet, following public consultations in January–March 2025 in which 31 proposals were received.",
        "The plan has five commitments in three parts. Commitments are identified by the letter of their part and a number that starts again in each part (A1, A2, B1 …). For each commitment, the responsible institution, the partners, the problem and the solution are given, followed by a table of milestones with their deadlines."))
    for code, part_t, items in T:
        b.append(f"<h2 class='part'>{E(part_t)}</h2>")
        for k, (t, lead, sg, sc, prob, sol, ms) in enumerate(items, 1):
            n = f"{code}{k}"
            b.append(f"<h3>{n} – {E(t)}</h3><table class='info'>")
            b.append(f"<tr><td class='l'>Responsible institution</td><td>{E(lead)}</td></tr>")
            b.append("<tr><td class='l'>Partners in public administration</td><td>" + ("<br>".join(E(x) for x in sg) or "-") + "</td></tr>")
            b.append("<tr><td class='l'>Partners from civil society</td><td>" + ("<br>".join(E(x) for x in sc) or "-") + "</td></tr>")
            b.append(f"<tr><td class='l'>Description of the problem</td><td>{E(prob)}</td></tr>")
            b.append(f"<tr><td class='l'>Solution</td><td>{E(sol)}</td></tr></table>")
            b.append("<table class='ms'><tr><th style='width:8%'>No.</th><th>Milestone</th><th style='width:18%'>Deadline</th></tr>")
            for j, (mt, d) in enumerate(ms, 1):
                b.append(f"<tr><td>{j}.</td><td>{E(mt)}</td><td>{E(d)}</td></tr>")
            b.append("</table>")
    part = plan("Latvia", 6, 2025, 2027, "Latvia’s Sixth National Open Government Action Plan 2025–2027", cms)
    pdf = render(name, htmldoc(css, "".join(b)))
    write_gold(name, pdf, "en", "action_plan", part)


if __name__ == "__main__":
    want = sys.argv[1:]
    for f in DOCS:
        if not want or any(w in f.__name__ for w in want):
            f()
