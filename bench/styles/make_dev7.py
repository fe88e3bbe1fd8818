#!/usr/bin/env python3
"""Build 8 synthetic-but-realistic OGP test documents (PDF via headless Chromium)
and their hand-checked ogpx/1 gold files.  Run: nice -n 10 python3 make.py"""
import hashlib
import html
import json
import os
import re
import subprocess
import unicodedata

OUT = os.path.dirname(os.path.abspath(__file__))
E = html.escape


def render(name, body_html):
    path = os.path.join(OUT, name + ".html")
    with open(path, "w", encoding="utf-8") as f:
        f.write(body_html)
    pdf = os.path.join(OUT, name + ".pdf")
    subprocess.run(["nice", "-n", "10", "chromium", "--headless", "--no-sandbox",
                    "--disable-gpu", "--print-to-pdf=" + pdf,
                    "--no-pdf-header-footer", "file://" + path],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    os.remove(path)
    return pdf


def fold(s):
    s = unicodedata.normalize("NFKC", s)
    return re.sub(r"\s+", " ", s).strip().casefold()


def page_texts(pdf):
    n = 1
    out = []
    info = subprocess.run(["pdfinfo", pdf], capture_output=True, text=True).stdout
    n = int(re.search(r"Pages:\s+(\d+)", info).group(1))
    for p in range(1, n + 1):
        t = subprocess.run(["pdftotext", "-f", str(p), "-l", str(p), pdf, "-"],
                           capture_output=True, text=True).stdout
        out.append(fold(t))
    return out


def find_page(texts, s, after=1):
    words = fold(s).split()[:5]
    key = " ".join(words)
    for i in range(after - 1, len(texts)):
        if key in texts[i]:
            return i + 1
    for i in range(len(texts)):
        if key in texts[i]:
            return i + 1
    raise SystemExit(f"not found in PDF: {s!r}")


def due(raw, start, end):
    return {"raw": raw, "start": start, "end": end}


def sup(g=(), c=(), o=()):
    return {"government": list(g), "civil_society": list(c), "other": list(o)}


def ms(number, text, d=None, lead=(), supporting=None):
    return {"number": number, "group": None, "text": text, "outputs": [],
            "due": d, "lead": list(lead), "supporting": supporting or sup(), "pages": []}


def cm(number, title, lead, milestones, supporting=None, period=None, problem=None):
    pr = {k: None for k in ("problem", "causes", "done_so_far", "solution", "results")}
    pr.update(problem or {})
    return {"number": number, "title": title, "lead": list(lead),
            "supporting": supporting or sup(), "period": period, "problem": pr,
            "milestones": milestones, "pages": []}


def entry(milestone, status, results=None, pct=None, evidence=()):
    return {"milestone": milestone, "status": status, "progress_percent": pct,
            "results": results, "evidence": list(evidence), "pages": []}


def write_gold(name, pdf, lang, kind, part, warnings=()):
    texts = page_texts(pdf)
    if kind == "action_plan":
        for c in part["commitments"]:
            p0 = find_page(texts, c["title"])
            pages = {p0}
            last = p0
            for m in c["milestones"]:
                mp = find_page(texts, m["text"], p0)
                m["pages"] = [mp]
                pages.add(mp)
                last = max(last, mp)
            c["pages"] = list(range(p0, last + 1))
    else:
        for e in part["entries"]:
            a = e.pop("_anchor")
            e["pages"] = sorted({find_page(texts, x) for x in (a if isinstance(a, list) else [a])})
    for w in warnings:
        if w.get("page") is None and kind == "action_plan":
            w["page"] = part["commitments"][0]["pages"][0]
    with open(pdf, "rb") as f:
        sha = hashlib.sha256(f.read()).hexdigest()
    gold = {"schema": "ogpx/1",
            "source": {"file": os.path.basename(pdf), "sha256": sha,
                       "pages": len(texts), "language": [lang], "ocr_pages": []},
            "kind": kind, kind: part, "warnings": list(warnings)}
    with open(os.path.join(OUT, name + ".gold.json"), "w", encoding="utf-8") as f:
        json.dump(gold, f, ensure_ascii=False, indent=2)
        f.write("\n")
    print(name, len(texts), "pages")


# ---------------------------------------------------------------------------
# 1. Kenya - end-of-term self-assessment, milestone-level statuses in text
# ---------------------------------------------------------------------------
def doc1():
    name = "ke-eot-self-assessment-2025"
    C = [
        ("1", "Beneficial Ownership Transparency", "Business Registration Service (BRS)", [
            ("1.1", "Amend the Companies (Beneficial Ownership Information) Regulations to provide for public access to beneficial ownership data.",
             "label", "complete", None,
             "The amended Regulations were gazetted in March 2024. Basic beneficial ownership information can now be requested by any member of the public at a fee of KES 100.",
             ["https://brs.go.ke/beneficial-ownership/regulations-2024"]),
            ("1.2", "Publish beneficial ownership data in an open, machine-readable format aligned with the Beneficial Ownership Data Standard.",
             "label", "substantial", 70,
             "A pilot dataset covering 12,400 companies has been published on the Kenya Open Data portal. The full register will be released once data verification is concluded.",
             ["https://opendata.go.ke/dataset/bo-pilot"]),
        ]),
        ("2", "Open Contracting in Public Procurement", "Public Procurement Regulatory Authority (PPRA)", [
            ("2.1", "Publish all national and county tender awards on the Public Procurement Information Portal (PPIP) using the Open Contracting Data Standard.",
             "label", "substantial", None,
             "38 of the 47 counties and all ministries now publish award data on PPIP. The remaining nine counties are being supported through the county e-procurement helpdesk.",
             ["https://tenders.go.ke/ocds"]),
            ("2.2", "Train at least 500 procurement officers and 200 civil society monitors on the use of open contracting data.",
             "label", "complete", None,
             "612 procurement officers and 240 civil society monitors were trained in eight regional workshops between June 2023 and February 2025.",
             []),
            ("2.3", "Establish a citizen feedback mechanism for reporting procurement irregularities.",
             "label", "limited", None,
             "A concept note and user requirements have been developed with civil society partners, but the feedback channel is not yet operational.",
             []),
        ]),
        ("3", "Public Participation Legislation and Practice", "State Department for Devolution", [
            ("3.1", "Finalise the Public Participation Bill and submit it to Parliament.",
             "sentence", "complete",
             "The Bill was validated with county governments and civil society in November 2023 and tabled in the National Assembly in May 2024; this milestone has therefore been completed.",
             None, []),
            ("3.2", "Develop model public participation guidelines for county governments.",
             "sentence", "limited",
             "Implementation of this milestone is limited. Draft guidelines have been prepared, but they have only been adopted by nine counties.",
             None, []),
            ("3.3", "Launch an online public participation platform for national budget hearings.",
             "sentence", "not_started",
             "Work on this milestone has not started because the required funds were not allocated in the 2024/25 budget.",
             None, []),
        ]),
        ("4", "Open Judiciary Data", "Judiciary of Kenya", [
            ("4.1", "Publish quarterly case clearance and backlog statistics for all court stations.",
             "label", "complete", None,
             "Quarterly statistics have been published since the third quarter of 2023 and are available for download in CSV format.",
             ["https://judiciary.go.ke/performance-statistics"]),
            ("4.2", "Publish an open dataset of anonymised judgments of the superior courts.",
             "label", "substantial", 80,
             "Over 46,000 anonymised judgments are available through the Kenya Law portal; the bulk download interface is under testing.",
             ["https://kenyalaw.org/caselaw/open-data"]),
        ]),
    ]
    word = {"complete": "Complete", "substantial": "Substantial", "limited": "Limited",
            "not_started": "Not started"}
    body = []
    entries = []
    for n, title, lead, mss in C:
        body.append(f'<h2>Commitment {n}: {E(title)}</h2>')
        body.append(f'<p class="lead"><b>Lead implementing agency:</b> {E(lead)}</p>')
        for mn, text, style, st, pct_or_sentence, res, ev in mss:
            body.append(f'<h3>Milestone {mn}</h3><p>{E(text)}</p>')
            if style == "label":
                pct = pct_or_sentence
                sw = word[st] + (f" (approximately {pct}% complete)" if pct else "")
                body.append(f'<p class="lbl"><b>Status:</b> {sw}</p>')
                body.append(f'<p class="lbl"><b>Results:</b> {E(res)}</p>')
                if ev:
                    body.append('<p class="lbl"><b>Evidence:</b> ' + ", ".join(E(u) for u in ev) + '</p>')
                entries.append(entry(mn, st, res, pct, ev))
            else:
                body.append(f'<p>{E(pct_or_sentence)}</p>')
                entries.append(entry(mn, st, None, None, ev))
            entries[-1]["_anchor"] = text
    html_ = f"""<!doctype html><html><head><meta charset="utf-8"><style>
@page {{ size: A4; margin: 2.2cm 2cm 2.4cm 2cm;
  @top-left {{ content: "Kenya OGP NAP V - End-of-Term Self-Assessment Report"; font: 8pt 'Liberation Sans'; color:#777 }}
  @bottom-right {{ content: counter(page); font: 9pt 'Liberation Sans' }} }}
@page :first {{ @top-left {{ content: none }} @bottom-right {{ content: none }} }}
body {{ font-family: 'Liberation Serif'; font-size: 11pt; line-height: 1.35 }}
.cover {{ height: 21.5cm; break-after: page; border-top: 14px solid #000; border-bottom: 14px solid #006600; padding-top: 2cm; text-align:center }}
.cover .red {{ height: 8px; background:#b00; margin: 0 0 2cm 0 }}
.cover h1 {{ font-family:'Liberation Sans'; font-size: 24pt; margin: 1cm 0 }}
h2 {{ font-family:'Liberation Sans'; font-size: 14pt; color:#006600; border-bottom: 1px solid #006600; margin-top: 18pt }}
h3 {{ font-family:'Liberation Sans'; font-size: 11pt; margin: 10pt 0 2pt 0 }}
p {{ margin: 3pt 0 }} p.lbl {{ margin-left: 1cm }}
</style></head><body>
<div class="cover"><div class="red"></div>
<p style="font-size:14pt">REPUBLIC OF KENYA</p>
<p style="font-size:13pt">Office of the Deputy President</p>
<h1>Kenya Fifth National Action Plan<br>2023 &ndash; 2025</h1>
<p style="font-size:16pt">End-of-Term Self-Assessment Report</p>
<p style="margin-top:3cm">Reporting period: 1 January 2023 &ndash; 31 August 2025</p>
<p>Date of submission to the OGP Support Unit: 30 September 2025</p>
</div>
<h2 style="color:#000;border:none">1. Introduction</h2>
<p>This report assesses the implementation of the commitments contained in Kenya's Fifth National Action Plan (NAP V) from its launch in January 2023 until the end of August 2025. It was prepared by the Office of the Deputy President, which coordinates Kenya's participation in OGP, in consultation with the Multi-Stakeholder Forum, which brings together government agencies and civil society organisations. A draft was published for public comment for two weeks in September 2025.</p>
<p>For each milestone the report states the level of completion (not started, limited, substantial or complete) and summarises the results achieved, with links to evidence where these are available.</p>
<h2 style="color:#000;border:none">2. Implementation of commitments</h2>
{''.join(body)}
<h2 style="color:#000;border:none">3. Lessons learned and next steps</h2>
<p>Commitments with a single, well-resourced lead agency made the most progress. Commitments that depended on new legislation or county-level adoption progressed more slowly. The Office of the Deputy President will carry forward the unfinished public participation milestones into the Sixth National Action Plan.</p>
</body></html>"""
    pdf = render(name, html_)
    part = {"agency": "Office of the Deputy President",
            "plan": {"country": "Kenya", "plan_number": 5},
            "period": {"start": "2023-01-01", "end": "2025-08-31", "label": None},
            "submitted": "2025-09-30",
            "entries": entries}
    write_gold(name, pdf, "en", "progress_report", part)


# ---------------------------------------------------------------------------
# 2. New Zealand - mid-term self-assessment, commitment-level coloured status
# ---------------------------------------------------------------------------
def doc2():
    name = "nz-midterm-self-assessment-nap4"
    C = [
        ("1", "Engaging with New Zealanders on policy", "Te Kawa Mataaho Public Service Commission",
         "substantial", "Substantial", "#2e7d32",
         ["Publish Policy Community Engagement Tool guidance for agencies (December 2023)",
          "Pilot deliberative engagement in two policy processes (June 2024)",
          "Evaluate the pilots and publish findings (June 2025)"],
         "Implementation is on track and substantially complete. The guidance was published in November 2023 and both pilots ran during 2024. The evaluation is under way and will be published in the second half of 2025.",
         ["https://www.publicservice.govt.nz/engagement-guidance"]),
        ("2", "Transparency of Official Information Act statistics", "Ministry of Justice",
         "complete", "Completed", "#1565c0",
         ["Extend six-monthly OIA statistics to include Crown entities (January 2024)",
          "Publish statistics as open data on data.govt.nz (July 2024)"],
         "This commitment has been completed. Crown entity statistics were included from the January–June 2024 release, and the full dataset is published on data.govt.nz.",
         ["https://catalogue.data.govt.nz/dataset/oia-statistics"]),
        ("3", "Improving transparency of public procurement", "Ministry of Business, Innovation and Employment",
         "limited", "Limited", "#ef6c00",
         ["Design an open contracting data release for GETS award notices (March 2024)",
          "Publish contract award data quarterly (from September 2024)"],
         "Implementation is limited. A data model has been agreed, but the first release has been delayed by changes to the Government Electronic Tenders Service platform.",
         []),
        ("4", "Community participation in local government decision-making", "Department of Internal Affairs",
         "not_started", "Not started", "#9e9e9e",
         ["Co-design a participation toolkit with councils and community groups (March 2025)",
          "Publish the toolkit (December 2025)"],
         "Work has not yet started. The Department is waiting for the outcome of the local government review before beginning co-design.",
         []),
        ("5", "Beneficial ownership register for companies", "Ministry of Business, Innovation and Employment",
         "substantial", "Substantial", "#2e7d32",
         ["Introduce legislation establishing a public register (August 2024)",
          "Consult on the register's design and access rules (June 2025)"],
         "Good progress has been made. The Companies (Beneficial Ownership) Amendment Bill was introduced in August 2024 and public consultation on access rules closed in May 2025.",
         []),
    ]
    body = []
    entries = []
    for n, title, lead, st, word, col, mss, res, ev in C:
        body.append(f'<div class="c"><h2>Commitment {n} &ndash; {E(title)} <span class="st" style="color:{col}">{word.upper()}</span></h2>')
        body.append(f'<p>Lead agency: {E(lead)}</p><p class="sub">Milestones</p><ul>')
        body += [f"<li>{E(m)}</li>" for m in mss]
        body.append('</ul><p class="sub">Progress to date</p>')
        body.append(f'<p>{E(res)}</p>')
        if ev:
            body.append(f'<p class="more">More information: {E(ev[0])}</p>')
        body.append('</div>')
        entries.append(entry(n, st, res, None, ev))
        entries[-1]["_anchor"] = title
    html_ = f"""<!doctype html><html><head><meta charset="utf-8"><style>
@page {{ size: A4; margin: 2cm 2.2cm 2.2cm 2.2cm;
  @bottom-left {{ content: "Open Government Partnership - Mid-term Self-Assessment"; font: 8pt 'DejaVu Sans'; color:#555 }}
  @bottom-right {{ content: "Page " counter(page); font: 8pt 'DejaVu Sans'; color:#555 }} }}
body {{ font-family: 'DejaVu Sans'; font-size: 9.5pt; line-height: 1.45; color:#222 }}
.band {{ background:#0b3954; color:#fff; padding: 18pt 20pt; margin-bottom: 14pt }}
.band h1 {{ margin:0; font-size: 19pt; font-weight: normal }}
h2 {{ font-size: 12pt; color:#0b3954; margin: 16pt 0 4pt 0 }}
.st {{ font-size: 9pt; font-weight: bold; margin-left: 8pt; letter-spacing: 1px }}
.sub {{ font-weight:bold; margin: 6pt 0 0 0 }} ul {{ margin: 2pt 0 }}
.more {{ font-style: italic; color:#555 }} table.meta td {{ padding: 1pt 10pt 1pt 0 }}
</style></head><body>
<div class="band"><p style="margin:0;font-size:10pt">New Zealand Government</p>
<h1>New Zealand's Fourth National Action Plan 2023&ndash;2025<br>Mid-term Self-Assessment Report</h1></div>
<table class="meta"><tr><td>Prepared by</td><td>Te Kawa Mataaho Public Service Commission</td></tr>
<tr><td>Period covered</td><td>1 January 2024 to 30 June 2025</td></tr>
<tr><td>Date submitted</td><td>14 August 2025</td></tr></table>
<h2 style="color:#222">About this report</h2>
<p>This mid-term self-assessment reports on the progress of the five commitments in New Zealand's Fourth National Action Plan. It was prepared with input from lead agencies and the Expert Advisory Panel, and a draft was open for public comment from 1 to 21 July 2025. Each commitment heading is followed by its overall level of completion: not started, limited, substantial or completed.</p>
{''.join(body)}
<h2 style="color:#222">Next steps</h2>
<p>Agencies will continue implementation until the end of the action plan period. Development of New Zealand's fifth National Action Plan will begin in early 2026.</p>
</body></html>"""
    pdf = render(name, html_)
    part = {"agency": "Te Kawa Mataaho Public Service Commission",
            "plan": {"country": "New Zealand", "plan_number": 4},
            "period": {"start": "2024-01-01", "end": "2025-06-30", "label": None},
            "submitted": "2025-08-14",
            "entries": entries}
    write_gold(name, pdf, "en", "progress_report", part)


# ---------------------------------------------------------------------------
# 3. Paraguay - IRM Informe de resultados with summary table
# ---------------------------------------------------------------------------
def doc3():
    name = "py-irm-informe-resultados"
    C = [
        ("1", "Datos abiertos de contrataciones en salud", "Completo", "complete", "Marginal"),
        ("2", "Portales de transparencia municipal", "Sustancial", "substantial", "No cambió"),
        ("3", "Participación ciudadana en el ciclo presupuestario", "Limitado", "limited", "Marginal"),
        ("4", "Acceso a la información ambiental", "No iniciado", "not_started", "No cambió"),
        ("5", "Registro administrativo de beneficiarios finales", "Sustancial", "substantial", "Significativo"),
        ("6", "Justicia abierta: publicación de sentencias", "Completo", "complete", "Significativo"),
    ]
    anal = {
        "1": "La Dirección Nacional de Contrataciones Públicas publicó en formato abierto la totalidad de las compras del Ministerio de Salud Pública y Bienestar Social. El MRI considera que el compromiso fue implementado en su totalidad, aunque su uso por parte de la ciudadanía aún es reducido.",
        "2": "Cuarenta y dos municipios habilitaron portales de transparencia con información presupuestaria actualizada. Quedaron pendientes las capacitaciones previstas para funcionarios municipales del interior del país.",
        "3": "El Ministerio de Economía y Finanzas realizó dos audiencias públicas, pero no se creó el mecanismo permanente de consulta previsto en el plan.",
        "4": "Según el Ministerio del Ambiente y Desarrollo Sostenible, la falta de presupuesto impidió iniciar las actividades. No se encontró evidencia de avances.",
        "5": "La Abogacía del Tesoro habilitó el registro y la consulta pública de datos básicos. Falta la publicación en formato de datos abiertos.",
        "6": "La Corte Suprema de Justicia publica desde 2023 las sentencias de todas las instancias en un buscador de libre acceso, con datos personales protegidos.",
    }
    rows = "".join(f"<tr><td class='n'>{n}</td><td>{E(t)}</td><td>{s}</td><td>{o}</td></tr>" for n, t, s, _, o in C)
    secs = "".join(
        f"<h3>Compromiso {n}. {E(t)}</h3><p class='lvl'>Nivel de cumplimiento: <b>{s}</b> &nbsp;|&nbsp; ¿Abrió el gobierno?: {o}</p><p>{E(anal[n])}</p>"
        for n, t, s, _, o in C)
    html_ = f"""<!doctype html><html><head><meta charset="utf-8"><style>
@page {{ size: Letter; margin: 2.5cm 2.2cm;
  @top-right {{ content: "Mecanismo de Revisión Independiente (MRI): Informe de resultados de Paraguay 2022-2024"; font: italic 7.5pt 'Nimbus Sans'; color:#666 }}
  @bottom-center {{ content: counter(page); font: 9pt 'Nimbus Sans' }} }}
@page :first {{ @top-right {{ content: none }} @bottom-center {{ content: none }} }}
body {{ font-family: 'Nimbus Sans'; font-size: 10pt; line-height: 1.4 }}
.cover {{ break-after: page; padding-top: 5cm }}
.cover h1 {{ font-size: 30pt; color:#d9531e; margin: 0 }}
.cover h2 {{ font-size: 18pt; font-weight: normal; margin: 6pt 0 }}
h2 {{ color:#d9531e; font-size: 14pt }} h3 {{ font-size: 11pt; margin: 12pt 0 2pt 0; color:#333 }}
table {{ border-collapse: collapse; width: 100%; font-size: 9.5pt }}
th {{ background:#d9531e; color:#fff; text-align:left; padding: 5pt }}
td {{ padding: 5pt; vertical-align: top }} tr:nth-child(even) td {{ background:#f6e3da }}
td.n {{ width: 1cm; text-align:center }} .lvl {{ margin: 0; color:#444 }}
</style></head><body>
<div class="cover"><p style="font-size:11pt;color:#666">Open Government Partnership &middot; Mecanismo de Revisión Independiente</p>
<h1>Informe de resultados:<br>Paraguay 2022&ndash;2024</h1>
<h2>Quinto Plan de Acción Nacional de Gobierno Abierto</h2>
<p style="margin-top:6cm">Fecha de publicación: 12 de febrero de 2025</p></div>
<h2>Resumen</h2>
<p>El quinto plan de acción de Paraguay incluyó seis compromisos. Este informe evalúa su implementación entre el 1 de septiembre de 2022 y el 31 de agosto de 2024, así como sus resultados tempranos. Dos compromisos se completaron, dos alcanzaron un nivel de cumplimiento sustancial, uno tuvo avances limitados y uno no se inició.</p>
<p><b>Tabla 1. Nivel de cumplimiento y resultados tempranos por compromiso</b></p>
<table><tr><th>N.º</th><th>Compromiso</th><th>Nivel de cumplimiento</th><th>¿Abrió el gobierno?</th></tr>{rows}</table>
<p style="font-size:8.5pt;color:#555">Fuente: elaboración del MRI a partir de la revisión documental y entrevistas con las partes interesadas.</p>
<h2>Sección I: Implementación de los compromisos</h2>
{secs}
<h2>Sección II: Proceso multiactor</h2>
<p>La Mesa Conjunta de Gobierno Abierto se reunió en once ocasiones durante el período de implementación. Las organizaciones de la sociedad civil valoraron la publicación periódica de las actas, aunque señalaron que la participación de las instituciones responsables fue irregular.</p>
</body></html>"""
    pdf = render(name, html_)
    entries = []
    for n, t, s, st, o in C:
        entries.append(entry(n, st))
        entries[-1]["_anchor"] = ["Tabla 1. Nivel de cumplimiento", anal[n]]
    part = {"agency": "Mecanismo de Revisión Independiente (MRI)",
            "plan": {"country": "Paraguay", "plan_number": 5},
            "period": {"start": "2022-09-01", "end": "2024-08-31", "label": None},
            "submitted": "2025-02-12",
            "entries": entries}
    write_gold(name, pdf, "es", "progress_report", part)


# ---------------------------------------------------------------------------
# 4. Argentina - IRM Informe de resultados, two columns, no table
# ---------------------------------------------------------------------------
def doc4():
    name = "ar-irm-informe-resultados-2col"
    C = [
        ("1", "Transparencia en la obra pública", "complete",
         "<p><b>Nivel de cumplimiento: Completo.</b> El Ministerio de Obras Públicas publicó en el portal Mapa de Inversiones la información de las 4.800 obras financiadas por el Estado nacional, con datos georreferenciados y actualizados mensualmente.</p><p>Las organizaciones consultadas destacaron la calidad de los datos, aunque advirtieron que el portal no permite descargar la información histórica anterior a 2020.</p>"),
        ("2", "Participación ciudadana en la política de cuidados", "substantial",
         "<p>El compromiso alcanzó un nivel de cumplimiento <b>sustancial</b>. Se realizaron foros federales en 18 provincias y se elaboró un documento de recomendaciones. Sin embargo, la mesa de seguimiento prevista para el cierre del plan no llegó a constituirse.</p>"),
        ("3", "Acceso a la información sobre violencia de género", "limited",
         "<p><b>Nivel de cumplimiento: Limitado.</b> Se publicó un primer conjunto de datos sobre llamadas a la Línea 144, pero no se avanzó en la integración de los registros provinciales, que constituía el núcleo del compromiso.</p>"),
        ("4", "Apertura de datos del sistema de salud", "not_started",
         "<p>De acuerdo con la información relevada, este compromiso <b>no se inició</b>. El Ministerio de Salud informó al MRI que la reestructuración del área responsable impidió comenzar las actividades previstas.</p>"),
        ("6", "Justicia abierta: datos de causas judiciales", "substantial",
         "<p>La Corte Suprema de Justicia de la Nación publicó estadísticas trimestrales de causas en trámite y resueltas para todos los fueros federales. El compromiso preveía además un conjunto de datos sobre duración de los procesos, que se encontraba en etapa de prueba al cierre del plan.</p><p>El MRI valora el nivel de cumplimiento como <b>sustancial</b>. Las organizaciones consultadas señalaron que es la primera vez que el Poder Judicial participa con un compromiso propio.</p>"),
        ("7", "Transparencia en el financiamiento de la política", "limited",
         "<p><b>Nivel de cumplimiento: Limitado.</b> La Cámara Nacional Electoral incorporó a su sitio los informes de campaña de las elecciones de 2023 en formato abierto, pero no se publicaron los aportes de las campañas provinciales ni se realizaron las mesas de trabajo con partidos políticos previstas en el compromiso.</p>"),
        ("5", "Congreso abierto: seguimiento legislativo", "complete",
         "<p>El MRI considera que el compromiso se <b>completó</b> en su totalidad: la Honorable Cámara de Diputados de la Nación habilitó un sistema de seguimiento de proyectos de ley con datos abiertos y publicó las versiones taquigráficas de todas las comisiones.</p>"),
    ]
    C.sort(key=lambda c: int(c[0]))
    secs = "".join(f"<h3>Compromiso {n}: {E(t)}</h3>{h}" for n, t, _, h in C)
    html_ = f"""<!doctype html><html><head><meta charset="utf-8"><style>
@page {{ size: A4; margin: 2cm 1.8cm 2.2cm 1.8cm;
  @bottom-left {{ content: "Informe de resultados: Argentina 2022-2024"; font: 7.5pt 'Liberation Sans'; color:#777 }}
  @bottom-right {{ content: counter(page); font: bold 8pt 'Liberation Sans'; color:#1b6ca8 }} }}
body {{ font-family: 'Liberation Sans'; font-size: 9.5pt; line-height: 1.4; text-align: justify }}
.head {{ border-left: 8px solid #1b6ca8; padding-left: 12pt; margin-bottom: 14pt }}
.head h1 {{ font-size: 22pt; margin: 0; color:#1b6ca8 }}
.cols {{ column-count: 2; column-gap: 0.8cm }}
h2 {{ font-size: 12pt; color:#1b6ca8; margin: 8pt 0 4pt 0; break-after: avoid }}
h3 {{ font-size: 10pt; margin: 10pt 0 2pt 0; break-after: avoid; text-align:left }}
p {{ margin: 0 0 5pt 0 }}
.box {{ background:#e8f1f8; padding: 6pt 8pt; break-inside: avoid }}
</style></head><body>
<div class="head"><p style="margin:0;color:#555">Mecanismo de Revisión Independiente (MRI) &middot; Versión para comentarios públicos &middot; Mayo 2025</p>
<h1>Informe de resultados: Argentina 2022&ndash;2024</h1>
<p style="margin:2pt 0 0 0;font-size:12pt">Quinto Plan de Acción Nacional de Gobierno Abierto</p></div>
<div class="cols">
<h2>Introducción</h2>
<p>El Mecanismo de Revisión Independiente (MRI) de la Alianza para el Gobierno Abierto evalúa el diseño y la implementación de los planes de acción de los países miembros. Este informe analiza los resultados del quinto plan de acción de Argentina, implementado entre el 1 de septiembre de 2022 y el 31 de agosto de 2024.</p>
<div class="box"><p><b>Hallazgos principales.</b> De los siete compromisos del plan, dos se completaron, dos alcanzaron un cumplimiento sustancial, dos tuvieron un avance limitado y uno no se inició. Los compromisos con mayor nivel de apertura fueron los de obra pública y Congreso abierto.</p></div>
<p>La evaluación se basa en la revisión de documentos oficiales, en el tablero de seguimiento de la Subsecretaría de Innovación y en entrevistas con funcionarios y organizaciones de la sociedad civil realizadas entre septiembre y noviembre de 2024.</p>
<h2>Sección I. Análisis de los compromisos</h2>
{secs}
<h2>Sección II. Proceso multiactor</h2>
<p>La Mesa Nacional de Gobierno Abierto mantuvo reuniones bimestrales durante todo el ciclo. La sociedad civil participó en la priorización de los compromisos y en el seguimiento de su implementación, aunque señaló demoras en la publicación de los informes de avance.</p>
<p>Durante el período evaluado se produjeron cambios en la estructura de varios ministerios, lo que obligó a redefinir los puntos de contacto de cuatro compromisos. A pesar de ello, la Subsecretaría mantuvo actualizado el tablero público de seguimiento, que registra las evidencias presentadas por cada institución.</p>
<p>Las organizaciones de la sociedad civil valoraron positivamente la apertura de la convocatoria a nuevas organizaciones del interior del país, aunque recomendaron prever financiamiento para su participación presencial en las reuniones de la Mesa.</p>
<h2>Sección III. Recomendaciones</h2>
<p>A partir de los hallazgos de este informe, el MRI formula las siguientes recomendaciones para el próximo ciclo de cocreación:</p>
<p>1. Asegurar que cada compromiso cuente con un responsable institucional con capacidad de decisión y con presupuesto asignado.</p>
<p>2. Definir desde el diseño indicadores de resultado verificables, además de los indicadores de actividad.</p>
<p>3. Dar continuidad a los compromisos no finalizados que mantienen relevancia, en particular los vinculados a datos de salud y financiamiento de la política.</p>
<h2>Anexo. Metodología</h2>
<p>El MRI evalúa el nivel de cumplimiento de cada compromiso en cuatro categorías: no iniciado, limitado, sustancial y completo. La evaluación considera la evidencia publicada por el gobierno, la información proporcionada por las organizaciones de la sociedad civil y las entrevistas realizadas por el investigador del MRI. Los borradores de este informe fueron revisados por el Panel Internacional de Expertos del MRI.</p>
<p>El MRI recomienda incorporar presupuesto específico para cada compromiso y definir indicadores de resultado verificables desde la etapa de diseño del próximo plan.</p>
</div></body></html>"""
    pdf = render(name, html_)
    entries = []
    for n, t, st, h in C:
        entries.append(entry(n, st))
        entries[-1]["_anchor"] = t
    part = {"agency": "Mecanismo de Revisión Independiente (MRI)",
            "plan": {"country": "Argentina", "plan_number": 5},
            "period": {"start": "2022-09-01", "end": "2024-08-31", "label": None},
            "submitted": None,
            "entries": entries}
    write_gold(name, pdf, "es", "progress_report", part)


# ---------------------------------------------------------------------------
# 5. Ireland - narrative action plan, unnumbered coloured headings, bullets
# ---------------------------------------------------------------------------
def doc5():
    name = "ie-nap3-narrative"
    DPER = "Department of Public Expenditure, NDP Delivery and Reform"
    C = [
        cm("1", "Strengthening the Lobbying Register", ["Standards in Public Office Commission"], [
            ms("1.1", "Publish revised guidance on the definition of designated public officials (Q2 2024)", due("Q2 2024", 2024, 2024)),
            ms("1.2", "Introduce a searchable open data extract of the Register of Lobbying (Q4 2024)", due("Q4 2024", 2024, 2024)),
            ms("1.3", "Review the operation of the Regulation of Lobbying Act 2015 and publish the findings (Q3 2025)", due("Q3 2025", 2025, 2025)),
        ], supporting=sup([DPER], ["Transparency International Ireland"]),
           problem={"problem": "The Register of Lobbying is difficult to search and analyse, and lobbying of officials below senior grades is not always captured.",
                    "solution": "We will improve the quality and accessibility of lobbying data and review whether the scope of the legislation needs to change."}),
        cm("2", "Open Data for Public Services", [DPER], [
            ms("2.1", "Adopt a National Open Data Strategy 2024–2027 (Q1 2024)", due("Q1 2024", 2024, 2024)),
            ms("2.2", "Publish high-value datasets identified under the EU Open Data Directive on data.gov.ie (Q4 2024)", due("Q4 2024", 2024, 2024)),
            ms("2.3", "Hold two open data engagement events with data users each year (2024–2025)", due("2024–2025", 2024, 2025)),
        ], supporting=sup(["Central Statistics Office", "Local Government Management Agency"], []),
           problem={"problem": "Many public bodies hold valuable data that is not published or is published in formats that are hard to reuse.",
                    "solution": "A new national strategy will set clear targets for publishing high-value data and involve data users in deciding priorities."}),
        cm("3", "Citizen Participation in Climate Action", ["Department of the Environment, Climate and Communications"], [
            ms("3.1", "Establish a National Dialogue on Climate Action youth assembly (Q2 2024)", due("Q2 2024", 2024, 2024)),
            ms("3.2", "Run regional climate conversations in all four provinces (Q4 2024)", due("Q4 2024", 2024, 2024)),
            ms("3.3", "Publish a report showing how the views gathered informed the Climate Action Plan 2025 (Q2 2025)", due("Q2 2025", 2025, 2025)),
        ], supporting=sup([], ["Irish Environmental Network", "National Youth Council of Ireland"]),
           problem={"problem": "People often feel that their views are not taken into account when climate policy is made.",
                    "solution": "We will create structured opportunities for citizens, including young people, to shape the annual Climate Action Plan and report back on how their input was used."}),
        cm("4", "Transparent Public Appointments", ["Public Appointments Service"], [
            ms("4.1", "Publish diversity data on applicants to State boards annually (Q1 2024)", due("Q1 2024", 2024, 2024)),
            ms("4.2", "Launch an online portal listing all upcoming State board vacancies (Q3 2024)", due("Q3 2024", 2024, 2024)),
        ], supporting=sup([DPER], []),
           problem={"problem": "Information on State board vacancies and the people who apply for them is scattered and incomplete.",
                    "solution": "All vacancies will be advertised in one place and diversity data will be published each year."}),
    ]
    body = []
    for c in C:
        s = c["supporting"]
        body.append(f'<div class="c"><h2>{E(c["title"])}</h2>')
        body.append(f'<p class="lbl"><span>Lead:</span> {E(c["lead"][0])}</p>')
        if s["government"]:
            body.append(f'<p class="lbl"><span>Government partners:</span> {E("; ".join(s["government"]))}</p>')
        if s["civil_society"]:
            body.append(f'<p class="lbl"><span>Civil society partners:</span> {E("; ".join(s["civil_society"]))}</p>')
        body.append(f'<h4>What is the problem?</h4><p>{E(c["problem"]["problem"])}</p>')
        body.append(f'<h4>What is the solution?</h4><p>{E(c["problem"]["solution"])}</p>')
        body.append('<h4>Milestones</h4><ul>' + "".join(f"<li>{E(m['text'])}</li>" for m in c["milestones"]) + '</ul></div>')
    html_ = f"""<!doctype html><html><head><meta charset="utf-8"><style>
@page {{ size: A4; margin: 2.3cm 2.3cm 2.5cm 2.3cm;
  @bottom-center {{ content: counter(page); font: 9pt 'URW Gothic'; color:#00704a }} }}
@page :first {{ @bottom-center {{ content: none }} }}
body {{ font-family: 'C059'; font-size: 10.5pt; line-height: 1.4 }}
.cover {{ height: 24cm; break-after: page; background: #00704a; color: #fff; padding: 3cm 1.5cm 0 1.5cm; box-sizing: border-box }}
.cover h1 {{ font-family:'URW Gothic'; font-size: 28pt; line-height:1.2; margin: 0 0 1cm 0 }}
h2 {{ font-family:'URW Gothic'; font-size: 17pt; color:#00704a; margin: 20pt 0 6pt 0; font-weight: bold }}
h4 {{ font-family:'URW Gothic'; font-size: 10.5pt; margin: 8pt 0 2pt 0; color:#444 }}
p {{ margin: 2pt 0 }} .lbl span {{ font-weight: bold; font-family:'URW Gothic'; color:#00704a }}
ul {{ margin: 2pt 0 }} li {{ margin-bottom: 2pt }} .c {{ break-inside: auto }}
</style></head><body>
<div class="cover"><p style="font-size:12pt">Rialtas na hÉireann | Government of Ireland</p>
<h1>Open Government Partnership<br>Ireland's Third National Action Plan<br>2024&ndash;2025</h1>
<p style="font-size:12pt">Department of Public Expenditure, NDP Delivery and Reform</p></div>
<h2 style="color:#222">Foreword</h2>
<p>Ireland joined the Open Government Partnership in 2014. This third National Action Plan was developed with the Open Government Forum, which brings together public servants and civil society representatives. Its commitments focus on lobbying transparency, open data, climate participation and public appointments.</p>
<p>Each commitment below sets out the problem it addresses, the solution proposed, the bodies responsible and the milestones by which progress will be measured. Progress will be reported on gov.ie every six months.</p>
{''.join(body)}
</body></html>"""
    pdf = render(name, html_)
    part = {"country": "Ireland", "plan_number": 3, "period": {"start": 2024, "end": 2025},
            "title": "Ireland's Third National Action Plan 2024–2025",
            "participants": {"government": [], "civil_society": []},
            "commitments": C}
    warn = [{"page": None, "code": "milestone_number_inferred",
             "message": "milestones are unnumbered bullets; numbered by position"}]
    write_gold(name, pdf, "en", "action_plan", part, warn)


# ---------------------------------------------------------------------------
# 6. Philippines - narrative action plan, bold unnumbered headings, lead in prose,
#    short milestone table with lead agency column
# ---------------------------------------------------------------------------
def doc6():
    name = "ph-nap6-narrative"
    C = [
        ("Budget Transparency through the Open Budget Portal", "Department of Budget and Management (DBM)",
         "This commitment will be led by the Department of Budget and Management (DBM).",
         "Citizens find it hard to follow how the national budget is spent, because releases and disbursement data are published late and in PDF files.",
         [("Publish monthly allotment and disbursement data in machine-readable format", "DBM", "December 2023", 2023, 2023),
          ("Launch the redesigned Open Budget Portal with a citizen's budget module", "DBM", "June 2024", 2024, 2024),
          ("Conduct budget literacy sessions with civil society in 15 regions", "DBM", "Q3 2024 – Q2 2025", 2024, 2025)]),
        ("Participatory Audit of Local Infrastructure Projects", "Commission on Audit (COA)",
         "The Commission on Audit (COA) is the lead agency for this commitment and will work with partner civil society organisations in each audit.",
         "Local infrastructure projects are often delayed or of poor quality, and communities have few channels to report problems to auditors.",
         [("Select pilot provinces and partner civil society organisations", "COA", "March 2024", 2024, 2024),
          ("Conduct citizen participatory audits of 30 farm-to-market roads", "COA", "April 2024 – March 2025", 2024, 2025),
          ("Publish the audit reports and agency action plans online", "COA", "June 2025", 2025, 2025)]),
        ("Freedom of Information in Local Government", "Presidential Communications Office (PCO)",
         "Implementation will be led by the Presidential Communications Office (PCO), through the FOI Project Management Office.",
         "Only a minority of local government units have adopted freedom of information ordinances, so access to local records depends on the goodwill of officials.",
         [("Develop a model FOI ordinance for provinces, cities and municipalities", "PCO", "December 2023", 2023, 2023),
          ("Provide technical assistance to 100 local government units adopting FOI ordinances", "Department of the Interior and Local Government", "2024–2025", 2024, 2025),
          ("Onboard adopting local government units to the eFOI portal", "PCO", "December 2025", 2025, 2025)]),
    ]
    commitments = []
    body = []
    for i, (title, lead, leadtxt, prob, rows) in enumerate(C, 1):
        mss = [ms(f"{i}.{k}", t, due(d, s, e), [l]) for k, (t, l, d, s, e) in enumerate(rows, 1)]
        commitments.append(cm(str(i), title, [lead], mss, problem={"problem": prob}))
        trs = "".join(f"<tr><td>{E(t)}</td><td class='l'>{E(l)}</td><td class='d'>{E(d)}</td></tr>" for t, l, d, s, e in rows)
        body.append(f"""<h2>{E(title)}</h2>
<p>{E(leadtxt)}</p>
<p class="q">What problem does this commitment address?</p><p>{E(prob)}</p>
<table><tr><th>Milestone</th><th>Lead agency</th><th>Completion date</th></tr>{trs}</table>""")
    html_ = f"""<!doctype html><html><head><meta charset="utf-8"><style>
@page {{ size: Letter; margin: 1in;
  @top-center {{ content: "Philippine Open Government Partnership | Sixth National Action Plan 2023-2025"; font: 8pt 'P052'; color:#14386b }}
  @bottom-center {{ content: "- " counter(page) " -"; font: 9pt 'P052' }} }}
body {{ font-family: 'P052'; font-size: 10.5pt; line-height: 1.4 }}
h1 {{ font-size: 20pt; color:#14386b; text-align:center; margin: 0 }}
h2 {{ font-size: 15pt; font-weight: bold; color:#14386b; margin: 22pt 0 4pt 0 }}
.q {{ font-weight: bold; color:#14386b; margin: 6pt 0 0 0 }} p {{ margin: 3pt 0 }}
table {{ width: 100%; border-collapse: collapse; margin-top: 8pt; font-size: 9.5pt }}
th, td {{ border: 0.75pt solid #14386b; padding: 4pt 6pt; text-align: left; vertical-align: top }}
th {{ background: #dbe4f0 }} td.d {{ width: 3.6cm }} td.l {{ width: 4.2cm }}
</style></head><body>
<p style="text-align:center;font-size:10pt;margin:0">Republic of the Philippines</p>
<h1>Philippine Open Government Partnership<br>Sixth National Action Plan 2023&ndash;2025</h1>
<p style="text-align:center;margin-bottom:16pt">Philippines</p>
<h2 style="color:#000;font-size:12pt">Introduction</h2>
<p>The Philippines is a founding member of the Open Government Partnership. This Sixth National Action Plan was co-created by the PH-OGP Steering Committee through regional consultations held between February and June 2023. Its commitments respond to the priorities raised by citizens in those consultations: budget transparency, participatory audit and freedom of information at the local level.</p>
{''.join(body)}
<h2 style="color:#000;font-size:12pt">Monitoring and evaluation</h2>
<p>The PH-OGP Secretariat will monitor implementation quarterly and publish progress reports on the PH-OGP website.</p>
</body></html>"""
    pdf = render(name, html_)
    part = {"country": "Philippines", "plan_number": 6, "period": {"start": 2023, "end": 2025},
            "title": "Philippine Open Government Partnership Sixth National Action Plan 2023–2025",
            "participants": {"government": [], "civil_society": []},
            "commitments": commitments}
    warn = [{"page": None, "code": "milestone_number_inferred",
             "message": "milestones are unnumbered table rows; numbered by position"}]
    write_gold(name, pdf, "en", "action_plan", part, warn)


# ---------------------------------------------------------------------------
# 7. Guatemala - designed action plan with commitment cards, dd/mm/yyyy dates
# ---------------------------------------------------------------------------
def doc7():
    name = "gt-plan-accion-fichas"
    C = [
        cm("1", "Transparencia en las compras públicas de medicamentos",
           ["Ministerio de Finanzas Públicas (MINFIN)"], [
            ms("1.1", "Diseñar el módulo de consulta ciudadana de precios de medicamentos en Guatecompras", due("01/07/2025 - 31/12/2025", 2025, 2025)),
            ms("1.2", "Publicar en datos abiertos las adquisiciones del Ministerio de Salud Pública y Asistencia Social", due("01/01/2026 - 30/06/2026", 2026, 2026)),
            ms("1.3", "Realizar cuatro talleres de uso de datos con organizaciones de sociedad civil", due("01/03/2026 - 31/03/2027", 2026, 2027)),
           ], supporting=sup(["Ministerio de Salud Pública y Asistencia Social", "Contraloría General de Cuentas"],
                             ["Acción Ciudadana", "Red Ciudadana"], []),
           period={"start": 2025, "end": 2027},
           problem={"problem": "La ciudadanía no puede comparar los precios a los que el Estado compra medicamentos, lo que facilita sobreprecios.",
                    "causes": "La información de compras se publica de forma dispersa y en formatos que no permiten su análisis.",
                    "solution": "Publicar los precios de compra de medicamentos en un módulo de consulta y en formato de datos abiertos."}),
        cm("2", "Participación ciudadana en los Consejos de Desarrollo",
           ["Secretaría de Coordinación Ejecutiva de la Presidencia (SCEP)"], [
            ms("2.1", "Elaborar una guía metodológica de participación en los Consejos Municipales de Desarrollo", due("01/08/2025 - 28/02/2026", 2025, 2026)),
            ms("2.2", "Capacitar a representantes comunitarios de 50 municipios", due("01/03/2026 - 31/12/2026", 2026, 2026)),
            ms("2.3", "Publicar las actas de los Consejos Departamentales de Desarrollo en el portal de la SCEP", due("01/01/2026 - 30/06/2027", 2026, 2027)),
           ], supporting=sup(["Secretaría de Planificación y Programación de la Presidencia"],
                             ["Asociación de Investigación y Estudios Sociales (ASIES)"],
                             ["Programa de las Naciones Unidas para el Desarrollo (PNUD)"]),
           period={"start": 2025, "end": 2027},
           problem={"problem": "La participación de la población en la priorización de la inversión pública local es limitada.",
                    "causes": "Los representantes comunitarios desconocen los procedimientos de los Consejos y las actas no son públicas.",
                    "solution": "Fortalecer las capacidades de los representantes comunitarios y publicar las actas de los Consejos."}),
        cm("3", "Acceso a la información pública en municipalidades",
           ["Secretaría de Acceso a la Información Pública de la Procuraduría de los Derechos Humanos"], [
            ms("3.1", "Actualizar el sistema de monitoreo del cumplimiento de la Ley de Acceso a la Información Pública", due("01/07/2025 - 31/01/2026", 2025, 2026)),
            ms("3.2", "Publicar un ranking anual de cumplimiento de las municipalidades", due("01/02/2026 - 30/04/2026", 2026, 2026)),
           ], supporting=sup(["Instituto de Fomento Municipal (INFOM)"], ["Congreso Transparente"], []),
           period={"start": 2025, "end": 2026},
           problem={"problem": "Muchas municipalidades no publican la información pública de oficio que exige la ley.",
                    "causes": "No existe un seguimiento sistemático del cumplimiento en el nivel municipal.",
                    "solution": "Medir y publicar el cumplimiento de cada municipalidad para promover mejoras."}),
    ]
    per = {"1": "julio 2025 – junio 2027", "2": "agosto 2025 – junio 2027", "3": "julio 2025 – abril 2026"}
    cards = []
    for c in C:
        s = c["supporting"]
        def cell(xs):
            return "<br>".join(E(x) for x in xs) if xs else "-"
        hit = "".join(
            f"<tr><td class='n'>{m['number'].split('.')[1]}</td><td>{E(m['text'])}</td><td>{m['due']['raw'].split(' - ')[0]}</td><td>{m['due']['raw'].split(' - ')[1]}</td></tr>"
            for m in c["milestones"])
        p = c["problem"]
        cards.append(f"""<div class="card"><div class="ch"><span>Compromiso {c['number']}</span>{E(c['title'])}</div>
<table class="f"><tr><th>Institución responsable</th><td>{E(c['lead'][0])}</td></tr>
<tr><th>Período de implementación</th><td>{per[c['number']]}</td></tr>
<tr><th>¿Cuál es el problema que el compromiso busca resolver?</th><td>{E(p['problem'])}</td></tr>
<tr><th>¿Cuáles son las causas del problema?</th><td>{E(p['causes'])}</td></tr>
<tr><th>¿Qué solución propone?</th><td>{E(p['solution'])}</td></tr></table>
<p class="t">Actores de apoyo</p>
<table class="s"><tr><th>Gobierno</th><th>Sociedad civil</th><th>Otros actores</th></tr>
<tr><td>{cell(s['government'])}</td><td>{cell(s['civil_society'])}</td><td>{cell(s['other'])}</td></tr></table>
<p class="t">Hitos</p>
<table class="h"><tr><th>No.</th><th>Hito</th><th>Fecha de inicio</th><th>Fecha de finalización</th></tr>{hit}</table></div>""")
    html_ = f"""<!doctype html><html><head><meta charset="utf-8"><style>
@page {{ size: Letter; margin: 1.8cm 1.8cm 2cm 1.8cm;
  @bottom-center {{ content: "Página " counter(page); font: 8pt 'Nimbus Sans Narrow'; color:#4a6fa5 }} }}
@page :first {{ @bottom-center {{ content: none }} }}
body {{ font-family: 'Nimbus Sans Narrow', 'Nimbus Sans'; font-size: 10.5pt; line-height: 1.3 }}
.cover {{ height: 23.5cm; break-after: page; background: linear-gradient(#4a6fa5, #223a5e); color:#fff; padding: 5cm 1.5cm 0 1.5cm; box-sizing: border-box }}
.cover h1 {{ font-size: 30pt; margin: 0 0 10pt 0 }}
.card {{ border: 1.5pt solid #4a6fa5; border-radius: 6pt; margin: 0 0 16pt 0; padding: 0 0 8pt 0; break-inside: auto }}
.ch {{ background:#4a6fa5; color:#fff; font-size: 13pt; font-weight: bold; padding: 6pt 10pt }}
.ch span {{ display:block; font-size: 9pt; font-weight: normal; text-transform: uppercase }}
table {{ border-collapse: collapse; width: calc(100% - 16pt); margin: 6pt 8pt 0 8pt; font-size: 9.5pt }}
table.f th {{ width: 5.5cm; text-align: left; vertical-align: top; color:#223a5e; padding: 3pt; border-bottom: 0.5pt solid #c8d3e6 }}
table.f td {{ padding: 3pt; border-bottom: 0.5pt solid #c8d3e6 }}
table.s th, table.h th {{ background:#dfe7f3; padding: 3pt; text-align:left; border: 0.5pt solid #8aa2c8 }}
table.s td, table.h td {{ padding: 3pt; border: 0.5pt solid #8aa2c8; vertical-align: top }}
td.n {{ width: 0.8cm; text-align:center }} .t {{ margin: 8pt 8pt 0 8pt; font-weight: bold; color:#223a5e }}
</style></head><body>
<div class="cover"><p style="font-size:13pt">GOBIERNO DE LA REPÚBLICA DE GUATEMALA</p>
<h1>Sexto Plan de Acción Nacional de Gobierno Abierto 2025&ndash;2027</h1>
<p style="font-size:14pt">Guatemala</p>
<p style="margin-top:7cm;font-size:11pt">Comisión Presidencial por la Transparencia y el Gobierno Electrónico<br>Guatemala, junio de 2025</p></div>
<h2 style="color:#223a5e">Presentación</h2>
<p>El Sexto Plan de Acción Nacional de Gobierno Abierto fue elaborado de manera conjunta por instituciones públicas y organizaciones de sociedad civil en el marco de la Mesa Técnica de Gobierno Abierto. Contiene tres compromisos orientados a la transparencia en compras de medicamentos, la participación en los Consejos de Desarrollo y el acceso a la información en las municipalidades.</p>
<h2 style="color:#223a5e">Compromisos</h2>
{''.join(cards)}
</body></html>"""
    pdf = render(name, html_)
    part = {"country": "Guatemala", "plan_number": 6, "period": {"start": 2025, "end": 2027},
            "title": "Sexto Plan de Acción Nacional de Gobierno Abierto 2025–2027",
            "participants": {"government": [], "civil_society": []},
            "commitments": C}
    write_gold(name, pdf, "es", "action_plan", part)


# ---------------------------------------------------------------------------
# 8. Spain - designed action plan, boxes, "trimestre" and month dates
# ---------------------------------------------------------------------------
def doc8():
    name = "es-plan-gobierno-abierto-v"
    C = [
        cm("1", "Reforma de la Ley de Transparencia", ["Ministerio para la Transformación Digital y de la Función Pública"], [
            ms("1.1", "Consulta pública previa sobre el anteproyecto de ley (II trimestre 2025)", due("II trimestre 2025", 2025, 2025)),
            ms("1.2", "Aprobación del anteproyecto por el Consejo de Ministros (IV trimestre 2025)", due("IV trimestre 2025", 2025, 2025)),
            ms("1.3", "Remisión del proyecto de ley a las Cortes Generales (II trimestre 2026)", due("II trimestre 2026", 2026, 2026)),
           ], period={"start": 2025, "end": 2026}),
        cm("2", "Registro de grupos de interés", ["Oficina de Conflictos de Intereses"], [
            ms("2.1", "Puesta en marcha del Registro de Grupos de Interés de la Administración General del Estado (I trimestre 2026)", due("I trimestre 2026", 2026, 2026)),
            ms("2.2", "Publicación de las agendas de los altos cargos en formato reutilizable (III trimestre 2026)", due("III trimestre 2026", 2026, 2026)),
           ], period={"start": 2025, "end": 2027}),
        cm("3", "Participación ciudadana en la elaboración normativa", ["Ministerio de la Presidencia, Justicia y Relaciones con las Cortes"], [
            ms("3.1", "Habilitar un espacio único de participación en el Portal de la Transparencia", due("junio 2026", 2026, 2026)),
            ms("3.2", "Elaborar una guía de participación para los departamentos ministeriales", due("diciembre 2026", 2026, 2026)),
            ms("3.3", "Publicar un informe anual sobre el uso de las aportaciones recibidas", due("marzo 2027 – marzo 2028", 2027, 2028)),
           ], period={"start": 2025, "end": 2028}),
        cm("4", "Observatorio de Gobierno Abierto", ["Dirección General de Gobernanza Pública"], [
            ms("4.1", "Constitución del Observatorio con participación de la sociedad civil y la academia (30/09/2025)", due("30/09/2025", 2025, 2025)),
            ms("4.2", "Publicación del primer informe de evaluación del V Plan (31/12/2027)", due("31/12/2027", 2027, 2027)),
           ], period={"start": 2025, "end": 2029}),
    ]
    vig = {"1": "2025-2026", "2": "2025-2027", "3": "2025-2028", "4": "2025-2029"}
    desc = {
        "1": "Se modificará la Ley 19/2013 de transparencia, acceso a la información pública y buen gobierno para ampliar el ámbito de la publicidad activa y reforzar la autoridad independiente de control.",
        "2": "Se creará un registro obligatorio de grupos de interés y se publicarán las reuniones de los altos cargos con dichos grupos.",
        "3": "Se mejorarán los trámites de consulta pública y audiencia e información pública para que la ciudadanía pueda conocer cómo se han tenido en cuenta sus aportaciones.",
        "4": "Se creará un órgano de seguimiento independiente que evalúe el grado de cumplimiento de los compromisos del plan.",
    }
    boxes = []
    for c in C:
        n = c["number"]
        if n == "3":
            ml = ("<table class='m'><tr><th>Meta</th><th>Fecha prevista</th></tr>" +
                  "".join(f"<tr><td>{E(m['text'])}</td><td>{E(m['due']['raw'])}</td></tr>" for m in c["milestones"]) +
                  "</table>")
        else:
            ml = "<ul>" + "".join(f"<li><b>Hito {m['number'].split('.')[1]}.</b> {E(m['text'])}</li>" for m in c["milestones"]) + "</ul>"
        boxes.append(f"""<div class="box"><h2><span class="num">Compromiso {n}</span> {E(c['title'])}</h2>
<p><span class="l">Órgano responsable:</span> {E(c['lead'][0])}</p>
<p><span class="l">Vigencia:</span> {vig[n]}</p>
<p><span class="l">Descripción:</span> {E(desc[n])}</p>
<p class="l" style="margin-top:6pt">{'Metas' if n == '3' else 'Hitos'}</p>{ml}</div>""")
    html_ = f"""<!doctype html><html><head><meta charset="utf-8"><style>
@page {{ size: A4; margin: 2.4cm 2cm 2.2cm 2cm;
  @top-left {{ content: "V Plan de Acción Nacional de Gobierno Abierto 2025-2029"; font: 7.5pt 'URW Bookman'; color:#8a1c2b }}
  @top-right {{ content: "Gobierno de España"; font: 7.5pt 'URW Bookman'; color:#8a1c2b }}
  @bottom-right {{ content: counter(page) " / " counter(pages); font: 8pt 'URW Bookman' }} }}
body {{ font-family: 'URW Bookman'; font-size: 9.5pt; line-height: 1.4 }}
h1 {{ font-size: 19pt; color:#8a1c2b; margin: 0 0 4pt 0 }}
.box {{ border-left: 6pt solid #f2b705; background:#fbf6e9; padding: 6pt 12pt; margin: 14pt 0; break-inside: avoid }}
h2 {{ font-size: 12.5pt; color:#8a1c2b; margin: 2pt 0 6pt 0 }}
.num {{ display:inline-block; background:#8a1c2b; color:#fff; font-size: 8.5pt; padding: 1pt 5pt; margin-right: 4pt; vertical-align: middle }}
.l {{ font-weight: bold; color:#5a1220 }} p {{ margin: 2pt 0 }} ul {{ margin: 2pt 0; padding-left: 16pt }}
table.m {{ border-collapse: collapse; width: 100%; margin-top: 4pt }}
table.m th {{ text-align:left; border-bottom: 1.2pt solid #8a1c2b; padding: 3pt }}
table.m td {{ padding: 3pt; border-bottom: 0.4pt solid #d9c9a3 }}
</style></head><body>
<p style="color:#666;margin:0">Ministerio para la Transformación Digital y de la Función Pública</p>
<h1>V Plan de Acción Nacional de Gobierno Abierto<br>de España 2025&ndash;2029</h1>
<p style="font-size:11pt;color:#666;margin-bottom:12pt">España &middot; Alianza para el Gobierno Abierto</p>
<p>El V Plan de Acción Nacional de Gobierno Abierto ha sido elaborado en el seno del Foro de Gobierno Abierto, órgano paritario en el que participan las administraciones públicas y la sociedad civil. El plan se estructura en compromisos, cada uno con su órgano responsable, su vigencia y los hitos que permitirán medir su cumplimiento.</p>
{''.join(boxes)}
<p style="margin-top:14pt">El seguimiento del plan se realizará a través del Portal de la Transparencia, donde se publicarán semestralmente los avances de cada compromiso.</p>
</body></html>"""
    pdf = render(name, html_)
    part = {"country": "España", "plan_number": 5, "period": {"start": 2025, "end": 2029},
            "title": "V Plan de Acción Nacional de Gobierno Abierto de España 2025–2029",
            "participants": {"government": [], "civil_society": []},
            "commitments": C}
    warn = [{"page": None, "code": "milestone_number_inferred",
             "message": "commitment 3 metas are unnumbered table rows; numbered by position"}]
    write_gold(name, pdf, "es", "action_plan", part, warn)


if __name__ == "__main__":
    for f in (doc1, doc2, doc3, doc4, doc5, doc6, doc7, doc8):
        f()
