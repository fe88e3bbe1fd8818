#!/usr/bin/env python3
"""Write eight hand-made OGP action-plan PDFs (HTML -> headless Chromium) and
their gold ogpx/1 JSON files into this directory."""
import html
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
E = html.escape


def years(raw):
    ys = [int(y) for y in re.findall(r"(?<!\d)((?:19|20)\d\d)(?!\d)", raw or "")]
    if not ys:
        return None, None
    return ys[0], ys[-1]


def due(raw):
    s, e = years(raw)
    if raw and re.match(r"(?i)start", raw):   # "starting March 2021": open end
        e = None
    return {"raw": raw, "start": s, "end": e}


def empty_sup():
    return {"government": [], "civil_society": [], "other": []}


def milestone(number, text, raw, outputs=None):
    return {"number": number, "group": None, "text": text,
            "outputs": outputs or [], "due": due(raw), "lead": [],
            "supporting": empty_sup()}


def commitment(number, title, lead, milestones, problem=None):
    p = {"problem": None, "causes": None, "done_so_far": None,
         "solution": None, "results": None}
    if problem:
        p.update(problem)
    return {"number": number, "title": title, "lead": lead,
            "supporting": empty_sup(), "period": {"start": None, "end": None},
            "problem": p, "milestones": milestones}


def gold(name, lang, country, plan_number, start, end, commitments):
    return {"schema": "ogpx/1",
            "source": {"file": name + ".pdf", "language": [lang]},
            "kind": "action_plan",
            "action_plan": {"country": country, "plan_number": plan_number,
                            "period": {"start": start, "end": end},
                            "commitments": commitments}}


def page(css, body, lang="en"):
    return (f'<!DOCTYPE html><html lang="{lang}"><head><meta charset="utf-8">'
            f"<style>{css}</style></head><body>{body}</body></html>")


# ---------------------------------------------------------------- 1 Kenya
def doc_kenya():
    name = "dev5-ke-nap5-template"
    C = [
        dict(n="1", title="Beneficial Ownership Transparency",
             lead=["Business Registration Service (BRS)"],
             problem={
                 "problem": "Companies registered in Kenya are used to conceal the identity of the natural persons who own or control them, which enables corruption, tax evasion and illicit financial flows.",
                 "causes": "Beneficial ownership information is collected on paper, is not verified and is not available to competent authorities or the public in a usable format.",
                 "done_so_far": "The Companies (Beneficial Ownership Information) Regulations, 2020 were gazetted and an online filing window was opened on the eCitizen platform.",
                 "solution": "Establish a verified, interoperable beneficial ownership register and make key data openly available in line with the Beneficial Ownership Data Standard.",
                 "results": "Government agencies and citizens can identify the real owners of companies bidding for public contracts and holding extractive licences."},
             ms=[("Review the legal framework to provide for public access to beneficial ownership information",
                  "Draft amendment Bill submitted to the Attorney General", "June 2024"),
                 ("Develop and deploy a verification module for beneficial ownership declarations",
                  "Verification module in use", "December 2024"),
                 ("Publish beneficial ownership data of companies in the extractive sector in open data format",
                  "Open dataset on the BRS portal", "June 2025")]),
        dict(n="2", title="Public Participation in the Budget Process",
             lead=["The National Treasury", "Office of the Controller of Budget"],
             problem={
                 "problem": "Citizens have limited opportunity to influence how public funds are allocated and to follow how budgets are executed at national and county level.",
                 "causes": "Public participation forums are announced late, budget documents are published in formats that are hard to understand and feedback is not documented.",
                 "done_so_far": "The Public Finance Management Act, 2012 requires public participation and the National Treasury publishes a Citizens' Budget every year.",
                 "solution": "Adopt national public participation guidelines for the budget cycle and publish budget implementation data in machine-readable format.",
                 "results": "More citizens take part in budget hearings and can see the response of government to their submissions."},
             ms=[("Develop and validate public participation guidelines for the national budget process",
                  "Validated guidelines", "March 2024"),
                 ("Publish quarterly budget implementation reports in machine-readable format",
                  "Quarterly reports on the Treasury website", "September 2024 – June 2027"),
                 ("Publish a feedback report on citizen submissions for each budget cycle",
                  "Annual feedback report", "June 2026")]),
        dict(n="3", title="Open Contracting for Public Procurement",
             lead=["Public Procurement Regulatory Authority (PPRA)"],
             problem={
                 "problem": "Procurement information is scattered across procuring entities and is rarely published at all stages of the contracting process.",
                 "causes": "There is no single platform and no common data standard for disclosure of contract information.",
                 "done_so_far": "The Public Procurement Information Portal (PPIP) was launched and tender notices are published on it.",
                 "solution": "Migrate procurement to an end-to-end electronic system that discloses data using the Open Contracting Data Standard (OCDS).",
                 "results": "Procurement data for all stages is published and used by citizens and oversight bodies to monitor contracts."},
             ms=[("Roll out the electronic Government Procurement (e-GP) system to all ministries, departments and agencies",
                  "e-GP system in use by all MDAs", "December 2024"),
                 ("Publish contract award and implementation data in OCDS format on the PPIP",
                  "OCDS data published", "July 2024 – June 2026"),
                 ("Train civil society organisations and the media on the use of procurement data",
                  "At least 200 persons trained", "2025")]),
    ]
    css = """@page{size:A4;margin:18mm 16mm}
body{font-family:'Liberation Sans',Arial,sans-serif;font-size:9.5pt;color:#111}
h1{font-size:16pt;color:#0b5d1e;margin:0 0 2mm}
.sub{font-size:10pt;color:#444;margin-bottom:6mm}
table{border-collapse:collapse;width:100%;margin-bottom:5mm}
td,th{border:1px solid #777;padding:3px 5px;vertical-align:top}
th{background:#0b5d1e;color:#fff;text-align:left}
td.lab{width:32%;background:#e8f1ea;font-weight:bold}
td.sec{background:#c9ddcd;font-weight:bold}
.cm{page-break-inside:auto}"""
    b = ['<h1>Kenya Fifth National Action Plan (NAP V) 2023–2027</h1>',
         '<div class="sub">Open Government Partnership — Commitments</div>']
    cms = []
    for c in C:
        p = c["problem"]
        b.append('<table class="cm">')
        b.append(f'<tr><th colspan="2">Commitment {c["n"]}: {E(c["title"])}</th></tr>')
        b.append('<tr><td class="lab">Lead implementing agency/actor</td><td>'
                 + "<br>".join(E(x) for x in c["lead"]) + '</td></tr>')
        b.append('<tr><td class="sec" colspan="2">Problem definition</td></tr>')
        b.append(f'<tr><td class="lab">1. What problem does the commitment aim to address?</td><td>{E(p["problem"])}</td></tr>')
        b.append(f'<tr><td class="lab">2. What are the causes of the problem?</td><td>{E(p["causes"])}</td></tr>')
        b.append('<tr><td class="sec" colspan="2">Commitment description</td></tr>')
        b.append(f'<tr><td class="lab">1. What has been done so far to solve the problem?</td><td>{E(p["done_so_far"])}</td></tr>')
        b.append(f'<tr><td class="lab">2. What solution are you proposing?</td><td>{E(p["solution"])}</td></tr>')
        b.append(f'<tr><td class="lab">3. What results do we want to achieve by implementing this commitment?</td><td>{E(p["results"])}</td></tr>')
        b.append('</table>')
        b.append('<table><tr><th style="width:6%">No.</th><th>Milestone activity with a verifiable deliverable</th>'
                 '<th style="width:26%">Expected outputs</th><th style="width:17%">Expected completion date</th></tr>')
        ms = []
        for k, (t, o, d) in enumerate(c["ms"], 1):
            b.append(f'<tr><td>{k}.</td><td>{E(t)}</td><td>{E(o)}</td><td>{E(d)}</td></tr>')
            ms.append(milestone(f'{c["n"]}.{k}', t, d, [o]))
        b.append('</table>')
        cms.append(commitment(c["n"], c["title"], c["lead"], ms, p))
    return name, page(css, "".join(b)), gold(name, "en", "Kenya", 5, 2023, 2027, cms)


# ---------------------------------------------------------- 2 Philippines
def doc_philippines():
    name = "dev5-ph-nap6-bluetables"
    C = [
        dict(n="1", title="Fiscal Openness and Accountability through the Budget Transparency Portal",
             lead=["Department of Budget and Management (DBM)"],
             desc="The commitment will expand the Budget Transparency Portal so that the enacted budget, releases and disbursements of national government agencies are published in open formats and explained to citizens in plain language.",
             ms=[("1.1", "Publish the People's Enacted Budget in Filipino and English", "January 2023", "March 2023"),
                 ("1.2", "Release agency-level disbursement data monthly in CSV format on the portal", "April 2023", "December 2024"),
                 ("1.3", "Conduct budget literacy sessions with civil society organizations in 17 regions", "July 2023", "June 2025")]),
        dict(n="2", title="Citizen Participatory Audit",
             lead=["Commission on Audit (COA)"],
             desc="Citizens and civil society organizations will join audit teams of the Commission on Audit in selected infrastructure and social service projects, and the results of the joint audits will be published.",
             ms=[("2.1", "Issue guidelines on the selection and engagement of citizen auditors", "February 2023", "June 2023"),
                 ("2.2", "Conduct at least six participatory audits of local infrastructure projects", "July 2023", "December 2024"),
                 ("2.3", "Publish the Citizen Participatory Audit reports on the COA website", "January 2025", "June 2025")]),
        dict(n="3", title="Freedom of Information in Local Government Units",
             lead=["Presidential Communications Office – Freedom of Information Project Management Office (PCO-FOI PMO)",
                   "Department of the Interior and Local Government (DILG)"],
             desc="Local government units will be supported in adopting local Freedom of Information ordinances and in joining the eFOI portal so that requests can be filed and tracked online.",
             ms=[("3.1", "Develop a model local FOI ordinance with the League of Provinces and the League of Cities", "March 2023", "September 2023"),
                 ("3.2", "Onboard 300 local government units to the eFOI portal", "October 2023", "December 2025")]),
    ]
    css = """@page{size:Letter;margin:20mm 18mm}
body{font-family:'DejaVu Sans',sans-serif;font-size:9pt;color:#1a1a1a}
.hdr{text-align:center;line-height:1.35}
.hdr .r{font-size:9pt;letter-spacing:1px}
.hdr .t{font-size:15pt;font-weight:bold;color:#123f8c;margin-top:3mm}
.band{background:#123f8c;color:#fff;padding:4px 7px;font-weight:bold;margin-top:7mm;font-size:10.5pt}
table{border-collapse:collapse;width:100%}
td,th{border:1px solid #9fb3d9;padding:4px 6px;vertical-align:top}
td.l{width:28%;background:#dfe7f5;font-weight:bold;color:#123f8c}
th{background:#dfe7f5;color:#123f8c}"""
    b = ['<div class="hdr"><div class="r">REPUBLIC OF THE PHILIPPINES</div>'
         '<div class="r">Department of Budget and Management</div>'
         '<div class="t">Philippine Open Government Partnership<br>Sixth National Action Plan 2023–2025</div></div>']
    cms = []
    for c in C:
        b.append(f'<div class="band">COMMITMENT {c["n"]}</div><table>')
        b.append(f'<tr><td class="l">Commitment Title</td><td><b>{E(c["title"])}</b></td></tr>')
        b.append('<tr><td class="l">Lead Implementing Agency</td><td>' + "<br>".join(E(x) for x in c["lead"]) + '</td></tr>')
        b.append(f'<tr><td class="l">Commitment Description</td><td>{E(c["desc"])}</td></tr></table>')
        b.append('<table style="margin-top:-1px"><tr><th>Verifiable and Measurable Milestones</th>'
                 '<th style="width:17%">Start Date</th><th style="width:17%">End Date</th></tr>')
        ms = []
        for n, t, s, e in c["ms"]:
            b.append(f'<tr><td>{n} {E(t)}</td><td>{s}</td><td>{e}</td></tr>')
            ms.append(milestone(n, t, f"{s} – {e}"))
        b.append('</table>')
        cms.append(commitment(c["n"], c["title"], c["lead"], ms))
    return name, page(css, "".join(b)), gold(name, "en", "Philippines", 6, 2023, 2025, cms)


# ------------------------------------------------------------- 3 Paraguay
def doc_paraguay():
    name = "dev5-py-nap5-plantilla"
    C = [
        dict(n="1", title="Transparencia en la gestión de las compras públicas municipales",
             lead=["Dirección Nacional de Contrataciones Públicas (DNCP)"],
             desc="Fortalecer la publicación de datos abiertos de las contrataciones de los gobiernos municipales, incorporando el seguimiento ciudadano de la ejecución de los contratos de obras.",
             ms=[("Diagnóstico del nivel de publicación de contrataciones en 50 municipios", "Agosto 2022", "Diciembre 2022"),
                 ("Módulo de seguimiento de ejecución de contratos de obras habilitado en el portal de la DNCP", "Enero 2023", "Octubre 2023"),
                 ("Capacitación a organizaciones de la sociedad civil en el uso de datos de contrataciones", "Marzo 2023", "Junio 2024")]),
        dict(n="2", title="Acceso a la información pública en el sector salud",
             lead=["Ministerio de Salud Pública y Bienestar Social"],
             desc="Publicar de forma proactiva y en formatos abiertos la información sobre disponibilidad de medicamentos e insumos en los establecimientos de salud del país.",
             ms=[("Tablero de disponibilidad de medicamentos publicado en el sitio web institucional", "Septiembre 2022", "Abril 2023"),
                 ("Mesas de diálogo con asociaciones de pacientes para validar la información publicada", "Mayo 2023", "Noviembre 2023")]),
        dict(n="3", title="Participación ciudadana en el Presupuesto General de la Nación",
             lead=["Ministerio de Economía y Finanzas", "Secretaría Técnica de Planificación del Desarrollo Económico y Social (STP)"],
             desc="Crear un mecanismo de consulta ciudadana previo a la presentación del proyecto de presupuesto y publicar una versión ciudadana del presupuesto aprobado.",
             ms=[("Protocolo de consulta ciudadana sobre el proyecto de presupuesto aprobado por resolución", "Octubre 2022", "Marzo 2023"),
                 ("Presupuesto ciudadano 2024 publicado en formato accesible", "Enero 2024", "Abril 2024"),
                 ("Informe de resultados de la consulta ciudadana publicado", "Mayo 2024", "Agosto 2024")]),
    ]
    css = """@page{size:A4;margin:20mm}
body{font-family:'Liberation Serif','Times New Roman',serif;font-size:10.5pt}
.cab{border-bottom:3px solid #c8102e;padding-bottom:3mm;margin-bottom:6mm}
.cab .a{color:#0038a8;font-size:9pt;text-transform:uppercase;letter-spacing:.5px}
.cab .b{font-size:17pt;font-weight:bold;color:#222}
h2{font-size:12pt;color:#0038a8;margin:7mm 0 2mm}
table{border-collapse:collapse;width:100%;margin-bottom:2mm}
td,th{border:1px solid #444;padding:3px 6px;vertical-align:top}
th{background:#eee;font-weight:bold}
td.r{width:30%;font-weight:bold;background:#f6f6f6}"""
    b = ['<div class="cab"><div class="a">República del Paraguay · Gobierno Abierto Paraguay</div>'
         '<div class="b">Quinto Plan de Acción Nacional de Gobierno Abierto 2022-2024</div></div>']
    cms = []
    for c in C:
        b.append(f'<h2>Compromiso {c["n"]}: {E(c["title"])}</h2><table>')
        b.append('<tr><td class="r">Institución responsable de la implementación</td><td>'
                 + "<br>".join(E(x) for x in c["lead"]) + '</td></tr>')
        b.append(f'<tr><td class="r">Descripción del compromiso</td><td>{E(c["desc"])}</td></tr></table>')
        b.append('<table><tr><th style="width:7%">N°</th><th>Actividad con un producto entregable y verificable</th>'
                 '<th style="width:16%">Fecha de inicio</th><th style="width:16%">Fecha de término</th></tr>')
        ms = []
        for k, (t, s, e) in enumerate(c["ms"], 1):
            b.append(f'<tr><td>{k}</td><td>{E(t)}</td><td>{s}</td><td>{e}</td></tr>')
            ms.append(milestone(f'{c["n"]}.{k}', t, f"{s} – {e}"))
        b.append('</table>')
        cms.append(commitment(c["n"], c["title"], c["lead"], ms))
    return name, page(css, "".join(b), "es"), gold(name, "es", "Paraguay", 5, 2022, 2024, cms)


# ------------------------------------------------------------ 4 Indonesia
def doc_indonesia():
    name = "dev5-id-nap6-prose"
    C = [
        dict(n="1", title="Transparency of Village Fund Management",
             lead=["Ministry of Villages, Disadvantaged Regions Development and Transmigration"],
             intro="Since 2015 the Village Fund has transferred more than IDR 400 trillion to some 74,000 villages. Villagers, however, rarely see how the money allocated to their village is planned and spent. This commitment makes village budgets and their realisation visible on village information boards and online.",
             ms=[("a", "Issue a ministerial regulation requiring villages to publish the village budget (APBDes) on public information boards and on the village website (June 2021)", "June 2021"),
                 ("b", "Develop an open data dashboard of Village Fund allocation and realisation for all provinces (December 2021)", "December 2021"),
                 ("c", "Facilitate village deliberation forums involving women and marginalised groups in 100 pilot villages (January 2021 – June 2022)", "January 2021 – June 2022")]),
        dict(n="2", title="Strengthening the National Public Service Complaint Handling System (SP4N-LAPOR!)",
             lead=["Ministry of State Apparatus Empowerment and Bureaucratic Reform"],
             intro="Complaints about public services are handled through many separate channels, and citizens often do not receive a response. SP4N-LAPOR! connects the complaint channels of ministries and local governments in a single system.",
             ms=[("a", "Connect the complaint channels of 34 provincial governments to SP4N-LAPOR! (September 2021)", "September 2021"),
                 ("b", "Publish a quarterly report on complaint resolution rates by institution (starting March 2021)", "starting March 2021"),
                 ("c", "Conduct a public satisfaction survey on complaint handling with civil society partners (2022)", "2022")]),
        dict(n="3", title="Open Data for Disaster Risk Management",
             lead=["National Disaster Management Authority (BNPB)"],
             intro="Data on disaster risk, response and rehabilitation funding is held by several agencies and is difficult for local governments and communities to use.",
             ms=[("a", "Publish disaster risk index data for all districts on the Satu Data Indonesia portal (November 2021)", "November 2021"),
                 ("b", "Publish data on rehabilitation and reconstruction funding per disaster event (June 2022)", "June 2022")]),
    ]
    css = """@page{size:A4;margin:22mm 24mm}
body{font-family:'C059','Century Schoolbook',serif;font-size:10.5pt;line-height:1.45}
.top{font-family:'URW Gothic',sans-serif;color:#a8171c;font-size:10pt;letter-spacing:2px}
h1{font-family:'URW Gothic',sans-serif;font-size:18pt;margin:2mm 0 6mm;color:#222}
h2{font-family:'URW Gothic',sans-serif;font-size:12.5pt;color:#a8171c;margin:6mm 0 1mm}
.resp{font-style:italic;margin:0 0 2mm}
ol{list-style:none;padding-left:6mm;margin-top:1mm}
ol li{margin-bottom:1.5mm}
ol li span{display:inline-block;width:6mm;margin-left:-6mm}"""
    b = ['<div class="top">OPEN GOVERNMENT INDONESIA</div>',
         '<h1>Sixth National Action Plan of Open Government Indonesia 2020–2022</h1>',
         '<p>This document sets out the commitments agreed by government institutions and civil society in the Open Government Indonesia forum. Each commitment names the responsible institution and the milestones against which progress will be assessed.</p>']
    cms = []
    for c in C:
        b.append(f'<h2>{c["n"]}. {E(c["title"])}</h2>')
        b.append(f'<p class="resp">Responsible institution: {E(c["lead"][0])}</p>')
        b.append(f'<p>{E(c["intro"])}</p><p>Milestones:</p><ol>')
        ms = []
        for k, (l, t, d) in enumerate(c["ms"], 1):
            b.append(f'<li><span>{l})</span>{E(t)}</li>')
            ms.append(milestone(f'{c["n"]}.{k}', t, d))
        b.append('</ol>')
        cms.append(commitment(c["n"], c["title"], c["lead"], ms))
    return name, page(css, "".join(b)), gold(name, "en", "Indonesia", 6, 2020, 2022, cms)


# -------------------------------------------------- 5 Georgia (landscape)
def doc_georgia():
    name = "dev5-ge-nap-landscape"
    C = [
        dict(n="1", title="Electronic Petitions Portal",
             lead=["Parliament of Georgia"],
             ms=[("1.1", "Adoption of amendments to the Rules of Procedure of the Parliament on electronic petitions", "Q1 2024 – Q3 2024"),
                 ("1.2", "Launch of the e-petition module on the website of the Parliament", "Q4 2024"),
                 ("1.3", "Public awareness campaign in the regions on the use of e-petitions", "Q1 2025 – Q4 2025")]),
        dict(n="2", title="Proactive Disclosure of Public Information",
             lead=["Ministry of Justice of Georgia", "LEPL Digital Governance Agency"],
             ms=[("2.1", "Elaboration of a draft Law on Freedom of Information and its submission to the Government", "Q2 2024"),
                 ("2.2", "Development of a unified standard for the proactive publication of public information", "Q3 2024 – Q1 2025"),
                 ("2.3", "Training of public information officers of 50 public institutions", "Q2 2025 – Q4 2025")]),
        dict(n="3", title="Transparency of Municipal Budgets",
             lead=["Ministry of Finance of Georgia"],
             ms=[("3.1", "Publication of budgets of all 64 municipalities in open data format on budget.ge", "Q3 2024"),
                 ("3.2", "Introduction of participatory budgeting in at least 10 municipalities", "January 2024 – December 2025")]),
        dict(n="4", title="Open Data on Public Service Hall Services",
             lead=["LEPL Public Service Development Agency"],
             ms=[("4.1", "Publication of statistics on services delivered at Public Service Halls and Community Centres", "Q2 2024 – Q4 2025"),
                 ("4.2", "Creation of an online feedback mechanism for service users", "Q4 2024")]),
    ]
    css = """@page{size:A4 landscape;margin:12mm 12mm}
body{font-family:'Nimbus Sans','Helvetica',sans-serif;font-size:8.6pt}
h1{font-size:13pt;text-align:center;margin:0 0 1mm;color:#7a0019}
.s{text-align:center;font-size:9pt;margin-bottom:4mm}
table{border-collapse:collapse;width:100%}
td,th{border:1px solid #555;padding:3px 4px;vertical-align:top}
th{background:#7a0019;color:#fff;font-size:8.4pt}
td.c{background:#fbeff2;font-weight:bold}"""
    b = ['<h1>Open Government Partnership – Georgia’s Fifth Action Plan 2024–2025</h1>',
         '<div class="s">Annex: Matrix of commitments, activities, responsible agencies and timeframes</div>',
         '<table><thead><tr><th style="width:3%">№</th><th style="width:16%">Commitment</th>'
         '<th>Activity</th><th style="width:19%">Responsible agency</th><th style="width:15%">Timeframe</th>'
         '<th style="width:10%">Source of funding</th></tr></thead><tbody>']
    cms = []
    for c in C:
        ms = []
        for i, (n, t, d) in enumerate(c["ms"]):
            b.append('<tr>')
            if i == 0:
                rs = len(c["ms"])
                b.append(f'<td class="c" rowspan="{rs}">{c["n"]}</td><td class="c" rowspan="{rs}">{E(c["title"])}</td>')
            b.append(f'<td>{n}. {E(t)}</td>')
            if i == 0:
                b.append(f'<td rowspan="{rs}">' + "<br>".join(E(x) for x in c["lead"]) + '</td>')
            b.append(f'<td>{d}</td>')
            if i == 0:
                b.append(f'<td rowspan="{rs}">State budget</td>')
            b.append('</tr>')
            ms.append(milestone(n, t, d))
        cms.append(commitment(c["n"], c["title"], c["lead"], ms))
    b.append('</tbody></table>')
    return name, page(css, "".join(b)), gold(name, "en", "Georgia", 5, 2024, 2025, cms)


# ----------------------------------------------- 6 Nigeria (two columns)
def doc_nigeria():
    name = "dev5-ng-nap3-twocol"
    C = [
        dict(n="1", title="Open Contracting and Fiscal Transparency",
             lead=["Bureau of Public Procurement (BPP)"],
             desc="Nigeria will implement the Open Contracting Data Standard across federal procurement so that citizens can follow contracts from planning to completion.",
             ms=[("Publish procurement plans of all federal MDAs on the Nigeria Open Contracting Portal (NOCOPO)", "Jan 2024 – Jun 2024"),
                 ("Publish contract implementation data for capital projects above N100 million", "Jul 2024 – Dec 2025"),
                 ("Hold annual open contracting review meeting with CSOs", "Nov 2024")]),
        dict(n="2", title="Beneficial Ownership Register in the Extractive Sector",
             lead=["Nigeria Extractive Industries Transparency Initiative (NEITI)", "Corporate Affairs Commission (CAC)"],
             desc="The commitment links the NEITI beneficial ownership register with the CAC persons with significant control register and makes the data available to the public.",
             ms=[("Harmonise the NEITI and CAC beneficial ownership data templates", "Mar 2024"),
                 ("Publish beneficial ownership information of all oil, gas and mining licence holders", "Apr 2024 – Mar 2025"),
                 ("Conduct verification of disclosures of 100 companies", "Jun 2025")]),
        dict(n="3", title="Citizens' Engagement in Service Delivery",
             lead=["SERVICOM"],
             desc="SERVICOM will expand the use of service charters and citizen feedback in health and education facilities.",
             ms=[("Review service charters of 30 federal health and education institutions", "Feb 2024 – Aug 2024"),
                 ("Deploy a citizens' feedback platform with quarterly public reporting", "Dec 2024")]),
        dict(n="4", title="Inclusion of Persons with Disabilities in Governance",
             lead=["National Commission for Persons with Disabilities (NCPWD)"],
             desc="Government will make public information accessible and include organisations of persons with disabilities in budget consultations.",
             ms=[("Publish accessibility guidelines for government websites", "Sep 2024"),
                 ("Include OPDs in the 2025 and 2026 budget consultations of five MDAs", "Oct 2024 – Oct 2025")]),
    ]
    css = """@page{size:A4;margin:16mm 14mm}
body{font-family:'P052','Palatino',serif;font-size:9.6pt;line-height:1.32}
.mast{background:#008751;color:#fff;padding:5mm;margin-bottom:5mm}
.mast .a{font-size:9pt;letter-spacing:1px}
.mast .b{font-size:17pt;font-weight:bold}
.cols{column-count:2;column-gap:8mm;column-rule:1px solid #b5d8c4}
h3{font-family:'Nimbus Sans',sans-serif;color:#008751;font-size:11pt;margin:0 0 1.5mm;break-after:avoid}
.box{break-inside:avoid;margin-bottom:5mm}
.lead{font-family:'Nimbus Sans',sans-serif;font-size:8.8pt;margin:0 0 1.5mm}
p{margin:0 0 2mm;text-align:justify}
table{border-collapse:collapse;width:100%;font-size:8.6pt}
td,th{border-bottom:1px solid #8fc2a6;padding:2px 3px;vertical-align:top;text-align:left}
th{color:#008751;border-bottom:2px solid #008751}"""
    b = ['<div class="mast"><div class="a">FEDERAL REPUBLIC OF NIGERIA · OPEN GOVERNMENT PARTNERSHIP</div>'
         '<div class="b">Nigeria National Action Plan III (2023–2025)</div></div><div class="cols">']
    cms = []
    for c in C:
        b.append(f'<div class="box"><h3>Commitment {c["n"]}: {E(c["title"])}</h3>')
        b.append(f'<p class="lead"><b>Lead MDA{"s" if len(c["lead"]) > 1 else ""}:</b> ' + " &amp; ".join(E(x) for x in c["lead"]) + '</p>')
        b.append(f'<p>{E(c["desc"])}</p>')
        b.append('<table><tr><th style="width:10%">S/N</th><th>Milestone</th><th style="width:30%">Timeline</th></tr>')
        ms = []
        for k, (t, d) in enumerate(c["ms"], 1):
            b.append(f'<tr><td>M{k}</td><td>{E(t)}</td><td>{d}</td></tr>')
            ms.append(milestone(f'{c["n"]}.{k}', t, d))
        b.append('</table></div>')
        cms.append(commitment(c["n"], c["title"], c["lead"], ms))
    b.append('</div>')
    return name, page(css, "".join(b)), gold(name, "en", "Nigeria", 3, 2023, 2025, cms)


# ---------------------------------------------------------------- 7 Chile
def doc_chile():
    name = "dev5-cl-nap6-estado-abierto"
    C = [
        dict(n="1", title="Plataforma de Lobby y Gestión de Intereses ampliada a los municipios",
             lead=["Ministerio Secretaría General de la Presidencia (SEGPRES)"],
             txt="Se extenderá la plataforma de registro de audiencias de lobby a todas las municipalidades del país, con datos abiertos y buscadores por sujeto pasivo y materia.",
             ms=[("1.1", "Diagnóstico de cumplimiento de la Ley N° 20.730 en las municipalidades", "Junio de 2024"),
                 ("1.2", "Módulo municipal de la plataforma de lobby en producción", "Marzo de 2025"),
                 ("1.3", "Publicación de los registros de audiencias municipales en formato de datos abiertos", "Diciembre de 2025")]),
        dict(n="2", title="Presupuesto abierto y participación en la Ley de Presupuestos",
             lead=["Ministerio de Hacienda", "Dirección de Presupuestos (DIPRES)"],
             txt="Se pondrá a disposición de la ciudadanía la ejecución presupuestaria mensual por programa y se habilitará una consulta ciudadana previa a la formulación del presupuesto.",
             ms=[("2.1", "Publicación de la ejecución presupuestaria mensual por programa en el portal Presupuesto Abierto", "Diciembre de 2024"),
                 ("2.2", "Realización de una consulta ciudadana sobre prioridades presupuestarias", "Abril de 2025 – Julio de 2025"),
                 ("2.3", "Informe de respuesta a los aportes ciudadanos", "Septiembre de 2025")]),
        dict(n="3", title="Transparencia en la gobernanza del litio",
             lead=["Ministerio de Minería"],
             txt="Se publicarán los contratos, regalías y compromisos ambientales asociados a la explotación del litio, y se crearán instancias de diálogo con comunidades de los salares.",
             ms=[("3.1", "Publicación de los contratos de explotación de litio vigentes y sus modificaciones", "2024"),
                 ("3.2", "Constitución de mesas de diálogo con comunidades indígenas de los salares", "Octubre de 2024 – Diciembre de 2026"),
                 ("3.3", "Reporte anual de regalías y aportes a comunas y regiones", "Junio de 2026")]),
    ]
    css = """@page{size:Letter;margin:22mm 20mm}
body{font-family:'Liberation Sans',Arial,sans-serif;font-size:10pt;color:#222}
.logo{color:#0f69b4;font-weight:bold;font-size:10pt}
.logo span{color:#e22c2c}
h1{font-weight:300;font-size:20pt;color:#0f69b4;margin:2mm 0 5mm;border-left:6px solid #e22c2c;padding-left:4mm}
h2{font-size:12pt;text-transform:uppercase;color:#555;margin:6mm 0 2mm}
h3{font-size:11pt;color:#0f69b4;margin:5mm 0 1mm}
.f{margin:0 0 1mm}.f b{color:#0f69b4}
table{border-collapse:collapse;width:100%;margin:1mm 0 3mm}
td,th{padding:3px 6px;vertical-align:top;border-bottom:1px solid #ccd}
th{background:#0f69b4;color:#fff;text-align:left}
tr:nth-child(even) td{background:#f0f5fb}"""
    b = ['<div class="logo">Gobierno de Chile · <span>Estado Abierto</span></div>',
         '<h1>Sexto Plan de Acción de Estado Abierto 2023-2027</h1>',
         '<h2>A. Presentación</h2>',
         '<p>El Sexto Plan de Acción de Estado Abierto fue elaborado por la Mesa de Gobierno Abierto, integrada por representantes del Estado, la sociedad civil y la academia, tras un proceso de consulta en las dieciséis regiones del país.</p>',
         '<h2>B. Compromisos</h2>']
    cms = []
    for c in C:
        b.append(f'<h3>Compromiso N°{c["n"]}. {E(c["title"])}</h3>')
        lab = "Instituciones responsables" if len(c["lead"]) > 1 else "Institución responsable"
        b.append(f'<p class="f"><b>{lab}:</b> ' + "; ".join(E(x) for x in c["lead"]) + '</p>')
        b.append(f'<p>{E(c["txt"])}</p>')
        b.append('<table><tr><th style="width:8%">N°</th><th>Hito verificable</th><th style="width:32%">Plazo</th></tr>')
        ms = []
        for n, t, d in c["ms"]:
            b.append(f'<tr><td>{n}</td><td>{E(t)}</td><td>{d}</td></tr>')
            ms.append(milestone(n, t, d))
        b.append('</table>')
        cms.append(commitment(c["n"], c["title"], c["lead"], ms))
    return name, page(css, "".join(b), "es"), gold(name, "es", "Chile", 6, 2023, 2027, cms)


# --------------------------------------------------------------- 8 Canada
def doc_canada():
    name = "dev5-ca-nap5-sentences"
    C = [
        dict(n="1", title="Open Data for Results",
             lead=["Treasury Board of Canada Secretariat"],
             why="Canadians want to know what government programs achieve, not only what they cost.",
             ms=[("1.1", "By June 2023, publish an updated Directive on Open Government that sets minimum requirements for releasing departmental results data.", "June 2023"),
                 ("1.2", "Launch a results dashboard on the Open Government Portal covering all departmental plans by March 2024.", "March 2024"),
                 ("1.3", "Between April 2023 and March 2024, work with data users to co-create a data quality framework.", "Between April 2023 and March 2024")]),
        dict(n="2", title="Climate and Environmental Data",
             lead=["Environment and Climate Change Canada", "Natural Resources Canada"],
             why="Communities and businesses need reliable, open data to plan for a changing climate.",
             ms=[("2.1", "By December 2022, release greenhouse gas emissions data of large facilities in a single open dataset.", "December 2022"),
                 ("2.2", "Publish open geospatial data on flood risk for all provinces and territories by fall 2023.", "fall 2023"),
                 ("2.3", "In 2024, hold two public engagement sessions on the Canada Climate Data Portal with Indigenous organizations.", "2024")]),
        dict(n="3", title="Fiscal and Financial Transparency",
             lead=["Department of Finance Canada"],
             why="Clear information on federal spending and tax measures helps Parliament and Canadians hold government to account.",
             ms=[("3.1", "Starting in 2023, publish the Report on Federal Tax Expenditures as open data each year.", "2023"),
                 ("3.2", "By spring 2024, publish a proactive disclosure of beneficial ownership information for federally regulated corporations, subject to enactment of legislation.", "spring 2024")]),
    ]
    css = """@page{size:Letter;margin:25mm 25mm 22mm}
body{font-family:'URW Bookman','Bookman',serif;font-size:9.8pt;line-height:1.5;color:#262626}
.kicker{font-family:'Nimbus Sans Narrow',sans-serif;color:#af3c43;text-transform:uppercase;font-size:9pt;letter-spacing:2px}
h1{font-family:'Nimbus Sans',sans-serif;font-size:17pt;margin:1mm 0 5mm;color:#26374a}
.ct{font-family:'Nimbus Sans',sans-serif;margin-top:7mm;border-top:2px solid #26374a;padding-top:2mm}
.ct .no{font-size:8.5pt;color:#af3c43;font-weight:bold}
.ct .ti{font-size:13pt;font-weight:bold;color:#26374a}
.meta{font-family:'Nimbus Sans',sans-serif;font-size:9pt;background:#eef2f6;padding:2mm 3mm;margin:2mm 0}
.m{margin:1mm 0 1mm 10mm;text-indent:-10mm}
.m b{font-family:'Nimbus Sans',sans-serif;color:#26374a;display:inline-block;width:10mm;text-indent:0}"""
    b = ['<div class="kicker">Government of Canada · Gouvernement du Canada</div>',
         '<h1>Canada’s 5th National Action Plan on Open Government 2022–2024</h1>',
         '<p>Canada’s fifth plan was co-created with the Multi-Stakeholder Forum on Open Government. It contains commitments that build on previous plans and respond to what Canadians told us during consultations.</p>']
    cms = []
    for c in C:
        b.append(f'<div class="ct"><div class="no">COMMITMENT {c["n"]}</div><div class="ti">{E(c["title"])}</div></div>')
        b.append('<div class="meta">Lead ' + ("departments" if len(c["lead"]) > 1 else "department") + ': '
                 + ", ".join(E(x) for x in c["lead"]) + '</div>')
        b.append(f'<p><i>Why this matters:</i> {E(c["why"])}</p><p>What we will do:</p>')
        ms = []
        for n, t, d in c["ms"]:
            b.append(f'<p class="m"><b>{n}</b>{E(t)}</p>')
            ms.append(milestone(n, t, d))
        cms.append(commitment(c["n"], c["title"], c["lead"], ms))
    return name, page(css, "".join(b)), gold(name, "en", "Canada", 5, 2022, 2024, cms)


DOCS = [doc_kenya, doc_philippines, doc_paraguay, doc_indonesia,
        doc_georgia, doc_nigeria, doc_chile, doc_canada]


def render(html_text, out_pdf):
    tmp = tempfile.mkdtemp(prefix="dev5-")
    try:
        src = os.path.join(tmp, "in.html")
        with open(src, "w", encoding="utf-8") as f:
            f.write(html_text)
        prof = os.path.join(tmp, "profile")
        cmd = ["chromium", "--headless", "--no-sandbox", "--disable-gpu",
               "--disable-dev-shm-usage", "--no-pdf-header-footer",
               f"--user-data-dir={prof}", f"--print-to-pdf={out_pdf}",
               "file://" + src]
        subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL,
                       stderr=subprocess.DEVNULL, timeout=120)
        if not os.path.exists(out_pdf) or os.path.getsize(out_pdf) == 0:
            raise RuntimeError("no PDF written: " + out_pdf)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


def main():
    for fn in DOCS:
        name, html_text, g = fn()
        pdf = os.path.join(HERE, name + ".pdf")
        if os.path.exists(pdf):
            os.remove(pdf)
        render(html_text, pdf)
        with open(os.path.join(HERE, name + ".gold.json"), "w", encoding="utf-8") as f:
            json.dump(g, f, ensure_ascii=False, indent=2)
            f.write("\n")
        print("wrote", name + ".pdf", name + ".gold.json")
    return 0


if __name__ == "__main__":
    sys.exit(main())
