"""Content of the generated documents: fictional countries, organisations,
commitments, milestones, dates and report entries, with the gold values that
docs/export-json.md prescribes for each printed form.

Everything is drawn from a random.Random the caller seeds, so a seed gives
the same documents on every run. No I/O here.
"""
import calendar
import datetime

COUNTRIES = [
    # (printed name, short name for the gold, two-letter code for "Commitment ID")
    ("Republic of Veloria", "Veloria", "VL"),
    ("Kingdom of Estmark", "Estmark", "EM"),
    ("Ardania", "Ardania", "AD"),
    ("Federal Republic of Norvana", "Norvana", "NV"),
    ("Republic of Kestoria", "Kestoria", "KS"),
]

ORDINALS = ["First", "Second", "Third", "Fourth", "Fifth", "Sixth", "Seventh"]

# Government bodies start with a word that says so, civil-society bodies carry
# NGO / Coalition / Association / Foundation / Network / Forum / Centre, so a
# flat list's sectors follow from the names (stakeholder_sector_guessed).
GOVERNMENT = [
    "Ministry of Finance", "Ministry of Justice", "Ministry of Digital Affairs",
    "Ministry of Environment and Climate", "Ministry of Health", "Ministry of Education and Science",
    "Ministry of Interior", "Ministry of Labour and Social Protection", "National Statistics Office",
    "Public Procurement Agency", "Office of the Prime Minister", "Anti-Corruption Commission",
    "Supreme Audit Office", "Data Protection Authority", "Agency for Public Services",
    "Ministry of Energy and Mining", "Office of the Ombudsman", "National Land Agency",
]
CIVIL_SOCIETY = [
    "{c} Transparency Forum NGO", "Open Budget Coalition", "Citizens' Voice Association",
    "Centre for Public Integrity", "Women in Governance Network", "Youth for Accountability NGO",
    "Free Press Foundation", "{c} Open Data Network", "Rural Development Association",
    "Environmental Justice Centre", "Disability Rights Coalition", "Independent Media Forum",
]
OTHER = [
    "National University of {c}", "Chamber of Commerce and Industry", "United Nations Development Programme",
    "World Bank Country Office", "Union of Local Governments", "{c} Bar Council",
    "Private sector representatives", "Development partners",
]

THEMES = [
    ("open contracting", "public procurement contracts", "contract data"),
    ("beneficial ownership", "the owners of companies bidding for public contracts", "ownership records"),
    ("access to information", "requests for public information", "information requests"),
    ("participatory budgeting", "the local budget process", "budget proposals"),
    ("open data", "government datasets", "open datasets"),
    ("public service delivery", "services to citizens in rural districts", "service feedback"),
    ("civic space", "the registration of civil society organisations", "registration decisions"),
    ("climate transparency", "public spending on climate adaptation", "climate finance data"),
    ("justice", "court decisions of first instance", "court decisions"),
    ("lobbying transparency", "meetings between officials and interest groups", "meeting records"),
    ("extractive industries", "revenues from mining licences", "licence payments"),
    ("health procurement", "the purchase of medicines by public hospitals", "medicine prices"),
]

TITLE_FORMS = [
    "Strengthening {t} in {c}",
    "Improving transparency of {o}",
    "Opening {d} to citizens",
    "Citizen oversight of {o}",
    "Advancing {t} through a shared public register",
]

VERBS = ["Draft and adopt", "Publish", "Develop", "Launch", "Train", "Review", "Establish", "Pilot", "Evaluate"]
OBJECTS = [
    "a regulation requiring the publication of {d} within 30 days",
    "an online portal where {d} can be searched and downloaded",
    "quarterly reports on {o} in a machine-readable format",
    "civil servants of 12 agencies on publishing {d}",
    "the legal framework governing {o} with civil society",
    "a joint monitoring group of government and civil society on {t}",
    "a feedback mechanism for citizens on {o} in three districts",
    "the results of the first year of implementation and publish the findings",
    "a common data standard for {d}",
    "guidelines on consultation with citizens about {o}",
]
OUTPUTS = [
    "Regulation adopted and published in the official gazette.",
    "Portal available online with data from at least 10 agencies.",
    "Four quarterly reports published.",
    "At least 300 civil servants trained.",
    "Assessment report with recommendations made public.",
    "Monitoring group meets at least twice a year.",
    "Data standard approved and applied by all ministries.",
    "Feedback received from at least 2,000 citizens.",
    "Guidelines approved by the Cabinet.",
    "Public hearing held with civil society organisations.",
]

PROBLEM = [
    "Citizens and journalists cannot easily find information on {o}, and what is published is incomplete and late.",
    "There is no single place where {d} is published, and agencies use different formats.",
    "Civil society has few opportunities to take part in decisions on {o}.",
]
CAUSES = [
    "The law does not set deadlines or formats for publishing {d}. Agencies lack trained staff and common tools.",
    "Responsibilities are split between several agencies, and no body checks whether {d} is complete.",
]
DONE = [
    "A draft regulation on {t} was discussed in {y}, but it was not adopted. Two agencies publish some {d} on their websites.",
    "A pilot on {t} was run in two districts in {y} with the support of development partners.",
]
SOLUTION = [
    "Set clear obligations to publish {d}, build one portal for it and involve civil society in monitoring its quality.",
    "Adopt a common standard for {d}, train the agencies concerned and report on progress every quarter.",
]
RESULTS = [
    "Complete and timely {d} will be available to everyone, and public oversight of {o} will increase.",
    "Citizens will be able to follow {o} and report problems, and agencies will respond within set deadlines.",
]
DESCRIPTION = [
    "The commitment makes {d} public in one place and opens {o} to the scrutiny of citizens and civil society.",
    "The commitment sets rules, tools and a monitoring group so that {o} becomes transparent and accountable.",
]

RESULTS_TEXT = [
    "The working group met {n} times during the period and agreed on a draft of {x}. Comments from {m} civil society organisations were included and the draft was sent to the Cabinet.",
    "{n} agencies published {x} on the portal by the end of the period; {m} more agencies are preparing their data and will publish it next quarter.",
    "Work has not started because the budget for {x} was not approved. The agency will request funding again in the next budget cycle.",
    "The activity was completed: {x} was published on {day} and announced at a public event attended by {m} participants.",
    "A consultant was hired to prepare {x}. The first version was discussed with {m} organisations and will be finalised in the next period.",
]

STATUS_WORDS = {
    "not_started": "Not started",
    "limited": "Limited",
    "substantial": "Substantial",
    "complete": "Complete",
}
MONTHS = list(calendar.month_name)[1:]
MONTHS_ABBR = ["Jan.", "Feb.", "Mar.", "Apr.", "May", "Jun.", "Jul.", "Aug.", "Sep.", "Oct.", "Nov.", "Dec."]


def fill(template, country, theme, year=2023):
    t, o, d = theme
    return template.format(c=country, t=t, o=o, d=d, y=year)


def last_day(year, month):
    return datetime.date(year, month, calendar.monthrange(year, month)[1]).isoformat()


def first_day(year, month):
    return datetime.date(year, month, 1).isoformat()


DATE_FORMS = ["classic", "year", "years", "month", "month_abbr", "quarter", "quarter_words", "half",
              "day_first", "iso", "month_range", "ongoing"]


def make_due(rng, form, start_year, end_year):
    """A completion date printed in `form`, within [start_year, end_year]:
    the gold `due` object (raw, start, end, start_date, end_date)."""
    y = rng.randint(start_year, end_year)
    if form == "classic":  # the forms of the Mongolian plan: "2025", "2024-2025"
        form = rng.choice(["year", "years"])
    if form == "year":
        return due(str(y), y, y, first_day(y, 1), last_day(y, 12))
    if form == "years":
        y0 = rng.randint(start_year, max(start_year, y - 1))
        if y0 == y:
            y = y0 + 1
        return due(f"{y0}-{y}", y0, y, first_day(y0, 1), last_day(y, 12))
    if form in ("month", "month_abbr"):
        m = rng.randint(1, 12)
        name = MONTHS[m - 1] if form == "month" else MONTHS_ABBR[m - 1]
        return due(f"{name} {y}", y, y, first_day(y, m), last_day(y, m))
    if form in ("quarter", "quarter_words"):
        q = rng.randint(1, 4)
        raw = f"Q{q} {y}" if form == "quarter" else f"{['1st', '2nd', '3rd', '4th'][q - 1]} quarter {y}"
        return due(raw, y, y, first_day(y, 3 * q - 2), last_day(y, 3 * q))
    if form == "half":
        h = rng.randint(1, 2)
        return due(f"H{h} {y}", y, y, first_day(y, 6 * h - 5), last_day(y, 6 * h))
    if form in ("day_first", "iso"):
        m = rng.choice([3, 6, 9, 12])
        d = calendar.monthrange(y, m)[1]
        raw = f"{d:02d}.{m:02d}.{y}" if form == "day_first" else f"{y}-{m:02d}-{d:02d}"
        iso = datetime.date(y, m, d).isoformat()
        return due(raw, y, y, iso, iso)
    if form == "month_range":
        y0 = rng.randint(start_year, max(start_year, end_year - 1))
        y1 = rng.randint(y0 + 1, max(y0 + 1, end_year))
        m0, m1 = rng.randint(1, 12), rng.randint(1, 12)
        raw = f"{MONTHS[m0 - 1]} {y0} – {MONTHS[m1 - 1]} {y1}"
        return due(raw, y0, y1, first_day(y0, m0), last_day(y1, m1))
    if form == "ongoing":
        return due(rng.choice(["ongoing", "Ongoing"]), None, None, None, None)
    raise ValueError(f"unknown date form {form}")


def due(raw, start, end, start_date, end_date):
    return {"raw": raw, "start": start, "end": end, "start_date": start_date, "end_date": end_date}


def pick(rng, pool, n, country):
    return [p.format(c=country) for p in rng.sample(pool, n)]


def make_plan(rng, n_commitments, milestones_range, date_form, with_description, with_annex):
    """A plan's content (gold-shaped dicts, numbers still local)."""
    printed, short, code = rng.choice(COUNTRIES)
    number = rng.randint(2, 6)
    start = rng.choice([2024, 2025])
    end = start + rng.choice([2, 3])
    themes = rng.sample(THEMES, n_commitments)
    commitments = []
    for ci, theme in enumerate(themes):
        title = fill(rng.choice(TITLE_FORMS), short, theme)
        title = title[0].upper() + title[1:]
        lead = [rng.choice(GOVERNMENT)]
        sup = {
            "government": [g for g in pick(rng, GOVERNMENT, 3, short) if g not in lead][:2],
            "civil_society": pick(rng, CIVIL_SOCIETY, rng.randint(1, 2), short),
            "other": pick(rng, OTHER, rng.randint(0, 1), short),
        }
        milestones = []
        for k in range(rng.randint(*milestones_range)):
            text = f"{rng.choice(VERBS)} {fill(rng.choice(OBJECTS), short, theme)}."
            form = rng.choice(DATE_FORMS[1:]) if date_form == "mixed" else date_form
            m_lead = [rng.choice(lead + GOVERNMENT[:6])]
            milestones.append({
                "text": text,
                "outputs": rng.sample(OUTPUTS, rng.randint(1, 2)),
                "due": make_due(rng, form, start, end),
                "lead": m_lead,
                "supporting": {
                    "government": [g for g in pick(rng, GOVERNMENT, 2, short) if g not in m_lead][:1],
                    "civil_society": pick(rng, CIVIL_SOCIETY, rng.randint(1, 2), short),
                    "other": pick(rng, OTHER, rng.randint(0, 1), short),
                },
            })
        y = rng.randint(start - 3, start - 1)
        commitments.append({
            "title": title,
            "lead": lead,
            "supporting": sup,
            "period": {"start": start, "end": end},
            "problem": {
                "problem": fill(rng.choice(PROBLEM), short, theme, y),
                "causes": fill(rng.choice(CAUSES), short, theme, y),
                "done_so_far": fill(rng.choice(DONE), short, theme, y),
                "solution": fill(rng.choice(SOLUTION), short, theme, y),
                "results": fill(rng.choice(RESULTS), short, theme, y),
            },
            "description": fill(rng.choice(DESCRIPTION), short, theme) if with_description else None,
            "milestones": milestones,
        })
    participants = {"government": [], "civil_society": []}
    if with_annex:
        participants = {"government": pick(rng, GOVERNMENT, 6, short),
                        "civil_society": pick(rng, CIVIL_SOCIETY, 5, short)}
    return {
        "printed_country": printed, "country": short, "code": code,
        "plan_number": number, "period": {"start": start, "end": end},
        "title": f"{ORDINALS[number - 1]} National Action Plan {start}-{end}",
        "participants": participants, "commitments": commitments,
    }


def make_report_entries(rng, plan, per_commitment):
    """Report rows over a plan: (commitment, entry) with local milestone
    indices; gold numbers are given by the caller's numbering."""
    rows = []
    for ci, c in enumerate(plan["commitments"]):
        targets = [None] if per_commitment else list(range(len(c["milestones"])))
        for k in targets:
            status = rng.choice(list(STATUS_WORDS))
            pct = {"not_started": 0, "limited": rng.choice([10, 20, 25, 30, 40]),
                   "substantial": rng.choice([50, 60, 70, 75, 80, 90]), "complete": 100}[status]
            x = c["milestones"][k]["text"].split(" ", 1)[1].rstrip(".") if k is not None else c["title"].lower()
            text = rng.choice(RESULTS_TEXT[:2] + RESULTS_TEXT[4:])
            if status == "not_started":
                text = RESULTS_TEXT[2]
            elif status == "complete":
                text = RESULTS_TEXT[3]
            results = text.format(n=rng.randint(2, 9), m=rng.randint(3, 40), x=x,
                                  day=f"{rng.randint(1, 28)} {rng.choice(MONTHS)} {plan['period']['start']}")
            host = plan["country"].lower()
            evidence = [f"https://{rng.choice(['ogp', 'data', 'gov'])}.{host}.gov/{rng.choice(['reports', 'news', 'docs'])}/{rng.randint(100, 999)}"
                        for _ in range(rng.randint(0, 2))]
            rows.append((ci, k, {"status": status, "progress_percent": pct,
                                 "results": results, "evidence": evidence}))
    return rows
