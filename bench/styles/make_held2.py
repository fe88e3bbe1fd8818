#!/usr/bin/env python3
"""The second held-out batch of hand-written documents (session of
2026-12-07, second half): written before the readers were changed for the
layouts the first held-out batch missed, and only ever measured, so that a
fix made on the development documents is measured on documents it was not
made on. usage: make_held2.py OUTDIR"""
import os

# make_dev.py renders its own documents when run; only its helpers are taken.
src = open(os.path.join(os.path.dirname(__file__), "make_dev.py"), encoding="utf-8").read()
src = src[: src.index("for make in (")]
ns = {"__name__": "helpers"}
exec(compile(src, "make_dev.py", "exec"), ns)
E, chromium, gold, due, commitment = ns["E"], ns["chromium"], ns["gold"], ns["due"], ns["commitment"]


# ---- J1. "Commitment N:" headings, a lead line, milestones as a numbered list ----
TZ = [
    ("Open Data for Agriculture", "Ministry of Agriculture", [
        ("Publish crop production statistics by district as open data", ("June 2023", 2023)),
        ("Open the national fertiliser subsidy register", ("December 2023", 2023)),
        ("Hold quarterly data clinics with farmer organisations", ("June 2024", 2024)),
    ]),
    ("Transparency in Extractive Industries", "Tanzania Extractive Industries Transparency Initiative", [
        ("Publish all mining licences and contracts online", ("March 2024", 2024)),
        ("Establish a beneficial ownership register for licence holders", ("December 2024", 2024)),
    ]),
    ("Access to Legal Aid", "Ministry of Constitutional and Legal Affairs", [
        ("Register paralegals in every region", ("September 2023", 2023)),
        ("Launch a free legal aid helpline", ("March 2024", 2024)),
        ("Publish an annual report on legal aid cases", ("December 2024", 2024)),
    ]),
]


def make_tz():
    body = """<p style="font-size:12pt; text-align:center">THE UNITED REPUBLIC OF TANZANIA</p>
<p style="font-size:19pt; font-weight:bold; text-align:center">Third National Action Plan<br>2023&ndash;2025</p>
<p style="text-align:center">Open Government Partnership</p>
<h2 style="font-size:14pt">Introduction</h2>
<p>This third plan was co-created by government and civil society over six months of consultations in all
regions. It holds three commitments, each with a lead institution and dated milestones.</p>"""
    commitments = []
    for k, (title, lead, ms) in enumerate(TZ, 1):
        body += f'<h2 style="font-size:14pt">Commitment {k}: {E(title)}</h2>\n'
        body += f"<p><b>Lead institution:</b> {E(lead)}</p>\n"
        body += "<p>Rationale: the commitment responds to demands raised in the consultations.</p>\n"
        body += "<p><b>Milestones</b></p><ol>\n"
        for t, (raw, _) in ms:
            body += f"<li>{E(t)} &ndash; {raw}</li>\n"
        body += "</ol>\n"
        # Text as printed (the spec), its date with it.
        commitments.append(commitment(str(k), title, [lead], [(f"{t} \u2013 {d[0]}", d) for t, d in ms]))
    chromium("tz-nap3-commitment-lists", body)
    gold("tz-nap3-commitment-lists", "action_plan", {"country": "Tanzania", "plan_number": 3,
                                                     "period": {"start": 2023, "end": 2025},
                                                     "commitments": commitments}, "en")


# ---- J2. Roman-numbered themes, "1.1." commitments, an activity table each ----
GE = [
    ("I", "Public Service Delivery", [
        ("1.1", "Unified Portal of Public Services", "Public Service Development Agency", [
            ("Move twenty municipal services to the unified portal", ("2023", 2023)),
            ("Survey user satisfaction and publish the results", ("2024", 2024)),
        ]),
        ("1.2", "Accessible Services for Persons with Disabilities", "Ministry of Health", [
            ("Audit the accessibility of service halls", ("2023", 2023)),
            ("Adapt the portal to screen readers", ("2024", 2024)),
            ("Train front-office staff in sign language basics", ("2024", 2024)),
        ]),
    ]),
    ("II", "Integrity", [
        ("2.1", "Open Register of Political Party Finances", "State Audit Office", [
            ("Publish party financial reports in machine-readable format", ("2023", 2023)),
            ("Add donation search by donor and party", ("2024", 2024)),
        ]),
    ]),
]


def make_ge():
    body = """<p style="font-size:20pt; font-weight:bold">Georgia</p>
<p style="font-size:16pt">Open Government Partnership Fifth National Action Plan 2023&ndash;2024</p>
<p>The Open Government Inter-Agency Council approved this plan after public consultations in the regions.</p>"""
    commitments = []
    for sn, sname, items in GE:
        body += f'<h1 style="font-size:15pt">{sn}. {E(sname)}</h1>\n'
        for cn, title, lead, ms in items:
            body += f'<h2 style="font-size:12.5pt">{cn}. {E(title)}</h2>\n'
            body += f"<p>Implementing agency: {E(lead)}</p>\n"
            body += ('<table border="1" style="border-collapse:collapse; width:100%" cellpadding="4">'
                     "<tr><th>#</th><th>Activity</th><th>Timeframe</th><th>Indicator</th></tr>\n")
            for k, (t, (raw, _)) in enumerate(ms, 1):
                body += f"<tr><td>{k}</td><td>{E(t)}</td><td>{raw}</td><td>Report published</td></tr>\n"
            body += "</table>\n"
            commitments.append(commitment(cn, title, [lead], ms))
    chromium("ge-nap5-activity-tables", body)
    gold("ge-nap5-activity-tables", "action_plan", {"country": "Georgia", "plan_number": 5,
                                                    "period": {"start": 2023, "end": 2024},
                                                    "commitments": commitments}, "en")


# ---- J3. A mid-term self-assessment, one table, the status as a word ----
LR = [("1.1", "Completed", "complete"), ("1.2", "Substantial", "substantial"), ("2.1", "Limited", "limited"),
      ("2.2", "Not started", "not_started"), ("3.1", "Substantial", "substantial"), ("3.2", "Completed", "complete")]


def make_lr():
    rows = "".join(f"<tr><td>{n}</td><td>Milestone {n} as set out in the action plan</td><td>{w}</td>"
                   "<td>Minutes of the steering committee</td></tr>\n" for n, w, _ in LR)
    body = f"""<p style="font-size:17pt; font-weight:bold">Republic of Liberia</p>
<p style="font-size:14pt">Mid-Term Self-Assessment Report<br>Second National Action Plan 2020&ndash;2022</p>
<p>The Ministry of Information, Cultural Affairs and Tourism prepared this report with the Open Government
Partnership Steering Committee.</p>
<table border="1" style="border-collapse:collapse; width:100%" cellpadding="4">
<tr><th>Milestone</th><th>Description</th><th>Status</th><th>Evidence</th></tr>
{rows}</table>"""
    chromium("lr-nap2-mid-term-table", body)
    gold("lr-nap2-mid-term-table", "progress_report", {
        "plan": {"country": "Liberia", "plan_number": 2}, "report_type": "self_assessment",
        "entries": [{"milestone": n, "status": s, "evidence": ["Minutes of the steering committee"]}
                    for n, _, s in LR]}, "en")


# ---- J4. A Spanish plan, "Compromiso N –", a table of milestones with start and end ----
CO = [
    ("Transparencia en el sistema de salud", "Ministerio de Salud y Protección Social", [
        ("Publicar los precios de medicamentos en datos abiertos", ("enero 2023", "diciembre 2023", 2023)),
        ("Crear un observatorio ciudadano del gasto en salud", ("marzo 2023", "junio 2024", 2024)),
    ]),
    ("Participación juvenil en el desarrollo local", "Consejería Presidencial para la Juventud", [
        ("Conformar consejos de juventud en cien municipios", ("febrero 2023", "noviembre 2023", 2023)),
        ("Publicar informes de seguimiento de los consejos", ("enero 2024", "diciembre 2024", 2024)),
        ("Evaluar la participación juvenil con las organizaciones", ("julio 2024", "diciembre 2024", 2024)),
    ]),
]


def make_co():
    body = """<p style="font-size:19pt; font-weight:bold; text-align:center">Quinto Plan de Acción Nacional de
Gobierno Abierto de Colombia</p>
<p style="font-size:14pt; text-align:center">2023&ndash;2025</p>
<p>El plan fue construido con la sociedad civil en mesas regionales de cocreación.</p>"""
    commitments = []
    for k, (title, lead, ms) in enumerate(CO, 1):
        body += f'<h2 style="font-size:13pt">Compromiso {k} &ndash; {E(title)}</h2>\n'
        body += f"<p><b>Entidad líder:</b> {E(lead)}</p>\n"
        body += ('<table border="1" style="border-collapse:collapse; width:100%" cellpadding="4">'
                 "<tr><th>Hito</th><th>Fecha de inicio</th><th>Fecha de término</th></tr>\n")
        for t, (start, end, _) in ms:
            body += f"<tr><td>{E(t)}</td><td>{start}</td><td>{end}</td></tr>\n"
        body += "</table>\n"
        commitments.append(commitment(str(k), title, [lead], [(t, (end, y)) for t, (_, end, y) in ms]))
    chromium("co-nap5-hitos-es", body)
    gold("co-nap5-hitos-es", "action_plan", {"country": "Colombia", "plan_number": 5,
                                             "period": {"start": 2023, "end": 2025},
                                             "commitments": commitments}, "es")


# ---- J5. An end-of-term self-assessment, the level marked with an "X" ----
ZA = [("1", "complete"), ("2", "limited"), ("3", "substantial"), ("4", "not_started"), ("5", "complete")]


def make_za():
    levels = [("not_started", "Not Started"), ("limited", "Limited"), ("substantial", "Substantial"),
              ("complete", "Complete")]
    head = "".join(f"<th>{w}</th>" for _, w in levels)
    rows = ""
    for n, s in ZA:
        marks = "".join(f"<td style='text-align:center'>{'X' if s == k else ''}</td>" for k, _ in levels)
        rows += f"<tr><td>Commitment {n}</td>{marks}</tr>\n"
    body = f"""<p style="font-size:18pt; font-weight:bold">Republic of South Africa</p>
<p style="font-size:14pt">Fourth National Action Plan &ndash; End-of-Term Self-Assessment Report</p>
<p>The Department of Public Service and Administration reports on the completion of each commitment.</p>
<table border="1" style="border-collapse:collapse; width:100%" cellpadding="4">
<tr><th>Commitment</th>{head}</tr>
{rows}</table>"""
    chromium("za-nap4-end-of-term-x", body)
    gold("za-nap4-end-of-term-x", "progress_report", {
        "plan": {"country": "South Africa", "plan_number": 4}, "report_type": "self_assessment",
        "entries": [{"milestone": n, "status": s} for n, s in ZA]}, "en")


# ---- J6. A minister's letter endorsing a plan ----
def make_letter_en():
    body = """<p style="text-align:right">Ministry of Public Administration<br>Vilnius, 3 March 2023</p>
<p>To: Open Government Partnership Support Unit</p>
<p><b>Subject: Endorsement of the Third National Action Plan</b></p>
<p>Dear colleagues,</p>
<p>I am pleased to confirm that the Government has endorsed the third national action plan for 2023&ndash;2025.
The plan sets out eleven commitments agreed with civil society. We look forward to working with you on its
implementation.</p>
<p>Yours sincerely,</p>
<p style="margin-top:14mm">Minister of Public Administration</p>"""
    chromium("lt-letter-endorsement", body)
    gold("lt-letter-endorsement", "other", None, "en")


for make in (make_tz, make_ge, make_lr, make_co, make_za, make_letter_en):
    make()
print("written to", ns["OUT"])
