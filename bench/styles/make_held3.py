#!/usr/bin/env python3
"""The third held-out batch of hand-written documents (session of
2026-12-07, after the second round of reader changes): written before any
further change and only ever measured. usage: make_held3.py OUTDIR"""
import os

# make_dev.py renders its own documents when run; only its helpers are taken.
src = open(os.path.join(os.path.dirname(__file__), "make_dev.py"), encoding="utf-8").read()
src = src[: src.index("for make in (")]
ns = {"__name__": "helpers"}
exec(compile(src, "make_dev.py", "exec"), ns)
E, chromium, gold, due, commitment, table = (ns["E"], ns["chromium"], ns["gold"], ns["due"], ns["commitment"],
                                             ns["table"])




# ---- L1. An agency's quarterly progress report: status words, a percentage, remarks ----
BD = [("3.1", "Completed", "complete", "100"), ("3.2", "Substantial", "substantial", "60"),
      ("3.3", "Not started", "not_started", "0"), ("4.1", "Completed", "complete", "100"),
      ("4.2", "Limited", "limited", "20")]


def make_bd():
    rows = [(n, f"Milestone {n} of the action plan", word, pct + "%", "Report of the Cabinet Division")
            for n, word, _, pct in BD]
    body = """<p style="font-size:16pt; font-weight:bold">Cabinet Division, Government of Bangladesh</p>
<p style="font-size:13pt">Quarterly Progress Report on the Third National Action Plan</p>
<p>Reporting period: July&ndash;September 2023</p>
<p>This report sets out the progress of the milestones the Cabinet Division leads.</p>"""
    body += table(["Milestone No.", "Milestone", "Status", "Progress (%)", "Means of verification"], rows)
    chromium("bd-nap3-quarterly-progress", body)
    gold("bd-nap3-quarterly-progress", "progress_report", {
        "agency": "Cabinet Division", "plan": {"country": "Bangladesh", "plan_number": 3},
        "report_type": "progress", "period": {"start": "2023-07-01", "end": "2023-09-30"},
        "entries": [{"milestone": n, "status": s, "progress_percent": int(p),
                     "evidence": ["Report of the Cabinet Division"]} for n, _, s, p in BD]}, "en")


# ---- L2. A Spanish plan: "1. Title" headings, "Responsable:" and a lettered list of dated steps ----
AR = [
    ("Datos abiertos de obra pública", "Ministerio de Obras Públicas", [
        ("Publicar el tablero de obras en ejecución", ("diciembre 2023", 2023)),
        ("Incorporar la georreferenciación de las obras", ("junio 2024", 2024)),
    ]),
    ("Transparencia en el financiamiento de la política", "Cámara Nacional Electoral", [
        ("Publicar los informes de campaña en formato abierto", ("marzo 2024", 2024)),
        ("Crear un buscador de aportantes", ("octubre 2024", 2024)),
    ]),
    ("Participación en la evaluación de políticas", "Jefatura de Gabinete de Ministros", [
        ("Diseñar una metodología de evaluación participativa", ("agosto 2023", 2023)),
        ("Aplicar la metodología en tres programas", ("mayo 2024", 2024)),
        ("Publicar los resultados de las evaluaciones", ("diciembre 2024", 2024)),
    ]),
]


def make_ar():
    body = """<p style="font-size:20pt; font-weight:bold">Quinto Plan de Acción Nacional de Gobierno Abierto</p>
<p style="font-size:14pt">República Argentina &middot; 2022&ndash;2024</p>
<p>El plan reúne compromisos elaborados en mesas de trabajo con la sociedad civil.</p>"""
    commitments = []
    for k, (title, lead, ms) in enumerate(AR, 1):
        body += f'<p style="font-size:13pt; font-weight:bold; margin-top:5mm">{k}. {E(title)}</p>\n'
        body += f"<p><b>Responsable:</b> {E(lead)}</p>\n<p><b>Hitos</b></p>\n"
        printed = []
        for j, (t, (raw, y)) in enumerate(ms):
            letter = "abcdefg"[j]
            body += f"<p style='margin-left:8mm'>{letter}) {E(t)} ({raw})</p>\n"
            printed.append((f"{t} ({raw})", (raw, y)))
        commitments.append(commitment(str(k), title, [lead], printed))
    chromium("ar-nap5-lettered-hitos-es", body)
    gold("ar-nap5-lettered-hitos-es", "action_plan", {"country": "Argentina", "plan_number": 5,
                                                      "period": {"start": 2022, "end": 2024},
                                                      "commitments": commitments}, "es")


# ---- L3. Each commitment a small table of its own: label rows, milestones in one cell ----
FI = [
    ("Plain Language in Public Administration", "Ministry of Finance", [
        ("Publish plain-language guidelines for authorities", ("2024", 2024)),
        ("Train 500 public servants in plain language", ("2025", 2025)),
    ]),
    ("Open Decision-Making in Municipalities", "Association of Local Authorities", [
        ("Pilot open council meetings in ten municipalities", ("2024", 2024)),
        ("Publish a handbook on open decision-making", ("2025", 2025)),
        ("Evaluate the pilots with residents", ("2026", 2026)),
    ]),
]


def make_fi():
    body = """<p style="font-size:18pt; font-weight:bold">Finland's Fifth Open Government Action Plan 2023&ndash;2026</p>
<p>The plan was prepared by the Ministry of Finance with the Open Government Working Group.</p>"""
    commitments = []
    for k, (title, lead, ms) in enumerate(FI, 1):
        items = "<br>".join(f"{k}.{j} {E(t)} ({raw})" for j, (t, (raw, _)) in enumerate(ms, 1))
        body += f'<h2 style="font-size:13pt">Commitment {k}</h2>\n'
        body += table([], [("<b>Title</b>", E(title)), ("<b>Responsible party</b>", E(lead)),
                           ("<b>Actions</b>", items)])
        commitments.append({"number": str(k), "title": title, "lead": [lead], "milestones": [
            {"number": f"{k}.{j}", "text": f"{t} ({d[0]})", "due": due(*d)} for j, (t, d) in enumerate(ms, 1)]})
    chromium("fi-nap5-commitment-boxes", body.replace("<tr></tr>", ""))
    gold("fi-nap5-commitment-boxes", "action_plan", {"country": "Finland", "plan_number": 5,
                                                     "period": {"start": 2023, "end": 2026},
                                                     "commitments": commitments}, "en")


# ---- L4. A mid-term report: "Commitment N" headings, the level in a two-column table ----
IT = [("1", "Open Data on Public Spending", "Limited", "limited"),
      ("2", "Register of Lobbyists", "Substantial", "substantial"),
      ("3", "Citizens' Observatories", "Complete", "complete")]


def make_it():
    body = """<p style="font-size:17pt; font-weight:bold">Italy &ndash; Fifth National Action Plan for Open Government</p>
<p style="font-size:14pt">Mid-term Self-Assessment Report</p>
<p>The Department of Public Administration reports on the implementation of the plan at mid-term.</p>"""
    for n, title, word, _ in IT:
        body += f'<h3 style="font-size:12pt">Commitment {n} &ndash; {E(title)}</h3>\n'
        body += table([], [("Completion level", word), ("Description of results",
                                                        "Activities were carried out with civil society.")])
    chromium("it-nap5-mid-term-boxes", body.replace("<tr></tr>", ""))
    gold("it-nap5-mid-term-boxes", "progress_report", {
        "plan": {"country": "Italy", "plan_number": 5}, "report_type": "self_assessment",
        "entries": [{"milestone": n, "status": s, "results": "Activities were carried out with civil society."}
                    for n, _, _, s in IT]}, "en")


# ---- L5. A decision of a government approving its plan (an order) ----
def make_order():
    body = """<p style="text-align:center; font-weight:bold; font-size:14pt">GOVERNMENT OF THE REPUBLIC OF NORTH MACEDONIA</p>
<p style="text-align:center; font-size:13pt">DECISION No. 44-1234/1</p>
<p style="text-align:center">of 12 December 2023</p>
<p>Pursuant to Article 36 of the Law on the Government, the Government at its session held on 12 December 2023
adopted the following</p>
<p style="text-align:center; font-weight:bold">DECISION<br>on adopting the Fifth National Action Plan for Open Government Partnership 2024&ndash;2026</p>
<p>1. The Fifth National Action Plan for Open Government Partnership 2024&ndash;2026 is hereby adopted.</p>
<p>2. The Ministry of Information Society and Administration shall coordinate its implementation.</p>
<p>3. This decision shall enter into force on the day of its adoption.</p>
<p style="margin-top:12mm; text-align:right">PRIME MINISTER</p>"""
    chromium("mk-decision-adopting-plan", body)
    gold("mk-decision-adopting-plan", "order", {
        "issuer": "Government of the Republic of North Macedonia", "title": "Decision", "number": "44-1234/1",
        "date": "2023-12-12", "place": None,
        "subject": "on adopting the Fifth National Action Plan for Open Government Partnership 2024\u20132026",
        "legal_basis": "Article 36 of the Law on the Government",
        "clauses": ["The Fifth National Action Plan for Open Government Partnership 2024\u20132026 is hereby adopted.",
                    "The Ministry of Information Society and Administration shall coordinate its implementation.",
                    "This decision shall enter into force on the day of its adoption."],
        "signatory": {"name": None, "position": "Prime Minister"},
        "approves": {"title": "Fifth National Action Plan for Open Government Partnership 2024\u20132026",
                     "period": {"start": 2024, "end": 2026}}}, "en")


for make in (make_bd, make_ar, make_fi, make_it, make_order):
    make()
print("written to", ns["OUT"])
