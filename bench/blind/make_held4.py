#!/usr/bin/env python3
"""Held-out test documents (set 4): writes HTML, prints it to PDF with headless
Chromium and writes <name>.pdf and <name>.gold.json next to this script."""
import hashlib
import html
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import unicodedata

OUT = os.path.dirname(os.path.abspath(__file__))
E = html.escape

MONTHS_EN = ["january", "february", "march", "april", "may", "june", "july",
             "august", "september", "october", "november", "december"]
MONTHS_ES = ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio",
             "agosto", "septiembre", "octubre", "noviembre", "diciembre"]
MDAYS = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]


def month_of(word):
    w = word.lower()
    for names in (MONTHS_EN, MONTHS_ES):
        if w in names:
            return names.index(w) + 1
    raise ValueError(word)


def last_day(y, m):
    if m == 2:
        return 29 if (y % 4 == 0 and (y % 100 != 0 or y % 400 == 0)) else 28
    return MDAYS[m - 1]


def due_month(raw):
    """'December 2024' -> whole month."""
    mo, y = re.fullmatch(r"(\w+)\s+(?:de\s+)?(\d{4})", raw).groups()
    m, y = month_of(mo), int(y)
    return {"raw": raw, "start": y, "end": y,
            "start_date": f"{y}-{m:02d}-01", "end_date": f"{y}-{m:02d}-{last_day(y, m):02d}"}


def due_range(a, b, sep=" – "):
    s, e = due_month(a), due_month(b)
    return {"raw": f"{a}{sep}{b}", "start": s["start"], "end": e["end"],
            "start_date": s["start_date"], "end_date": e["end_date"]}


def nosup():
    return {"government": [], "civil_society": [], "other": []}


def no_problem():
    return {"problem": None, "causes": None, "done_so_far": None, "solution": None, "results": None}


def chromium(html_text, name):
    tmp = tempfile.mkdtemp(prefix="held4-")
    try:
        src = os.path.join(tmp, name + ".html")
        with open(src, "w", encoding="utf-8") as f:
            f.write(html_text)
        out = os.path.join(OUT, name + ".pdf")
        prof = os.path.join(tmp, "profile")
        os.makedirs(prof)
        cmd = ["chromium", "--headless", "--no-sandbox", "--disable-gpu",
               "--disable-dev-shm-usage", "--no-pdf-header-footer",
               f"--user-data-dir={prof}", f"--print-to-pdf={out}", "file://" + src]
        r = subprocess.run(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, timeout=180)
        if r.returncode != 0 or not os.path.exists(out):
            sys.stderr.write(r.stderr.decode("utf-8", "replace"))
            raise SystemExit(f"chromium failed for {name}")
        return out
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


def fold(s):
    s = unicodedata.normalize("NFKC", s).casefold()
    s = "".join(c for c in s if c.isalnum())
    return s


def page_texts(pdf):
    n = int(re.search(r"Pages:\s+(\d+)", subprocess.run(
        ["pdfinfo", pdf], stdout=subprocess.PIPE, text=True).stdout).group(1))
    pages = []
    for p in range(1, n + 1):
        t = subprocess.run(["pdftotext", "-f", str(p), "-l", str(p), "-layout", pdf, "-"],
                           stdout=subprocess.PIPE, text=True).stdout
        pages.append(fold(t))
    return pages


def find_pages(pages, text, probe=28):
    """1-based pages holding the start of `text` (its first `probe` letters)."""
    key = fold(text)[:probe]
    hits = [i + 1 for i, t in enumerate(pages) if key and key in t]
    if not hits:
        # the start may be split by a page break or a table column: try the end
        key = fold(text)[-probe:]
        hits = [i + 1 for i, t in enumerate(pages) if key and key in t]
    if not hits:
        raise SystemExit(f"cannot locate on any page: {text[:60]!r}")
    return hits[:1]


def finish(name, lang, kind, part, html_text):
    pdf = chromium(html_text, name)
    pages = page_texts(pdf)
    with open(pdf, "rb") as f:
        sha = hashlib.sha256(f.read()).hexdigest()
    # fill page numbers from the rendered PDF
    if kind == "action_plan":
        for c in part["commitments"]:
            first = find_pages(pages, c.pop("_anchor"))[0]
            mp = []
            for m in c["milestones"]:
                m["pages"] = find_pages(pages, m["text"])
                mp += m["pages"]
            last = max(mp + [first])
            c["pages"] = list(range(first, last + 1))
    elif kind == "progress_report":
        for e in part["entries"]:
            e["pages"] = find_pages(pages, e["results"])
    elif kind == "order":
        part["pages"] = list(range(1, len(pages) + 1))
    gold = {"schema": "ogpx/1",
            "source": {"file": name + ".pdf", "sha256": sha, "pages": len(pages),
                       "language": [lang], "ocr_pages": []},
            "kind": kind}
    if part is not None:
        gold[kind] = part
    gold["warnings"] = []
    with open(os.path.join(OUT, name + ".gold.json"), "w", encoding="utf-8") as f:
        json.dump(gold, f, ensure_ascii=False, indent=2)
        f.write("\n")
    print(f"wrote {name}.pdf ({len(pages)} pages) and {name}.gold.json")


# ---------------------------------------------------------------------------
# 1. Kenya: headings and lettered lists, dates inside the milestone text
# ---------------------------------------------------------------------------
def doc_ke():
    name = "ke-nap5-2024-2027"
    commitments = [
        {"number": "1", "title": "Beneficial Ownership Transparency",
         "lead": "Business Registration Service",
         "period_raw": "July 2024 – June 2026", "period": (2024, 2026),
         "desc": "Kenya has maintained a central register of beneficial owners since 2020, "
                 "but the information is available only to competent authorities. Opening core "
                 "ownership data to the public will help journalists, procuring entities and "
                 "investigators to identify the natural persons who ultimately own or control "
                 "companies that receive public funds.",
         "ms": [
             ("Gazette amended Companies (Beneficial Ownership Information) Regulations that allow "
              "public access to core ownership data by December 2024.", due_month("December 2024")),
             ("Publish the beneficial ownership register as open data on the eCitizen portal by June 2025.",
              due_month("June 2025")),
             ("Link the register to the Public Procurement Information Portal for all tenders above "
              "KES 5 million by March 2026.", due_month("March 2026")),
         ]},
        {"number": "2", "title": "Open Contracting for County Health Services",
         "lead": "Public Procurement Regulatory Authority",
         "period_raw": "July 2024 – June 2027", "period": (2024, 2027),
         "desc": "Counties spend a large share of their health budgets on medicines and medical "
                 "supplies, yet citizens rarely see who supplied what, at which price and how "
                 "quickly. The commitment extends the Open Contracting Data Standard to county "
                 "health procurement and gives community monitors the data to follow deliveries.",
         "ms": [
             ("Adopt the Open Contracting Data Standard in the electronic Government Procurement "
              "system of five pilot counties by September 2025.", due_month("September 2025")),
             ("Train 200 county procurement officers and community health monitors on the use of "
              "contracting data by March 2026.", due_month("March 2026")),
             ("Publish quarterly reports on health commodity procurement for all 47 counties by June 2027.",
              due_month("June 2027")),
             ("Hold two public review forums on county health spending, in Nakuru and Kisumu, in April 2027.",
              due_month("April 2027")),
         ]},
        {"number": "3", "title": "Public Participation in the Legislative Process",
         "lead": "Parliamentary Service Commission",
         "period_raw": "January 2025 – December 2026", "period": (2025, 2026),
         "desc": "Article 118 of the Constitution requires Parliament to facilitate public "
                 "participation, but memoranda are still largely submitted on paper and submitters "
                 "are seldom told what became of their views.",
         "ms": [
             ("Launch an online platform for public submissions on Bills before the National "
              "Assembly and the Senate by June 2025.", due_month("June 2025")),
             ("Publish feedback reports showing how public submissions were considered for each "
              "Bill passed in the 2025 session by December 2025.", due_month("December 2025")),
         ]},
    ]
    letters = "abcdefgh"
    body = []
    for c in commitments:
        items = "".join(f"<li><span class='lt'>({letters[i]})</span> {E(t)}</li>"
                        for i, (t, _) in enumerate(c["ms"]))
        body.append(f"""
<section class="cm">
  <h2><span class="no">Commitment {c['number']}:</span> {E(c['title'])}</h2>
  <p class="meta"><b>Lead agency:</b> {E(c['lead'])}<br>
  <b>Implementation period:</b> {E(c['period_raw'])}</p>
  <p>{E(c['desc'])}</p>
  <h3>Milestones</h3>
  <ul class="ms">{items}</ul>
</section>""")
    doc = f"""<!doctype html><html lang="en"><head><meta charset="utf-8">
<style>
@page {{ size: A4; margin: 22mm 20mm 20mm 22mm; }}
body {{ font-family: 'DejaVu Serif', serif; font-size: 10.5pt; line-height: 1.42; color: #1a1a1a; }}
.top {{ border-bottom: 4px solid #b3001b; padding-bottom: 6px; margin-bottom: 4px; }}
.top .rep {{ font-family: 'Liberation Sans', sans-serif; letter-spacing: 3px; font-size: 9pt; color: #006233; font-weight: bold; }}
h1 {{ font-family: 'Liberation Sans', sans-serif; font-size: 19pt; margin: 4px 0 2px; color: #000; }}
.sub {{ font-family: 'Liberation Sans', sans-serif; font-size: 10pt; color: #555; margin: 0 0 14px; }}
h2 {{ font-family: 'Liberation Sans', sans-serif; font-size: 13pt; color: #006233; margin: 16px 0 4px; }}
h2 .no {{ color: #b3001b; }}
h3 {{ font-family: 'Liberation Sans', sans-serif; font-size: 10.5pt; text-transform: uppercase; letter-spacing: 1px; margin: 8px 0 2px; color: #333; }}
.meta {{ background: #f1f5f2; padding: 5px 8px; border-left: 3px solid #006233; }}
ul.ms {{ list-style: none; padding-left: 4mm; margin: 0; }}
ul.ms li {{ margin: 3px 0; padding-left: 9mm; text-indent: -9mm; }}
.lt {{ display: inline-block; width: 9mm; text-indent: 0; font-weight: bold; }}
.foot {{ margin-top: 18px; font-size: 8.5pt; color: #666; border-top: 1px solid #ccc; padding-top: 4px; }}
</style></head><body>
<div class="top"><div class="rep">REPUBLIC OF KENYA</div>
<h1>Kenya Fifth Open Government Partnership National Action Plan 2024–2027</h1></div>
<p class="sub">State Department for Public Service · OGP Kenya Secretariat · Nairobi, August 2024</p>
<p>This fifth National Action Plan (NAP V) was co-created between February and June 2024 by the
OGP Kenya Steering Committee through county forums in Mombasa, Garissa, Eldoret and Nairobi. It
contains three commitments. Each commitment names the agency accountable for its delivery; the
milestones below are the verifiable steps against which progress will be reported every six months.</p>
{''.join(body)}
<p class="foot">OGP Kenya Secretariat, Harambee House Annex, Nairobi · opengov@publicservice.go.ke</p>
</body></html>"""
    gcs = []
    for c in commitments:
        gcs.append({
            "number": c["number"], "title": c["title"], "lead": [c["lead"]],
            "supporting": nosup(),
            "period": {"start": c["period"][0], "end": c["period"][1]},
            "problem": no_problem(),
            "milestones": [{"number": f"{c['number']}.{i + 1}", "group": None, "text": t,
                            "outputs": [], "due": d, "lead": [], "supporting": nosup()}
                           for i, (t, d) in enumerate(c["ms"])],
            "_anchor": c["title"]})
    part = {"country": "Kenya", "plan_number": 5, "period": {"start": 2024, "end": 2027},
            "title": "Kenya Fifth Open Government Partnership National Action Plan 2024–2027",
            "participants": {"government": [], "civil_society": []},
            "commitments": gcs}
    finish(name, "en", "action_plan", part, doc)


# ---------------------------------------------------------------------------
# 2. Philippines: landscape commitment templates, M-numbered milestones,
#    start and end dates in their own columns, stakeholder sub-table
# ---------------------------------------------------------------------------
def doc_ph():
    name = "ph-nap6-commitment-sheets"
    commitments = [
        {"number": "1", "title": "Open and Participatory Local Budgeting",
         "lead": ["Department of Budget and Management"],
         "dur": ("January 2024", "December 2025"),
         "problem": "Citizens have limited access to timely and understandable budget information "
                    "at the local level, and participation in budget preparation is largely confined "
                    "to organisations accredited by the local development councils.",
         "solution": "Require local government units to publish budget documents in open formats and "
                     "institutionalise citizen consultations in the budget preparation of pilot "
                     "provinces and cities.",
         "sup": {"government": ["Department of the Interior and Local Government", "Commission on Audit"],
                 "civil_society": ["Caucus of Development NGO Networks (CODE-NGO)", "Social Watch Philippines"],
                 "other": ["League of Cities of the Philippines"]},
         "ms": [
             ("Issue a joint memorandum circular requiring LGUs to publish their approved annual "
              "budgets in machine-readable format", "January 2024", "June 2024"),
             ("Develop a People's Budget template and guidelines for provinces and cities",
              "March 2024", "September 2024"),
             ("Pilot participatory budget consultations in 20 local government units",
              "October 2024", "June 2025"),
             ("Publish a consolidated assessment of LGU compliance with budget disclosure rules",
              "July 2025", "December 2025"),
         ]},
        {"number": "2", "title": "Strengthening the Freedom of Information Program",
         "lead": ["Presidential Communications Office"],
         "dur": ("February 2024", "December 2025"),
         "problem": "Requests filed through the eFOI portal are often denied or left unanswered "
                    "beyond the 15-working-day period, and agencies apply the exceptions "
                    "inconsistently.",
         "solution": "Update the inventory of exceptions, train FOI decision makers in every "
                     "agency and publish compliance data so that the public can compare agencies.",
         "sup": {"government": ["Department of Information and Communications Technology"],
                 "civil_society": ["Right to Know, Right Now! Coalition",
                                   "Philippine Center for Investigative Journalism"],
                 "other": []},
         "ms": [
             ("Review and publish an updated Inventory of Exceptions to the right of access to information",
              "February 2024", "August 2024"),
             ("Train FOI receiving officers and decision makers of 150 national government agencies",
              "June 2024", "June 2025"),
             ("Release a quarterly FOI compliance dashboard disaggregated by agency",
              "October 2024", "December 2025"),
         ]},
    ]
    sheets = []
    for c in commitments:
        rows = "".join(
            f"<tr><td class='c'>M{i + 1}</td><td>{E(t)}</td><td class='d'>{E(a)}</td><td class='d'>{E(b)}</td></tr>"
            for i, (t, a, b) in enumerate(c["ms"]))
        def cell(lst):
            return "<br>".join(E(x) for x in lst) if lst else "—"
        sheets.append(f"""
<div class="sheet">
<table class="frame">
 <tr class="band"><th colspan="4">COMMITMENT {c['number']}&nbsp;&nbsp;|&nbsp;&nbsp;{E(c['title'])}</th></tr>
 <tr><td class="lab">Lead Implementing Agency</td><td colspan="3">{cell(c['lead'])}</td></tr>
 <tr><td class="lab">Duration</td><td colspan="3">{E(c['dur'][0])} to {E(c['dur'][1])}</td></tr>
 <tr><td class="lab">Problem Definition</td><td colspan="3">{E(c['problem'])}</td></tr>
 <tr><td class="lab">Proposed Solution</td><td colspan="3">{E(c['solution'])}</td></tr>
 <tr><td class="lab" rowspan="2">Supporting Stakeholders</td>
     <td class="sh">Government</td><td class="sh">Civil Society Organizations</td><td class="sh">Private Sector / Others</td></tr>
 <tr><td>{cell(c['sup']['government'])}</td><td>{cell(c['sup']['civil_society'])}</td><td>{cell(c['sup']['other'])}</td></tr>
</table>
<table class="mst">
 <thead><tr><th style="width:9%">No.</th><th>Verifiable and Measurable Milestones</th><th style="width:14%">Start Date</th><th style="width:14%">End Date</th></tr></thead>
 <tbody>{rows}</tbody>
</table>
</div>""")
    doc = f"""<!doctype html><html lang="en"><head><meta charset="utf-8">
<style>
@page {{ size: A4 landscape; margin: 14mm 16mm; }}
body {{ font-family: 'Nimbus Sans', 'Liberation Sans', sans-serif; font-size: 9.5pt; color: #111; }}
.hdr {{ display: flex; justify-content: space-between; align-items: flex-end; border-bottom: 2px solid #0038a8; padding-bottom: 4px; }}
.hdr .l {{ font-size: 8pt; color: #0038a8; line-height: 1.3; }}
.hdr .r {{ font-size: 8pt; color: #777; text-align: right; }}
h1 {{ font-family: 'URW Gothic', sans-serif; font-size: 15pt; color: #0038a8; margin: 8px 0 2px; }}
.intro {{ font-size: 9pt; color: #333; margin: 0 0 8px; }}
.sheet {{ page-break-inside: avoid; margin-bottom: 10px; }}
.sheet + .sheet {{ page-break-before: always; }}
table {{ border-collapse: collapse; width: 100%; }}
.frame td, .frame th {{ border: 1px solid #7a869a; padding: 4px 6px; vertical-align: top; }}
.band th {{ background: #ce1126; color: #fff; text-align: left; font-size: 11pt; padding: 6px; }}
.lab {{ width: 19%; background: #e8edf7; font-weight: bold; color: #0b2a6b; }}
.sh {{ background: #f6f7fa; font-style: italic; width: 27%; }}
.mst {{ margin-top: 6px; }}
.mst th {{ background: #0038a8; color: #fff; padding: 5px; border: 1px solid #0038a8; font-weight: normal; }}
.mst td {{ border-bottom: 1px solid #c5cbd6; padding: 5px; }}
.mst tr:nth-child(even) td {{ background: #f4f6fb; }}
.c {{ text-align: center; font-weight: bold; color: #ce1126; }}
.d {{ text-align: center; white-space: nowrap; }}
</style></head><body>
<div class="hdr"><div class="l"><b>REPUBLIC OF THE PHILIPPINES</b><br>Philippine Open Government Partnership (PH-OGP)</div>
<div class="r">Annex B · Commitment Templates</div></div>
<h1>Sixth Philippine National Action Plan on Open Government 2023–2025</h1>
<p class="intro">The following commitment templates were validated by the PH-OGP Steering Committee. Each
template identifies the lead implementing agency, the supporting stakeholders and the milestones
against which the Independent Reporting Mechanism will assess completion.</p>
{''.join(sheets)}
</body></html>"""
    gcs = []
    for c in commitments:
        gcs.append({
            "number": c["number"], "title": c["title"], "lead": c["lead"],
            "supporting": c["sup"],
            "period": {"start": int(c["dur"][0][-4:]), "end": int(c["dur"][1][-4:])},
            "problem": {"problem": c["problem"], "causes": None, "done_so_far": None,
                        "solution": c["solution"], "results": None},
            "milestones": [{"number": f"{c['number']}.{i + 1}", "group": None, "text": t,
                            "outputs": [], "due": due_range(a, b), "lead": [],
                            "supporting": nosup()}
                           for i, (t, a, b) in enumerate(c["ms"])],
            "_anchor": c["title"]})
    part = {"country": "Philippines", "plan_number": 6, "period": {"start": 2023, "end": 2025},
            "title": "Sixth Philippine National Action Plan on Open Government 2023–2025",
            "participants": {"government": [], "civil_society": []},
            "commitments": gcs}
    finish(name, "en", "action_plan", part, doc)


# ---------------------------------------------------------------------------
# 3. Paraguay (Spanish): fichas with numbered milestones and a deadline column
# ---------------------------------------------------------------------------
def doc_py():
    name = "py-plan6-gobierno-abierto"
    commitments = [
        {"number": "1", "title": "Datos abiertos de las compras públicas en salud",
         "lead": "Dirección Nacional de Contrataciones Públicas (DNCP)",
         "periodo": ("agosto 2024", "junio 2026"),
         "sup": {"government": ["Ministerio de Salud Pública y Bienestar Social"],
                 "civil_society": ["Centro de Estudios Ambientales y Sociales (CEAMSO)",
                                   "Semillas para la Democracia"],
                 "other": []},
         "obj": "Que la ciudadanía pueda conocer qué medicamentos e insumos se compran, a qué "
                "precio y a qué proveedores, y comparar esos precios con los de referencia.",
         "ms": [
             ("Publicar en formato abierto los contratos de medicamentos e insumos médicos del "
              "Ministerio de Salud Pública y Bienestar Social.", "diciembre 2024"),
             ("Desarrollar un tablero ciudadano de precios de referencia de medicamentos.", "julio 2025"),
             ("Realizar cuatro talleres de monitoreo ciudadano con asociaciones de pacientes en "
              "Asunción, Encarnación, Ciudad del Este y Concepción.", "junio 2026"),
         ]},
        {"number": "2", "title": "Participación ciudadana en la evaluación ambiental",
         "lead": "Ministerio del Ambiente y Desarrollo Sostenible (MADES)",
         "periodo": ("septiembre 2024", "diciembre 2025"),
         "sup": {"government": [], "civil_society": ["Alter Vida"], "other": []},
         "obj": "Garantizar que los estudios de impacto ambiental estén disponibles antes de las "
                "audiencias públicas y que las observaciones ciudadanas reciban respuesta.",
         "ms": [
             ("Publicar los estudios de impacto ambiental y sus resoluciones en el portal "
              "institucional, con acceso libre y sin registro previo.", "marzo 2025"),
             ("Habilitar un formulario en línea para presentar observaciones en las audiencias "
              "públicas ambientales.", "agosto 2025"),
             ("Publicar un informe anual de respuestas a las observaciones ciudadanas recibidas.",
              "diciembre 2025"),
         ]},
        {"number": "3", "title": "Acceso a la información judicial",
         "lead": "Corte Suprema de Justicia",
         "periodo": ("octubre 2024", "junio 2026"),
         "sup": {"government": ["Ministerio Público"],
                 "civil_society": ["Instituto de Derecho y Economía Ambiental (IDEA)"],
                 "other": ["Universidad Nacional de Asunción"]},
         "obj": "Facilitar la consulta de las sentencias y de las estadísticas judiciales en "
                "lenguaje claro y en formatos reutilizables.",
         "ms": [
             ("Publicar en datos abiertos las estadísticas de causas ingresadas y resueltas por "
              "circunscripción judicial.", "abril 2025"),
             ("Poner en funcionamiento un buscador de sentencias anonimizadas de la Sala Penal y "
              "de la Sala Constitucional.", "noviembre 2025"),
             ("Elaborar y difundir una guía en lenguaje claro sobre cómo solicitar información al "
              "Poder Judicial.", "febrero 2026"),
             ("Evaluar con la sociedad civil el uso del buscador y publicar los resultados.",
              "junio 2026"),
         ]},
    ]
    fichas = []
    for c in commitments:
        def ls(x):
            return "; ".join(E(i) for i in x) if x else "—"
        rows = "".join(f"<tr><td class='n'>{c['number']}.{i + 1}</td><td>{E(t)}</td><td class='f'>{E(d)}</td></tr>"
                       for i, (t, d) in enumerate(c["ms"]))
        fichas.append(f"""
<div class="ficha">
 <div class="tit"><span>Compromiso N.º {c['number']}</span>{E(c['title'])}</div>
 <table class="datos">
  <tr><th>Institución responsable</th><td>{E(c['lead'])}</td></tr>
  <tr><th>Período de implementación</th><td>{E(c['periodo'][0])} – {E(c['periodo'][1])}</td></tr>
  <tr><th>Objetivo</th><td>{E(c['obj'])}</td></tr>
  <tr><th>Otros actores involucrados</th><td>
    <i>Gobierno:</i> {ls(c['sup']['government'])}<br>
    <i>Sociedad civil:</i> {ls(c['sup']['civil_society'])}<br>
    <i>Otros actores:</i> {ls(c['sup']['other'])}</td></tr>
 </table>
 <table class="hitos">
  <tr><th style="width:8%">N.º</th><th>Hitos verificables</th><th style="width:20%">Fecha de finalización</th></tr>
  {rows}
 </table>
</div>""")
    doc = f"""<!doctype html><html lang="es"><head><meta charset="utf-8">
<style>
@page {{ size: 216mm 330mm; margin: 18mm 18mm 16mm 18mm; }}
body {{ font-family: 'P052', 'Liberation Serif', serif; font-size: 10.5pt; color: #222; }}
.cab {{ text-align: center; border-top: 6px solid #d52b1e; border-bottom: 6px solid #0038a8; padding: 8px 0; }}
.cab .g {{ font-variant: small-caps; letter-spacing: 1px; font-size: 11pt; }}
h1 {{ font-size: 17pt; margin: 6px 0 0; font-weight: normal; }}
h1 b {{ display: block; font-size: 21pt; color: #0038a8; }}
.pres {{ text-align: justify; margin: 12px 0; }}
.ficha {{ border: 1px solid #9fb3d1; margin: 12px 0; page-break-inside: avoid; }}
.tit {{ background: #0038a8; color: #fff; padding: 6px 10px; font-size: 12pt; font-weight: bold; }}
.tit span {{ display: inline-block; background: #fff; color: #0038a8; padding: 1px 6px; margin-right: 10px; font-size: 10pt; }}
table {{ border-collapse: collapse; width: 100%; }}
.datos th {{ text-align: left; width: 28%; background: #eef2f8; font-weight: normal; font-variant: small-caps; padding: 4px 8px; vertical-align: top; border-bottom: 1px solid #d7deea; }}
.datos td {{ padding: 4px 8px; border-bottom: 1px solid #d7deea; }}
.hitos th {{ background: #d52b1e; color: #fff; padding: 4px; font-weight: normal; }}
.hitos td {{ border: 1px solid #d7deea; padding: 4px 6px; vertical-align: top; }}
.n {{ text-align: center; font-weight: bold; }}
.f {{ text-align: center; }}
</style></head><body>
<div class="cab"><div class="g">República del Paraguay · Gabinete Civil de la Presidencia</div>
<h1>Alianza para el Gobierno Abierto<b>Sexto Plan de Acción Nacional de Gobierno Abierto 2024-2026</b></h1></div>
<p class="pres">El presente plan fue elaborado por la Mesa Conjunta de Gobierno Abierto, integrada por
instituciones públicas y organizaciones de la sociedad civil, tras un proceso de cocreación que incluyó
mesas temáticas en cinco departamentos del Paraguay entre marzo y junio de 2024. Cada compromiso
identifica una institución responsable y los hitos que permitirán verificar su cumplimiento.</p>
{''.join(fichas)}
</body></html>"""
    gcs = []
    for c in commitments:
        gcs.append({
            "number": c["number"], "title": c["title"], "lead": [c["lead"]],
            "supporting": c["sup"],
            "period": {"start": int(c["periodo"][0][-4:]), "end": int(c["periodo"][1][-4:])},
            "problem": no_problem(),
            "milestones": [{"number": f"{c['number']}.{i + 1}", "group": None, "text": t,
                            "outputs": [], "due": due_month(d), "lead": [], "supporting": nosup()}
                           for i, (t, d) in enumerate(c["ms"])],
            "_anchor": c["title"]})
    part = {"country": "Paraguay", "plan_number": 6, "period": {"start": 2024, "end": 2026},
            "title": "Sexto Plan de Acción Nacional de Gobierno Abierto 2024-2026",
            "participants": {"government": [], "civil_society": []},
            "commitments": gcs}
    finish(name, "es", "action_plan", part, doc)


# ---------------------------------------------------------------------------
# 4. Nigeria: agency progress report, one row per milestone
# ---------------------------------------------------------------------------
def doc_ng():
    name = "ng-bpp-progress-2024h1"
    STATUS = {"complete": "Completed", "substantial": "Substantial",
              "limited": "Limited", "not_started": "Not Started"}
    entries = [
        ("1.1", "Publish all federal contract awards above ₦50 million on the Nigeria Open "
                "Contracting Portal (NOCOPO)", "complete", 100,
         "All 412 contract awards above ₦50 million made by federal MDAs between January and June "
         "2024 were published on NOCOPO within 14 days of award.",
         ["https://nocopo.bpp.gov.ng/awards/2024"]),
        ("1.2", "Extend publication in the Open Contracting Data Standard to 30 additional MDAs",
         "substantial", 70,
         "21 of the 30 target MDAs now publish planning, tender and award data in OCDS format. The "
         "remaining 9 MDAs completed onboarding training in March 2024 and are testing their first "
         "releases.",
         ["https://nocopo.bpp.gov.ng/ocds/publishers", "BPP onboarding attendance register, March 2024"]),
        ("1.3", "Establish a feedback channel for citizen contract monitors on NOCOPO", "limited", 30,
         "Functional requirements for the feedback module were agreed with the Public and Private "
         "Development Centre at a workshop on 18 April 2024. Procurement of the software developer is "
         "ongoing.",
         ["Minutes of the requirements workshop, 18 April 2024"]),
        ("1.4", "Publish semi-annual procurement audit reports of federal MDAs", "not_started", 0,
         "Work will begin after the 2023 procurement audit cycle closes in the third quarter of 2024.",
         []),
        ("4.2", "Require bidders in federal procurement to disclose their beneficial owners",
         "substantial", 60,
         "A beneficial ownership declaration form was added to the standard bidding documents in "
         "February 2024 and is linked to the Corporate Affairs Commission register. 38 MDAs used the "
         "revised documents during the period.",
         ["https://www.bpp.gov.ng/standard-bidding-documents", "https://bo.cac.gov.ng"]),
    ]
    rows = []
    for n, ms, st, pc, res, ev in entries:
        evh = "<br>".join(E(x) for x in ev) if ev else "—"
        rows.append(f"<tr><td class='num'>{n}</td><td>{E(ms)}</td><td class='st {st}'>{STATUS[st]}</td>"
                    f"<td class='pc'>{pc}%</td><td>{E(res)}</td><td class='ev'>{evh}</td></tr>")
    doc = f"""<!doctype html><html lang="en"><head><meta charset="utf-8">
<style>
@page {{ size: A4 landscape; margin: 12mm 14mm; }}
body {{ font-family: 'Liberation Sans', sans-serif; font-size: 9pt; color: #222; }}
.mast {{ background: #008751; color: #fff; padding: 8px 12px; }}
.mast .a {{ font-size: 8pt; letter-spacing: 2px; }}
.mast h1 {{ margin: 2px 0; font-size: 15pt; }}
.mast .b {{ font-size: 10pt; }}
table.info {{ margin: 8px 0; border-collapse: collapse; }}
table.info td {{ padding: 2px 12px 2px 0; }}
table.info td:first-child {{ font-weight: bold; color: #005c37; }}
table.prog {{ width: 100%; border-collapse: collapse; margin-top: 6px; }}
.prog th {{ background: #e6f2ec; border: 1px solid #8fb9a3; padding: 5px; text-align: left; font-size: 8.5pt; }}
.prog td {{ border: 1px solid #c3d8cc; padding: 5px; vertical-align: top; }}
.num {{ font-weight: bold; text-align: center; }}
.pc {{ text-align: center; }}
.st {{ font-weight: bold; white-space: nowrap; }}
.complete {{ color: #006b3c; }} .substantial {{ color: #2b6cb0; }} .limited {{ color: #b7791f; }} .not_started {{ color: #9b2c2c; }}
.ev {{ font-size: 8pt; word-break: break-all; width: 17%; }}
.sig {{ margin-top: 14px; font-size: 9pt; }}
</style></head><body>
<div class="mast"><div class="a">FEDERAL REPUBLIC OF NIGERIA · BUREAU OF PUBLIC PROCUREMENT</div>
<h1>Open Government Partnership – Third National Action Plan (2023–2025)</h1>
<div class="b">Milestone Implementation Progress Report, H1 2024</div></div>
<table class="info">
<tr><td>Reporting agency</td><td>Bureau of Public Procurement</td></tr>
<tr><td>Reporting period</td><td>1 January 2024 – 30 June 2024</td></tr>
<tr><td>Date of submission</td><td>12 July 2024</td></tr>
<tr><td>Submitted to</td><td>OGP Nigeria National Secretariat, Federal Ministry of Justice</td></tr>
</table>
<p>This report sets out the status of the milestones of Nigeria's third National Action Plan for which the
Bureau is the lead or co-lead implementing agency. Status is assessed on the OGP scale (Not Started, Limited,
Substantial, Completed).</p>
<table class="prog">
<thead><tr><th style="width:6%">Milestone No.</th><th style="width:20%">Milestone</th><th style="width:9%">Status</th>
<th style="width:7%">% Complete</th><th>Results achieved</th><th>Evidence / Means of verification</th></tr></thead>
<tbody>{''.join(rows)}</tbody></table>
<div class="sig">Certified by: <b>Director, Monitoring and Compliance</b>, for the Director-General, Bureau of Public Procurement, Abuja.</div>
</body></html>"""
    part = {"agency": "Bureau of Public Procurement",
            "plan": {"country": "Nigeria", "plan_number": 3},
            "period": {"start": "2024-01-01", "end": "2024-06-30", "label": "H1 2024"},
            "submitted": "2024-07-12",
            "entries": [{"milestone": n, "status": st, "progress_percent": pc, "results": res,
                         "evidence": ev} for n, ms, st, pc, res, ev in entries]}
    finish(name, "en", "progress_report", part, doc)


# ---------------------------------------------------------------------------
# 5. Armenia: government decision approving the plan
# ---------------------------------------------------------------------------
def doc_am():
    name = "am-decision-nap5-approval"
    subject = ("On approving the Open Government Partnership Fifth National Action Plan of the "
               "Republic of Armenia for 2024-2026")
    legal = ("Part 1 of Article 10 of the Law of the Republic of Armenia \u201cOn the Structure and "
             "Activities of the Government\u201d")
    clauses = [
        "To approve the Open Government Partnership Fifth National Action Plan of the Republic of "
        "Armenia for 2024-2026 according to the Annex.",
        "State bodies responsible for the implementation of the measures envisaged by the Action Plan "
        "shall submit information on the progress of implementation to the Office of the Prime "
        "Minister every six months, no later than the 15th day of the month following the reporting period.",
        "The Office of the Prime Minister shall coordinate the implementation of the Action Plan and "
        "publish the summarised progress reports on the official website of the Government.",
        "This Decision shall enter into force on the day following its official promulgation.",
    ]
    cl = "".join(f"<li>{E(c)}</li>" for c in clauses)
    doc = f"""<!doctype html><html lang="en"><head><meta charset="utf-8">
<style>
@page {{ size: A4; margin: 25mm 22mm 22mm 28mm; }}
body {{ font-family: 'Liberation Serif', 'Times New Roman', serif; font-size: 12pt; line-height: 1.5; }}
.gov {{ text-align: center; font-weight: bold; font-size: 14pt; letter-spacing: 1px; }}
.emb {{ width: 22mm; height: 22mm; margin: 0 auto 6px; border: 2px solid #8a6d1d; border-radius: 50%;
        text-align: center; line-height: 22mm; color: #8a6d1d; font-size: 9pt; }}
.dec {{ text-align: center; font-size: 16pt; font-weight: bold; letter-spacing: 6px; margin-top: 8px; }}
.row {{ display: flex; justify-content: space-between; margin: 14px 0 16px; }}
.subj {{ text-align: center; font-weight: bold; margin: 0 20mm 14px; }}
p.pre {{ text-indent: 12mm; text-align: justify; }}
ol li {{ text-align: justify; margin-bottom: 6px; }}
.sign {{ margin-top: 26px; display: flex; justify-content: space-between; }}
.sign .n {{ font-weight: bold; }}
.side {{ margin-top: 30px; font-size: 8.5pt; color: #555; border-top: 1px solid #aaa; padding-top: 4px; }}
</style></head><body>
<div class="emb"></div>
<div class="gov">GOVERNMENT OF THE REPUBLIC OF ARMENIA</div>
<div class="dec">DECISION</div>
<div class="row"><span>21 December 2023</span><span>No 1872-L</span></div>
<div class="subj">{E(subject.upper())}</div>
<p class="pre">Guided by {E(legal)}, the Government of the Republic of Armenia <b>decides</b>:</p>
<ol>{cl}</ol>
<div class="sign"><span>Prime Minister of the Republic of Armenia</span><span class="n">V. Melkonyan</span></div>
<div style="margin-top:18px">Yerevan</div>
<div class="side">Unofficial translation prepared by the Office of the Prime Minister, Open Government Partnership Unit.</div>
</body></html>"""
    part = {"issuer": "Government of the Republic of Armenia",
            "title": "Decision",
            "number": "1872-L",
            "date": "2023-12-21",
            "place": "Yerevan",
            "subject": subject.upper(),
            "legal_basis": legal,
            "clauses": clauses,
            "signatory": {"name": "V. Melkonyan",
                          "position": "Prime Minister of the Republic of Armenia"},
            "approves": {"title": "Open Government Partnership Fifth National Action Plan of the "
                                  "Republic of Armenia for 2024-2026",
                         "period": {"start": 2024, "end": 2026}}}
    finish(name, "en", "order", part, doc)


# ---------------------------------------------------------------------------
# 6. Ghana: minutes of a steering committee meeting (kind "other")
# ---------------------------------------------------------------------------
def doc_gh():
    name = "gh-msf-minutes-2024"
    doc = """<!doctype html><html lang="en"><head><meta charset="utf-8">
<style>
@page { size: A4; margin: 20mm; }
body { font-family: 'URW Bookman', serif; font-size: 10pt; line-height: 1.45; color: #202020; }
.h { display: flex; justify-content: space-between; border-bottom: 3px double #ce1126; padding-bottom: 6px; }
.h .t { font-size: 13pt; font-weight: bold; }
.h .s { font-size: 8.5pt; text-align: right; color: #555; }
h2 { font-family: 'Nimbus Sans', sans-serif; font-size: 10.5pt; background: #fcd116; padding: 3px 6px; margin: 14px 0 4px; }
table.att { border-collapse: collapse; width: 100%; font-size: 9pt; }
table.att td { border: 1px solid #bbb; padding: 3px 6px; }
.act { border-left: 4px solid #006b3f; background: #f2f7f4; padding: 4px 8px; margin: 6px 0; font-size: 9.5pt; }
</style></head><body>
<div class="h"><div class="t">Open Government Partnership Ghana<br>Multi-Stakeholder Steering Committee</div>
<div class="s">Ministry of Information<br>Accra</div></div>
<p><b>MINUTES OF THE 14TH MEETING</b>, held on Thursday, 19 September 2024 at the Ministry of Information
conference room, Accra, and online. The meeting started at 10:15 a.m.</p>
<h2>1. Attendance</h2>
<table class="att">
<tr><td>Chief Director, Ministry of Information (Chair)</td><td>Government</td></tr>
<tr><td>Right to Information Commission</td><td>Government</td></tr>
<tr><td>Ghana Integrity Initiative</td><td>Civil society</td></tr>
<tr><td>Penplusbytes</td><td>Civil society</td></tr>
<tr><td>Ghana Anti-Corruption Coalition</td><td>Civil society</td></tr>
<tr><td>OGP Support Unit (online)</td><td>Observer</td></tr>
</table>
<p>Apologies were received from the Office of the Registrar of Companies and the Ghana Statistical Service.</p>
<h2>2. Adoption of the minutes of the 13th meeting</h2>
<p>The minutes of the meeting of 6 June 2024 were adopted without amendment on a motion by Penplusbytes,
seconded by the Right to Information Commission.</p>
<h2>3. Status of the current National Action Plan</h2>
<p>The Secretariat reported that of the commitments in the current plan, the beneficial ownership register
and the Right to Information portal are largely delivered, while the commitment on open contracting in the
extractive sector remains delayed because the legislative instrument has not yet been laid before Parliament.
Members noted that the end-of-term self-assessment must reach the OGP Support Unit by 31 December 2024.</p>
<div class="act"><b>Action:</b> Lead agencies to send their final implementation updates to the Secretariat by
25 October 2024.</div>
<h2>4. Co-creation of the next National Action Plan</h2>
<p>The Chair proposed that the co-creation of the fifth National Action Plan (2025–2027) begin in November 2024
with regional consultations in Tamale, Kumasi and Takoradi. Ghana Integrity Initiative asked that at least one
commitment address local government accountability and that civil society co-chair the thematic working groups.
The proposal was agreed.</p>
<div class="act"><b>Action:</b> Secretariat to circulate a draft co-creation timeline and a call for commitment
proposals by 15 October 2024.</div>
<h2>5. Any other business</h2>
<p>Members welcomed the decision of the Right to Information Commission to publish quarterly statistics on
requests and appeals. There being no other business, the meeting closed at 12:40 p.m. The next meeting will be
held in December 2024 on a date to be communicated by the Secretariat.</p>
<p style="margin-top:20px">Recorded by: OGP Ghana Secretariat &nbsp;&nbsp;&nbsp;&nbsp; Confirmed by: Chair</p>
</body></html>"""
    finish(name, "en", "other", None, doc)


if __name__ == "__main__":
    for f in (doc_ke, doc_ph, doc_py, doc_ng, doc_am, doc_gh):
        f()
