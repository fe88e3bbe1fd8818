#!/usr/bin/env python3
"""The second development batch of hand-written documents: the layouts the
first held-out batch showed the readers miss (multi-level numbered
commitments with a table of activities each, a self-assessment table with
one column per completion level, "Commitment N" headings whose milestones
are a numbered or bulleted list ending in a date, in English and Spanish),
each written differently from the held-out documents of the same kind.
The readers were fixed on these. usage: make_dev2.py OUTDIR"""
import os

# make_dev.py renders its own documents when run; only its helpers are taken.
src = open(os.path.join(os.path.dirname(__file__), "make_dev.py"), encoding="utf-8").read()
src = src[: src.index("for make in (")]
ns = {"__name__": "helpers"}
exec(compile(src, "make_dev.py", "exec"), ns)
E, chromium, gold, due, commitment, table = (ns["E"], ns["chromium"], ns["gold"], ns["due"], ns["commitment"],
                                             ns["table"])




# ---- K1. Areas "1.", commitments "1.1", a table of activities numbered "1.1.1" ----
RS = [
    ("1", "Fiscal Transparency", [
        ("1.1", "Citizens' Guide to the Budget", "Ministry of Finance", [
            ("Prepare the citizens' guide to the 2024 budget law", ("March 2024", 2024)),
            ("Present the guide in ten municipalities", ("September 2024", 2024)),
        ]),
        ("1.2", "Open Public Procurement Data", "Public Procurement Office", [
            ("Publish procurement notices in open formats", ("June 2024", 2024)),
            ("Introduce a red-flag dashboard for contracts", ("December 2024", 2024)),
            ("Train journalists to use procurement data", ("March 2025", 2025)),
        ]),
    ]),
    ("2", "Participation in Law Making", [
        ("2.1", "E-consultations on Draft Laws", "Ministry of Public Administration and Local Self-Government", [
            ("Amend the rules on public consultations", ("June 2024", 2024)),
            ("Publish all draft laws on the e-consultation portal", ("December 2024", 2024)),
        ]),
    ]),
]


def make_rs():
    body = """<p style="text-align:center; font-size:12pt">REPUBLIC OF SERBIA</p>
<p style="text-align:center; font-size:19pt; font-weight:bold">Action Plan for the Implementation of the Open
Government Partnership Initiative<br>2024&ndash;2025</p>
<p>The fourth action plan was prepared by a working group of state bodies and civil society organisations.</p>"""
    commitments = []
    for sn, sname, items in RS:
        body += f'<p style="font-size:14pt; font-weight:bold; margin-top:6mm">{sn}. {E(sname.upper())}</p>\n'
        for cn, title, lead, ms in items:
            body += f'<p style="font-size:12pt; font-weight:bold">Commitment {cn}: {E(title)}</p>\n'
            body += f"<p><i>Commitment holder:</i> {E(lead)}</p>\n"
            body += table(["Activity No.", "Activity", "Completion date", "Partners"],
                          [(f"{cn}.{k}", E(t), raw, "Civil society organisations")
                           for k, (t, (raw, _)) in enumerate(ms, 1)])
            commitments.append(commitment(cn, title, [lead], ms))
    chromium("rs-nap4-activity-tables", body)
    gold("rs-nap4-activity-tables", "action_plan", {"country": "Serbia", "plan_number": 4,
                                                    "period": {"start": 2024, "end": 2025},
                                                    "commitments": commitments}, "en")


# ---- K2. A self-assessment, milestones down, completion levels across, dots marked ----
UA = [("1.1", "substantial"), ("1.2", "complete"), ("1.3", "not_started"), ("2.1", "limited"), ("2.2", "complete")]


def make_ua():
    levels = [("not_started", "Not started"), ("limited", "Limited"), ("substantial", "Substantial"),
              ("complete", "Completed")]
    rows = [(n, "Activity as described in the action plan")
            + tuple("&#9679;" if s == k else "" for k, _ in levels) for n, s in UA]
    body = """<p style="font-size:16pt; font-weight:bold">Ukraine &middot; Open Government Partnership</p>
<p style="font-size:13pt">Self-Assessment Report on the Implementation of the Fifth Action Plan</p>
<p>The Secretariat of the Cabinet of Ministers prepared this report together with civil society.</p>
<p><b>Table 1.</b> Level of completion of the milestones</p>"""
    body += table(["No.", "Milestone", *[w for _, w in levels]], rows)
    chromium("ua-nap5-self-assessment-dots", body)
    gold("ua-nap5-self-assessment-dots", "progress_report", {
        "plan": {"country": "Ukraine", "plan_number": 5}, "report_type": "self_assessment",
        "entries": [{"milestone": n, "status": s} for n, s in UA]}, "en")


# ---- K3. "Commitment N –" headings, milestones as a numbered list, "(by <date>)" ----
ZM = [
    ("Open Local Budgets", "Ministry of Local Government and Rural Development", [
        ("Publish council budgets on the national portal", ("June 2024", 2024)),
        ("Hold budget hearings in every district", ("December 2024", 2024)),
    ]),
    ("Public Access to Court Decisions", "Judiciary of Zambia", [
        ("Digitise the judgments of the superior courts", ("March 2025", 2025)),
        ("Launch a free search service for judgments", ("September 2025", 2025)),
        ("Train court clerks in records management", ("December 2025", 2025)),
    ]),
]


def make_zm():
    body = """<p style="font-size:18pt; font-weight:bold">Republic of Zambia</p>
<p style="font-size:15pt">First National Action Plan 2024&ndash;2026</p>
<p>The plan was developed by the Open Government Partnership Multi-Stakeholder Forum.</p>"""
    commitments = []
    for k, (title, lead, ms) in enumerate(ZM, 1):
        body += f'<h3 style="font-size:13pt">Commitment {k} &ndash; {E(title)}</h3>\n'
        body += f"<p>Responsible institution: {E(lead)}</p>\n"
        body += "<p>Activities:</p><ol>\n"
        for t, (raw, _) in ms:
            body += f"<li>{E(t)} (by {raw})</li>\n"
        body += "</ol>\n"
        # Text as printed (the spec), its date with it.
        commitments.append(commitment(str(k), title, [lead], [(f"{t} (by {d[0]})", d) for t, d in ms]))
    chromium("zm-nap1-numbered-activities", body)
    gold("zm-nap1-numbered-activities", "action_plan", {"country": "Zambia", "plan_number": 1,
                                                        "period": {"start": 2024, "end": 2026},
                                                        "commitments": commitments}, "en")


# ---- K4. A Spanish plan, "Compromiso N:" headings, "Metas:" bullets ending in a date ----
PE = [
    ("Integridad en las contrataciones del Estado", "Organismo Supervisor de las Contrataciones del Estado", [
        ("Publicar los contratos de obras en formato abierto, diciembre 2022.", ("diciembre 2022", 2022)),
        ("Implementar alertas de riesgo en las contrataciones, junio 2023.", ("junio 2023", 2023)),
    ]),
    ("Acceso a la información ambiental", "Ministerio del Ambiente", [
        ("Publicar los estudios de impacto ambiental aprobados, marzo 2023.", ("marzo 2023", 2023)),
        ("Crear un registro de denuncias ambientales, septiembre 2023.", ("septiembre 2023", 2023)),
        ("Capacitar a gobiernos regionales en transparencia ambiental, diciembre 2023.",
         ("diciembre 2023", 2023)),
    ]),
]


def make_pe():
    body = """<p style="font-size:12pt; text-align:center">REPÚBLICA DEL PERÚ</p>
<p style="font-size:19pt; font-weight:bold; text-align:center">Cuarto Plan de Acción de Gobierno Abierto<br>
2022&ndash;2024</p>
<p>La Secretaría de Gobierno y Transformación Digital coordinó la elaboración del plan con la sociedad civil.</p>"""
    commitments = []
    for k, (title, lead, ms) in enumerate(PE, 1):
        body += f'<h3 style="font-size:13pt">Compromiso {k}: {E(title)}</h3>\n'
        body += f"<p>Entidad responsable: {E(lead)}</p>\n"
        body += "<p>Metas:</p><ul>\n"
        for t, _ in ms:
            body += f"<li>{E(t)}</li>\n"
        body += "</ul>\n"
        commitments.append(commitment(str(k), title, [lead], ms))
    chromium("pe-nap4-metas-es", body)
    gold("pe-nap4-metas-es", "action_plan", {"country": "Perú", "plan_number": 4,
                                             "period": {"start": 2022, "end": 2024},
                                             "commitments": commitments}, "es")


# ---- K5. Unnumbered section headings, commitments "1.1." with a lead line and bullets ----
MD = [
    ("ACCESS TO INFORMATION", [
        ("1.1.", "Proactive Publication of Public Interest Information", "State Chancellery", [
            ("Approve the list of data sets to be published by each ministry", ("June 2024", 2024)),
            ("Publish the data sets on the open data portal", ("December 2024", 2024)),
        ]),
        ("1.2.", "Access to Environmental Information", "Ministry of Environment", [
            ("Publish air quality measurements in real time", ("March 2025", 2025)),
            ("Open the register of environmental permits", ("September 2025", 2025)),
        ]),
    ]),
    ("PUBLIC INTEGRITY", [
        ("2.1.", "Integrity of Public Procurement", "Public Procurement Agency", [
            ("Publish all contract amendments on the procurement portal", ("June 2024", 2024)),
            ("Introduce integrity checks of bidders", ("June 2025", 2025)),
            ("Report annually on procurement integrity", ("December 2025", 2025)),
        ]),
    ]),
]


def make_md():
    body = """<p style="text-align:center; font-size:12pt">REPUBLIC OF MOLDOVA</p>
<p style="text-align:center; font-size:19pt; font-weight:bold">Fifth Open Government Action Plan<br>2024&ndash;2025</p>
<p>The plan was drafted by the State Chancellery with the National Participation Council.</p>"""
    commitments = []
    for sname, items in MD:
        body += f'<p style="font-size:14pt; font-weight:bold; color:#1f4e79; margin-top:6mm">{E(sname)}</p>\n'
        for cn, title, lead, ms in items:
            body += f'<p style="font-size:12pt; font-weight:bold">{cn} {E(title)}</p>\n'
            body += f"<p>Lead: {E(lead)}</p>\n<ul>\n"
            for t, (raw, _) in ms:
                body += f"<li>{E(t)} (by {raw})</li>\n"
            body += "</ul>\n"
            number = cn.rstrip(".")
            commitments.append(commitment(number, title, [lead], [(f"{t} (by {d[0]})", d) for t, d in ms]))
    chromium("md-nap5-multilevel-headings", body)
    gold("md-nap5-multilevel-headings", "action_plan", {"country": "Moldova", "plan_number": 5,
                                                        "period": {"start": 2024, "end": 2025},
                                                        "commitments": commitments}, "en")


# ---- K6. "Chapter N" sections, commitments "N.M Title", a table without a number column ----
JO = [
    ("Chapter 1", "Fiscal Openness", [
        ("1.1", "Open Budget Portal", "Ministry of Finance", [
            ("Launch the open budget portal", ("Q2 2024", 2024)),
            ("Add municipal budgets to the portal", ("Q1 2025", 2025)),
        ]),
        ("1.2", "Tax Expenditure Reporting", "Income and Sales Tax Department", [
            ("Publish the first tax expenditure report", ("Q4 2024", 2024)),
            ("Discuss the report with parliament and civil society", ("Q2 2025", 2025)),
        ]),
    ]),
    ("Chapter 2", "Public Participation", [
        ("2.1", "Youth Councils in Governorates", "Ministry of Youth", [
            ("Form youth councils in all governorates", ("Q3 2024", 2024)),
            ("Publish the councils' recommendations", ("Q3 2025", 2025)),
        ]),
    ]),
]


def make_jo():
    body = """<p style="font-size:20pt; font-weight:bold">Hashemite Kingdom of Jordan</p>
<p style="font-size:15pt">Open Government Partnership &ndash; Sixth National Action Plan 2024&ndash;2025</p>
<p>The Ministry of Planning and International Cooperation coordinated the drafting of the plan.</p>"""
    commitments = []
    for chapter, cname, items in JO:
        body += f'<h1 style="font-size:16pt">{chapter}: {E(cname)}</h1>\n'
        for cn, title, lead, ms in items:
            body += f'<h2 style="font-size:13pt">{cn} {E(title)}</h2>\n'
            body += f"<p>The lead agency is the {E(lead)}, working with civil society partners.</p>\n"
            body += table(["Activity", "Expected result", "Deadline"],
                          [(E(t), "Published report", raw) for t, (raw, _) in ms])
            commitments.append(commitment(cn, title, [], ms))
    chromium("jo-nap6-chapters", body)
    gold("jo-nap6-chapters", "action_plan", {"country": "Jordan", "plan_number": 6,
                                             "period": {"start": 2024, "end": 2025},
                                             "commitments": commitments}, "en")


for make in (make_rs, make_ua, make_zm, make_pe, make_md, make_jo):
    make()
print("written to", ns["OUT"])
