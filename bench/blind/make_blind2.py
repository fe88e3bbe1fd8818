import hashlib, html, json, os, re, subprocess, unicodedata

OUT = os.path.dirname(os.path.abspath(__file__))

def e(s):
    return html.escape(s, quote=True)

def render(name, body):
    hp = os.path.join(OUT, name + ".html")
    with open(hp, "w", encoding="utf-8") as f:
        f.write(body)
    pdf = os.path.join(OUT, name + ".pdf")
    subprocess.run(["nice", "-n", "10", "chromium", "--headless", "--no-sandbox", "--disable-gpu",
                    "--run-all-compositor-stages-before-draw", "--virtual-time-budget=2000",
                    f"--print-to-pdf={pdf}", "--no-pdf-header-footer", "file://" + hp],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    os.remove(hp)
    return pdf

def npages(pdf):
    out = subprocess.run(["pdfinfo", pdf], capture_output=True, text=True).stdout
    return int(re.search(r"Pages:\s+(\d+)", out).group(1))

def key(s):
    s = unicodedata.normalize("NFKC", s).casefold()
    return re.sub(r"[\W_]+", "", s)

def page_keys(pdf):
    n = npages(pdf)
    res = []
    for p in range(1, n + 1):
        t = subprocess.run(["pdftotext", "-f", str(p), "-l", str(p), pdf, "-"],
                           capture_output=True, text=True).stdout
        res.append(key(t))
    return res

class Pager:
    def __init__(self, pdf):
        self.pk = page_keys(pdf)
    def find(self, text, start=1, n=40, strict=False):
        k = key(text)[:n]
        for i in range(start - 1, len(self.pk)):
            if k in self.pk[i]:
                return i + 1
        if strict:
            raise SystemExit(f"not found (strict): {text[:60]!r}")
        for m in (18, 10):
            k = key(text)[:m]
            for i in range(start - 1, len(self.pk)):
                if k in self.pk[i]:
                    return i + 1
        raise SystemExit(f"not found: {text[:60]!r}")

def fold(s):
    return re.sub(r"\s+", " ", unicodedata.normalize("NFC", s)).strip()

def write_gold(name, pdf, lang, kind, body=None, warnings=()):
    with open(pdf, "rb") as f:
        sha = hashlib.sha256(f.read()).hexdigest()
    g = {"schema": "ogpx/1",
         "source": {"file": os.path.basename(pdf), "sha256": sha, "pages": npages(pdf),
                    "language": [lang], "ocr_pages": []},
         "kind": kind}
    if body is not None:
        g[kind] = body
    g["warnings"] = list(warnings)
    with open(os.path.join(OUT, name + ".gold.json"), "w", encoding="utf-8") as f:
        json.dump(g, f, ensure_ascii=False, indent=2)
        f.write("\n")

def yr_range(raw):
    ys = [int(y) for y in re.findall(r"(?<!\d)(20\d\d)(?!\d)", raw)]
    if not ys:
        return {"raw": raw, "start": None, "end": None}
    return {"raw": raw, "start": ys[0], "end": ys[-1]}

def sup(gov=(), cso=(), other=()):
    return {"government": list(gov), "civil_society": list(cso), "other": list(other)}

NOPROB = {"problem": None, "causes": None, "done_so_far": None, "solution": None, "results": None}

def plan_pages(pager, commitments, first_page=1):
    """Fill commitment and milestone pages from the PDF text."""
    start = first_page
    for c in commitments:
        cp = pager.find(c["title"], start, strict=True)
        last = cp
        for m in c["milestones"]:
            mp = pager.find(m["text"], cp)
            m["pages"] = [mp]
            last = max(last, mp)
        c["pages"] = list(range(cp, last + 1))
        start = cp

_OTF = {"NimbusSans": ("NimbusSans-Regular", "NimbusSans-Bold", "NimbusSans-Italic", "NimbusSans-BoldItalic"),
        "P052x": ("P052-Roman", "P052-Bold", "P052-Italic", "P052-BoldItalic"),
        "Gothic": ("URWGothic-Book", "URWGothic-Demi", "URWGothic-BookOblique", "URWGothic-DemiOblique"),
        "C059x": ("C059-Roman", "C059-Bold", "C059-Italic", "C059-BdIta"),
        "Bookman": ("URWBookman-Light", "URWBookman-Demi", "URWBookman-LightItalic", "URWBookman-DemiItalic")}

def faces(*fams):
    out = []
    for fam in fams:
        r, b, i, bi = _OTF[fam]
        for f, w, s in ((r, "normal", "normal"), (b, "bold", "normal"), (i, "normal", "italic"), (bi, "bold", "italic")):
            out.append(f"@font-face {{ font-family: '{fam}'; font-weight: {w}; font-style: {s}; "
                       f"src: url('file:///usr/share/fonts/opentype/urw-base35/{f}.otf'); }}")
    return "\n".join(out)

# ---------------------------------------------------------------- 1 Ghana
def doc_ghana():
    name = "ghana-ogp-nap5-2025-2027"
    C = [
     dict(number="1", title="Beneficial Ownership Transparency in Public Procurement",
          lead=["Office of the Registrar of Companies"],
          gov=["Public Procurement Authority", "Ministry of Finance"],
          cso=["Ghana Anti-Corruption Coalition", "Centre for Democratic Development (CDD-Ghana)"],
          other=["Open Ownership"], dur="January 2025 – December 2026",
          problem="Companies bidding for public contracts can hide their real owners behind nominee shareholders. Procurement entities cannot identify conflicts of interest or detect collusion among bidders, and losses from inflated contracts remain high.",
          solution="Require every company bidding for a public contract to disclose its beneficial owners, connect the beneficial ownership register to the electronic procurement system, and publish the ownership data of all awarded contractors.",
          ms=["Amend the standard tender documents of the Public Procurement Authority to require disclosure of the beneficial owners of bidding companies (Q2 2025)",
              "Link the beneficial ownership register to the Ghana Electronic Procurement System (GHANEPS) (Q4 2025)",
              "Publish beneficial ownership data of awarded contractors in open data format on the PPA portal (Q2 2026)",
              "Train 300 procurement officers in the 16 regions on beneficial ownership verification (Q4 2026)"]),
     dict(number="2", title="Implementing the Right to Information Act in Metropolitan, Municipal and District Assemblies",
          lead=["Right to Information Commission"],
          gov=["Local Government Service", "Ministry of Information"],
          cso=["Media Foundation for West Africa", "Right to Information Coalition Ghana"],
          other=[], dur="March 2025 – June 2027",
          problem="Five years after the Right to Information Act, 2019 (Act 989) came into force, most district assemblies have no trained information officer, and requests from citizens outside the regional capitals often go unanswered.",
          solution="Designate and train information officers in every assembly, give citizens a single online channel to track requests, and rank assemblies publicly on their compliance with proactive disclosure.",
          ms=["Designate and train Right to Information officers in all 261 MMDAs (Q3 2025)",
              "Launch an online request tracking portal for MMDAs (Q1 2026)",
              "Publish the first annual compliance ranking of MMDAs on proactive disclosure (Q4 2026)",
              "Hold citizen awareness fora on the right to information in the 16 regional capitals (Q2 2027)"]),
     dict(number="3", title="Citizen Participation in the National Budget Process",
          lead=["Ministry of Finance"],
          gov=["National Development Planning Commission"],
          cso=["SEND Ghana", "Ghana Integrity Initiative"],
          other=[], dur="January 2025 – December 2027",
          problem="Pre-budget consultations are held irregularly and their outcomes are not reported back to the citizens who take part. Budget execution information is published late and in formats that are hard to use.",
          solution="Institutionalise regional pre-budget consultations, publish a Citizens' Budget in local languages and release quarterly budget execution reports on a fixed calendar.",
          ms=["Publish a Citizens' Budget in English and four Ghanaian languages within one month of budget approval (Q1 2025)",
              "Conduct pre-budget consultations in all 16 regions and publish summaries of the inputs received (Q3 2025)",
              "Publish quarterly budget execution reports on the Ministry of Finance website (Q4 2025)",
              "Issue ministerial guidelines that make the pre-budget consultations a standing part of the budget calendar (Q2 2026)"]),
     dict(number="4", title="Open Contracting in the Extractive Sector",
          lead=["Minerals Commission"],
          gov=["Petroleum Commission", "Ghana Extractive Industries Transparency Initiative Secretariat"],
          cso=["Africa Centre for Energy Policy", "Publish What You Pay Ghana"],
          other=[], dur="July 2025 – June 2027",
          problem="Mining leases and petroleum agreements are published incompletely and with long delays, which limits public scrutiny of the fiscal terms negotiated on behalf of citizens.",
          solution="Publish all active mining leases, adopt the Open Contracting Data Standard for petroleum agreements and review contract disclosure jointly with civil society.",
          ms=["Publish all active mining lease agreements on the Ghana Mining Repository (Q4 2025)",
              "Adopt the Open Contracting Data Standard for the publication of petroleum agreements (Q2 2026)",
              "Conduct two multi-stakeholder reviews of contract disclosure and publish the review reports (Q1 2027)"]),
    ]
    PGOV = ["Office of the Head of the Civil Service", "Ministry of Finance", "Ministry of Information",
            "Right to Information Commission", "Office of the Registrar of Companies", "Public Procurement Authority",
            "Minerals Commission", "Petroleum Commission", "National Development Planning Commission",
            "Local Government Service"]
    PCSO = ["Ghana Anti-Corruption Coalition", "Centre for Democratic Development (CDD-Ghana)", "SEND Ghana",
            "Ghana Integrity Initiative", "Media Foundation for West Africa", "Africa Centre for Energy Policy",
            "Publish What You Pay Ghana", "Right to Information Coalition Ghana", "Penplusbytes"]
    css = """
    @page { size: A4; margin: 22mm 20mm 20mm 20mm;
      @bottom-right { content: counter(page); font: 9pt 'Liberation Serif'; color:#555 }
      @top-left { content: "Ghana OGP Fifth National Action Plan 2025–2027"; font: italic 8.5pt 'Liberation Serif'; color:#777 } }
    @page :first { margin: 0; @bottom-right { content: none } @top-left { content: none } }
    body { margin: 0; font-family: 'Liberation Serif'; font-size: 11.5pt; line-height: 1.38; color:#111; }
    .cover { height: 296mm; overflow: hidden; box-sizing: border-box; padding: 40mm 25mm; background: #fff;
             border-left: 14mm solid #006b3f; page-break-after: always; position: relative }
    .cover .flag { height: 6mm; background: linear-gradient(to right, #ce1126 33%, #fcd116 33% 66%, #006b3f 66%); margin-bottom: 30mm }
    .cover .rep { font: bold 14pt 'Liberation Sans'; letter-spacing: 3px; color:#333 }
    .cover h1 { font: bold 30pt 'Liberation Sans'; color:#006b3f; margin: 12mm 0 4mm }
    .cover .yrs { font: 22pt 'Liberation Sans'; color:#ce1126 }
    .cover .by { position:absolute; bottom: 30mm; font-size: 12pt; color:#333 }
    h2 { font: bold 15pt 'Liberation Sans'; color:#0b2e59; border-bottom: 2px solid #006b3f; padding-bottom: 2pt; margin-top: 18pt }
    h3 { font: bold 12pt 'Liberation Sans'; color:#333; margin: 8pt 0 2pt; break-after: avoid }
    h2 { break-after: avoid }
    .lbl { font-weight: bold }
    p.f { margin: 2pt 0 }
    ol.ms { list-style-type: lower-alpha; margin: 3pt 0 6pt; padding-left: 22pt }
    ol.ms li { margin-bottom: 3pt }
    ol.ms li::marker { content: counter(list-item, lower-alpha) ")  " }
    .commit { page-break-inside: auto; margin-bottom: 10pt }
    ul.plain { columns: 2; margin: 4pt 0 }
    """
    h = [f"<html><head><meta charset='utf-8'><style>{css}</style></head><body>"]
    h.append("""<div class='cover'><div class='flag'></div><div class='rep'>REPUBLIC OF GHANA</div>
    <h1>Open Government Partnership<br>Fifth National Action Plan</h1><div class='yrs'>2025 – 2027</div>
    <div class='by'>Office of the Head of the Civil Service<br>Accra, January 2025</div></div>""")
    h.append("""<h2>Foreword</h2>
    <p>Ghana joined the Open Government Partnership (OGP) in 2011 and has since implemented four national action plans. This Fifth National Action Plan was developed between May and November 2024 through a co-creation process led by the OGP Steering Committee, which brings together representatives of government institutions and civil society organisations in equal numbers.</p>
    <p>More than 400 citizens took part in regional consultations held in Tamale, Kumasi, Takoradi and Ho. Their proposals were reviewed by thematic working groups, and four commitments were finally selected on the basis of their relevance to OGP values, their potential to change government practice and the willingness of an institution to lead their implementation.</p>
    <p>The plan will be implemented from January 2025 to December 2027. Progress will be reported twice a year on the national OGP website, and the Independent Reporting Mechanism will assess the design and results of the plan.</p>
    <p>I thank all those who contributed to this plan and call on every lead institution to take ownership of its commitment.</p>
    <p style='margin-top:14pt'><i>Head of the Civil Service</i><br>Chair, Ghana OGP Steering Committee</p>
    <h2>Commitments</h2>""")
    for c in C:
        h.append(f"<div class='commit'><h2 style='border:none;margin-top:14pt'>{c['number']}. {e(c['title'])}</h2>")
        h.append(f"<p class='f'><span class='lbl'>Lead institution:</span> {e(c['lead'][0])}</p>")
        h.append(f"<p class='f'><span class='lbl'>Supporting government institutions:</span> {e('; '.join(c['gov']))}</p>")
        h.append(f"<p class='f'><span class='lbl'>Civil society partners:</span> {e('; '.join(c['cso']))}</p>")
        if c["other"]:
            h.append(f"<p class='f'><span class='lbl'>Other actors:</span> {e('; '.join(c['other']))}</p>")
        h.append(f"<p class='f'><span class='lbl'>Duration:</span> {e(c['dur'])}</p>")
        h.append(f"<h3>Problem to be addressed</h3><p>{e(c['problem'])}</p>")
        h.append(f"<h3>Proposed solution</h3><p>{e(c['solution'])}</p>")
        h.append("<h3>Milestones</h3><ol class='ms'>" + "".join(f"<li>{e(m)}</li>" for m in c["ms"]) + "</ol></div>")
    h.append("<h2 style='page-break-before:always'>Annex: Participants in the Co-creation Process</h2>")
    h.append("<p>The following institutions and organisations took part in the meetings of the OGP Steering Committee and its working groups.</p>")
    h.append("<h3>Government institutions</h3><ul class='plain'>" + "".join(f"<li>{e(x)}</li>" for x in PGOV) + "</ul>")
    h.append("<h3>Civil society organisations</h3><ul class='plain'>" + "".join(f"<li>{e(x)}</li>" for x in PCSO) + "</ul>")
    h.append("</body></html>")
    pdf = render(name, "\n".join(h))
    comms = []
    for c in C:
        ms = []
        for i, m in enumerate(c["ms"], 1):
            raw = re.search(r"\((Q\d 20\d\d)\)$", m).group(1)
            ms.append({"number": f"{c['number']}.{i}", "group": None, "text": m, "outputs": [],
                       "due": yr_range(raw), "lead": [], "supporting": sup(), "pages": []})
        a, b = re.findall(r"20\d\d", c["dur"])
        comms.append({"number": c["number"], "title": c["title"], "lead": c["lead"],
                      "supporting": sup(c["gov"], c["cso"], c["other"]),
                      "period": {"start": int(a), "end": int(b)},
                      "problem": dict(NOPROB, problem=c["problem"], solution=c["solution"]),
                      "milestones": ms, "pages": []})
    plan_pages(Pager(pdf), comms, 2)
    body = {"country": "Ghana", "plan_number": 5, "period": {"start": 2025, "end": 2027},
            "title": "Open Government Partnership Fifth National Action Plan 2025 – 2027",
            "participants": {"government": PGOV, "civil_society": PCSO},
            "commitments": comms}
    write_gold(name, pdf, "en", "action_plan", body)

# ---------------------------------------------------------------- 2 New Zealand
def doc_nz():
    name = "nz-national-action-plan-2025-2027"
    C = [
     dict(title="Strengthening public participation in policy making",
          lead="Department of the Prime Minister and Cabinet",
          intro="New Zealanders have told us that they want to be involved earlier in the development of policies that affect them, and that consultation too often happens once decisions have already been made. Agencies use different approaches and there is no shared standard for good participation.",
          leadtxt="The Department of the Prime Minister and Cabinet will lead this commitment, drawing on the experience of agencies that have run deliberative processes in recent years.",
          ms=[("Publish a public participation guide and toolkit for agencies", "December 2025"),
              ("Pilot the toolkit with five agencies and publish an evaluation of the pilots", "September 2026"),
              ("Report to Cabinet on options to embed participation standards across the public service", "June 2027")]),
     dict(title="Transparency of algorithm use by government agencies",
          lead="Stats NZ",
          intro="Government agencies increasingly use algorithms to inform decisions about people. The Algorithm Charter for Aotearoa New Zealand sets out commitments on transparency and accountability, but it is voluntary and the public cannot easily find out which algorithms are in use.",
          leadtxt="Stats NZ, as the home of the Government Chief Data Steward, is the lead agency for this commitment.",
          ms=[("Expand the Algorithm Charter to cover all public service departments", "March 2026"),
              ("Publish an online register of operational algorithms used by Charter signatories", "October 2026"),
              ("Complete an independent review of Charter implementation and publish its findings", "June 2027")]),
     dict(title="Improving access to official information",
          lead="Ministry of Justice",
          intro="The Official Information Act 1982 is a cornerstone of open government in New Zealand. Requesters continue to report delays and inconsistent practice between agencies, and proactive release of information is uneven.",
          leadtxt="This commitment will be led by the Ministry of Justice.",
          ms=[("Publish Official Information Act request statistics for all agencies every six months", "January 2026"),
              ("Consult publicly on revised proactive release guidance", "August 2026"),
              ("Issue updated proactive release guidance to all agencies", "March 2027")]),
     dict(title="Open procurement data",
          lead="Ministry of Business, Innovation and Employment",
          intro="Government spends around $51.5 billion each year on goods and services. Information about contracts is published in different places and formats, making it difficult for businesses, journalists and communities to follow how public money is spent.",
          leadtxt="This commitment will be led by the Ministry of Business, Innovation and Employment.",
          ms=[("Publish contract award notices from the Government Electronic Tenders Service (GETS) as open data using the Open Contracting Data Standard", "November 2025"),
              ("Publish a dashboard of significant service contracts", "July 2026"),
              ("Evaluate data quality and use of the data together with civil society users", "April 2027")]),
    ]
    css = """
    @page { size: A4; margin: 25mm 22mm 22mm 22mm;
      @top-right { content: "New Zealand National Action Plan 2025–2027"; font: 8pt 'DejaVu Sans'; color:#6b7c85 }
      @bottom-center { content: "Page " counter(page); font: 8pt 'DejaVu Sans'; color:#6b7c85 } }
    body { font-family: 'DejaVu Sans'; font-size: 9.6pt; line-height: 1.5; color:#222 }
    h1 { font: 300 22pt 'DejaVu Sans'; color:#00525e; margin: 0 0 4pt }
    .sub { font-size: 12pt; color:#555; margin-bottom: 16pt }
    h2.sec { font-size: 13pt; color:#00525e; margin-top: 18pt }
    h2.c { font-size: 15pt; font-weight: bold; color:#0d7f8c; margin: 22pt 0 6pt }
    table { border-collapse: collapse; width: 100%; margin: 6pt 0 10pt }
    th { text-align:left; font-weight: bold; border-bottom: 1.5pt solid #0d7f8c; padding: 4pt 6pt; color:#00525e }
    td { border-bottom: 0.5pt solid #b7c9cc; padding: 4pt 6pt; vertical-align: top }
    td.d { width: 28%; white-space: nowrap }
    """
    h = [f"<html><head><meta charset='utf-8'><style>{css}</style></head><body>"]
    h.append("""<h1>Open Government Partnership<br>New Zealand National Action Plan 2025–2027</h1>
    <div class='sub'>Te Mahere Rautaki ā-Motu mō te Kāwanatanga Tuwhera</div>
    <h2 class='sec'>Introduction</h2>
    <p>New Zealand joined the Open Government Partnership in 2013. This is New Zealand's fifth National Action Plan. It was developed with an Expert Advisory Panel and informed by public engagement held online and in person across the motu between February and June 2025.</p>
    <p>The plan contains four commitments. Each commitment describes the problem it responds to, the agency responsible for delivering it and the milestones against which progress will be reported. Progress reports will be published on the Public Service Commission website every six months.</p>
    <h2 class='sec'>Our commitments</h2>""")
    for c in C:
        h.append(f"<h2 class='c'>{e(c['title'])}</h2>")
        h.append(f"<p>{e(c['intro'])}</p><p>{e(c['leadtxt'])}</p>")
        h.append("<table><tr><th>Milestone</th><th>Completion date</th></tr>" +
                 "".join(f"<tr><td>{e(t)}</td><td class='d'>{e(d)}</td></tr>" for t, d in c["ms"]) + "</table>")
    h.append("<h2 class='sec'>Monitoring and reporting</h2><p>Lead agencies will report progress against each milestone to the Public Service Commission, which coordinates New Zealand's participation in the Open Government Partnership. The Expert Advisory Panel will review progress reports before publication.</p>")
    h.append("</body></html>")
    pdf = render(name, "\n".join(h))
    comms, warns = [], []
    for i, c in enumerate(C, 1):
        ms = [{"number": f"{i}.{k}", "group": None, "text": t, "outputs": [], "due": yr_range(d),
               "lead": [], "supporting": sup(), "pages": []} for k, (t, d) in enumerate(c["ms"], 1)]
        comms.append({"number": str(i), "title": c["title"], "lead": [c["lead"]], "supporting": sup(),
                      "period": {"start": None, "end": None}, "problem": dict(NOPROB), "milestones": ms, "pages": []})
    pg = Pager(pdf)
    plan_pages(pg, comms, 1)
    for c in comms:
        warns.append({"page": c["pages"][0], "code": "milestone_number_inferred",
                      "message": f"commitment {c['number']}: milestones not numbered in the document; numbered by position"})
    body = {"country": "New Zealand", "plan_number": 5, "period": {"start": 2025, "end": 2027},
            "title": "Open Government Partnership New Zealand National Action Plan 2025–2027",
            "participants": {"government": [], "civil_society": []}, "commitments": comms}
    write_gold(name, pdf, "en", "action_plan", body, warns)

# ---------------------------------------------------------------- 3 Canada self-assessment (status table)
def doc_canada():
    name = "canada-nap5-end-of-term-self-assessment"
    ST = {"Complete": "complete", "Substantial": "substantial", "Limited": "limited", "Not started": "not_started"}
    C = [
     ("1", "Open science", "Office of the Chief Science Advisor", [
       ("1.1", "Publish an open science action plan for each science-based department and agency", "Complete",
        "All 12 science-based departments and agencies published open science action plans by March 2023.",
        ["https://science.gc.ca/site/science/en/open-science-action-plans"]),
       ("1.2", "Develop a federal framework for research data management", "Substantial",
        "The framework was drafted with input from federal research data stewards and is awaiting approval by the Deputy Ministers' Committee.",
        []),
       ("1.3", "Make federally authored scientific publications openly accessible on publication", "Limited",
        "A pilot with three departments was launched in June 2024. Wider roll-out depends on a new publishing agreement.",
        ["https://science.gc.ca/site/science/en/open-access-pilot"]),
     ]),
     ("2", "Access to information", "Treasury Board of Canada Secretariat", [
       ("2.1", "Launch a single online platform for submitting and tracking access to information requests to all institutions", "Complete",
        "The ATIP Online Request Service now covers all 265 institutions subject to the Access to Information Act.",
        ["https://atip-aiprp.tbs-sct.gc.ca/en/Home/Welcome", "https://open.canada.ca/en/search/ati"]),
       ("2.2", "Publish summaries of completed access to information requests within 30 days of closure", "Substantial",
        "Summaries are published by 231 institutions; the remaining small institutions are being supported.",
        ["https://open.canada.ca/en/search/ati"]),
       ("2.3", "Review the Directive on Open Government and publish a revised version", "Not started",
        "The review has been postponed to align with the legislative review of the Access to Information Act.",
        []),
     ]),
     ("3", "Climate and nature data", "Environment and Climate Change Canada", [
       ("3.1", "Publish greenhouse gas emissions data for large facilities in a machine-readable format", "Complete",
        "Facility-level emissions data for 2004 to 2022 are available on the Open Government Portal.",
        ["https://open.canada.ca/data/en/dataset/a8ba14b7-7f23-462a-bdbb-83b0ef629823"]),
       ("3.2", "Create a national biodiversity data portal with provinces and territories", "Limited",
        "Agreements on data sharing have been signed with four provinces. Technical design of the portal has started.",
        []),
       ("3.3", "Engage Indigenous organizations on the governance of climate data concerning their lands", "Substantial",
        "Eleven engagement sessions were held with national and regional Indigenous organizations; a what-we-heard report was published in April 2024.",
        ["https://www.canada.ca/en/environment-climate-change/climate-data-engagement.html"]),
     ]),
     ("4", "Fiscal and financial transparency", "Department of Finance Canada", [
       ("4.1", "Publish departmental spending data on a monthly basis", "Substantial",
        "Monthly spending data are published for 18 of the 21 largest departments.",
        ["https://open.canada.ca/data/en/dataset/monthly-spending"]),
       ("4.2", "Implement a public beneficial ownership registry for federally incorporated companies", "Complete",
        "The registry was launched on January 22, 2024 and is searchable free of charge.",
        ["https://ised-isde.canada.ca/cc/lgcy/fdrlCrpSrch.html"]),
     ]),
    ]
    css = faces("NimbusSans") + """
    @page { size: letter; margin: 0.9in 0.85in 0.9in 0.85in;
      @bottom-left { content: "Canada’s 2022–2024 National Action Plan on Open Government – End-of-Term Self-Assessment"; font: 7.5pt 'NimbusSans'; color:#555 }
      @bottom-right { content: counter(page); font: bold 8pt 'NimbusSans'; color:#555 } }
    body { margin:0; font-family: 'NimbusSans'; font-size: 10pt; line-height: 1.42; color:#1a1a1a }
    .fip { font: bold 9pt 'NimbusSans'; color:#26374a; border-bottom: 3px solid #af3c43; padding-bottom: 4pt; margin-bottom: 24pt }
    h1 { font: bold 20pt 'NimbusSans'; color:#26374a; margin: 0 0 6pt }
    .meta td { padding: 1pt 10pt 1pt 0; border: none; font-size: 10pt }
    h2 { font: bold 14pt 'NimbusSans'; color:#26374a; margin: 18pt 0 4pt; break-after: avoid }
    h2 .n { color:#af3c43 }
    table.st { border-collapse: collapse; width: 100%; margin: 6pt 0 8pt; font-size: 8.8pt }
    table.st th { background:#26374a; color:#fff; text-align:left; padding: 4pt 5pt; border: 0.6pt solid #26374a }
    table.st td { border: 0.6pt solid #8a8a8a; padding: 4pt 5pt; vertical-align: top }
    table.st tr { break-inside: avoid }
    .url { font-size: 7.5pt; overflow-wrap: anywhere }
    p.lead { margin: 2pt 0 }
    """
    h = [f"<html><head><meta charset='utf-8'><style>{css}</style></head><body>"]
    h.append("""<div class='fip'>Government of Canada &nbsp;/&nbsp; Gouvernement du Canada</div>
    <h1>End-of-Term Self-Assessment Report<br>Canada’s 2022–2024 National Action Plan on Open Government</h1>
    <table class='meta'><tr><td><b>Prepared by:</b></td><td>Treasury Board of Canada Secretariat</td></tr>
    <tr><td><b>Reporting period:</b></td><td>September 1, 2022 to August 31, 2024</td></tr>
    <tr><td><b>Submitted:</b></td><td>October 15, 2024</td></tr></table>
    <h2>Introduction</h2>
    <p>This report assesses the implementation of Canada’s fifth National Action Plan on Open Government at the end of its two-year term. It was prepared by the Treasury Board of Canada Secretariat with information provided by the lead departments and reviewed by the Multi-Stakeholder Forum on Open Government.</p>
    <p>For each milestone, the tables below give its status at the end of the plan, a short description of progress and, where available, links to evidence. Statuses follow the Open Government Partnership’s completion scale: <i>Not started</i>, <i>Limited</i>, <i>Substantial</i> and <i>Complete</i>.</p>
    <p>A draft of this report was posted for public comment from September 16 to October 4, 2024. Comments received are summarized in the annex published on open.canada.ca.</p>""")
    for n, t, lead, rows in C:
        h.append(f"<h2><span class='n'>Commitment {n}:</span> {e(t)}</h2><p class='lead'><b>Lead department:</b> {e(lead)}</p>")
        h.append("<table class='st'><tr><th style='width:32%'>Milestone</th><th style='width:11%'>Status</th><th>Progress</th><th style='width:31%'>Evidence</th></tr>")
        for mn, mt, s, prog, ev in rows:
            evh = "<br>".join(f"<span class='url'>{e(u)}</span>" for u in ev) or "—"
            h.append(f"<tr><td>{mn} {e(mt)}</td><td>{s}</td><td>{e(prog)}</td><td>{evh}</td></tr>")
        h.append("</table>")
    h.append("""<h2>Next steps</h2><p>Work on milestones that were not completed will continue under Canada’s 2025–2027 National Action Plan where the Multi-Stakeholder Forum considers it appropriate. The Independent Reporting Mechanism’s results report will be published by the Open Government Partnership in 2025.</p>""")
    h.append("</body></html>")
    pdf = render(name, "\n".join(h))
    pg = Pager(pdf)
    entries = []
    for n, t, lead, rows in C:
        for mn, mt, s, prog, ev in rows:
            entries.append({"milestone": mn, "status": ST[s], "progress_percent": None, "results": prog,
                            "evidence": ev, "pages": [pg.find(prog, 1)]})
    body = {"agency": "Treasury Board of Canada Secretariat", "plan": {"country": "Canada", "plan_number": 5},
            "period": {"start": "2022-09-01", "end": "2024-08-31", "label": "End-of-term 2022–2024"},
            "submitted": "2024-10-15", "entries": entries}
    write_gold(name, pdf, "en", "progress_report", body)

# ---------------------------------------------------------------- 4 Estonia self-assessment (narrative)
def doc_estonia():
    name = "estonia-oap-2024-2026-midterm-self-assessment"
    C = [
     ("1", "Inclusive law-making through the e-consultation system", "Ministry of Justice and Digital Affairs",
      "The new version of the EIS draft legislation information system was launched in March 2025. Ministries now publish all draft acts and explanatory memoranda in the system, and citizens can comment on drafts without logging in with an ID card. A plain-language summary is attached to 64% of the drafts published since the launch. Training on the engagement guidelines has been given to 180 officials.",
      "substantial", 70, "The Government Office assesses the level of completion of this commitment as substantial, with about 70% of the planned activities carried out."),
     ("2", "Open data on local government budgets", "Ministry of Finance",
      "Budget and execution data of all 79 local governments are now published in machine-readable form on the national open data portal. A visual comparison tool for municipalities was tested with the Association of Estonian Cities and Municipalities in spring 2025.",
      "complete", None, "As the data publication and the comparison tool were both delivered, the commitment is considered complete."),
     ("3", "Transparency of lobbying", "Government Office",
      "An analysis of options for registering meetings with lobbyists was commissioned and its first draft discussed with the Estonian Network of Non-profit Organizations in May 2025. The publication of ministers' meeting calendars has not yet been standardised across ministries.",
      "limited", 25, "Progress on this commitment has been limited: about 25% of the work is done, and the legislative proposal is expected in 2026."),
     ("4", "Youth participation in local decision-making", "Ministry of Education and Research",
      "The planned call for youth council projects has been delayed because the funding programme was reorganised. Preparatory meetings with the Estonian National Youth Council took place, but no activities foreseen in the plan have started yet.",
      "not_started", None, "The implementation of this commitment has therefore not started."),
    ]
    css = faces("P052x", "Gothic") + """
    @page { size: A4; margin: 24mm 26mm 24mm 26mm;
      @bottom-center { content: counter(page) " / " counter(pages); font: 9pt 'P052x'; color:#444 } }
    body { margin:0; font-family: 'P052x'; font-size: 11pt; line-height: 1.45; color:#111 }
    .top { font: 9pt 'Gothic'; color:#0072ce; letter-spacing: 1px; margin-bottom: 30pt }
    h1 { font: bold 19pt 'Gothic'; color:#002f6c; margin: 0 0 10pt; line-height:1.25 }
    .meta { font-size: 10pt; color:#333; margin-bottom: 18pt }
    h2 { font: bold 13pt 'Gothic'; color:#002f6c; margin: 18pt 0 4pt; break-after: avoid }
    p { margin: 0 0 7pt }
    .ri { font-style: italic }
    """
    h = [f"<html><head><meta charset='utf-8'><style>{css}</style></head><body>"]
    h.append("""<div class='top'>GOVERNMENT OFFICE OF ESTONIA · RIIGIKANTSELEI</div>
    <h1>Estonia’s Open Government Partnership Action Plan 2024–2026<br>Mid-term Self-Assessment Report</h1>
    <div class='meta'>Prepared by the Government Office of Estonia<br>Reporting period: 01.09.2024 – 30.06.2025<br>Date of submission: 15.09.2025</div>
    <h2>Introduction</h2>
    <p>Estonia’s sixth Open Government Partnership action plan was adopted by the Government on 29 August 2024 and contains four commitments. This mid-term self-assessment describes what has been achieved in the first ten months of implementation and how far each commitment has progressed. It was discussed with the Open Government Partnership Roundtable, in which ministries and civil society organisations are represented, on 2 September 2025.</p>
    <p>The assessment of the level of completion uses the scale of the Open Government Partnership (not started, limited, substantial, complete). The draft report was open for public comments on the participation portal osale.ee for two weeks.</p>""")
    for n, t, lead, prog, st, pct, lvl in C:
        h.append(f"<h2>Commitment {n}. {e(t)}</h2>")
        h.append(f"<p>Responsible institution: {e(lead)}.</p>")
        h.append(f"<p><span class='ri'>Progress to date.</span> {e(prog)}</p>")
        h.append(f"<p><span class='ri'>Level of completion.</span> {e(lvl)}</p>")
    h.append("""<h2>Conclusions</h2><p>Two of the four commitments are progressing well. The Government Office will discuss with the Ministry of Education and Research how the youth participation commitment can still be delivered before the end of the action plan in August 2026, and will report on the final results in the end-of-term self-assessment.</p>""")
    h.append("</body></html>")
    pdf = render(name, "\n".join(h))
    pg = Pager(pdf)
    entries = [{"milestone": n, "status": st, "progress_percent": pct, "results": prog, "evidence": [],
                "pages": [pg.find(prog, 1)]} for n, t, lead, prog, st, pct, lvl in C]
    body = {"agency": "Government Office of Estonia", "plan": {"country": "Estonia", "plan_number": 6},
            "period": {"start": "2024-09-01", "end": "2025-06-30", "label": "Mid-term 2024–2026"},
            "submitted": "2025-09-15", "entries": entries}
    write_gold(name, pdf, "en", "progress_report", body)

# ---------------------------------------------------------------- 5 Philippines two-column
def doc_philippines():
    name = "ph-ogp-7th-nap-2025-2027"
    C = [
     dict(number="1", title="Open Budget and Citizen Participation in the Budget Cycle",
          lead="Department of Budget and Management", gov=["Department of the Interior and Local Government"],
          cso=["Social Watch Philippines", "Caucus of Development NGO Networks (CODE-NGO)"], other=[],
          dur="July 2025 – June 2027",
          text="The Philippines ranks among the top performers in Asia on budget transparency, yet public participation in budget decisions remains weak, especially at the stage of budget execution. Citizens have few ways to follow whether funded projects are actually delivered.",
          quote="“Participation should not end when the budget is enacted. Citizens must be able to follow the money all the way to the project site.”",
          ms=[("1.1", "Publish the People’s Budget for the National Expenditure Program in Filipino and four regional languages", "December 2025"),
              ("1.2", "Conduct budget partnership consultations with civil society organizations in all 17 regions", "June 2026"),
              ("1.3", "Launch a public portal tracking the implementation of 100 major capital projects", "March 2027")]),
     dict(number="2", title="Freedom of Information in Local Government Units",
          lead="Presidential Communications Office", gov=["Department of the Interior and Local Government", "League of Cities of the Philippines"],
          cso=["Right to Know, Right Now! Coalition"], other=[],
          dur="September 2025 – June 2027",
          text="Executive Order No. 2, s. 2016 operationalized freedom of information in the executive branch, but local government units are not covered. Only a minority of provinces and cities have adopted their own FOI ordinances.",
          quote=None,
          ms=[("2.1", "Adopt model FOI ordinances in 200 local government units", "December 2026"),
              ("2.2", "Integrate participating local government units into the eFOI portal", "September 2026"),
              ("2.3", "Publish an annual FOI compliance report covering national agencies and local government units", "March 2027")]),
     dict(number="3", title="Participatory Monitoring of Disaster Risk Reduction Funds",
          lead="Office of Civil Defense", gov=["Commission on Audit"],
          cso=["Citizens’ Disaster Response Center"], other=["University of the Philippines Resilience Institute"],
          dur="July 2025 – December 2026",
          text="The country is exposed to an average of twenty typhoons a year. Local disaster risk reduction and management funds are large, but reports on their use are rarely published, and affected communities are seldom involved in monitoring.",
          quote="“Communities that live with disaster risk every day are the best monitors of how resilience funds are spent.”",
          ms=[("3.1", "Publish quarterly utilization reports of the National Disaster Risk Reduction and Management Fund", "September 2025"),
              ("3.2", "Train community monitors in 50 high-risk municipalities on the citizen participatory audit approach", "June 2026"),
              ("3.3", "Conduct joint audits of five disaster recovery projects with civil society and publish the results", "December 2026")]),
     dict(number="4", title="Open Contracting in Public Infrastructure",
          lead="Department of Public Works and Highways", gov=["Government Procurement Policy Board"],
          cso=["Bantay Kita"], other=[],
          dur="January 2026 – June 2027",
          text="Infrastructure accounts for the largest share of government procurement. Data on contracts are published on PhilGEPS, but information on implementation, variation orders and completion is scattered across agencies.",
          quote=None,
          ms=[("4.1", "Publish infrastructure contract data in the Open Contracting Data Standard on PhilGEPS", "June 2026"),
              ("4.2", "Disclose variation orders and contract completion reports for all national road projects", "December 2026"),
              ("4.3", "Hold two public data clinics with journalists and civil society on infrastructure data", "June 2027")]),
    ]
    css = faces("Gothic") + """
    @page { size: A4; margin: 16mm 14mm 18mm 14mm;
      @bottom-left { content: "PH-OGP National Action Plan 2025–2027"; font: 7.5pt 'Liberation Sans'; color:#1b3f8b }
      @bottom-right { content: counter(page); font: bold 9pt 'Liberation Sans'; color:#fff; background:#1b3f8b; width: 8mm; text-align:center } }
    body { margin:0; font-family: 'Liberation Sans'; font-size: 9.2pt; line-height: 1.4; color:#222 }
    .banner { background: #1b3f8b; color:#fff; padding: 14mm 10mm 10mm; margin-bottom: 8mm; border-bottom: 5px solid #fcd116 }
    .banner .rp { font-size: 9pt; letter-spacing: 1px }
    .banner h1 { font: bold 25pt 'Gothic'; margin: 6pt 0 2pt }
    .banner .y { font: 15pt 'Gothic'; color:#fcd116 }
    .cols { column-count: 2; column-gap: 8mm }
    h2 { font: bold 12pt 'Gothic'; color:#1b3f8b; margin: 0 0 4pt }
    .kick { font: bold 8pt 'Liberation Sans'; color:#ce1126; letter-spacing: 1.5px; margin-top: 12pt; break-after: avoid }
    h3.ct { font: bold 13pt 'Gothic'; color:#1b3f8b; margin: 2pt 0 5pt; break-after: avoid }
    .box { background:#e8eef8; border-left: 3pt solid #1b3f8b; padding: 5pt 7pt; margin: 5pt 0 7pt; break-inside: avoid; font-size: 8.6pt }
    .box p { margin: 1pt 0 }
    .pq { font: italic 12pt 'Gothic'; color:#ce1126; border-top: 1.5pt solid #ce1126; border-bottom: 1.5pt solid #ce1126; padding: 5pt 0; margin: 8pt 0; break-inside: avoid }
    .mh { font-weight: bold; color:#1b3f8b; margin: 6pt 0 2pt }
    ul.ms { list-style: none; padding: 0; margin: 0 0 6pt }
    ul.ms li { margin: 0 0 4pt; padding-left: 20pt; text-indent: -20pt }
    ul.ms b { color:#1b3f8b }
    p { margin: 0 0 6pt }
    .commit { break-before: auto }
    """
    h = [f"<html><head><meta charset='utf-8'><style>{css}</style></head><body>"]
    h.append("""<div class='banner'><div class='rp'>REPUBLIC OF THE PHILIPPINES · PHILIPPINE OPEN GOVERNMENT PARTNERSHIP</div>
    <h1>7th National Action Plan</h1><div class='y'>2025–2027</div></div>
    <div class='cols'>
    <h2>Message from the PH-OGP Steering Committee</h2>
    <p>The Philippines is one of the eight founding members of the Open Government Partnership. This seventh National Action Plan (NAP) builds on more than a decade of reforms in fiscal transparency, access to information and citizen participation.</p>
    <p>The plan was co-created over six months through regional dialogues in Luzon, Visayas and Mindanao, an online call for proposals and a series of technical workshops with implementing agencies. The PH-OGP Steering Committee, composed of government and non-government members in equal number, approved the final set of four commitments in June 2025.</p>
    <div class='pq'>“Open government is not a project of one administration; it is a way of governing that citizens should be able to expect from every institution.”</div>
    <p>Each commitment identifies a lead agency, partner organizations and milestones with target completion dates. Implementation will be monitored by the Steering Committee through quarterly progress reports published on the PH-OGP website.</p>
    <h2>The Commitments</h2>""")
    for c in C:
        h.append(f"<div class='commit'><div class='kick'>COMMITMENT {c['number']}</div><h3 class='ct'>{e(c['title'])}</h3>")
        h.append(f"<p>{e(c['text'])}</p>")
        h.append("<div class='box'>" +
                 f"<p><b>Lead agency:</b> {e(c['lead'])}</p>" +
                 f"<p><b>Government partners:</b> {e(', '.join(c['gov']))}</p>" +
                 f"<p><b>Civil society partners:</b> {e(', '.join(c['cso']))}</p>" +
                 (f"<p><b>Other partners:</b> {e(', '.join(c['other']))}</p>" if c['other'] else "") +
                 f"<p><b>Duration:</b> {e(c['dur'])}</p></div>")
        if c["quote"]:
            h.append(f"<div class='pq'>{e(c['quote'])}</div>")
        h.append("<div class='mh'>Milestones</div><ul class='ms'>" +
                 "".join(f"<li><b>{n}</b>&nbsp; {e(t)} — {e(d)}</li>" for n, t, d in c["ms"]) + "</ul></div>")
    h.append("</div></body></html>")
    pdf = render(name, "\n".join(h))
    comms = []
    for c in C:
        ms = [{"number": n, "group": None, "text": f"{t} — {d}", "outputs": [], "due": yr_range(d),
               "lead": [], "supporting": sup(), "pages": []} for n, t, d in c["ms"]]
        a, b = re.findall(r"20\d\d", c["dur"])
        comms.append({"number": c["number"], "title": c["title"], "lead": [c["lead"]],
                      "supporting": sup(c["gov"], c["cso"], c["other"]), "period": {"start": int(a), "end": int(b)},
                      "problem": dict(NOPROB), "milestones": ms, "pages": []})
    plan_pages(Pager(pdf), comms, 1)
    body = {"country": "Philippines", "plan_number": 7, "period": {"start": 2025, "end": 2027},
            "title": "7th National Action Plan 2025–2027",
            "participants": {"government": [], "civil_society": []}, "commitments": comms}
    write_gold(name, pdf, "en", "action_plan", body)

# ---------------------------------------------------------------- 6 Ireland letter
def doc_ireland_letter():
    name = "ireland-minister-letter-nap3"
    css = """
    @page { size: A4; margin: 20mm 25mm 22mm 25mm;
      @bottom-center { content: "Page " counter(page) " of " counter(pages); font: 8pt 'Liberation Sans'; color:#666 } }
    body { margin:0; font-family: 'Liberation Sans'; font-size: 10.5pt; line-height: 1.45; color:#000 }
    .hd { display:flex; justify-content: space-between; border-bottom: 1px solid #006a4e; padding-bottom: 6pt; margin-bottom: 18pt }
    .hd .l { font: bold 11pt 'Liberation Serif'; color:#006a4e } .hd .l span { display:block; font-weight: normal; font-style: italic }
    .hd .r { text-align: right; font-size: 8pt; color:#444 }
    p { margin: 0 0 9pt }
    ul { margin: 0 0 9pt }
    .sig { margin-top: 26pt }
    """
    h = [f"<html><head><meta charset='utf-8'><style>{css}</style></head><body>"]
    h.append("""<div class='hd'><div class='l'>An Roinn Caiteachais Phoiblí, Seachadta PFN agus Athchóirithe<span>Department of Public Expenditure, NDP Delivery and Reform</span></div>
    <div class='r'>Office of the Minister<br>Government Buildings, Upper Merrion Street<br>Dublin 2, D02 R583<br>www.gov.ie/per</div></div>
    <p>Chief Executive Officer<br>Open Government Partnership Support Unit<br>1110 Vermont Ave NW, Suite 500<br>Washington, DC 20005<br>United States</p>
    <p>12 February 2025</p>
    <p><b>Re: Submission of Ireland’s Third Open Government Partnership National Action Plan 2025–2027</b></p>
    <p>Dear Chief Executive Officer,</p>
    <p>I am pleased to submit to the Open Government Partnership Support Unit Ireland’s Third National Action Plan, which was approved by Government on 4 February 2025. The plan is the result of a co-creation process that began in April 2024 and was overseen by the Open Government Forum, a body on which government departments and civil society are represented in equal numbers.</p>
    <p>Over the course of the process, officials held public meetings in Dublin, Cork, Galway and Letterkenny, and more than 260 written submissions were received through an online consultation on gov.ie. The Forum reviewed every proposal and agreed a shortlist that was then discussed with the departments concerned. I want to thank the members of the Forum, and in particular its civil society co-chair, for the time and expertise they have given.</p>
    <p>The plan contains commitments on access to information, lobbying regulation, open data, public participation in climate policy and transparency in public procurement. Each commitment names a lead department and sets out milestones that will allow the Forum and the public to follow progress. A summary of the commitments is attached to this letter for your convenience; the full text of the plan has been uploaded to the OGP website.</p>
    <p>My Department will continue to act as the national point of contact and will coordinate implementation through the Open Government Forum. We will publish progress updates twice a year and will cooperate fully with the Independent Reporting Mechanism in its assessment of the plan.</p>
    <p>Ireland remains committed to the values of the Open Government Partnership. I look forward to continued engagement with the Support Unit and with our partners in the OGP community.</p>
    <p>Yours sincerely,</p>
    <div class='sig'><p>Ciarán Ó Briain TD<br><b>Minister for Public Expenditure, NDP Delivery and Reform</b></p></div>
    <p style='font-size:9pt;color:#333'>cc: Chair, Open Government Forum<br>Secretary General, Department of Public Expenditure, NDP Delivery and Reform</p>
    <p style='break-before: page'><b>Attachment: Summary of commitments in Ireland’s Third National Action Plan 2025–2027</b></p>
    <ul><li>Reform of the Freedom of Information Act 2014 – Department of Public Expenditure, NDP Delivery and Reform</li>
    <li>Strengthening the Register of Lobbying – Department of Public Expenditure, NDP Delivery and Reform</li>
    <li>High-value datasets and the national open data portal – Department of Public Expenditure, NDP Delivery and Reform</li>
    <li>Public participation in the Climate Action Plan – Department of the Environment, Climate and Communications</li>
    <li>Open contracting in public procurement – Office of Government Procurement</li></ul>
    <p>The full plan, including milestones and timelines for each commitment, is available at www.gov.ie/ogp.</p>
    </body></html>""")
    pdf = render(name, "\n".join(h))
    write_gold(name, pdf, "en", "other", None)

# ---------------------------------------------------------------- 7 Paraguay (Spanish designed plan)
def doc_paraguay():
    name = "paraguay-plan-accion-gobierno-abierto-2025-2027"
    C = [
     dict(number="1", title="Transparencia en las compras públicas de medicamentos",
          lead="Dirección Nacional de Contrataciones Públicas (DNCP)",
          per="julio de 2025 – junio de 2027",
          gov=["Ministerio de Salud Pública y Bienestar Social"], cso=["Semillas para la Democracia", "Asociación de Pacientes Crónicos del Paraguay"],
          other=["Organización Panamericana de la Salud (OPS)"],
          problem="Los hospitales públicos registran faltantes frecuentes de medicamentos esenciales y la ciudadanía no cuenta con información accesible sobre los precios pagados, los proveedores adjudicados ni las entregas efectivamente realizadas.",
          solution="Publicar en formato de datos abiertos la información de las compras de medicamentos e insumos médicos, desde la adjudicación hasta la entrega en los establecimientos de salud, y habilitar espacios de monitoreo con organizaciones de pacientes.",
          ms=[("1.1", "Publicación en datos abiertos de las adjudicaciones de medicamentos e insumos médicos", "Conjunto de datos publicado en el portal de la DNCP", ["DNCP"], "30/11/2025"),
              ("1.2", "Desarrollo de un tablero de seguimiento de precios de referencia de medicamentos", "Tablero en línea disponible para la ciudadanía", ["DNCP", "Ministerio de Salud Pública y Bienestar Social"], "junio de 2026"),
              ("1.3", "Mesas de trabajo con organizaciones de pacientes para el monitoreo de entregas a hospitales", "Informes semestrales de monitoreo publicados", ["Ministerio de Salud Pública y Bienestar Social"], "julio de 2026 – junio de 2027")]),
     dict(number="2", title="Participación ciudadana en la gestión de los recursos hídricos",
          lead="Ministerio del Ambiente y Desarrollo Sostenible (MADES)",
          per="agosto de 2025 – diciembre de 2026",
          gov=["Secretaría de Emergencia Nacional"], cso=["Red de Organizaciones Ambientalistas No Gubernamentales del Paraguay"],
          other=["Universidad Nacional de Asunción"],
          problem="Los consejos de agua por cuenca previstos en la Ley N.° 3239/2007 de los Recursos Hídricos del Paraguay funcionan en pocas cuencas y la información sobre la calidad del agua no se publica de forma periódica.",
          solution="Conformar consejos de agua con participación ciudadana en las cuencas prioritarias y publicar mensualmente los datos de calidad del agua, con instancias de rendición de cuentas ante las comunidades.",
          ms=[("2.1", "Conformación de consejos de agua en cinco cuencas prioritarias con participación ciudadana", "Actas de conformación publicadas", ["MADES"], "diciembre de 2025"),
              ("2.2", "Publicación de datos de calidad del agua de los principales cursos hídricos", "Conjunto de datos actualizado mensualmente", ["MADES"], "31/03/2026"),
              ("2.3", "Audiencias públicas de rendición de cuentas de los consejos de agua", "Doce audiencias públicas realizadas", ["MADES", "Consejos de Agua"], "II semestre 2026")]),
     dict(number="3", title="Acceso a la información pública en los gobiernos municipales",
          lead="Ministerio de Justicia",
          per="septiembre de 2025 – diciembre de 2026",
          gov=["Organización Paraguaya de Cooperación Intermunicipal (OPACI)"], cso=["Instituto de Derecho y Economía Ambiental (IDEA)", "Semillas para la Democracia"],
          other=[],
          problem="Gran parte de los municipios no responde en plazo las solicitudes de acceso a la información pública ni cumple con las obligaciones de transparencia activa establecidas en la Ley N.° 5282/2014.",
          solution="Capacitar a los funcionarios municipales, incorporar a los municipios al Portal Unificado de Información Pública y medir públicamente su cumplimiento mediante un ranking anual.",
          ms=[("3.1", "Capacitación a funcionarios de 100 municipios en la Ley N.° 5282/2014", "100 municipios capacitados", ["Ministerio de Justicia"], "octubre de 2025"),
              ("3.2", "Incorporación de los municipios al Portal Unificado de Información Pública", "Municipios habilitados en el portal", ["Ministerio de Justicia", "OPACI"], "30/06/2026"),
              ("3.3", "Publicación de un ranking anual de transparencia activa municipal", "Ranking publicado", ["Semillas para la Democracia"], "diciembre de 2026")]),
    ]
    css = faces("C059x") + """
    @page { size: A4; margin: 18mm 16mm 20mm 16mm;
      @bottom-center { content: counter(page); font: bold 9pt 'DejaVu Sans'; color:#d52b1e }
      @top-right { content: "Sexto Plan de Acción de Gobierno Abierto 2025-2027"; font: 7.5pt 'DejaVu Sans'; color:#0038a8 } }
    @page :first { margin: 0; @bottom-center { content: none } @top-right { content: none } }
    body { margin:0; font-family: 'DejaVu Sans'; font-size: 8.8pt; line-height: 1.4; color:#1d1d1d }
    .cover { height: 296mm; overflow: hidden; box-sizing: border-box; background: #0038a8; color:#fff; padding: 50mm 22mm 0; break-after: page; position: relative }
    .cover .stripe { position:absolute; left:0; right:0; bottom: 40mm; height: 12mm; background: linear-gradient(#d52b1e 33%, #fff 33% 66%, #0038a8 66%) }
    .cover .pre { font-size: 11pt; letter-spacing: 4px }
    .cover h1 { font: bold 34pt 'C059x'; margin: 10mm 0 6mm; line-height: 1.15 }
    .cover .yr { font-size: 20pt; color:#ffd200 }
    .cover .inst { position:absolute; bottom: 18mm; font-size: 9.5pt }
    h2.sec { font: bold 15pt 'C059x'; color:#0038a8; border-bottom: 2pt solid #d52b1e; margin: 0 0 8pt }
    .band { background:#0038a8; color:#fff; padding: 6pt 9pt; margin: 16pt 0 0; break-after: avoid }
    .band .n { font-size: 8pt; letter-spacing: 2px; color:#ffd200 } .band .t { font: bold 13pt 'C059x' }
    table { border-collapse: collapse; width: 100% }
    table.ficha td { border: 0.6pt solid #9fb3d9; padding: 4pt 6pt; vertical-align: top }
    table.ficha td.k { background:#e6ecf7; font-weight: bold; color:#0038a8; width: 27% }
    table.ficha td.s { background:#f3f6fb; font-weight: bold; font-size: 8pt; width: 24% }
    table.hitos { margin: 8pt 0 4pt; font-size: 8.3pt }
    table.hitos th { background:#d52b1e; color:#fff; padding: 4pt 5pt; text-align: left; font-weight: bold }
    table.hitos td { padding: 4pt 5pt; vertical-align: top; border-bottom: 0.5pt solid #ddd }
    table.hitos tbody tr:nth-child(even) td { background:#fbeceb }
    tr { break-inside: avoid }
    .commit { break-inside: auto }
    """
    h = [f"<html><head><meta charset='utf-8'><style>{css}</style></head><body>"]
    h.append("""<div class='cover'><div class='pre'>REPÚBLICA DEL PARAGUAY</div>
    <h1>Sexto Plan de Acción<br>de Gobierno Abierto</h1><div class='yr'>2025 – 2027</div><div class='stripe'></div>
    <div class='inst'>Mesa Conjunta de Gobierno Abierto<br>Asunción, junio de 2025</div></div>
    <h2 class='sec'>Presentación</h2>
    <p>El Paraguay integra la Alianza para el Gobierno Abierto (AGA) desde 2011. El presente Sexto Plan de Acción de Gobierno Abierto fue elaborado entre noviembre de 2024 y mayo de 2025 por la Mesa Conjunta de Gobierno Abierto, instancia integrada por representantes de instituciones del Estado y de organizaciones de la sociedad civil.</p>
    <p>El proceso de cocreación incluyó once talleres presenciales en Asunción, Encarnación, Ciudad del Este, Concepción y Villarrica, y una consulta en línea en la que se recibieron 214 propuestas ciudadanas. Las propuestas fueron agrupadas por ejes temáticos y priorizadas según su relevancia para los valores de gobierno abierto y su factibilidad.</p>
    <p>El plan contiene tres compromisos. Para cada uno se indican la institución responsable, los actores de apoyo, el problema público que aborda, la solución propuesta y los hitos verificables con su fecha de cumplimiento.</p>
    <h2 class='sec' style='margin-top:16pt'>Compromisos</h2>""")
    for c in C:
        h.append(f"<div class='commit'><div class='band'><div class='n'>COMPROMISO {c['number']}</div><div class='t'>{e(c['title'])}</div></div>")
        h.append("<table class='ficha'>")
        h.append(f"<tr><td class='k'>Institución responsable</td><td colspan='2'>{e(c['lead'])}</td></tr>")
        h.append(f"<tr><td class='k'>Período de implementación</td><td colspan='2'>{e(c['per'])}</td></tr>")
        rows = [("Gobierno", c["gov"]), ("Sociedad civil", c["cso"]), ("Otros actores", c["other"])]
        for i, (k, v) in enumerate(rows):
            lab = f"<td class='k' rowspan='3'>Actores de apoyo</td>" if i == 0 else ""
            val = "<br>".join(e(x) for x in v) if v else "-"
            h.append(f"<tr>{lab}<td class='s'>{k}</td><td>{val}</td></tr>")
        h.append(f"<tr><td class='k'>¿Cuál es el problema público que aborda el compromiso?</td><td colspan='2'>{e(c['problem'])}</td></tr>")
        h.append(f"<tr><td class='k'>¿Cuál es la solución propuesta?</td><td colspan='2'>{e(c['solution'])}</td></tr></table>")
        h.append("<table class='hitos'><thead><tr><th style='width:6%'>N.°</th><th style='width:38%'>Hito</th><th style='width:22%'>Producto esperado</th><th style='width:18%'>Responsable</th><th>Fecha de cumplimiento</th></tr></thead><tbody>")
        for n, t, o, l, d in c["ms"]:
            h.append(f"<tr><td>{n}</td><td>{e(t)}</td><td>{e(o)}</td><td>{'<br>'.join(e(x) for x in l)}</td><td>{e(d)}</td></tr>")
        h.append("</tbody></table></div>")
    h.append("""<h2 class='sec' style='margin-top:18pt'>Seguimiento</h2><p>La Mesa Conjunta de Gobierno Abierto realizará el seguimiento trimestral de los hitos y publicará los avances en el portal de Gobierno Abierto del Paraguay. El Mecanismo de Revisión Independiente (IRM) de la AGA evaluará el diseño y los resultados del plan.</p></body></html>""")
    pdf = render(name, "\n".join(h))
    comms = []
    for c in C:
        ms = [{"number": n, "group": None, "text": t, "outputs": [o], "due": yr_range(d), "lead": l,
               "supporting": sup(), "pages": []} for n, t, o, l, d in c["ms"]]
        ys = re.findall(r"20\d\d", c["per"])
        comms.append({"number": c["number"], "title": c["title"], "lead": [c["lead"]],
                      "supporting": sup(c["gov"], c["cso"], c["other"]), "period": {"start": int(ys[0]), "end": int(ys[-1])},
                      "problem": dict(NOPROB, problem=c["problem"], solution=c["solution"]), "milestones": ms, "pages": []})
    plan_pages(Pager(pdf), comms, 2)
    body = {"country": "Paraguay", "plan_number": 6, "period": {"start": 2025, "end": 2027},
            "title": "Sexto Plan de Acción de Gobierno Abierto 2025 – 2027",
            "participants": {"government": [], "civil_society": []}, "commitments": comms}
    write_gold(name, pdf, "es", "action_plan", body)

# ---------------------------------------------------------------- 8 Guatemala IRM (Spanish)
def doc_guatemala_irm():
    name = "guatemala-irm-informe-resultados-2023-2025"
    ST = {"Completo": "complete", "Sustancial": "substantial", "Limitado": "limited", "No iniciado": "not_started"}
    C = [
     ("1", "Portal de datos abiertos de obras públicas", "Ministerio de Comunicaciones, Infraestructura y Vivienda", "Sustancial",
      "El Ministerio publicó en su portal los datos de 1.240 proyectos de infraestructura vial, con información de contratos, avance físico y pagos. Quedó pendiente la integración con el sistema Guatecompras y la actualización mensual prevista en el plan solo se cumplió durante el primer año."),
     ("2", "Acceso a la información pública en las municipalidades", "Procuraduría de los Derechos Humanos", "Limitado",
      "Se elaboró una guía para las unidades de información pública municipales y se capacitó a personal de 45 de las 340 municipalidades del país. No se realizó la evaluación del cumplimiento de la Ley de Acceso a la Información Pública prevista para 2024."),
     ("3", "Participación ciudadana en los Consejos de Desarrollo Urbano y Rural", "Secretaría de Coordinación Ejecutiva de la Presidencia", "Completo",
      "Se aprobaron los lineamientos de participación para los consejos departamentales y se publicaron las actas de las sesiones de los 22 consejos departamentales. Las organizaciones consultadas por el IRM destacaron la mayor regularidad de las convocatorias."),
     ("4", "Registro de beneficiarios finales de personas jurídicas", "Registro Mercantil General de la República", "No iniciado",
      "La iniciativa de ley necesaria para crear el registro no fue presentada al Congreso durante el período de implementación, por lo que ninguna de las actividades previstas pudo iniciarse."),
     ("5", "Plataforma ciudadana de denuncias administrativas", "Contraloría General de Cuentas", "Completo",
      "La plataforma de denuncias en línea está en funcionamiento desde marzo de 2024 y permite dar seguimiento al estado de cada denuncia. Entre marzo de 2024 y junio de 2025 se recibieron 3.812 denuncias."),
     ("6", "Datos abiertos sobre abastecimiento de medicamentos", "Ministerio de Salud Pública y Asistencia Social", "Sustancial",
      "El Ministerio publica cada semana el nivel de abastecimiento de 250 medicamentos esenciales en los hospitales de la red nacional. La apertura de los datos de los centros de salud del primer nivel de atención no se completó."),
    ]
    css = faces("NimbusSans") + """
    @page { size: letter; margin: 0.8in 0.9in 0.85in 0.9in;
      @top-left { content: "Mecanismo de Revisión Independiente (IRM): Informe de resultados de Guatemala 2023–2025"; font: 7.5pt 'NimbusSans'; color:#5a5a5a }
      @bottom-right { content: counter(page); font: 8.5pt 'NimbusSans'; color:#5a5a5a } }
    @page :first { @top-left { content: none } }
    body { margin:0; font-family: 'NimbusSans'; font-size: 10pt; line-height: 1.45; color:#222 }
    .logo { font: bold 10pt 'NimbusSans'; color:#e8563f; letter-spacing: 1px }
    .logo span { color:#4a4a4a; font-weight: normal }
    h1 { font: bold 24pt 'NimbusSans'; color:#2b2f6b; margin: 34pt 0 8pt; line-height: 1.15 }
    .sub { font-size: 12pt; color:#444; margin-bottom: 20pt }
    h2 { font: bold 13.5pt 'NimbusSans'; color:#2b2f6b; margin: 18pt 0 6pt; break-after: avoid }
    h3 { font: bold 11pt 'NimbusSans'; color:#e8563f; margin: 12pt 0 3pt; break-after: avoid }
    p { margin: 0 0 7pt }
    table.res { border-collapse: collapse; width: 100%; font-size: 9pt; margin: 6pt 0 10pt }
    table.res th { background:#eceef6; color:#2b2f6b; text-align:left; padding: 5pt 6pt; border-bottom: 1.5pt solid #2b2f6b }
    table.res td { padding: 5pt 6pt; border-bottom: 0.5pt solid #c9cbd8; vertical-align: top }
    .k { color:#555; font-size: 9pt }
    """
    h = [f"<html><head><meta charset='utf-8'><style>{css}</style></head><body>"]
    h.append("""<div class='logo'>OPEN GOVERNMENT PARTNERSHIP <span>· Mecanismo de Revisión Independiente (IRM)</span></div>
    <h1>Informe de resultados:<br>Guatemala 2023–2025</h1>
    <div class='sub'>Sexto Plan de Acción Nacional de Gobierno Abierto</div>
    <h2>Introducción</h2>
    <p>Este informe del Mecanismo de Revisión Independiente (IRM) evalúa la implementación del Sexto Plan de Acción Nacional de Gobierno Abierto de Guatemala y sus resultados. El informe abarca la implementación del plan entre el 1 de septiembre de 2023 y el 31 de agosto de 2025. La evaluación se basa en la revisión de evidencia publicada en el repositorio nacional de gobierno abierto, entrevistas con las instituciones responsables y consultas con organizaciones de la sociedad civil.</p>
    <p>El plan incluyó seis compromisos. Dos compromisos alcanzaron un nivel de cumplimiento completo y dos un nivel sustancial. Un compromiso tuvo un cumplimiento limitado y otro no se inició. El IRM reconoce la labor de la Comisión Presidencial de Gobierno Abierto y Electrónico (GAE) en la coordinación del proceso y en la organización de las mesas técnicas de seguimiento.</p>
    <h2>Sección I: Nivel de cumplimiento de los compromisos</h2>
    <p>La tabla 1 resume el nivel de cumplimiento de cada compromiso al cierre del período de implementación, según la escala del IRM: no iniciado, limitado, sustancial o completo.</p>
    <p class='k'><b>Tabla 1.</b> Nivel de cumplimiento por compromiso</p>
    <table class='res'><tr><th style='width:7%'>N.°</th><th style='width:40%'>Compromiso</th><th>Institución responsable</th><th style='width:17%'>Nivel de cumplimiento</th></tr>""")
    for n, t, inst, s, txt in C:
        h.append(f"<tr><td>{n}</td><td>{e(t)}</td><td>{e(inst)}</td><td>{s}</td></tr>")
    h.append("</table><h2>Sección II: Análisis de la implementación</h2>")
    for n, t, inst, s, txt in C:
        h.append(f"<h3>Compromiso {n}. {e(t)}</h3><p>{e(txt)}</p><p>Por lo anterior, el IRM califica el nivel de cumplimiento de este compromiso como «{s.lower()}».</p>")
    h.append("""<h2>Sección III: Recomendaciones</h2><p>El IRM recomienda que el próximo plan de acción incluya compromisos con metas verificables y presupuesto asignado, y que la Comisión Presidencial de Gobierno Abierto y Electrónico publique reportes de avance trimestrales con la evidencia de cada hito.</p></body></html>""")
    pdf = render(name, "\n".join(h))
    pg = Pager(pdf)
    entries = []
    for n, t, inst, s, txt in C:
        p1 = pg.find("Tabla 1. Nivel de cumplimiento por compromiso", 1)
        p2 = pg.find(txt, 1)
        entries.append({"milestone": n, "status": ST[s], "progress_percent": None, "results": txt,
                        "evidence": [], "pages": sorted({p1, p2})})
    body = {"agency": "Mecanismo de Revisión Independiente (IRM)", "plan": {"country": "Guatemala", "plan_number": 6},
            "period": {"start": "2023-09-01", "end": "2025-08-31", "label": "2023–2025"},
            "submitted": None, "entries": entries}
    write_gold(name, pdf, "es", "progress_report", body)

ALL = ["ghana", "nz", "canada", "estonia", "philippines", "ireland_letter", "paraguay", "guatemala_irm"]

if __name__ == "__main__":
    import sys
    for f in (sys.argv[1:] or ALL):
        globals()["doc_" + f]()
