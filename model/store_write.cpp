// Writing one model::Document into the store's tables (inside the caller's
// transaction). Positions keep every list in its original order.
#include <chrono>
#include <ctime>
#include <set>

#include "base/text.h"
#include "model/schema_rows.h"
#include "model/sql.h"

namespace ogpx::model::rows {
namespace {

// Writes `items` in order as (parent, position, item) rows through `insert`,
// a prepared "INSERT INTO t (parent_id, position, value) VALUES (?,?,?)".
std::optional<Error> WriteTextList(sql::Stmt& insert, int64_t parent,
                                   const std::vector<std::string>& items) {
  for (std::size_t i = 0; i < items.size(); ++i) {
    insert.Reset();
    insert.Bind(1, parent).Bind(2, static_cast<int64_t>(i)).Bind(3, items[i]);
    if (auto e = insert.Run()) return e;
  }
  return std::nullopt;
}

}  // namespace

std::string NowIso() {
  std::time_t t = std::chrono::system_clock::to_time_t(std::chrono::system_clock::now());
  std::tm tm{};
  gmtime_r(&t, &tm);
  char buf[32];
  std::strftime(buf, sizeof buf, "%Y-%m-%dT%H:%M:%SZ", &tm);
  return buf;
}

namespace {

std::string JoinStrings(const std::vector<std::string>& values) {
  std::string out;
  for (const auto& v : values) out += (out.empty() ? "" : ",") + v;
  return out;
}

std::optional<std::string> KeyOf(const std::optional<std::string>& name) {
  if (!name) return std::nullopt;
  return text::OrgKey(*name);
}

// Inserts one stakeholder row; `owner_col` is 1 (commitment) or 2 (milestone).
class RoleWriter {
 public:
  explicit RoleWriter(sql::Conn& db)
      : db_(db),
        st_(db,
            "INSERT INTO stakeholder_roles (commitment_id, milestone_id, org_id, name, role, "
            "sector, position) VALUES (?,?,?,?,?,?,?)") {}

  std::optional<Error> Write(bool on_milestone, int64_t owner, const std::vector<std::string>& lead,
                             const Stakeholders& supporting) {
    if (auto e = Names(on_milestone, owner, "lead", nullptr, lead)) return e;
    if (auto e = Names(on_milestone, owner, "supporting", "government", supporting.government))
      return e;
    if (auto e = Names(on_milestone, owner, "supporting", "civil_society",
                       supporting.civil_society))
      return e;
    return Names(on_milestone, owner, "supporting", "other", supporting.other);
  }

 private:
  std::optional<Error> Names(bool on_milestone, int64_t owner, const char* role,
                             const char* sector, const std::vector<std::string>& names) {
    for (std::size_t i = 0; i < names.size(); ++i) {
      auto org = ResolveOrg(db_, names[i]);
      if (!org) return org.error();
      st_.Reset();
      if (on_milestone)
        st_.BindNull(1).Bind(2, owner);
      else
        st_.Bind(1, owner).BindNull(2);
      st_.Bind(3, *org).Bind(4, names[i]).Bind(5, role);
      if (sector)
        st_.Bind(6, sector);
      else
        st_.BindNull(6);
      st_.Bind(7, static_cast<int64_t>(i));
      if (auto e = st_.Run()) return e;
    }
    return std::nullopt;
  }

  sql::Conn& db_;
  sql::Stmt st_;
};

std::optional<Error> WriteMilestone(sql::Conn& db, int64_t commitment_id, std::size_t pos,
                                    const Milestone& m, RoleWriter& roles) {
  sql::Stmt st(db,
               "INSERT INTO milestones (commitment_id, position, number, group_number, "
               "group_title, text, due_raw, due_start, due_end, pages, due_start_date, due_end_date) "
               "VALUES (?,?,?,?,?,?,?,?,?,?,?,?) RETURNING id");
  st.Bind(1, commitment_id).Bind(2, static_cast<int64_t>(pos)).Bind(3, m.number);
  if (m.group)
    st.Bind(4, m.group->number).Bind(5, m.group->title);
  else
    st.BindNull(4).BindNull(5);
  st.Bind(6, m.text);
  if (m.due)
    st.Bind(7, m.due->raw).Bind(8, m.due->start).Bind(9, m.due->end);
  else
    st.BindNull(7).BindNull(8).BindNull(9);
  st.Bind(10, JoinInts(m.pages));
  if (m.due)
    st.Bind(11, m.due->start_date).Bind(12, m.due->end_date);
  else
    st.BindNull(11).BindNull(12);
  auto id = st.Id();
  if (!id) return id.error();
  sql::Stmt out(db, "INSERT INTO outputs (milestone_id, position, text) VALUES (?,?,?)");
  if (auto e = WriteTextList(out, *id, m.outputs)) return e;
  return roles.Write(true, *id, m.lead, m.supporting);
}

std::optional<Error> WritePlan(sql::Conn& db, int64_t doc_id, const ActionPlan& plan) {
  sql::Stmt st(db,
               "INSERT INTO plans (document_id, country, country_key, plan_number, "
               "period_start, period_end, title, template) VALUES (?,?,?,?,?,?,?,?) RETURNING id");
  st.Bind(1, doc_id).Bind(2, plan.country).Bind(3, KeyOf(plan.country)).Bind(4, plan.plan_number);
  st.Bind(5, plan.period.start).Bind(6, plan.period.end).Bind(7, plan.title);
  st.Bind(8, plan.template_name);
  auto plan_row = st.Id();
  if (!plan_row) return plan_row.error();
  const int64_t plan_id = *plan_row;

  sql::Stmt part(db,
                 "INSERT INTO participants (plan_id, sector, position, name, org_id) "
                 "VALUES (?,?,?,?,?)");
  auto participants = [&](const char* sector, const std::vector<std::string>& names)
      -> std::optional<Error> {
    for (std::size_t i = 0; i < names.size(); ++i) {
      auto org = ResolveOrg(db, names[i]);
      if (!org) return org.error();
      part.Reset();
      part.Bind(1, plan_id).Bind(2, sector).Bind(3, static_cast<int64_t>(i)).Bind(4, names[i]);
      part.Bind(5, *org);
      if (auto e = part.Run()) return e;
    }
    return std::nullopt;
  };
  if (auto e = participants("government", plan.participants.government)) return e;
  if (auto e = participants("civil_society", plan.participants.civil_society)) return e;

  RoleWriter roles(db);
  sql::Stmt com(db,
                "INSERT INTO commitments (plan_id, position, number, title, period_start, "
                "period_end, problem, causes, done_so_far, solution, results, pages, "
                "commitment_id, theme, description, objective, relevance, ambition, "
                "analysis_transparency, analysis_accountability, analysis_participation, "
                "contact_name, contact_title, contact_email, contact_phone) "
                "VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?) RETURNING id");
  for (std::size_t i = 0; i < plan.commitments.size(); ++i) {
    const Commitment& c = plan.commitments[i];
    com.Reset();
    com.Bind(1, plan_id).Bind(2, static_cast<int64_t>(i)).Bind(3, c.number).Bind(4, c.title);
    com.Bind(5, c.period.start).Bind(6, c.period.end).Bind(7, c.problem.problem);
    com.Bind(8, c.problem.causes).Bind(9, c.problem.done_so_far).Bind(10, c.problem.solution);
    com.Bind(11, c.problem.results).Bind(12, JoinInts(c.pages));
    com.Bind(13, c.id).Bind(14, c.theme).Bind(15, c.description).Bind(16, c.objective);
    com.Bind(17, c.relevance).Bind(18, c.ambition);
    const Analysis analysis = c.analysis.value_or(Analysis{});
    com.Bind(19, analysis.transparency).Bind(20, analysis.accountability);
    com.Bind(21, analysis.participation);
    const Contact contact = c.contact.value_or(Contact{});
    com.Bind(22, contact.name).Bind(23, contact.title).Bind(24, contact.email);
    com.Bind(25, contact.phone);
    auto cid = com.Id();
    if (!cid) return cid.error();
    if (auto e = roles.Write(false, *cid, c.lead, c.supporting)) return e;
    for (std::size_t j = 0; j < c.milestones.size(); ++j)
      if (auto e = WriteMilestone(db, *cid, j, c.milestones[j], roles)) return e;
  }
  return std::nullopt;
}

std::optional<Error> WriteOrder(sql::Conn& db, int64_t doc_id, const Order& o) {
  sql::Stmt st(db,
               "INSERT INTO orders (document_id, issuer, title, number, date, place, subject, "
               "legal_basis, signatory_name, signatory_position, has_approves, approves_title, "
               "approves_start, approves_end, pages) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?) RETURNING id");
  st.Bind(1, doc_id).Bind(2, o.issuer).Bind(3, o.title).Bind(4, o.number).Bind(5, o.date);
  st.Bind(6, o.place).Bind(7, o.subject).Bind(8, o.legal_basis).Bind(9, o.signatory.name);
  st.Bind(10, o.signatory.position).Bind(11, o.approves ? 1 : 0);
  if (o.approves)
    st.Bind(12, o.approves->title).Bind(13, o.approves->period.start).Bind(14, o.approves->period.end);
  else
    st.BindNull(12).BindNull(13).BindNull(14);
  st.Bind(15, JoinInts(o.pages));
  auto id = st.Id();
  if (!id) return id.error();
  sql::Stmt cl(db, "INSERT INTO order_clauses (order_id, position, text) VALUES (?,?,?)");
  return WriteTextList(cl, *id, o.clauses);
}

std::optional<Error> WriteReport(sql::Conn& db, int64_t doc_id, const ProgressReport& r) {
  std::optional<int64_t> agency_org;
  if (r.agency) {
    auto org = ResolveOrg(db, *r.agency);
    if (!org) return org.error();
    agency_org = *org;
  }
  sql::Stmt st(db,
               "INSERT INTO reports (document_id, agency, agency_org_id, plan_country, "
               "plan_country_key, plan_number, period_start, period_end, period_label, "
               "submitted, report_type) VALUES (?,?,?,?,?,?,?,?,?,?,?) RETURNING id");
  st.Bind(1, doc_id).Bind(2, r.agency).Bind(3, agency_org).Bind(4, r.plan.country);
  st.Bind(5, KeyOf(r.plan.country)).Bind(6, r.plan.plan_number).Bind(7, r.period.start);
  st.Bind(8, r.period.end).Bind(9, r.period.label).Bind(10, r.submitted);
  st.Bind(11, r.report_type);
  auto rid = st.Id();
  if (!rid) return rid.error();
  sql::Stmt en(db,
               "INSERT INTO report_entries (report_id, position, milestone, status, "
               "progress_percent, results, pages, commitment, next_steps) "
               "VALUES (?,?,?,?,?,?,?,?,?) RETURNING id");
  sql::Stmt ev(db, "INSERT INTO report_evidence (entry_id, position, url) VALUES (?,?,?)");
  for (std::size_t i = 0; i < r.entries.size(); ++i) {
    const ReportEntry& e = r.entries[i];
    en.Reset();
    en.Bind(1, *rid).Bind(2, static_cast<int64_t>(i)).Bind(3, e.milestone);
    if (e.status)
      en.Bind(4, StatusName(*e.status));
    else
      en.BindNull(4);
    en.Bind(5, e.progress_percent).Bind(6, e.results).Bind(7, JoinInts(e.pages));
    en.Bind(8, e.commitment).Bind(9, e.next_steps);
    auto entry = en.Id();
    if (!entry) return entry.error();
    if (auto err = WriteTextList(ev, *entry, e.evidence)) return err;
  }
  return std::nullopt;
}

std::optional<Error> WriteSourceAndNotes(sql::Conn& db, int64_t id, const Document& doc) {
  std::set<int> ocr(doc.source.ocr_pages.begin(), doc.source.ocr_pages.end());
  std::set<int> numbers(ocr);
  for (int p = 1; p <= doc.source.pages; ++p) numbers.insert(p);
  sql::Stmt pg(db, "INSERT INTO pages (document_id, number, source) VALUES (?,?,?)");
  for (int p : numbers) {
    pg.Reset();
    pg.Bind(1, id).Bind(2, p).Bind(3, ocr.count(p) ? "ocr" : "text");
    if (auto e = pg.Run()) return e;
  }
  sql::Stmt w(db,
              "INSERT INTO warnings (document_id, position, page, code, message) "
              "VALUES (?,?,?,?,?)");
  for (std::size_t i = 0; i < doc.warnings.size(); ++i) {
    const Warning& wa = doc.warnings[i];
    w.Reset();
    w.Bind(1, id).Bind(2, static_cast<int64_t>(i)).Bind(3, wa.page).Bind(4, wa.code);
    w.Bind(5, wa.message);
    if (auto e = w.Run()) return e;
  }
  sql::Stmt pv(db,
               "INSERT INTO provenance (document_id, position, field, page, x0, y0, x1, y1, ocr_confidence) "
               "VALUES (?,?,?,?,?,?,?,?,?)");
  for (std::size_t i = 0; i < doc.provenance.size(); ++i) {
    const Provenance& p = doc.provenance[i];
    pv.Reset();
    pv.Bind(1, id).Bind(2, static_cast<int64_t>(i)).Bind(3, p.field).Bind(4, p.page);
    pv.Bind(5, p.x0).Bind(6, p.y0).Bind(7, p.x1).Bind(8, p.y1).Bind(9, p.ocr_confidence);
    if (auto e = pv.Run()) return e;
  }
  return std::nullopt;
}

}  // namespace

std::string JoinInts(const std::vector<int>& values) {
  std::string out;
  for (int v : values) out += (out.empty() ? "" : ",") + std::to_string(v);
  return out;
}

Result<std::optional<int64_t>> WriteDocument(sql::Conn& db, const Document& doc, int extractor_version) {
  // Two workers storing the same bytes at once: the unique sha256 keeps one.
  sql::Stmt st(db,
               "INSERT INTO documents (sha256, file_name, pages, kind, language, ocr_pages, "
               "extractor_version, ingested_at, kind_confidence, source_path) VALUES (?,?,?,?,?,?,?,?,?,?) "
               "ON CONFLICT (sha256) DO NOTHING RETURNING id");
  st.Bind(1, doc.source.sha256).Bind(2, doc.source.file).Bind(3, doc.source.pages);
  st.Bind(4, KindName(doc.kind)).Bind(5, JoinStrings(doc.source.language));
  st.Bind(6, JoinInts(doc.source.ocr_pages)).Bind(7, extractor_version).Bind(8, NowIso());
  st.Bind(9, doc.kind_confidence);
  if (!doc.source_path.empty()) st.Bind(10, doc.source_path);
  if (!st.Step()) {
    if (st.error()) return *st.error();
    return std::optional<int64_t>();
  }
  const int64_t id = st.Int(0);
  if (auto e = st.Run()) return *e;
  if (auto e = WriteSourceAndNotes(db, id, doc)) return *e;
  if (doc.action_plan)
    if (auto e = WritePlan(db, id, *doc.action_plan)) return *e;
  if (doc.order)
    if (auto e = WriteOrder(db, id, *doc.order)) return *e;
  if (doc.progress_report)
    if (auto e = WriteReport(db, id, *doc.progress_report)) return *e;
  return std::optional<int64_t>(id);
}

}  // namespace ogpx::model::rows
