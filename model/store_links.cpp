// Links between progress reports and plans: report_entries.milestone_id,
// the 'link' warnings ("unknown_milestone", "not_lead_agency",
// "report_plan_not_found") and the
// per-milestone status table built on the same matching rule.
//
// A report matches a plan when the plan numbers are equal and the countries
// are the same (equal org_key, or one organisation through org_aliases), or
// when either side's country is absent. Milestone numbers are compared
// without trailing dots and white space.
#include <algorithm>
#include <chrono>
#include <ctime>
#include <map>

#include "model/schema_rows.h"
#include "model/sql.h"
#include "model/store.h"

namespace ogpx::model {
namespace rows {
namespace {

struct PlanRow {
  int64_t id;
  std::optional<std::string> country;
  std::optional<int> number;
};

struct ReportRow {
  int64_t id, document_id;
  std::optional<std::string> agency;
  std::optional<int64_t> agency_org;
  std::optional<std::string> country;
  std::optional<int> number;
};

struct MilestoneRow {
  int64_t id, plan_id, commitment_id;
};

Result<std::vector<PlanRow>> Plans(sql::Conn& db) {
  std::vector<PlanRow> out;
  sql::Stmt st(db, "SELECT id, country, plan_number FROM plans ORDER BY id");
  while (st.Step()) out.push_back({st.Int(0), st.OptText(1), st.OptInt32(2)});
  if (st.error()) return *st.error();
  return out;
}

Result<std::vector<ReportRow>> Reports(sql::Conn& db) {
  std::vector<ReportRow> out;
  sql::Stmt st(db, "SELECT id, document_id, agency, agency_org_id, plan_country, plan_number "
                   "FROM reports ORDER BY id");
  while (st.Step())
    out.push_back({st.Int(0), st.Int(1), st.OptText(2), st.OptInt(3), st.OptText(4),
                   st.OptInt32(5)});
  if (st.error()) return *st.error();
  return out;
}

Result<bool> Matches(sql::Conn& db, const ReportRow& r, const PlanRow& p) {
  if (!r.number || !p.number || *r.number != *p.number) return false;
  if (!r.country || !p.country) return true;
  return SameOrg(db, *r.country, *p.country);
}

// Milestones of the plans matching `report`, by milestone key; the first plan
// (lowest id) wins when several ingested plans have the same milestone.
Result<std::map<std::string, MilestoneRow>> MilestonesFor(sql::Conn& db, const ReportRow& report,
                                                          const std::vector<PlanRow>& plans) {
  std::map<std::string, MilestoneRow> out;
  sql::Stmt st(db,
               "SELECT m.id, m.number, c.id FROM milestones m JOIN commitments c "
               "ON c.id = m.commitment_id WHERE c.plan_id = ? ORDER BY c.position, m.position");
  for (const PlanRow& p : plans) {
    auto match = Matches(db, report, p);
    if (!match) return match.error();
    if (!*match) continue;
    st.Reset();
    st.Bind(1, p.id);
    while (st.Step()) out.emplace(MilestoneKey(st.Text(1)), MilestoneRow{st.Int(0), p.id, st.Int(2)});
    if (st.error()) return *st.error();
  }
  return out;
}

// Organisation ids leading a milestone (its own lead, else its commitment's).
Result<std::vector<int64_t>> LeadOrgs(sql::Conn& db, const MilestoneRow& m) {
  std::vector<int64_t> out;
  for (int pass = 0; pass < 2 && out.empty(); ++pass) {
    sql::Stmt st(db, pass == 0 ? "SELECT org_id FROM stakeholder_roles WHERE milestone_id = ? "
                                 "AND role = 'lead'"
                               : "SELECT org_id FROM stakeholder_roles WHERE commitment_id = ? "
                                 "AND role = 'lead'");
    st.Bind(1, pass == 0 ? m.id : m.commitment_id);
    while (st.Step()) out.push_back(st.Int(0));
    if (st.error()) return *st.error();
  }
  return out;
}

std::optional<Error> AddLinkWarning(sql::Conn& db, int64_t doc_id, int64_t position,
                                    std::optional<int> page, const char* code,
                                    const std::string& message) {
  sql::Stmt st(db,
               "INSERT INTO warnings (document_id, position, page, code, message, origin) "
               "VALUES (?,?,?,?,?,'link')");
  st.Bind(1, doc_id).Bind(2, position).Bind(3, page).Bind(4, code).Bind(5, message);
  return st.Run();
}

std::string PlanName(const ReportRow& r) {
  std::string s = "plan " + (r.number ? std::to_string(*r.number) : std::string("?"));
  if (r.country) s += " (" + *r.country + ")";
  return s;
}

std::optional<Error> LinkReport(sql::Conn& db, const ReportRow& r, const std::vector<PlanRow>& plans) {
  auto milestones = MilestonesFor(db, r, plans);
  if (!milestones) return milestones.error();
  if (milestones->empty()) {  // no matching plan ingested (yet): say what was looked for
    std::string looked = "plan number " + (r.number ? std::to_string(*r.number) : std::string("(none printed)"));
    looked += r.country ? " of country '" + *r.country + "' (same name key, or one organisation through the aliases)"
                        : " (any country: the report names none)";
    return AddLinkWarning(db, r.document_id, 0, std::nullopt, "report_plan_not_found",
                          "No ingested action plan matches this report; looked for " + looked +
                              (r.number ? "" : ": a report without a plan number links to no plan"));
  }
  sql::Stmt en(db, "SELECT id, position, milestone, pages FROM report_entries "
                   "WHERE report_id = ? ORDER BY position");
  en.Bind(1, r.id);
  sql::Stmt set(db, "UPDATE report_entries SET milestone_id = ? WHERE id = ?");
  while (en.Step()) {
    std::string number = en.Text(2);
    std::vector<int> pages = SplitInts(en.Text(3));
    std::optional<int> page;
    if (!pages.empty()) page = pages.front();
    auto it = milestones->find(MilestoneKey(number));
    if (it == milestones->end()) {
      if (auto e = AddLinkWarning(db, r.document_id, en.Int(1), page, "unknown_milestone",
                                  "Milestone " + number + " is not in " + PlanName(r)))
        return e;
      continue;
    }
    set.Reset();
    set.Bind(1, it->second.id).Bind(2, en.Int(0));
    if (auto e = set.Run()) return e;
    if (!r.agency_org) continue;
    auto leads = LeadOrgs(db, it->second);
    if (!leads) return leads.error();
    if (!leads->empty() && std::find(leads->begin(), leads->end(), *r.agency_org) == leads->end())
      if (auto e = AddLinkWarning(db, r.document_id, en.Int(1), page, "not_lead_agency",
                                  "Milestone " + number + ": reporting agency '" +
                                      r.agency.value_or("") + "' does not lead it in " +
                                      PlanName(r)))
        return e;
  }
  return en.error();
}

}  // namespace

std::string MilestoneKey(const std::string& number) {
  std::size_t b = number.find_first_not_of(" \t");
  if (b == std::string::npos) return "";
  std::size_t e = number.find_last_not_of(" \t.");
  return e == std::string::npos || e < b ? "" : number.substr(b, e - b + 1);
}

std::optional<Error> Relink(sql::Conn& db, const std::vector<int64_t>* report_ids) {
  auto plans = Plans(db);
  if (!plans) return plans.error();
  auto reports = Reports(db);
  if (!reports) return reports.error();
  sql::Stmt clear(db, "UPDATE report_entries SET milestone_id = NULL WHERE report_id = ?");
  sql::Stmt drop(db, "DELETE FROM warnings WHERE origin = 'link' AND document_id = ?");
  for (const ReportRow& r : *reports) {
    if (report_ids && std::find(report_ids->begin(), report_ids->end(), r.id) == report_ids->end())
      continue;
    clear.Reset();
    clear.Bind(1, r.id);
    if (auto e = clear.Run()) return e;
    drop.Reset();
    drop.Bind(1, r.document_id);
    if (auto e = drop.Run()) return e;
    if (auto e = LinkReport(db, r, *plans)) return e;
  }
  return std::nullopt;
}

Result<std::vector<int64_t>> AffectedReports(sql::Conn& db, int64_t document_id,
                                             const std::vector<int>& plan_numbers) {
  std::vector<int64_t> out;
  sql::Stmt own(db, "SELECT id FROM reports WHERE document_id = ?");
  own.Bind(1, document_id);
  while (own.Step()) out.push_back(own.Int(0));
  if (own.error()) return *own.error();
  sql::Stmt same(db, "SELECT id FROM reports WHERE plan_number = ?");
  for (int n : plan_numbers) {
    same.Reset();
    same.Bind(1, n);
    while (same.Step()) out.push_back(same.Int(0));
    if (same.error()) return *same.error();
  }
  return out;
}

}  // namespace rows

Result<std::vector<Warning>> Store::LinkWarnings(int64_t document_id) {
  std::vector<Warning> out;
  sql::Stmt st(*db_, "SELECT page, code, message FROM warnings WHERE document_id = ? "
                          "AND origin = 'link' ORDER BY position, id");
  st.Bind(1, document_id);
  while (st.Step()) out.push_back({st.OptInt32(0), st.Text(1), st.Text(2)});
  if (st.error()) return *st.error();
  return out;
}

}  // namespace ogpx::model
