// Store::MilestoneStatuses: the rows of the view milestone_status
// (model/schema_views.cpp), one per milestone of every ingested plan with the
// latest reported status. An entry counts for a milestone when it is linked
// to it (report_entries.milestone_id) or when it names the same milestone
// number in a report linked to another copy of the same plan (e.g. the
// scanned and the born-digital PDF of one plan). Overdue is the view's rule
// (schema::OverdueRule) evaluated as of the caller's day.
#include <chrono>
#include <ctime>
#include <map>
#include <set>
#include <sstream>

#include "model/schema_rows.h"
#include "model/sql.h"
#include "model/schema_views.h"
#include "model/store.h"

namespace ogpx::model {
namespace {

std::vector<std::string> SplitOn(const std::string& text, const std::string& sep) {
  std::vector<std::string> out;
  if (text.empty()) return out;
  std::size_t at = 0;
  for (std::size_t next; (next = text.find(sep, at)) != std::string::npos; at = next + sep.size())
    out.push_back(text.substr(at, next - at));
  out.push_back(text.substr(at));
  return out;
}

}  // namespace

// The as-of day as an ISO date: the given date, a year's first day, or
// today (UTC).
Result<std::string> Store::AsOfDay(const std::optional<std::string>& as_of) {
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

Result<std::vector<MilestoneStatus>> Store::MilestoneStatuses(
    std::optional<std::string> as_of_iso_date) try {
  auto as_of = AsOfDay(as_of_iso_date);
  if (!as_of) return as_of.error();
  sql::Conn& db = *db_;
  sql::Stmt st(db,
               "SELECT plan_id, plan_file, country, plan_number, commitment, milestone_id, milestone, "
               "due_raw, due_start, due_end, commitment_title, text, due_date, lead, lead_org_ids, "
               "status, progress_percent, report_file, report_agency, period_label, period_end, "
               "no_report, " + schema::OverdueRule("?1", db.dialect()) + ", plan_document_id, "
               "(SELECT document_id FROM reports WHERE reports.id = report_id) FROM milestone_status "
               "ORDER BY plan_id, commitment_position, milestone_position");
  st.Bind(1, *as_of);
  std::vector<MilestoneStatus> out;
  std::map<int64_t, std::string> plan_keys;
  while (st.Step()) {
    MilestoneStatus s;
    s.plan_id = st.Int(0);
    s.plan_file = st.Text(1);
    s.plan_document_id = st.Int(23);
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
    s.milestone_id = st.Int(5);
    s.number = st.Text(6);
    if (!st.IsNull(7)) {
      s.due = Due{st.Text(7), st.OptInt32(8), st.OptInt32(9), std::nullopt, std::nullopt};
      s.due_date = st.OptText(12);
    }
    s.commitment_title = st.OptText(10);
    s.text = st.Text(11);
    s.lead = SplitOn(st.Text(13), "; ");
    for (const auto& id : SplitOn(st.Text(14), ",")) s.lead_org_ids.push_back(std::stoll(id));
    s.no_report = st.Int(21) != 0;
    if (!s.no_report) {
      s.status = st.IsNull(15) ? std::nullopt : StatusFromName(st.Text(15));
      s.progress_percent = st.OptInt32(16);
      s.report_file = st.OptText(17);
      s.report_agency = st.OptText(18);
      s.period_label = st.OptText(19);
      s.period_end = st.OptText(20);
      if (!st.IsNull(24)) s.report_document_id = st.Int(24);
    }
    s.overdue = st.Int(22) != 0;
    out.push_back(std::move(s));
  }
  if (st.error()) return *st.error();
  return out;
} catch (const std::exception& e) {
  return Error{ErrorKind::kInternal, "", std::nullopt, std::string("milestone status: ") + e.what()};
}

}  // namespace ogpx::model
