// The milestone status dashboard (status_html.h).
#include "export/status_html.h"

#include <map>

#include "export/html.h"
#include "export/review_html.h"

namespace ogpx::exporter {
namespace {

const std::map<std::string, std::string>& CategoryLabels() {
  static const std::map<std::string, std::string> labels{
      {"not_started", "not started"}, {"limited", "limited"},      {"substantial", "substantial"},
      {"complete", "completed"},      {"no_report", "unreported"}, {"no_status", "no status"}};
  return labels;
}

using Counts = std::map<std::string, int>;

// A bar of segments, one per category, as wide as its count.
void Bar(std::ostream& out, const Counts& counts, const std::string& scope) {
  int total = 0;
  for (const auto& [c, n] : counts) total += n;
  out << "<div class=\"bar\" data-scope=\"" << HtmlEscape(scope) << "\" data-total=\"" << total << "\">";
  for (const auto& c : StatusCategories()) {
    auto it = counts.find(c);
    const int n = it == counts.end() ? 0 : it->second;
    if (c == "no_status" && n == 0) continue;
    out << "<span class=\"seg s-" << c << "\" data-status=\"" << c << "\" data-count=\"" << n
        << "\" style=\"flex-grow:" << n << "\" title=\"" << CategoryLabels().at(c) << ": " << n << "\">" << n
        << "</span>";
  }
  out << "</div>";
}

std::string Link(const Dashboard& how, std::optional<int64_t> document, const std::string& anchor,
                 const std::string& text) {
  if (!document) return HtmlEscape(text);
  auto it = how.review_pages.find(*document);
  if (it == how.review_pages.end()) return HtmlEscape(text);
  return "<a href=\"" + HtmlEscape(it->second + anchor) + "\">" + HtmlEscape(text) + "</a>";
}

void Legend(std::ostream& out) {
  out << "<p class=\"legend\">";
  for (const auto& c : StatusCategories())
    out << "<span class=\"key s-" << c << "\"></span>" << CategoryLabels().at(c);
  out << "</p>\n";
}

void Milestones(std::ostream& out, const std::vector<const model::MilestoneStatus*>& rows,
                const Dashboard& how) {
  out << "<table class=\"grid milestones\">\n<tr><th>Milestone</th><th>Text</th><th>Lead</th><th>Due</th>"
         "<th>Status</th><th class=\"num\">%</th><th>Report</th><th>Overdue</th></tr>\n";
  for (const auto* m : rows) {
    std::string lead;
    for (const auto& l : m->lead) lead += (lead.empty() ? "" : "; ") + l;
    const std::string category = StatusCategory(*m);
    out << "<tr class=\"milestone" << (m->overdue ? " late" : "") << "\" data-commitment=\""
        << HtmlEscape(m->commitment) << "\" data-milestone=\"" << HtmlEscape(m->number) << "\" data-status=\""
        << category << "\" data-overdue=\"" << (m->overdue ? 1 : 0) << "\"><td>"
        << Link(how, m->plan_document_id, "#" + EntryAnchor(m->number), m->number) << "</td><td>"
        << HtmlEscape(m->text) << "</td><td>" << HtmlEscape(lead) << "</td><td>"
        << HtmlEscape(m->due ? m->due->raw : "") << "<br><small>" << HtmlEscape(m->due_date.value_or(""))
        << "</small></td><td><span class=\"key s-" << category << "\"></span> "
        << Link(how, m->report_document_id, "#" + EntryAnchor(m->number), CategoryLabels().at(category))
        << "</td><td class=\"num\">" << (m->progress_percent ? std::to_string(*m->progress_percent) : "")
        << "</td><td>" << HtmlEscape(m->report_file.value_or("")) << (m->period_label ? " (" : "")
        << HtmlEscape(m->period_label.value_or("")) << (m->period_label ? ")" : "") << "</td><td>"
        << (m->overdue ? "<span class=\"overdue\">OVERDUE</span>" : "") << "</td></tr>\n";
  }
  out << "</table>\n";
}

// One plan: its chart, a row per commitment, its milestones.
void Plan(std::ostream& out, const std::vector<const model::MilestoneStatus*>& rows, const Dashboard& how) {
  const model::MilestoneStatus& first = *rows.front();
  out << "<section class=\"plan\" data-plan-file=\"" << HtmlEscape(first.plan_file) << "\">\n<h2>"
      << Link(how, first.plan_document_id, "", first.plan_file) << "</h2>\n<p>"
      << HtmlEscape(first.country.value_or("country not stated")) << " &#183; plan "
      << (first.plan_number ? std::to_string(*first.plan_number) : "number not stated") << " &#183; "
      << rows.size() << " milestones</p>\n";
  Counts all;
  std::vector<std::string> order;  // commitments as they come
  std::map<std::string, Counts> by_commitment;
  std::map<std::string, int> overdue;
  std::map<std::string, std::string> titles;
  for (const auto* m : rows) {
    ++all[StatusCategory(*m)];
    if (!by_commitment.count(m->commitment)) order.push_back(m->commitment);
    ++by_commitment[m->commitment][StatusCategory(*m)];
    overdue[m->commitment] += m->overdue ? 1 : 0;
    titles[m->commitment] = m->commitment_title.value_or("");
  }
  Bar(out, all, "plan");
  out << "\n<table class=\"grid commitments\">\n<tr><th>Commitment</th><th>Title</th><th>Completion</th>"
         "<th class=\"num\">Milestones</th><th class=\"num\">Overdue</th></tr>\n";
  for (const auto& c : order) {
    int n = 0;
    for (const auto& [k, v] : by_commitment[c]) n += v;
    out << "<tr data-commitment=\"" << HtmlEscape(c) << "\"><td>" << HtmlEscape(c) << "</td><td>"
        << HtmlEscape(titles[c]) << "</td><td>";
    Bar(out, by_commitment[c], c);
    out << "</td><td class=\"num\">" << n << "</td><td class=\"num" << (overdue[c] ? " overdue" : "") << "\">"
        << overdue[c] << "</td></tr>\n";
  }
  out << "</table>\n";
  Milestones(out, rows, how);
  out << "</section>\n";
}

}  // namespace

const std::vector<std::string>& StatusCategories() {
  static const std::vector<std::string> all{"not_started", "limited",   "substantial",
                                            "complete",    "no_report", "no_status"};
  return all;
}

std::string StatusCategory(const model::MilestoneStatus& m) {
  if (m.no_report) return "no_report";
  return m.status ? model::StatusName(*m.status) : "no_status";
}

void WriteStatusHtml(const std::vector<model::MilestoneStatus>& rows,
                     const std::vector<DashboardAgency>& agencies, const Dashboard& how, std::ostream& out) {
  BeginHtmlPage(out, "Milestone status as of " + how.as_of);
  out << "<nav class=\"top\">";
  if (how.in_review_site) out << "<a href=\"index.html\">All documents</a>";
  out << "<a href=\"#agencies\">Agencies</a></nav>\n<main>\n<h1>Milestone status as of "
      << HtmlEscape(how.as_of) << "</h1>\n";
  if (!how.filters.empty()) out << "<p>Filters: " << HtmlEscape(how.filters) << "</p>\n";
  out << "<p>A milestone is overdue when the last day of its printed due period is before "
      << HtmlEscape(how.as_of)
      << " and its latest reported status is not completed; unreported when no report names it.</p>\n";
  Legend(out);
  if (rows.empty()) out << "<p>No milestone.</p>\n";
  for (std::size_t i = 0; i < rows.size();) {
    std::vector<const model::MilestoneStatus*> plan;
    for (std::size_t j = i; j < rows.size() && rows[j].plan_id == rows[i].plan_id; ++j)
      plan.push_back(&rows[j]);
    Plan(out, plan, how);
    i += plan.size();
  }
  out << "<h2 id=\"agencies\">Lead agencies</h2>\n<table class=\"grid agencies\">\n<tr><th>Agency</th>"
         "<th class=\"num\">Milestones</th><th class=\"num\">Overdue</th><th class=\"num\">Unreported</th>"
         "<th>Latest report</th></tr>\n";
  for (const auto& a : agencies)
    out << "<tr><td>" << HtmlEscape(a.name) << "</td><td class=\"num\">" << a.milestones
        << "</td><td class=\"num" << (a.overdue ? " overdue" : "") << "\">" << a.overdue
        << "</td><td class=\"num\">" << a.unreported << "</td><td>"
        << HtmlEscape(a.latest_report.value_or("")) << "</td></tr>\n";
  out << "</table>\n</main>\n";
  EndHtmlPage(out);
}

}  // namespace ogpx::exporter
