#!/usr/bin/env python3
"""Documents written by hand in the styles of real OGP documents that the
readers had not been written for (issue 17: narrative plans with lettered
parts and drawn bullets, a two-column designed plan, self-assessments with
and without a status table, a covering letter, a Spanish plan and a Spanish
IRM report), printed by headless Chromium, each with its gold. The readers
were then fixed on these: they are the development half; make_held.py
writes the held-out half. usage: make_dev.py OUTDIR (needs chromium)"""
import html
import json
import os
import subprocess
import sys
import tempfile

OUT = sys.argv[1]
os.makedirs(OUT, exist_ok=True)
E = html.escape


def chromium(name, body, css=""):
    page = f"""<!doctype html><html><head><meta charset="utf-8"><style>
@page {{ size: A4; margin: 22mm 20mm 22mm 20mm; }}
body {{ font-family: 'Liberation Serif', serif; font-size: 11pt; line-height: 1.35; }}
{css}</style></head><body>{body}</body></html>"""
    with tempfile.TemporaryDirectory() as tmp:
        src = os.path.join(tmp, name + ".html")
        with open(src, "w", encoding="utf-8") as f:
            f.write(page)
        subprocess.run(["chromium", "--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                        "--no-pdf-header-footer", f"--user-data-dir={tmp}/c",
                        f"--print-to-pdf={os.path.join(OUT, name + '.pdf')}", "file://" + src],
                       check=True, capture_output=True, timeout=180)


def gold(name, kind, part, language):
    d = {"schema": "ogpx/1", "source": {"file": name + ".pdf", "language": [language]}, "kind": kind}
    if part is not None:
        d[kind] = part
    with open(os.path.join(OUT, name + ".gold.json"), "w", encoding="utf-8") as f:
        json.dump(d, f, ensure_ascii=False, indent=1)


def due(raw, start, end=None):
    return {"raw": raw, "start": start, "end": end or start}


def commitment(number, title, lead, milestones):
    return {"number": number, "title": title, "lead": lead, "milestones": [
        {"number": f"{number}.{k}", "text": t, "due": due(*d) if d else None} for k, (t, d) in enumerate(milestones, 1)]}


def table(head, rows):
    """A bordered table: a header row (none when `head` is empty), then `rows`."""
    out = '<table border="1" style="border-collapse:collapse; width:100%" cellpadding="4">'
    if head:
        out += "<tr>" + "".join(f"<th>{h}</th>" for h in head) + "</tr>\n"
    for r in rows:
        out += "<tr>" + "".join(f"<td>{c}</td>" for c in r) + "</tr>\n"
    return out + "</table>\n"


# ---- 1. A narrative plan: cover, contents, "1." headings under lettered parts ----
GH = [
    ("Open Contracting in Public Procurement", "Public Procurement Authority", [
        ("Publish all contract awards above the national threshold in the Open Contracting Data Standard.",
         ("December 2021", 2021)),
        ("Train procurement officers of twenty district assemblies on the e-procurement system.", ("June 2022", 2022)),
        ("Hold two public hearings each year on the findings of procurement audits.", ("2022", 2022)),
    ]),
    ("Beneficial Ownership Register", "Office of the Registrar of Companies", [
        ("Amend the companies regulations to require disclosure of beneficial owners.", ("March 2022", 2022)),
        ("Launch a free public search portal of the beneficial ownership register.", ("December 2022", 2022)),
        ("Link the register to licensing in the extractive sector.", ("June 2023", 2023)),
    ]),
    ("Right to Information Implementation", "Right to Information Commission", [
        ("Appoint information officers in every ministry, department and agency.", ("September 2021", 2021)),
        ("Publish an annual report on requests received, granted and refused.", ("2022", 2022)),
    ]),
    ("Citizen Participation in Local Budgets", "Ministry of Local Government and Rural Development", [
        ("Adopt guidelines for participatory budgeting in metropolitan assemblies.", ("June 2022", 2022)),
        ("Publish the budgets of all assemblies in open formats on one portal.", ("December 2022", 2022)),
        ("Evaluate the pilot with civil society and publish the evaluation.", ("June 2023", 2023)),
    ]),
]


def make_gh():
    parts = [("A", "Transparency", GH[:2]), ("B", "Accountability and Participation", GH[2:])]
    body = """<div style="text-align:center; margin-top:60mm">
<p style="font-size:16pt; font-weight:bold">REPUBLIC OF GHANA</p>
<p style="font-size:22pt; font-weight:bold; margin-top:18mm">Open Government Partnership</p>
<p style="font-size:20pt">Third National Action Plan</p>
<p style="font-size:16pt">2021 &ndash; 2023</p>
<p style="margin-top:40mm">Prepared by the OGP Steering Committee, Accra</p></div>
<div style="page-break-before:always"></div>
<h2 style="font-size:14pt">Contents</h2>
<p>Foreword ........................................................ 2<br>Part A: Transparency ........................................... 3<br>
Part B: Accountability and Participation ......................... 4</p>
<h2 style="font-size:14pt">Foreword</h2>
<p>Ghana joined the Open Government Partnership in 2011 and has since carried out two action plans. This third
plan was co-created over eight months with more than 40 civil society organisations and 12 public bodies. It
contains 4 commitments grouped in two parts. Each commitment names a lead agency responsible for its delivery and
the milestones by which progress will be measured.</p>
<p>The OGP Steering Committee will publish a progress report every six months.</p>
"""
    commitments = []
    k = 0
    for letter, name, items in parts:
        body += f'<h1 style="font-size:16pt; color:#1f4e79; page-break-before:always">Part {letter}: {E(name)}</h1>\n'
        for title, lead, ms in items:
            k += 1
            n = str(k)
            body += f'<h2 style="font-size:13pt; font-weight:bold">{k}. {E(title)}</h2>\n'
            body += (f"<p>This commitment addresses a gap identified during the consultations: {E(title.lower())} "
                     "has been uneven across government, and citizens have asked for clear and regular information."
                     "</p>\n")
            body += f"<p><b>Lead agency:</b> {E(lead)}</p>\n<p><b>Milestones</b></p>\n<ul>\n"
            for t, (raw, _) in ms:
                body += f"<li>{E(t)} ({E(raw)})</li>\n"
            body += "</ul>\n"
            commitments.append(commitment(n, title, [lead], ms))
    chromium("gh-nap3-narrative", body, "h1,h2 { font-family: 'Liberation Sans', sans-serif; }")
    gold("gh-nap3-narrative", "action_plan", {"country": "Ghana", "plan_number": 3,
                                              "period": {"start": 2021, "end": 2023}, "template": "narrative",
                                              "commitments": commitments}, "en")


# ---- 2. A designed plan in two columns, unnumbered coloured headings ----
CA = [
    ("Open Science Data", "Department of Innovation, Science and Economic Development", [
        ("Publish a federal open science roadmap.", ("Fall 2022", 2022)),
        ("Make the data of federally funded research available in a common repository.", ("Spring 2024", 2024)),
    ]),
    ("Digital Accessibility of Public Services", "Treasury Board Secretariat", [
        ("Adopt an accessibility standard for all federal websites.", ("Winter 2023", 2023)),
        ("Report publicly on the accessibility of the fifty most used services.", ("Fall 2023", 2023)),
        ("Test new online services with people with disabilities before launch.", ("Spring 2024", 2024)),
    ]),
    ("Fiscal Transparency", "Department of Finance", [
        ("Publish tax expenditure data in a searchable open format.", ("Summer 2023", 2023)),
        ("Release quarterly spending by programme on the open government portal.", ("Winter 2024", 2024)),
    ]),
]


def make_ca():
    body = """<p style="font-size:11pt; color:#666">Government of Canada</p>
<p style="font-size:26pt; font-weight:bold; color:#a50f15; line-height:1.1">Canada's 2022&ndash;24 Action Plan on Open Government</p>
<p style="font-size:12pt">Fifth national action plan under the Open Government Partnership</p>
<div style="columns:2; column-gap:9mm; margin-top:10mm">
<p>Canada has been a member of the Open Government Partnership since 2012. This plan, developed with the
Multi-Stakeholder Forum, sets out 3 commitments. Progress will be reported through the open government portal.</p>
"""
    commitments = []
    for k, (title, lead, ms) in enumerate(CA, 1):
        body += f'<p style="font-size:15pt; font-weight:bold; color:#a50f15; margin-top:6mm; font-family:\'Liberation Sans\'">{E(title)}</p>\n'
        body += (f"<p>Canadians expect {E(title.lower())} to be the norm. This commitment builds on earlier work and on "
                 "what we heard during the engagement period.</p>\n")
        body += f"<p><b>Lead department:</b> {E(lead)}</p>\n<p><b>Milestones</b></p><ul>\n"
        for t, (raw, _) in ms:
            body += f"<li>{E(t)} ({E(raw)})</li>\n"
        body += "</ul>\n"
        commitments.append(commitment(str(k), title, [lead], ms))
    body += "</div>"
    chromium("ca-nap5-two-column", body, "body { font-family: 'DejaVu Sans', sans-serif; font-size: 9.5pt; }")
    gold("ca-nap5-two-column", "action_plan", {"country": "Canada", "plan_number": 5,
                                               "period": {"start": 2022, "end": 2024}, "template": "narrative",
                                               "commitments": commitments}, "en")


# ---- 3. An end-of-term self-assessment with a status table ----
PH = [
    ("1.1", "Publish the national budget in open data formats", "complete", "The budget was published on the portal."),
    ("1.2", "Hold regional budget forums with civil society", "substantial", "Eleven of fourteen forums were held."),
    ("2.1", "Adopt the freedom of information manual in all agencies", "limited", "Thirty agencies adopted the manual."),
    ("2.2", "Launch an online freedom of information request portal", "complete", "The portal went live in May."),
    ("3.1", "Create a participatory audit programme with civil society", "not_started", "Funding was not released."),
]
STATUS_WORDS = {"complete": "Completed", "substantial": "Substantial", "limited": "Limited",
                "not_started": "Not started"}


def make_ph():
    rows = "".join(f"<tr><td>{n}</td><td>{E(t)}</td><td>{STATUS_WORDS[s]}</td><td>{E(r)}</td></tr>\n"
                   for n, t, s, r in PH)
    body = f"""<p style="text-align:center; font-size:18pt; font-weight:bold">Philippines Open Government Partnership</p>
<p style="text-align:center; font-size:15pt">End-of-Term Self-Assessment Report<br>Fifth National Action Plan 2019&ndash;2022</p>
<p>This report presents the completion of each milestone of the Philippines' fifth national action plan at the end of
its implementation period, as assessed by the Philippine Open Government Partnership steering committee on the
basis of evidence submitted by the implementing agencies.</p>
<p><b>Summary of completion</b></p>
<table border="1" style="border-collapse:collapse; width:100%" cellpadding="4">
<tr style="background:#ddd"><th>No.</th><th>Milestone</th><th>Level of completion</th><th>Results</th></tr>
{rows}</table>
<p>Submitted 15 August 2022.</p>"""
    chromium("ph-nap5-end-of-term", body)
    gold("ph-nap5-end-of-term", "progress_report", {
        "plan": {"country": "Philippines", "plan_number": 5}, "submitted": "2022-08-15", "report_type": "self_assessment",
        "entries": [{"milestone": n, "status": s, "results": r} for n, t, s, r in PH]}, "en")


# ---- 4. A mid-term self-assessment in prose, no status table ----
def make_ie():
    items = [("1", "Open Data Strategy", "substantial"), ("2", "Lobbying Register Reform", "limited"),
             ("3", "Open Contracting", "complete")]
    body = """<p style="font-size:20pt; font-weight:bold">Ireland</p>
<p style="font-size:16pt">Mid-Term Self-Assessment Report on the Second National Action Plan 2016&ndash;2018</p>
<p>This self-assessment describes the progress of each commitment at the middle of the plan's period. It was
published for public comment for four weeks.</p>"""
    entries = []
    for n, title, s in items:
        body += f'<h2 style="font-size:13pt">Commitment {n}: {E(title)}</h2>\n'
        body += (f"<p>Work on this commitment continued during the first year. Its level of completion at mid-term "
                 f"is '{STATUS_WORDS[s]}'. The lead department met the civil society working group three times.</p>\n")
        entries.append({"milestone": n, "status": s})
    chromium("ie-nap2-mid-term", body)
    gold("ie-nap2-mid-term", "progress_report", {"plan": {"country": "Ireland", "plan_number": 2},
                                                 "report_type": "self_assessment", "entries": entries}, "en")


# ---- 5. A covering letter ----
def make_letter():
    body = """<p style="text-align:right">Ministry of Public Administration<br>Ljubljana, 3 March 2023</p>
<p>Mr Sanjay Pradhan<br>Chief Executive Officer<br>Open Government Partnership Support Unit<br>Washington, DC</p>
<p>Dear Mr Pradhan,</p>
<p>On behalf of the Government of the Republic of Slovenia I have the honour to submit our third National Action
Plan 2023&ndash;2025. The plan was adopted by the Government on 1 March 2023 after a public consultation of six
weeks and contains eight commitments on transparency, participation and integrity.</p>
<p>We look forward to continued cooperation with the Support Unit and the Independent Reporting Mechanism.</p>
<p>Yours sincerely,</p>
<p style="margin-top:14mm">Minister of Public Administration</p>"""
    chromium("si-letter-submitting-plan", body)
    gold("si-letter-submitting-plan", "other", None, "en")


# ---- 6. A Spanish plan with tables per commitment ----
CR = [
    ("Apertura de datos de obra pública", "Ministerio de Obras Públicas y Transportes", [
        ("Publicar el inventario de obras públicas en formato abierto.", ("06/2020", 2020)),
        ("Desarrollar un visor geográfico de proyectos de infraestructura.", ("12/2020", 2020)),
        ("Capacitar a gobiernos locales en el uso del visor.", ("06/2021", 2021)),
    ]),
    ("Participación ciudadana en la gestión ambiental", "Ministerio de Ambiente y Energía", [
        ("Crear un mecanismo de consulta pública sobre proyectos con impacto ambiental.", ("03/2021", 2021)),
        ("Publicar los resultados de cada consulta en línea.", ("09/2021", 2021)),
    ]),
    ("Transparencia en la contratación de personal público", "Dirección General de Servicio Civil", [
        ("Publicar todos los concursos de personal en un solo portal.", ("12/2020", 2020)),
        ("Publicar estadísticas anuales de nombramientos por institución.", ("12/2021", 2021)),
    ]),
]


def make_cr():
    body = """<div style="text-align:center; margin-top:50mm">
<p style="font-size:14pt">República de Costa Rica</p>
<p style="font-size:24pt; font-weight:bold">IV Plan de Acción de Estado Abierto</p>
<p style="font-size:16pt">2019 &ndash; 2022</p></div>
<div style="page-break-before:always"></div>
<p>El presente plan fue construido con la participación de instituciones públicas y organizaciones de la sociedad
civil en mesas de trabajo realizadas durante 2019. Contiene tres compromisos.</p>"""
    commitments = []
    for k, (title, lead, ms) in enumerate(CR, 1):
        body += f'<h2 style="font-size:13pt; color:#004b87">Compromiso {k}. {E(title)}</h2>\n'
        body += f"<p><b>Institución responsable:</b> {E(lead)}</p>\n"
        body += ("<p><b>Descripción:</b> El compromiso busca mejorar el acceso de la ciudadanía a la información "
                 "y su participación en las decisiones públicas.</p>\n")
        body += ('<table border="1" style="border-collapse:collapse; width:100%" cellpadding="4">'
                 '<tr style="background:#dbe5f1"><th>Hitos</th><th>Fecha de término</th></tr>\n')
        for t, (raw, _) in ms:
            body += f"<tr><td>{E(t)}</td><td>{raw}</td></tr>\n"
        body += "</table>\n"
        commitments.append(commitment(str(k), title, [lead], ms))
    chromium("cr-nap4-es", body)
    gold("cr-nap4-es", "action_plan", {"country": "Costa Rica", "plan_number": 4,
                                       "period": {"start": 2019, "end": 2022}, "commitments": commitments}, "es")


# ---- 7. A Spanish IRM progress report (narrative, no status table) ----
def make_py_irm():
    body = """<p style="font-size:12pt; color:#555">Mecanismo de Revisión Independiente (MRI)</p>
<p style="font-size:22pt; font-weight:bold">Paraguay: Informe de Avance 2018&ndash;2019</p>
<p style="font-size:13pt">Cuarto Plan de Acción Nacional de Gobierno Abierto</p>
<h2>Resumen ejecutivo</h2>
<p>El Mecanismo de Revisión Independiente (MRI) de la Alianza para el Gobierno Abierto evalúa el diseño y la
implementación de los planes de acción. Este informe cubre el primer año de implementación del cuarto plan de
Paraguay. El plan contiene diez compromisos; a la fecha, dos se han completado.</p>
<h2>Compromiso 1. Portal de datos abiertos</h2>
<p>El investigador del MRI considera que el avance del compromiso es sustancial. Se publicaron 120 conjuntos de
datos nuevos.</p>
<h2>Compromiso 2. Ley de acceso a la información</h2>
<p>El avance del compromiso es limitado: el reglamento no fue aprobado.</p>"""
    chromium("py-irm-2018-2019-es", body)
    gold("py-irm-2018-2019-es", "progress_report", {"plan": {"country": "Paraguay", "plan_number": 4},
                                                    "report_type": "irm", "entries": [
        {"milestone": "1", "status": "substantial"}, {"milestone": "2", "status": "limited"}]}, "es")


for make in (make_gh, make_ca, make_ph, make_ie, make_letter, make_cr, make_py_irm):
    make()
print("written to", OUT)
