#!/usr/bin/env python3
"""The third development batch of hand-written documents: the kinds of
document the third held-out batch showed the readers miss (an agency's
quarterly progress table, commitments set out as small tables of label
rows, a cabinet's resolution approving a plan), each written differently
from the held-out document of its kind. The readers were fixed on these.
usage: make_dev3.py OUTDIR"""
import os

# make_dev.py renders its own documents when run; only its helpers are taken.
src = open(os.path.join(os.path.dirname(__file__), "make_dev.py"), encoding="utf-8").read()
src = src[: src.index("for make in (")]
ns = {"__name__": "helpers"}
exec(compile(src, "make_dev.py", "exec"), ns)
E, chromium, gold, due, table = ns["E"], ns["chromium"], ns["gold"], ns["due"], ns["table"]




# ---- M1. An agency's quarterly report: "Ref." numbers, status, per cent, evidence ----
KE = [("2.1", "Complete", "complete", "100"), ("2.2", "Substantial", "substantial", "75"),
      ("2.3", "Limited", "limited", "25"), ("5.4", "Not started", "not_started", "0")]


def make_jm():
    rows = [(n, f"Deliver milestone {n} as agreed in the plan", word, pct, "https://moj.gov.jm/ogp")
            for n, word, _, pct in KE]
    body = """<p style="font-size:15pt; font-weight:bold">Ministry of Justice</p>
<p style="font-size:13pt">Quarterly Report on the Implementation of the Second National Action Plan of Jamaica</p>
<p>Reporting period: 1 April &ndash; 30 June 2024</p>"""
    body += table(["Ref.", "Milestone", "Implementation status", "% complete", "Evidence"], rows)
    chromium("jm-nap2-quarterly-report", body)
    gold("jm-nap2-quarterly-report", "progress_report", {
        "agency": "Ministry of Justice", "plan": {"country": "Jamaica", "plan_number": 2},
        "report_type": "progress", "period": {"start": "2024-04-01", "end": "2024-06-30"},
        "entries": [{"milestone": n, "status": s, "progress_percent": int(p), "evidence": ["https://moj.gov.jm/ogp"]}
                    for n, _, s, p in KE]}, "en")


# ---- M2. Each commitment a table of label rows, its milestones one per line in a cell ----
LV = [
    ("Open Data on Public Assets", "State Chancellery", [
        ("Publish the register of state-owned real estate", ("2023", 2023)),
        ("Open the data on state company boards", ("2024", 2024)),
    ]),
    ("Youth Participation in Policy Making", "Ministry of Education and Science", [
        ("Set up a youth advisory council", ("2023", 2023)),
        ("Consult the council on every youth policy document", ("2024", 2024)),
        ("Report on the council's work", ("2025", 2025)),
    ]),
    ("Transparency of Lobbying", "Corruption Prevention and Combating Bureau", [
        ("Launch the register of lobbyists", ("2024", 2024)),
        ("Publish meetings of ministers with lobbyists", ("2025", 2025)),
    ]),
]


def make_lv():
    body = """<p style="font-size:12pt">REPUBLIC OF LATVIA</p>
<p style="font-size:18pt; font-weight:bold">Fifth National Open Government Action Plan for 2022&ndash;2025</p>
<p>The State Chancellery prepared the plan with the Memorandum Council of non-governmental organisations.</p>"""
    commitments = []
    for k, (title, lead, ms) in enumerate(LV, 1):
        items = "<br>".join(f"{E(t)} &ndash; {raw}" for t, (raw, _) in ms)
        body += f'<p style="font-size:13pt; font-weight:bold; margin-top:6mm">Commitment No. {k}</p>\n'
        body += table([], [("Name of the commitment", E(title)), ("Implementing institution", E(lead)),
                           ("Key deliverables", items)])
        commitments.append({"number": str(k), "title": title, "lead": [lead], "milestones": [
            {"number": f"{k}.{j}", "text": f"{t} \u2013 {d[0]}", "due": due(*d)} for j, (t, d) in enumerate(ms, 1)]})
    chromium("lv-nap5-commitment-tables", body)
    gold("lv-nap5-commitment-tables", "action_plan", {"country": "Latvia", "plan_number": 5,
                                                      "period": {"start": 2022, "end": 2025},
                                                      "commitments": commitments}, "en")


# ---- M3. A cabinet's resolution approving a plan ----
def make_ua_order():
    body = """<p style="text-align:center; font-weight:bold; font-size:14pt">CABINET OF MINISTERS OF UKRAINE</p>
<p style="text-align:center; font-weight:bold">RESOLUTION</p>
<p>Kyiv, 5 May 2022 &nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp; No. 512</p>
<p style="font-weight:bold">On the approval of the Action Plan for the Implementation of the Open Government Partnership
Initiative in 2022&ndash;2023</p>
<p>In accordance with Article 116 of the Constitution of Ukraine, the Cabinet of Ministers of Ukraine resolves:</p>
<p>1. To approve the Action Plan for the Implementation of the Open Government Partnership Initiative in
2022&ndash;2023, attached.</p>
<p>2. The ministries and other central executive bodies shall report on its implementation every six months.</p>
<p style="margin-top:12mm">Prime Minister of Ukraine &nbsp;&nbsp;&nbsp;&nbsp;&nbsp; D. SHMYHAL</p>"""
    chromium("ua-resolution-approving-plan", body)
    gold("ua-resolution-approving-plan", "order", {
        "issuer": "Cabinet of Ministers of Ukraine", "title": "Resolution", "number": "512",
        "date": "2022-05-05", "place": "Kyiv",
        "subject": "On the approval of the Action Plan for the Implementation of the Open Government Partnership "
                   "Initiative in 2022\u20132023",
        "legal_basis": "Article 116 of the Constitution of Ukraine",
        "clauses": ["To approve the Action Plan for the Implementation of the Open Government Partnership Initiative "
                    "in 2022\u20132023, attached.",
                    "The ministries and other central executive bodies shall report on its implementation every six "
                    "months."],
        "signatory": {"name": "D. SHMYHAL", "position": "Prime Minister of Ukraine"},
        "approves": {"title": "Action Plan for the Implementation of the Open Government Partnership Initiative in "
                              "2022\u20132023",
                     "period": {"start": 2022, "end": 2023}}}, "en")


# ---- M4. A council of ministers' decision approving a plan ----
def make_al():
    body = """<p style="text-align:center; font-weight:bold; font-size:13pt">REPUBLIC OF ALBANIA<br>COUNCIL OF MINISTERS</p>
<p style="text-align:center; font-weight:bold; font-size:13pt">DECISION</p>
<p style="text-align:center">No. 45, dated 2.2.2022</p>
<p style="text-align:center; font-weight:bold">ON THE APPROVAL OF THE NATIONAL ACTION PLAN FOR OPEN GOVERNMENT PARTNERSHIP
2022&ndash;2024</p>
<p>On the basis of Article 100 of the Constitution, on the proposal of the Minister of State for Public
Administration, the Council of Ministers decides:</p>
<p>1. The approval of the National Action Plan for Open Government Partnership 2022&ndash;2024, according to the
text attached to this decision.</p>
<p>2. The Minister of State for Public Administration is charged with the implementation of this decision.</p>
<p>3. This decision enters into force upon publication in the Official Journal.</p>
<p style="margin-top:12mm; text-align:right">PRIME MINISTER<br>Edi RAMA</p>"""
    chromium("al-decision-approving-plan", body)
    gold("al-decision-approving-plan", "order", {
        "issuer": "Republic of Albania, Council of Ministers", "title": "Decision", "number": "45", "date": "2022-02-02", "place": None,
        "subject": "ON THE APPROVAL OF THE NATIONAL ACTION PLAN FOR OPEN GOVERNMENT PARTNERSHIP 2022\u20132024",
        "legal_basis": "Article 100 of the Constitution",
        "clauses": ["The approval of the National Action Plan for Open Government Partnership 2022\u20132024, "
                    "according to the text attached to this decision.",
                    "The Minister of State for Public Administration is charged with the implementation of this "
                    "decision.",
                    "This decision enters into force upon publication in the Official Journal."],
        "signatory": {"name": "Edi RAMA", "position": "Prime Minister"},
        "approves": {"title": "National Action Plan for Open Government Partnership 2022\u20132024",
                     "period": {"start": 2022, "end": 2024}}}, "en")


# ---- M5. A commitment's table of label rows in words no vocabulary holds ----
SC = [
    ("Open Licensing Register", "Ministry of Trade and Industry", [
        ("Publish every business licence in the register", ("2024", 2024)),
        ("Add the licence conditions to the register", ("2025", 2025)),
    ]),
    ("Community Budget Hearings", "Ministry of Local Government", [
        ("Hold budget hearings in every region", ("2024", 2024)),
        ("Publish the hearings' minutes", ("2024", 2024)),
        ("Report how the hearings changed the budget", ("2025", 2025)),
    ]),
]


def make_sc():
    body = """<p style="font-size:18pt; font-weight:bold">Seychelles &ndash; First National Action Plan 2024&ndash;2025</p>
<p>The plan was developed by the Department of Information with civil society organisations.</p>"""
    commitments = []
    for k, (title, lead, ms) in enumerate(SC, 1):
        steps = "<br>".join(f"{k}.{j} {E(t)} ({raw})" for j, (t, (raw, _)) in enumerate(ms, 1))
        body += f'<h2 style="font-size:13pt">Commitment {k}</h2>\n'
        body += table([], [("Heading", E(title)), ("Owner", E(lead)), ("Steps", steps)])
        commitments.append({"number": str(k), "title": title, "lead": [lead], "milestones": [
            {"number": f"{k}.{j}", "text": f"{t} ({d[0]})", "due": due(*d)} for j, (t, d) in enumerate(ms, 1)]})
    chromium("sc-nap1-unlabelled-boxes", body)
    gold("sc-nap1-unlabelled-boxes", "action_plan", {"country": "Seychelles", "plan_number": 1,
                                                     "period": {"start": 2024, "end": 2025},
                                                     "commitments": commitments}, "en")


# ---- M6. A status per commitment, its number in a "Commitment No." column ----
CV = [("1", "Completed", "complete"), ("2", "Limited", "limited"), ("3", "Substantial", "substantial")]


def make_cv():
    rows = [(n, f"Title of commitment {n}", w, "Annual report of the ministry") for n, w, _ in CV]
    body = """<p style="font-size:16pt; font-weight:bold">Cabo Verde</p>
<p style="font-size:13pt">End-of-Term Self-Assessment Report of the Second National Action Plan</p>"""
    body += table(["Commitment No.", "Commitment", "Level of completion", "Evidence"], rows)
    chromium("cv-nap2-commitment-numbers", body)
    gold("cv-nap2-commitment-numbers", "progress_report", {
        "plan": {"country": "Cabo Verde", "plan_number": 2}, "report_type": "self_assessment",
        "entries": [{"milestone": n, "status": s, "evidence": ["Annual report of the ministry"]}
                    for n, _, s in CV]}, "en")


for make in (make_jm, make_lv, make_ua_order, make_al, make_sc, make_cv):
    make()
print("written to", ns["OUT"])
