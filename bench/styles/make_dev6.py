#!/usr/bin/env python3
"""Write eight hand-made OGP national action plans (HTML -> PDF via headless
Chromium) with their ogpx/1 gold files into the directory of this script."""
import html
import json
import os
import shutil
import subprocess
import sys
import tempfile

OUT = os.path.dirname(os.path.abspath(__file__))
E = html.escape


def M(number, text, raw, start, end, lead=None, outputs=None):
    return {"number": number, "text": text, "raw": raw, "start": start,
            "end": end, "lead": lead or [], "outputs": outputs or []}


def C(number, title, lead, milestones, period=(None, None), cso=None):
    return {"number": number, "title": title, "lead": lead,
            "milestones": milestones, "period": period, "cso": cso or []}


def gold(name, lang, country, plan_number, period, title, commitments):
    cms = []
    for c in commitments:
        cms.append({
            "number": c["number"],
            "title": c["title"],
            "lead": c["lead"],
            "supporting": {"government": [], "civil_society": c["cso"], "other": []},
            "period": {"start": c["period"][0], "end": c["period"][1]},
            "milestones": [{
                "number": m["number"],
                "group": None,
                "text": m["text"],
                "outputs": m["outputs"],
                "due": {"raw": m["raw"], "start": m["start"], "end": m["end"]},
                "lead": m["lead"],
                "supporting": {"government": [], "civil_society": [], "other": []},
            } for m in c["milestones"]],
        })
    return {
        "schema": "ogpx/1",
        "source": {"file": name + ".pdf", "language": [lang]},
        "kind": "action_plan",
        "action_plan": {
            "country": country,
            "plan_number": plan_number,
            "period": {"start": period[0], "end": period[1]},
            "title": title,
            "commitments": cms,
        },
    }


def page(css, body, lang="en"):
    return (f'<!DOCTYPE html><html lang="{lang}"><head><meta charset="utf-8">'
            f'<style>{css}</style></head><body>{body}</body></html>')


# ---------------------------------------------------------------- 1 Kenya
def kenya():
    title = "Kenya Fifth National Action Plan (NAP V) 2023–2027"
    cs = [
        C("1", "Beneficial Ownership Transparency", ["Business Registration Service (BRS)"], [
            M("1.1", "Amend the Companies (Beneficial Ownership Information) Regulations to provide for public access to beneficial ownership data.", "June 2024", 2024, 2024, ["BRS; Office of the Attorney General"]),
            M("1.2", "Link the beneficial ownership register to the Public Procurement Information Portal (PPIP).", "December 2025", 2025, 2025, ["BRS; Public Procurement Regulatory Authority"]),
            M("1.3", "Publish beneficial ownership data in open data format (BODS) on the BRS website.", "2026–2027", 2026, 2027, ["BRS"]),
        ], (2024, 2027)),
        C("2", "Open Contracting and Public Procurement", ["The National Treasury and Economic Planning", "Public Procurement Regulatory Authority (PPRA)"], [
            M("2.1", "Roll out the electronic Government Procurement (e-GP) system to all 47 county governments.", "June 2025", 2025, 2025, ["The National Treasury"]),
            M("2.2", "Publish all contracts awarded by ministries, departments and agencies in the Open Contracting Data Standard.", "December 2024", 2024, 2024, ["PPRA"]),
            M("2.3", "Establish a citizen feedback mechanism on procurement complaints with quarterly public reports.", "March 2026", 2026, 2026, ["PPRA"]),
            M("2.4", "Train 500 county procurement officers and civil society monitors on open contracting.", "2024–2026", 2024, 2026, ["PPRA; Council of Governors"]),
        ], (2023, 2027)),
        C("3", "Public Participation in Legislative Processes", ["Parliament of Kenya"], [
            M("3.1", "Develop the Public Participation Bill in consultation with county assemblies.", "September 2024", 2024, 2024, ["Parliamentary Service Commission"]),
            M("3.2", "Launch an online portal for memoranda on Bills before the National Assembly and the Senate.", "June 2025", 2025, 2025, ["Parliament of Kenya"]),
        ], (2024, 2026)),
    ]
    # milestone "Responsible" column printed per row -> milestone lead; split ";" names
    for c in cs:
        for m in c["milestones"]:
            m["lead"] = [x.strip() for x in m["lead"][0].split(";")]
    css = """
    @page { size: A4; margin: 22mm 20mm; }
    body { font-family: 'DejaVu Sans', Arial, sans-serif; font-size: 10.5pt; color:#222; }
    .cover { height: 200mm; page-break-after: always; text-align:center; border-top: 14mm solid #000;
             border-bottom: 14mm solid #006600; position:relative; }
    .cover .band { background:#bb0000; height:6mm; margin-top:4mm; }
    .cover h1 { font-size: 30pt; margin-top: 50mm; color:#006600; }
    .cover h2 { font-size: 16pt; font-weight: normal; }
    .toc { page-break-after: always; }
    .toc h2 { color:#006600; border-bottom:2px solid #bb0000; }
    .toc div { display:flex; margin: 5px 0; }
    .toc span.f { flex:1; border-bottom: 1px dotted #666; margin: 0 4px 4px 4px; }
    h3 { background:#006600; color:#fff; padding:6px 10px; font-size:12.5pt; margin-top:18px; }
    table { border-collapse: collapse; width:100%; margin: 6px 0 12px 0; }
    td, th { border:1px solid #555; padding:5px 6px; vertical-align:top; }
    th { background:#e6efe6; text-align:left; }
    .fiche td:first-child { width: 32%; font-weight:bold; background:#f4f4f4; }
    .brk { page-break-before: always; }
    """
    body = ['<div class="cover"><div class="band"></div><p style="margin-top:20mm;font-size:13pt;letter-spacing:3px">REPUBLIC OF KENYA</p>'
            '<h1>OPEN GOVERNMENT PARTNERSHIP</h1><h2>Kenya Fifth National Action Plan<br>(NAP V)<br>2023–2027</h2>'
            '<p style="margin-top:40mm">Executive Office of the President<br>Nairobi, December 2023</p></div>']
    toc = [("Foreword", "i"), ("Acronyms", "ii"), ("1. Introduction", "1"), ("2. Development of NAP V", "2")]
    for i, c in enumerate(cs):
        toc.append((f"Commitment {c['number']}: {c['title']}", str(3 + i)))
    toc.append(("Annex: Monitoring and Evaluation Framework", "9"))
    body.append('<div class="toc"><h2>Table of Contents</h2>' + "".join(
        f'<div><span>{E(a)}</span><span class="f"></span><span>{b}</span></div>' for a, b in toc) + '</div>')
    body.append('<h2 style="color:#bb0000">3. NAP V Commitments</h2><p>The commitments below were co-created '
                'by the OGP Kenya Steering Committee through county forums and thematic working groups held between '
                'May and October 2023.</p>')
    for c in cs:
        body.append(f'<h3>COMMITMENT {c["number"]}: {E(c["title"].upper())}</h3>')
        body.append('<table class="fiche">'
                    f'<tr><td>Lead implementing agency</td><td>{"<br>".join(E(x) for x in c["lead"])}</td></tr>'
                    f'<tr><td>Commitment start and end date</td><td>{"January" if c["number"]!="2" else "July"} {c["period"][0]} – June {c["period"][1]}</td></tr>'
                    '<tr><td>Commitment description</td><td>This commitment will strengthen accountability by making '
                    'information held by public bodies accessible to citizens, oversight institutions and the media, '
                    'and by creating channels through which citizens can act on that information.</td></tr></table>')
        body.append('<table><tr><th style="width:16%">Due date</th><th style="width:7%">No.</th><th>Milestone</th><th style="width:26%">Responsible</th></tr>')
        for m in c["milestones"]:
            cls = ' class="brk"' if m["number"] == "2.3" else ""
            body.append(f'<tr{cls}><td>{E(m["raw"])}</td><td>{m["number"]}</td><td>{E(m["text"])}</td><td>{"<br>".join(E(x) for x in m["lead"])}</td></tr>')
        body.append('</table>')
    for c in cs:  # headings are printed in capitals
        c["title"] = c["title"].upper()
    return "ke-nap5-2023-2027", page(css, "".join(body)), gold("ke-nap5-2023-2027", "en", "Kenya", 5, (2023, 2027), title, cs)


# ---------------------------------------------------------------- 2 Philippines
def philippines():
    title = "Philippine Open Government Partnership 6th National Action Plan 2023–2025"
    cs = [
        C("1", "Fiscal openness in local government units", ["Department of Budget and Management (DBM)"], [
            M("1.1", "Issue a joint circular requiring provinces and highly urbanized cities to publish citizen's budgets.", "Q4 2023", 2023, 2023),
            M("1.2", "Pilot participatory budget hearings in 20 local government units.", "January–June 2024", 2024, 2024),
            M("1.3", "Publish an online dashboard of LGU budget execution data, updated monthly.", "2024–2025", 2024, 2025),
        ]),
        C("2", "Open and accountable extractive industries", ["Philippine Extractive Industries Transparency Initiative (PH-EITI)", "Department of Environment and Natural Resources (DENR)"], [
            M("2.1", "Adopt a national policy on the disclosure of mining contracts and environmental compliance certificates.", "June 2024", 2024, 2024),
            M("2.2", "Publish beneficial ownership information of extractive companies on the PH-EITI portal.", "December 2024", 2024, 2024),
            M("2.3", "Conduct community dialogues on the use of mining revenues in ten host municipalities.", "2024–2025", 2024, 2025),
        ]),
        C("3", "Citizen participation in disaster risk reduction", ["Office of Civil Defense (OCD)"], [
            M("3.1", "Develop guidelines for civil society representation in local disaster risk reduction councils.", "March 2024", 2024, 2024),
            M("3.2", "Open the National Disaster Risk Reduction and Management Fund utilization reports to the public.", "September 2024", 2024, 2024),
            M("3.3", "Train barangay volunteers on community-based early warning and feedback systems.", "Q1 2025", 2025, 2025),
        ]),
    ]
    css = """
    @page { size: Letter; margin: 1in 1.1in; }
    body { font-family: 'DejaVu Serif', Georgia, serif; font-size: 11pt; line-height:1.45; color:#111; }
    .hdr { border-bottom: 3px double #0038a8; padding-bottom:8px; margin-bottom:14px; }
    .hdr .t { font-size: 18pt; color:#0038a8; font-weight:bold; }
    .hdr .s { color:#ce1126; font-size:11pt; }
    p.c { text-align: justify; margin-top: 16px; }
    p.c b { color:#0038a8; }
    .lead { font-style: italic; margin: 4px 0 6px 24px; }
    .ms { margin-left: 24px; }
    .row { display:flex; align-items: baseline; margin: 3px 0; }
    .row .n { width: 34px; flex: none; }
    .row .x { flex: 1; padding-right: 14px; }
    .row .d { width: 130px; flex:none; text-align:right; font-weight:bold; color:#333; }
    .mh { font-variant: small-caps; color:#555; border-bottom:1px solid #bbb; margin-left:24px; display:flex; }
    .mh span:first-child { flex:1; }
    """
    body = ['<div class="hdr"><div class="t">Philippine Open Government Partnership</div>'
            '<div class="s">6th National Action Plan (NAP6) 2023–2025 · Republic of the Philippines</div></div>'
            '<p>The Philippines, a founding member of the Open Government Partnership, presents its sixth action plan. '
            'Commitments were developed by the PH-OGP Steering Committee, co-chaired by the Department of Budget and '
            'Management and a representative of non-government organizations.</p>']
    for c in cs:
        body.append(f'<p class="c"><b>Commitment {c["number"]}. {E(c["title"])}.</b> This commitment responds to '
                    'issues raised during regional consultations in Luzon, Visayas and Mindanao, where participants asked '
                    'for timely, usable information and for a meaningful voice in decisions that affect their communities.</p>')
        body.append(f'<div class="lead">Lead: {" and ".join(E(x) for x in c["lead"])}</div>')
        body.append('<div class="mh"><span>Milestones</span><span>Completion</span></div><div class="ms">')
        for m in c["milestones"]:
            body.append(f'<div class="row"><span class="n">{m["number"]}</span><span class="x">{E(m["text"])}</span><span class="d">{E(m["raw"])}</span></div>')
        body.append('</div>')
    return "ph-nap6-2023-2025", page(css, "".join(body)), gold("ph-nap6-2023-2025", "en", "Philippines", 6, (2023, 2025), title, cs)


# ---------------------------------------------------------------- 3 Ireland
def ireland():
    title = "Ireland’s Third National Action Plan"
    cs = [
        C("1", "Open Data for the Public Good", ["Department of Public Expenditure, NDP Delivery and Reform"], [
            M("1.1", "Publish the Open Data Strategy 2024–2027 following public consultation.", "Q2 2024", 2024, 2024),
            M("1.2", "Add 300 high-value datasets to data.gov.ie in line with the EU Implementing Regulation.", "Q4 2024", 2024, 2024),
            M("1.3", "Run an annual Open Data Engagement Fund round for community and voluntary groups.", "Q1 2025 – Q1 2026", 2025, 2026),
        ]),
        C("2", "Lobbying Transparency", ["Standards in Public Office Commission"], [
            M("2.1", "Review the operation of the Regulation of Lobbying Act 2015 and publish the report.", "Q3 2024", 2024, 2024),
            M("2.2", "Launch an improved search interface on lobbying.ie.", "Q2 2025", 2025, 2025),
        ]),
        C("3", "Participatory Local Government", ["Department of Housing, Local Government and Heritage"], [
            M("3.1", "Establish public participation networks' input into annual local authority budgets.", "Q3 2024", 2024, 2024),
            M("3.2", "Publish guidance for local authorities on deliberative citizens' assemblies.", "Q1 2025", 2025, 2025),
            M("3.3", "Evaluate the Dublin citizens' assembly pilot and report to the Oireachtas.", "Q4 2025", 2025, 2025),
        ]),
    ]
    css = """
    @page { size: A4; margin: 18mm 24mm 20mm 24mm; }
    body { font-family: 'Liberation Sans', Helvetica, sans-serif; font-size: 10pt; color:#1e2a2a; }
    .top { background:#00573f; color:#fff; padding:14px 18px; }
    .top h1 { margin:0; font-size:20pt; font-weight:normal; }
    .top p { margin:4px 0 0 0; color:#cfe8dc; }
    h2 { color:#00573f; font-size:13pt; margin: 22px 0 4px 0; border-left: 6px solid #f5a800; padding-left:8px; }
    .meta { color:#444; margin: 2px 0 8px 14px; }
    .meta b { color:#00573f; }
    h4 { margin: 8px 0 2px 0; font-size:10pt; text-transform: uppercase; letter-spacing:1px; color:#666; }
    table.tl { border-collapse:collapse; width:100%; }
    table.tl td { padding: 4px 8px; border-bottom: 1px solid #d6e3dd; vertical-align:top; }
    table.tl td.q { width: 24%; color:#00573f; font-weight:bold; white-space:nowrap; }
    table.tl td.r { width: 8%; color:#888; }
    """
    body = ['<div class="top"><h1>Ireland’s Third National Action Plan</h1>'
            '<p>Open Government Partnership · 2024–2026</p></div>'
            '<p style="margin-top:14px">This plan was developed with the Open Government Forum, which brings together '
            'representatives of Government Departments, public bodies and civil society. Progress is reported each quarter on gov.ie.</p>']
    for c in cs:
        body.append(f'<h2>{c["number"]}. {E(c["title"])}</h2>')
        body.append(f'<div class="meta"><b>Lead Department:</b> {E(c["lead"][0])}</div>')
        body.append('<p>Ambition: to make government more open, so that people can see how decisions are made and take part in them.</p>')
        body.append('<h4>Timeline</h4><table class="tl">')
        for k, m in enumerate(c["milestones"], 1):
            body.append(f'<tr><td class="q">{E(m["raw"])}</td><td class="r">M{k}</td><td>{E(m["text"])}</td></tr>')
        body.append('</table>')
    return "ie-nap3-2024-2026", page(css, "".join(body)), gold("ie-nap3-2024-2026", "en", "Ireland", 3, (2024, 2026), title, cs)


# ---------------------------------------------------------------- 4 Armenia
def armenia():
    title = "Open Government Partnership Fifth National Action Plan of the Republic of Armenia 2022–2024"
    cs = [
        C("1", "Introduction of an electronic system for submitting and processing petitions", [], [
            M("1.1", "Develop the technical specification of the e-petition platform by December 2022.", "December 2022", 2022, 2022, ["Office of the Prime Minister"]),
            M("1.2", "Draft amendments to the Law on Petitions and submit them to the Government in the second quarter of 2023.", "second quarter of 2023", 2023, 2023, ["Ministry of Justice"]),
            M("1.3", "Launch the e-petitions.am platform and publish usage statistics quarterly in 2024.", "2024", 2024, 2024, ["Office of the Prime Minister", "Information Systems Agency"]),
        ]),
        C("2", "Beneficial ownership transparency of legal entities", [], [
            M("2.1", "Expand the disclosure requirement to all legal entities registered in Armenia by June 2023.", "June 2023", 2023, 2023, ["Ministry of Justice"]),
            M("2.2", "Verify declared beneficial owners against state registers from January 2023 to December 2024.", "January 2023 – December 2024", 2023, 2024, ["State Register Agency of Legal Entities"]),
        ]),
        C("3", "Accountability of local self-government bodies", [], [
            M("3.1", "Publish the budgets of all consolidated communities in machine-readable format by March 2023.", "March 2023", 2023, 2023, ["Ministry of Territorial Administration and Infrastructure"]),
            M("3.2", "Organize public hearings on community development programmes in 2023–2024.", "2023–2024", 2023, 2024, ["Ministry of Territorial Administration and Infrastructure", "Communities Association of Armenia"]),
            M("3.3", "Introduce an open mapping tool for community capital investment projects by the end of 2024.", "end of 2024", 2024, 2024, ["Ministry of Territorial Administration and Infrastructure"]),
        ]),
    ]
    css = """
    @page { size: A4; margin: 25mm 18mm 20mm 25mm; }
    body { font-family: 'Liberation Serif', 'Times New Roman', serif; font-size: 12pt; line-height:1.3; }
    .c { text-align:center; font-weight:bold; }
    h3 { font-size: 12pt; margin: 16px 0 6px 0; }
    table { border-collapse:collapse; width:100%; font-size:11pt; }
    th, td { border:1px solid #000; padding: 3px 5px; vertical-align:top; }
    th { font-weight:bold; text-align:center; }
    """
    body = ['<p class="c" style="text-align:right;font-weight:normal;font-size:10pt">Annex<br>to Decision N 1563-L of the Government<br>of the Republic of Armenia of 29 September 2022</p>'
            '<p class="c" style="font-size:13pt">OPEN GOVERNMENT PARTNERSHIP<br>FIFTH NATIONAL ACTION PLAN OF THE REPUBLIC OF ARMENIA<br>2022–2024</p>'
            '<p style="text-indent:1.25cm;text-align:justify">Armenia joined the Open Government Partnership in 2011. The Fifth National Action Plan '
            'was prepared by the Open Government Partnership Armenia Multi-Stakeholder Forum and includes the commitments set out below.</p>']
    for c in cs:
        body.append(f'<h3>Commitment {c["number"]}: {E(c["title"])}</h3>')
        body.append('<table><tr><th style="width:8%">N</th><th>Action</th><th style="width:32%">Responsible body</th></tr>')
        for m in c["milestones"]:
            body.append(f'<tr><td style="text-align:center">{m["number"]}</td><td>{E(m["text"])}</td><td>{"<br>".join(E(x) for x in m["lead"])}</td></tr>')
        body.append('</table>')
    return "am-nap5-2022-2024", page(css, "".join(body)), gold("am-nap5-2022-2024", "en", "Armenia", 5, (2022, 2024), title, cs)


# ---------------------------------------------------------------- 5 Sri Lanka
def srilanka():
    title = "Sri Lanka Open Government Partnership Third National Action Plan 2024–2026"
    cs = [
        C("1", "Right to Information Proactive Disclosure", ["Right to Information Commission"], [
            M("1.1", "Issue proactive disclosure guidelines to all public authorities", "Jan 2024 – Jun 2024", 2024, 2024, ["Right to Information Commission"]),
            M("1.2", "Audit compliance of 100 public authorities with Section 8 disclosures", "Jul 2024 – Jun 2025", 2024, 2025, ["Right to Information Commission", "Transparency International Sri Lanka"]),
            M("1.3", "Publish an annual RTI compliance index", "Jan 2025 – Dec 2026", 2025, 2026, ["Right to Information Commission"]),
        ], (2024, 2026)),
        C("2", "Open Budget and Public Finance", ["Ministry of Finance, Economic Stabilization and National Policies"], [
            M("2.1", "Publish a Citizens’ Budget in Sinhala, Tamil and English", "Nov 2024 – Dec 2024", 2024, 2024, ["Department of National Budget"]),
            M("2.2", "Release quarterly fiscal reports on the Ministry of Finance website", "Jan 2024 – Dec 2025", 2024, 2025, ["Department of Fiscal Policy"]),
            M("2.3", "Hold pre-budget consultations with provincial civil society forums", "Aug 2025 – Oct 2025", 2025, 2025, ["Department of National Budget", "Provincial Councils"]),
        ], (2024, 2025)),
        C("3", "Transparency in Public Procurement", ["National Procurement Commission"], [
            M("3.1", "Operationalise the e-Government Procurement system for central ministries", "Mar 2024 – Mar 2025", 2024, 2025, ["National Procurement Commission"]),
            M("3.2", "Publish procurement plans and contract awards above LKR 25 million", "Jun 2024 – Dec 2026", 2024, 2026, ["National Procurement Commission", "Ministry of Finance"]),
        ], (2024, 2026)),
    ]
    css = """
    @page { size: A4 landscape; margin: 14mm 16mm; }
    body { font-family: 'DejaVu Sans Condensed', 'DejaVu Sans', sans-serif; font-size: 9.5pt; color:#202020; }
    .banner { border-bottom: 4px solid #8d153a; margin-bottom: 10px; }
    .banner span { color:#8d153a; font-size:16pt; font-weight:bold; }
    .box { display:flex; margin-top: 14px; page-break-inside: avoid; }
    .box .n { background:#eb7400; color:#fff; font-size: 26pt; font-weight:bold; width: 22mm; text-align:center; padding-top:4px; }
    .box .t { background:#00534e; color:#fff; flex:1; font-size: 13pt; padding: 10px 14px; }
    .la { background:#f2f2ea; padding: 5px 10px; margin-bottom: 4px; }
    table { border-collapse:collapse; width:100%; }
    th, td { border: 1px solid #7a7a7a; padding: 4px 6px; vertical-align: top; }
    th { background:#ffbe29; }
    th.sub { background:#ffe3a3; }
    """
    body = ['<div class="banner"><span>SRI LANKA</span> &nbsp; Open Government Partnership — Third National Action Plan 2024–2026</div>'
            '<p>Prepared by the Presidential Secretariat in partnership with the OGP Civil Society Coordination Committee.</p>']
    for c in cs:
        body.append(f'<div class="box"><div class="n">{int(c["number"]):02d}</div><div class="t">{E(c["title"])}</div></div>')
        body.append(f'<div class="la"><b>Lead Agency:</b> {E(c["lead"][0])} &nbsp;&nbsp;|&nbsp;&nbsp; <b>Duration:</b> {c["period"][0]}–{c["period"][1]}</div>')
        body.append('<table><tr><th colspan="2">Milestone</th><th colspan="2">Timeframe</th><th rowspan="2" style="width:26%">Responsible Agency</th></tr>'
                    '<tr><th class="sub" style="width:6%">No.</th><th class="sub">Description</th><th class="sub" style="width:10%">Start</th><th class="sub" style="width:10%">End</th></tr>')
        for m in c["milestones"]:
            s, e = m["raw"].split(" – ")
            body.append(f'<tr><td>{m["number"]}</td><td>{E(m["text"])}</td><td>{s}</td><td>{e}</td><td>{"<br>".join(E(x) for x in m["lead"])}</td></tr>')
        body.append('</table>')
    return "lk-nap3-2024-2026", page(css, "".join(body)), gold("lk-nap3-2024-2026", "en", "Sri Lanka", 3, (2024, 2026), title, cs)


# ---------------------------------------------------------------- 6 Paraguay
def paraguay():
    title = "V Plan de Acción Nacional de Gobierno Abierto 2022-2024"
    cs = [
        C("1", "Transparencia en las contrataciones públicas de salud", ["Dirección Nacional de Contrataciones Públicas (DNCP)"], [
            M("1.1", "Publicar en formato de datos abiertos los contratos de insumos médicos del Ministerio de Salud Pública y Bienestar Social.", "octubre 2022 – junio 2023", 2022, 2023, outputs=["Conjunto de datos publicado en el portal de la DNCP"]),
            M("1.2", "Implementar un tablero de seguimiento de precios de referencia de medicamentos.", "julio 2023 – diciembre 2023", 2023, 2023, outputs=["Tablero en línea"]),
            M("1.3", "Realizar mesas de trabajo con organizaciones de la sociedad civil para el monitoreo ciudadano.", "enero 2024 – junio 2024", 2024, 2024, outputs=["Actas de las mesas de trabajo", "Informe de recomendaciones"]),
        ], (2022, 2024)),
        C("2", "Acceso a la información pública municipal", ["Secretaría Técnica de Planificación del Desarrollo Económico y Social (STP)", "Ministerio de Justicia"], [
            M("2.1", "Capacitar a funcionarios de 50 municipios en la Ley N° 5282/14 de libre acceso ciudadano a la información pública.", "noviembre 2022 – agosto 2023", 2022, 2023, outputs=["Registro de funcionarios capacitados"]),
            M("2.2", "Incorporar a los municipios capacitados al Portal Unificado de Información Pública.", "septiembre 2023 – junio 2024", 2023, 2024, outputs=["Municipios integrados al portal"]),
        ], (2022, 2024)),
    ]
    css = """
    @page { size: A4; margin: 20mm 18mm; }
    body { font-family: 'Liberation Sans', Arial, sans-serif; font-size: 10pt; }
    .enc { display:flex; justify-content: space-between; border-bottom: 2px solid #d52b1e; padding-bottom: 6px; font-size: 9pt; color:#0038a8; }
    h1 { font-size: 15pt; text-align:center; color:#0038a8; margin: 14px 0 2px 0; }
    .pais { text-align:center; font-size:11pt; margin-bottom:14px; }
    table { border-collapse: collapse; width: 100%; margin-bottom: 10px; }
    td, th { border: 1px solid #888; padding: 4px 6px; vertical-align: top; }
    .ficha td.k { background: #0038a8; color: #fff; width: 30%; font-weight: bold; }
    .metas th { background: #dde6f5; }
    .sec { page-break-before: always; }
    """
    body = ['<div class="enc"><span>Gobierno Abierto Paraguay</span><span>Secretaría Técnica de Planificación</span></div>'
            '<h1>V Plan de Acción Nacional de Gobierno Abierto 2022-2024</h1><div class="pais">República del Paraguay</div>'
            '<p style="text-align:justify">El presente plan fue elaborado por la Mesa Conjunta de Gobierno Abierto, integrada por instituciones '
            'del Estado y organizaciones de la sociedad civil, tras un proceso de cocreación realizado en Asunción y en los departamentos.</p>']
    for i, c in enumerate(cs):
        cls = ' class="sec"' if i == 1 else ""
        body.append(f'<div{cls}><table class="ficha">'
                    f'<tr><td class="k">Compromiso {c["number"]}</td><td><b>{E(c["title"])}</b></td></tr>'
                    f'<tr><td class="k">Institución responsable</td><td>{"<br>".join(E(x) for x in c["lead"])}</td></tr>'
                    f'<tr><td class="k">Fecha de inicio y término</td><td>{"octubre" if i == 0 else "noviembre"} {c["period"][0]} – junio {c["period"][1]}</td></tr>'
                    '<tr><td class="k">Descripción</td><td>El compromiso busca que la ciudadanía cuente con información oportuna y reutilizable '
                    'para ejercer el control social sobre la gestión pública.</td></tr></table>')
        body.append('<table class="metas"><tr><th style="width:5%">N°</th><th>Meta</th><th style="width:13%">Fecha de inicio</th><th style="width:13%">Fecha de término</th><th style="width:24%">Entregable</th></tr>')
        for k, m in enumerate(c["milestones"], 1):
            s, e = m["raw"].split(" – ")
            body.append(f'<tr><td>{k}</td><td>{E(m["text"])}</td><td>{s}</td><td>{e}</td><td>{"<br>".join(E(x) for x in m["outputs"])}</td></tr>')
        body.append('</table></div>')
    return "py-nap5-2022-2024", page(css, "".join(body), "es"), gold("py-nap5-2022-2024", "es", "Paraguay", 5, (2022, 2024), title, cs)


# ---------------------------------------------------------------- 7 Argentina
def argentina():
    title = "Quinto Plan de Acción Nacional de Gobierno Abierto 2022-2024"
    cs = [
        C("1", "Transparencia y participación en la política climática", ["Ministerio de Ambiente y Desarrollo Sostenible"], [
            M("1.1", "Publicar los datos del Inventario Nacional de Gases de Efecto Invernadero en formato abierto.", "marzo 2023 – diciembre 2023", 2023, 2023, ["Dirección Nacional de Cambio Climático"]),
            M("1.2", "Realizar cuatro encuentros regionales de participación sobre el Plan Nacional de Adaptación y Mitigación.", "abril 2023 – noviembre 2023", 2023, 2023, ["Dirección Nacional de Cambio Climático"]),
            M("1.3", "Desarrollar un tablero de seguimiento de las medidas del Plan con actualización semestral.", "enero 2024 – agosto 2024", 2024, 2024, ["Subsecretaría de Gestión Administrativa de Innovación Pública"]),
        ]),
        C("2", "Apertura de información sobre obra pública", ["Ministerio de Obras Públicas"], [
            M("2.1", "Ampliar el Mapa de Inversiones con datos georreferenciados de avance físico y financiero.", "diciembre 2022 – junio 2023", 2022, 2023, ["Secretaría de Infraestructura y Política Hídrica"]),
            M("2.2", "Incorporar un módulo de consultas y denuncias ciudadanas sobre obras en ejecución.", "julio 2023 – marzo 2024", 2023, 2024, ["Ministerio de Obras Públicas", "Oficina Anticorrupción"]),
        ]),
        C("3", "Fortalecimiento de la Ley de Acceso a la Información Pública", ["Agencia de Acceso a la Información Pública (AAIP)"], [
            M("3.1", "Elaborar un índice de transparencia activa de los sujetos obligados.", "febrero 2023 – octubre 2023", 2023, 2023, ["AAIP"]),
            M("3.2", "Capacitar a los responsables de acceso a la información de organismos provinciales adheridos.", "2023 – 2024", 2023, 2024, ["AAIP", "Consejo Federal para la Transparencia"]),
        ]),
    ]
    css = """
    @page { size: A4; margin: 16mm 20mm 18mm 20mm; }
    body { font-family: 'DejaVu Sans', sans-serif; font-size: 9.5pt; color:#333; }
    .tope { color:#37bbed; font-size: 9pt; text-transform: uppercase; letter-spacing:2px; }
    h1 { font-size: 17pt; color:#1d3557; margin: 2px 0 12px 0; }
    .cab { margin-top: 20px; }
    .cab .k { background:#37bbed; color:#fff; display:inline-block; padding: 2px 10px; font-size:9pt; font-weight:bold; }
    .cab .t { font-size: 13pt; color:#1d3557; font-weight:bold; border-bottom: 1px solid #37bbed; padding: 4px 0; }
    .org { margin: 5px 0 8px 0; }
    .act { border-left: 3px solid #1d3557; margin: 6px 0 6px 8px; padding: 2px 10px; }
    .act .d { font-size:8.5pt; color:#666; margin-top:2px; }
    """
    body = ['<div class="tope">Argentina · Gobierno Abierto</div><h1>Quinto Plan de Acción Nacional de Gobierno Abierto 2022-2024</h1>'
            '<p>La República Argentina presenta su quinto plan de acción ante la Alianza para el Gobierno Abierto. Los compromisos fueron '
            'cocreados en la Mesa Nacional de Gobierno Abierto con la participación de organismos públicos y organizaciones de la sociedad civil.</p>']
    for c in cs:
        body.append(f'<div class="cab"><span class="k">Compromiso {c["number"]}</span><div class="t">{E(c["title"])}</div></div>')
        body.append(f'<div class="org"><b>Organismo responsable:</b> {E(c["lead"][0])}</div>')
        body.append('<div><b>Actividades</b></div>')
        for k, m in enumerate(c["milestones"], 1):
            s, e = [x.strip() for x in m["raw"].split("–")]
            body.append(f'<div class="act">{k}) {E(m["text"])}<div class="d">Responsable: {", ".join(E(x) for x in m["lead"])} · Inicio: {s} · Término: {e}</div></div>')
    return "ar-nap5-2022-2024", page(css, "".join(body), "es"), gold("ar-nap5-2022-2024", "es", "Argentina", 5, (2022, 2024), title, cs)


# ---------------------------------------------------------------- 8 México
def mexico():
    title = "Cuarto Plan de Acción 2019-2021"
    cs = [
        C("1", "Gasto abierto y responsable en programas sociales", ["Secretaría de Bienestar"], [
            M("1.1", "Publicar el padrón único de beneficiarios de programas sociales en formato de datos abiertos.", "Septiembre 2019 – Marzo 2020", 2019, 2020),
            M("1.2", "Diseñar un mecanismo de contraloría social con participación de organizaciones locales.", "Enero 2020 – Diciembre 2020", 2020, 2020),
            M("1.3", "Evaluar la calidad de los datos publicados y difundir los resultados.", "Enero 2021 – Agosto 2021", 2021, 2021),
        ], (2019, 2021), ["Fundar, Centro de Análisis e Investigación"]),
        C("2", "Transparencia para el monitoreo y vigilancia de los fideicomisos", ["Secretaría de Hacienda y Crédito Público"], [
            M("2.1", "Emitir lineamientos para la publicación de información financiera de fideicomisos sin estructura.", "Octubre 2019 – Junio 2020", 2019, 2020),
            M("2.2", "Integrar la información de fideicomisos en el portal Transparencia Presupuestaria.", "Julio 2020 – Agosto 2021", 2020, 2021),
        ], (2019, 2021), ["México Evalúa"]),
        C("3", "Derechos sexuales y reproductivos para las y los jóvenes", ["Consejo Nacional de Población"], [
            M("3.1", "Sistematizar la información sobre servicios amigables de salud sexual y reproductiva en las entidades federativas.", "Noviembre 2019 – Mayo 2020", 2019, 2020),
            M("3.2", "Publicar un micrositio con información georreferenciada de los servicios.", "Junio 2020 – Diciembre 2020", 2020, 2020),
            M("3.3", "Realizar foros de rendición de cuentas con jóvenes en cinco entidades.", "Enero 2021 – Agosto 2021", 2021, 2021),
        ], (2019, 2021), ["Balance, Promoción para el Desarrollo y Juventud", "Equifonía"]),
    ]
    css = """
    @page { size: Letter; margin: 20mm 22mm; }
    body { font-family: 'Liberation Serif', serif; font-size: 11pt; color:#222; }
    .portada { page-break-after: always; text-align: center; padding-top: 60mm; }
    .portada h1 { font-size: 28pt; color:#691c32; margin-bottom: 4px; }
    .portada .s { font-size: 14pt; color:#bc955c; }
    h2 { font-family: 'Liberation Sans', sans-serif; font-size: 12.5pt; color:#691c32; border-bottom: 2px solid #bc955c; margin-top: 22px; }
    dl { margin: 6px 0; }
    dt { font-weight:bold; float:left; width: 48%; clear:left; }
    dd { margin-left: 50%; margin-bottom: 4px; }
    table { border-collapse: collapse; width:100%; font-family:'Liberation Sans', sans-serif; font-size: 9.5pt; }
    th { background:#691c32; color:#fff; padding: 4px; }
    td { border-bottom: 1px solid #bc955c; padding: 4px; vertical-align: top; }
    """
    body = ['<div class="portada"><div style="letter-spacing:4px">ALIANZA PARA EL GOBIERNO ABIERTO</div><h1>México</h1>'
            '<div class="s">Cuarto Plan de Acción 2019-2021</div>'
            '<p style="margin-top:60mm;font-size:10pt">Secretariado Técnico Tripartita<br>Secretaría de la Función Pública · INAI · Núcleo de Organizaciones de la Sociedad Civil</p></div>']
    for c in cs:
        body.append(f'<h2>Compromiso {c["number"]}: {E(c["title"])}</h2>')
        body.append('<dl>'
                    f'<dt>Institución responsable de la implementación</dt><dd>{E(c["lead"][0])}</dd>'
                    f'<dt>Organizaciones de la sociedad civil corresponsables</dt><dd>{"<br>".join(E(x) for x in c["cso"])}</dd>'
                    f'<dt>Periodo de implementación</dt><dd>Septiembre {c["period"][0]} – Agosto {c["period"][1]}</dd></dl>')
        body.append('<p style="clear:both">Objetivo general: Fortalecer la rendición de cuentas mediante información pública útil y mecanismos de participación ciudadana.</p>')
        body.append('<table><tr><th style="width:8%">No.</th><th>Meta</th><th style="width:30%">Periodo de ejecución</th></tr>')
        for m in c["milestones"]:
            body.append(f'<tr><td>{m["number"]}</td><td>{E(m["text"])}</td><td>{E(m["raw"])}</td></tr>')
        body.append('</table>')
    return "mx-nap4-2019-2021", page(css, "".join(body), "es"), gold("mx-nap4-2019-2021", "es", "México", 4, (2019, 2021), title, cs)


def to_pdf(html_path, pdf_path):
    prof = tempfile.mkdtemp(prefix="chr-")
    try:
        r = subprocess.run(["chromium", "--headless", "--no-sandbox", "--disable-gpu",
                            "--disable-dev-shm-usage", "--no-pdf-header-footer",
                            f"--user-data-dir={prof}", f"--print-to-pdf={pdf_path}",
                            "file://" + html_path], capture_output=True, text=True, timeout=120)
        if not os.path.exists(pdf_path):
            sys.exit(f"chromium failed for {html_path}: {r.stderr[-800:]}")
    finally:
        shutil.rmtree(prof, ignore_errors=True)


def main():
    tmp = tempfile.mkdtemp(prefix="dev6-html-")
    try:
        for fn in (kenya, philippines, ireland, armenia, srilanka, paraguay, argentina, mexico):
            name, doc, g = fn()
            hp = os.path.join(tmp, name + ".html")
            with open(hp, "w", encoding="utf-8") as f:
                f.write(doc)
            pdf = os.path.join(OUT, name + ".pdf")
            if os.path.exists(pdf):
                os.remove(pdf)
            to_pdf(hp, pdf)
            with open(os.path.join(OUT, name + ".gold.json"), "w", encoding="utf-8") as f:
                json.dump(g, f, ensure_ascii=False, indent=1)
                f.write("\n")
            print("wrote", name)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


if __name__ == "__main__":
    main()
