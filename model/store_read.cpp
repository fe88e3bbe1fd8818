// Rebuilding a model::Document from the store's rows (the inverse of
// store_write.cpp): every list comes back in its stored position order, and
// names come back as printed (not as the organisation's display name).
#include <charconv>

#include "model/schema_rows.h"
#include "model/sql.h"

namespace ogpx::model::rows {
namespace {

std::vector<std::string> SplitStrings(const std::string& text) {
  std::vector<std::string> out;
  std::size_t start = 0;
  while (start < text.size()) {
    std::size_t comma = text.find(',', start);
    if (comma == std::string::npos) comma = text.size();
    out.push_back(text.substr(start, comma - start));
    start = comma + 1;
  }
  return out;
}

// Lead names and supporting stakeholders of one commitment or milestone.
std::optional<Error> ReadRoles(sql::Conn& db, bool on_milestone, int64_t owner,
                               std::vector<std::string>& lead, Stakeholders& supporting) {
  sql::Stmt st(db, on_milestone
                       ? "SELECT role, COALESCE(sector, ''), name FROM stakeholder_roles "
                         "WHERE milestone_id = ? ORDER BY role, sector, position"
                       : "SELECT role, COALESCE(sector, ''), name FROM stakeholder_roles "
                         "WHERE commitment_id = ? ORDER BY role, sector, position");
  st.Bind(1, owner);
  while (st.Step()) {
    std::string role = st.Text(0), sector = st.Text(1);
    if (role == "lead")
      lead.push_back(st.Text(2));
    else if (sector == "government")
      supporting.government.push_back(st.Text(2));
    else if (sector == "civil_society")
      supporting.civil_society.push_back(st.Text(2));
    else
      supporting.other.push_back(st.Text(2));
  }
  return st.error();
}

std::optional<Error> ReadMilestones(sql::Conn& db, int64_t commitment_id, Commitment& c) {
  sql::Stmt st(db,
               "SELECT id, number, group_number, group_title, text, due_raw, due_start, "
               "due_end, pages, due_start_date, due_end_date FROM milestones "
               "WHERE commitment_id = ? ORDER BY position");
  st.Bind(1, commitment_id);
  sql::Stmt out(db, "SELECT text FROM outputs WHERE milestone_id = ? ORDER BY position");
  while (st.Step()) {
    Milestone m;
    int64_t id = st.Int(0);
    m.number = st.Text(1);
    if (!st.IsNull(2)) m.group = MilestoneGroup{st.Text(2), st.Text(3)};
    m.text = st.Text(4);
    if (!st.IsNull(5))
      m.due = Due{st.Text(5), st.OptInt32(6), st.OptInt32(7), st.OptText(9), st.OptText(10)};
    m.pages = SplitInts(st.Text(8));
    out.Reset();
    out.Bind(1, id);
    while (out.Step()) m.outputs.push_back(out.Text(0));
    if (out.error()) return out.error();
    if (auto e = ReadRoles(db, true, id, m.lead, m.supporting)) return e;
    c.milestones.push_back(std::move(m));
  }
  return st.error();
}

std::optional<Error> ReadPlan(sql::Conn& db, int64_t doc_id, std::optional<ActionPlan>& out) {
  sql::Stmt st(db,
               "SELECT id, country, plan_number, period_start, period_end, title, template FROM plans "
               "WHERE document_id = ?");
  st.Bind(1, doc_id);
  if (!st.Step()) return st.error();
  ActionPlan plan;
  int64_t plan_id = st.Int(0);
  plan.country = st.OptText(1);
  plan.plan_number = st.OptInt32(2);
  plan.period = {st.OptInt32(3), st.OptInt32(4)};
  plan.title = st.OptText(5);
  plan.template_name = st.OptText(6);
  sql::Stmt part(db, "SELECT sector, name FROM participants WHERE plan_id = ? "
                     "ORDER BY sector, position");
  part.Bind(1, plan_id);
  while (part.Step())
    (part.Text(0) == "government" ? plan.participants.government
                                  : plan.participants.civil_society)
        .push_back(part.Text(1));
  if (part.error()) return part.error();
  sql::Stmt com(db,
                "SELECT id, number, title, period_start, period_end, problem, causes, "
                "done_so_far, solution, results, pages, commitment_id, theme, description, "
                "objective, relevance, ambition, analysis_transparency, "
                "analysis_accountability, analysis_participation, contact_name, contact_title, "
                "contact_email, contact_phone FROM commitments WHERE plan_id = ? "
                "ORDER BY position");
  com.Bind(1, plan_id);
  while (com.Step()) {
    Commitment c;
    int64_t id = com.Int(0);
    c.number = com.Text(1);
    c.title = com.OptText(2);
    c.period = {com.OptInt32(3), com.OptInt32(4)};
    c.problem = {com.OptText(5), com.OptText(6), com.OptText(7), com.OptText(8), com.OptText(9)};
    c.pages = SplitInts(com.Text(10));
    c.id = com.OptText(11);
    c.theme = com.OptText(12);
    c.description = com.OptText(13);
    c.objective = com.OptText(14);
    c.relevance = com.OptText(15);
    c.ambition = com.OptText(16);
    Analysis analysis{com.OptText(17), com.OptText(18), com.OptText(19)};
    if (analysis != Analysis{}) c.analysis = analysis;
    Contact contact{com.OptText(20), com.OptText(21), com.OptText(22), com.OptText(23)};
    if (contact != Contact{}) c.contact = contact;
    if (auto e = ReadRoles(db, false, id, c.lead, c.supporting)) return e;
    if (auto e = ReadMilestones(db, id, c)) return e;
    plan.commitments.push_back(std::move(c));
  }
  if (com.error()) return com.error();
  out = std::move(plan);
  return std::nullopt;
}

std::optional<Error> ReadOrder(sql::Conn& db, int64_t doc_id, std::optional<Order>& out) {
  sql::Stmt st(db,
               "SELECT id, issuer, title, number, date, place, subject, legal_basis, "
               "signatory_name, signatory_position, has_approves, approves_title, "
               "approves_start, approves_end, pages FROM orders WHERE document_id = ?");
  st.Bind(1, doc_id);
  if (!st.Step()) return st.error();
  Order o;
  int64_t id = st.Int(0);
  o.issuer = st.OptText(1);
  o.title = st.OptText(2);
  o.number = st.OptText(3);
  o.date = st.OptText(4);
  o.place = st.OptText(5);
  o.subject = st.OptText(6);
  o.legal_basis = st.OptText(7);
  o.signatory = {st.OptText(8), st.OptText(9)};
  if (st.Int(10)) o.approves = Approves{st.OptText(11), {st.OptInt32(12), st.OptInt32(13)}};
  o.pages = SplitInts(st.Text(14));
  sql::Stmt cl(db, "SELECT text FROM order_clauses WHERE order_id = ? ORDER BY position");
  cl.Bind(1, id);
  while (cl.Step()) o.clauses.push_back(cl.Text(0));
  if (cl.error()) return cl.error();
  out = std::move(o);
  return std::nullopt;
}

std::optional<Error> ReadReport(sql::Conn& db, int64_t doc_id, std::optional<ProgressReport>& out) {
  sql::Stmt st(db,
               "SELECT id, agency, plan_country, plan_number, period_start, period_end, "
               "period_label, submitted, report_type FROM reports WHERE document_id = ?");
  st.Bind(1, doc_id);
  if (!st.Step()) return st.error();
  ProgressReport r;
  int64_t id = st.Int(0);
  r.agency = st.OptText(1);
  r.plan = {st.OptText(2), st.OptInt32(3)};
  r.period = {st.OptText(4), st.OptText(5), st.OptText(6)};
  r.submitted = st.OptText(7);
  r.report_type = st.OptText(8);
  sql::Stmt en(db,
               "SELECT id, milestone, status, progress_percent, results, pages, commitment, "
               "next_steps "
               "FROM report_entries WHERE report_id = ? ORDER BY position");
  en.Bind(1, id);
  sql::Stmt ev(db, "SELECT url FROM report_evidence WHERE entry_id = ? ORDER BY position");
  while (en.Step()) {
    ReportEntry e;
    e.milestone = en.Text(1);
    if (!en.IsNull(2)) e.status = StatusFromName(en.Text(2));
    e.progress_percent = en.OptInt32(3);
    e.results = en.OptText(4);
    e.pages = SplitInts(en.Text(5));
    e.commitment = en.OptText(6);
    e.next_steps = en.OptText(7);
    ev.Reset();
    ev.Bind(1, en.Int(0));
    while (ev.Step()) e.evidence.push_back(ev.Text(0));
    if (ev.error()) return ev.error();
    r.entries.push_back(std::move(e));
  }
  if (en.error()) return en.error();
  out = std::move(r);
  return std::nullopt;
}

}  // namespace

std::vector<int> SplitInts(const std::string& text) {
  std::vector<int> out;
  const char* p = text.data();
  const char* end = p + text.size();
  while (p < end) {
    int v = 0;
    auto [next, ec] = std::from_chars(p, end, v);
    if (ec == std::errc()) out.push_back(v);
    p = next;
    while (p < end && *p != ',') ++p;  // skip anything unexpected up to the separator
    if (p < end) ++p;
  }
  return out;
}

Result<Document> ReadDocument(sql::Conn& db, int64_t id) {
  sql::Stmt st(db,
               "SELECT sha256, file_name, pages, kind, language, ocr_pages, kind_confidence, source_path "
               "FROM documents "
               "WHERE id = ?");
  st.Bind(1, id);
  if (!st.Step()) {
    if (st.error()) return *st.error();
    return Error{ErrorKind::kNotFound, "", std::nullopt,
                 "no document with id " + std::to_string(id) + " in the database"};
  }
  Document doc;
  doc.source.sha256 = st.Text(0);
  doc.source.file = st.Text(1);
  doc.source.pages = static_cast<int>(st.Int(2));
  doc.kind = KindFromName(st.Text(3)).value_or(Kind::kOther);
  doc.source.language = SplitStrings(st.Text(4));
  doc.source.ocr_pages = SplitInts(st.Text(5));
  if (!st.IsNull(6)) doc.kind_confidence = st.Real(6);
  doc.source_path = st.OptText(7).value_or("");
  if (auto e = ReadPlan(db, id, doc.action_plan)) return *e;
  if (auto e = ReadOrder(db, id, doc.order)) return *e;
  if (auto e = ReadReport(db, id, doc.progress_report)) return *e;
  sql::Stmt w(db,
              "SELECT page, code, message FROM warnings WHERE document_id = ? "
              "AND origin = 'extract' ORDER BY position");
  w.Bind(1, id);
  while (w.Step()) doc.warnings.push_back({w.OptInt32(0), w.Text(1), w.Text(2)});
  if (w.error()) return *w.error();
  sql::Stmt pv(db,
               "SELECT field, page, x0, y0, x1, y1, ocr_confidence FROM provenance WHERE document_id = ? "
               "ORDER BY position");
  pv.Bind(1, id);
  while (pv.Step())
    doc.provenance.push_back({pv.Text(0), static_cast<int>(pv.Int(1)), pv.Real(2), pv.Real(3), pv.Real(4),
                              pv.Real(5), pv.IsNull(6) ? std::nullopt : std::optional<double>(pv.Real(6))});
  if (pv.error()) return *pv.error();
  return doc;
}

}  // namespace ogpx::model::rows
