// Store::MilestoneStatuses: one row per milestone of every ingested plan with
// the latest reported status. An entry counts for a milestone when it is
// linked to it (report_entries.milestone_id) or when it names the same
// milestone number in a report linked to another copy of the same plan
// (e.g. the scanned and the born-digital PDF of one plan).
#include <chrono>
#include <ctime>
#include <map>
#include <set>

#include "model/schema_rows.h"
#include "model/schema_sqlite.h"
#include "model/store.h"

namespace ogpx::model {
namespace {

struct Latest {
  std::optional<Status> status;
  std::optional<int> percent;
  std::string report_file;
  std::optional<std::string> label, end;
};

// The as-of day as an ISO date: the given date, a year's first day, or
// today (UTC).
Result<std::string> AsOfDate(const std::optional<std::string>& as_of) {
  if (!as_of) {
    std::time_t t = std::chrono::system_clock::to_time_t(std::chrono::system_clock::now());
    std::tm tm{};
    gmtime_r(&t, &tm);
    char buf[16];
    std::strftime(buf, sizeof buf, "%Y-%m-%d", &tm);
    return std::string(buf);
  }
  const std::string& s = *as_of;
  bool ok = s.size() == 4 || (s.size() == 10 && s[4] == '-' && s[7] == '-');
  for (std::size_t i = 0; ok && i < s.size(); ++i) ok = s[i] == '-' || (s[i] >= '0' && s[i] <= '9');
  if (!ok)
    return Error{ErrorKind::kUsage, "", std::nullopt,
                 "as-of date '" + s + "' is not an ISO date (YYYY-MM-DD)"};
  return s.size() == 4 ? s + "-01-01" : s;
}

// Overdue: the last day of the printed end period is before the as-of day
// (so "Q2 2026" is overdue from 2026-07-01); a due without that date falls
// back to its end year.
bool Overdue(const std::optional<Due>& due, const std::string& as_of) {
  if (!due) return false;
  if (due->end_date) return *due->end_date < as_of;
  return due->end && *due->end < std::stoi(as_of.substr(0, 4));
}

// Latest entry per (plan, milestone key), by report period end then report id.
Result<std::map<std::pair<int64_t, std::string>, Latest>> LatestEntries(sqlite3* db) {
  std::map<std::pair<int64_t, std::string>, Latest> out;
  // Reports linked to a plan, through any of their entries.
  sql::Stmt st(db,
               "SELECT DISTINCT c.plan_id, r.id FROM report_entries e "
               "JOIN milestones m ON m.id = e.milestone_id "
               "JOIN commitments c ON c.id = m.commitment_id JOIN reports r ON r.id = e.report_id");
  std::set<std::pair<int64_t, int64_t>> linked;  // (plan, report)
  while (st.Step()) linked.insert({st.Int(0), st.Int(1)});
  if (st.error()) return *st.error();
  // Plans that are copies of a linked plan: same country key and plan number.
  sql::Stmt same(db,
                 "SELECT b.id FROM plans a JOIN plans b ON b.plan_number IS a.plan_number "
                 "AND b.country_key IS a.country_key WHERE a.id = ?");
  sql::Stmt en(db,
               "SELECT e.milestone, e.status, e.progress_percent, d.file_name, r.period_label, "
               "r.period_end FROM report_entries e JOIN reports r ON r.id = e.report_id "
               "JOIN documents d ON d.id = r.document_id WHERE r.id = ? ORDER BY e.position");
  for (const auto& [plan, report] : linked) {
    std::vector<int64_t> copies;
    same.Reset();
    same.Bind(1, plan);
    while (same.Step()) copies.push_back(same.Int(0));
    if (same.error()) return *same.error();
    en.Reset();
    en.Bind(1, report);
    while (en.Step()) {
      Latest l{en.IsNull(1) ? std::nullopt : StatusFromName(en.Text(1)), en.OptInt32(2),
               en.Text(3), en.OptText(4), en.OptText(5)};
      std::string key = rows::MilestoneKey(en.Text(0));
      for (int64_t p : copies) {
        auto [it, inserted] = out.try_emplace({p, key}, l);
        // Later period end wins; an unknown end never beats a known one.
        if (!inserted && l.end && (!it->second.end || *l.end > *it->second.end)) it->second = l;
      }
    }
    if (en.error()) return *en.error();
  }
  return out;
}

}  // namespace

Result<std::vector<MilestoneStatus>> Store::MilestoneStatuses(
    std::optional<std::string> as_of_iso_date) try {
  auto as_of = AsOfDate(as_of_iso_date);
  if (!as_of) return as_of.error();
  sqlite3* db = db_.get();
  auto latest = LatestEntries(db);
  if (!latest) return latest.error();
  sql::Stmt st(db,
               "SELECT p.id, d.file_name, p.country, p.plan_number, c.number, m.id, m.number, "
               "m.due_raw, m.due_start, m.due_end, c.id, m.due_start_date, m.due_end_date "
               "FROM milestones m "
               "JOIN commitments c ON c.id = m.commitment_id JOIN plans p ON p.id = c.plan_id "
               "JOIN documents d ON d.id = p.document_id "
               "ORDER BY p.id, c.position, m.position");
  sql::Stmt lead(db,
                 "SELECT name FROM stakeholder_roles WHERE role = 'lead' AND "
                 "(milestone_id = ?1 OR (?1 IS NULL AND commitment_id = ?2)) ORDER BY position");
  std::vector<MilestoneStatus> out;
  std::map<int64_t, std::string> plan_keys;
  while (st.Step()) {
    MilestoneStatus s;
    s.plan_id = st.Int(0);
    s.plan_file = st.Text(1);
    s.country = st.OptText(2);
    s.plan_number = st.OptInt32(3);
    if (auto known = plan_keys.find(s.plan_id); known != plan_keys.end()) {
      s.plan_key = known->second;
    } else {
      std::string country = "file:" + s.plan_file;
      if (s.country) {
        auto id = rows::OrgIdentity(db, *s.country);
        if (!id) return id.error();
        country = *id;
      }
      s.plan_key = country + "#" + (s.plan_number ? std::to_string(*s.plan_number) : "file:" + s.plan_file);
      plan_keys.emplace(s.plan_id, s.plan_key);
    }
    s.commitment = st.Text(4);
    s.number = st.Text(6);
    if (!st.IsNull(7))
      s.due = Due{st.Text(7), st.OptInt32(8), st.OptInt32(9), st.OptText(11), st.OptText(12)};
    for (int pass = 0; pass < 2 && s.lead.empty(); ++pass) {
      lead.Reset();
      if (pass == 0)
        lead.Bind(1, st.Int(5)).BindNull(2);
      else
        lead.BindNull(1).Bind(2, st.Int(10));
      while (lead.Step()) s.lead.push_back(lead.Text(0));
      if (lead.error()) return *lead.error();
    }
    auto it = latest->find({s.plan_id, rows::MilestoneKey(s.number)});
    s.no_report = it == latest->end();
    if (!s.no_report) {
      s.status = it->second.status;
      s.progress_percent = it->second.percent;
      s.report_file = it->second.report_file;
      s.period_label = it->second.label;
      s.period_end = it->second.end;
    }
    s.overdue = Overdue(s.due, *as_of) && s.status != Status::kComplete;
    out.push_back(std::move(s));
  }
  if (st.error()) return *st.error();
  return out;
} catch (const std::exception& e) {
  return Error{ErrorKind::kInternal, "", std::nullopt, std::string("milestone status: ") + e.what()};
}

}  // namespace ogpx::model
