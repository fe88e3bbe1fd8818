// ReadProgressReport (extract/extract.h): an agency's progress report on the
// milestones of an action plan, read by its column labels and wording.
//
// Steps: the entries table is located by its column labels
// (report_table.h), the labelled lines above it give agency, period and
// submission date (report_header.h), and each entry's cells are interpreted
// (status vocabulary, percent, results paragraph, evidence list).
// OGP's self-assessment template (a completion level marked per commitment)
// is read when no entries table is found (report_self_assessment.h).
// Problems become warnings:
//   report_no_table            no table with report column labels
//   report_unknown_status      a status cell whose wording is not an OGP level
//   report_duplicate_milestone the same milestone reported twice (first kept)
//   number_repaired            a milestone number out of its run by one
//                              misread character (extract/common/numbering.h)
//   report_row_without_milestone  (report_table.cpp)
//   report_period_unparsed, report_date_unparsed  (report_header.cpp)
#include <algorithm>
#include <map>
#include <set>

#include "extract/common/numbering.h"
#include "extract/extract.h"
#include "extract/report/header.h"
#include "extract/report/narrative.h"
#include "extract/report/self_assessment.h"
#include "extract/report/table.h"
#include "extract/report/text.h"
#include "extract/report/vocab.h"
#include "base/text.h"
#include "layout/lines.h"

namespace ogpx::extract {
namespace {

std::optional<int> FirstPage(const std::vector<int>& pages) {
  if (pages.empty()) return std::nullopt;
  return pages.front();
}

model::ReportEntry MakeEntry(const report::RawEntry& raw, std::vector<Warning>& warnings) {
  model::ReportEntry entry;
  entry.milestone = report::LeadingMilestoneNumber(raw.milestone_cell).value_or("");
  if (auto c = report::LeadingCommitmentNumber(raw.commitment_cell)) {
    entry.commitment = *c;
    if (entry.milestone.empty()) entry.milestone = *c;  // a status per commitment
  }
  const std::string status_text = text::FoldWhitespace(raw.status);
  entry.status = report::StatusFromWording(status_text);
  if (!entry.status && !status_text.empty())
    warnings.push_back({FirstPage(raw.pages), "report_unknown_status",
                        "milestone " + entry.milestone + ": status \"" + status_text +
                            "\" is not an OGP completion level"});
  entry.progress_percent = report::ParsePercent(raw.progress);
  const std::string results = report::JoinLines(raw.results);
  if (!results.empty() && results != "-") entry.results = results;
  entry.evidence = report::SplitEvidence(raw.evidence);
  entry.pages = raw.pages;
  return entry;
}

}  // namespace

model::ProgressReport ReadProgressReport(const layout::Structure& s, std::vector<Warning>& warnings) {
  const std::vector<Table>& tables = s.tables;
  model::ProgressReport report;
  std::vector<Warning> table_warnings;
  const report::TableReading reading = report::ReadEntryTables(tables, table_warnings);
  report::HeaderArea area;
  std::vector<model::ReportEntry> entries;
  std::vector<Warning> sa_warnings;
  const report::SelfAssessmentReading sa =
      reading.entries.empty() ? report::ReadSelfAssessment(tables, sa_warnings, s.pages())
                              : report::SelfAssessmentReading{};
  if (sa.found) {  // OGP's self-assessment template: a completion level per commitment
    report.report_type = "self_assessment";
    warnings.insert(warnings.end(), sa_warnings.begin(), sa_warnings.end());
    if (sa.entries.empty())
      warnings.push_back({sa.first_page, "report_no_entries",
                          "a self-assessment report's completion level rows were found but no commitment "
                          "heading (\"N. Title\") or mark under a level was read"});
    entries = sa.entries;
    area.table_page = sa.first_page;
    area.table_top = sa.top;
  } else {
    if (reading.found) report.report_type = "progress";
    warnings.insert(warnings.end(), table_warnings.begin(), table_warnings.end());
    if (!reading.found)
      warnings.push_back({std::nullopt, "report_no_table",
                          "no table with the columns of a progress report (Milestone, Status, "
                          "Progress, Results, Evidence) or of a self-assessment report (Completion level) "
                          "was found"});
    if (reading.found && reading.entries.empty())
      warnings.push_back({reading.first_page, "report_no_entries",
                          "a table with the columns of a progress report was found but no entry could be "
                          "read from it (no milestone or commitment number in its rows)"});
    for (const auto& raw : reading.entries) entries.push_back(MakeEntry(raw, warnings));
    // A summary table of levels over one section per commitment (an IRM
    // report): the results its sections state under a results heading, for
    // entries the table gives none.
    if (std::any_of(entries.begin(), entries.end(), [](const model::ReportEntry& e) { return !e.results; })) {
      const std::vector<model::ReportEntry> prose = report::ReadStatusesInProse(s.outline(), false);
      for (model::ReportEntry& e : entries) {
        if (e.results) continue;
        for (const model::ReportEntry& p : prose)
          if (p.milestone == e.milestone && p.results) e.results = p.results;
      }
    }
    area.table_page = reading.first_page;
    area.table_top = reading.top;
    // No table at all: a self-assessment written as prose states each
    // commitment's status in its text.
    if (!reading.found) {
      entries = report::ReadMilestonesInProse(s.outline());
      if (entries.empty()) entries = report::ReadStatusesInProse(s.outline());
      if (!entries.empty()) report.report_type = "self_assessment";
    }
  }
  report::ReadHeader(s.pages(), tables, area, report, warnings);

  std::vector<std::string> numbers;
  for (const auto& entry : entries) numbers.push_back(entry.milestone);
  for (const NumberRepair& r : RepairNumbers(numbers)) {
    entries[r.index].milestone = r.to;
    warnings.push_back({FirstPage(entries[r.index].pages), "number_repaired", RepairMessage(r, "milestone")});
  }
  std::set<std::string> seen;
  for (auto& entry : entries) {
    if (!seen.insert(entry.milestone).second) {
      warnings.push_back({FirstPage(entry.pages), "report_duplicate_milestone",
                          "milestone " + entry.milestone + " is reported twice; the first is kept"});
      continue;
    }
    report.entries.push_back(std::move(entry));
  }
  return report;
}

}  // namespace ogpx::extract
