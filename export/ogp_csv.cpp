#include "export/ogp_csv.h"

namespace ogpx::exporter {
namespace {

std::string Join(const std::vector<std::string>& items, const char* sep) {
  std::string out;
  for (const auto& s : items) out += (out.empty() ? "" : sep) + s;
  return out;
}

// The commitment's text as one cell: its description (or the template's
// questions), then its milestones, one a line.
std::string FullText(const model::Commitment& c) {
  std::vector<std::string> parts;
  auto add = [&](const char* label, const std::optional<std::string>& v) {
    if (v && !v->empty()) parts.push_back(label + *v);
  };
  add("", c.description);
  add("Problem: ", c.problem.problem);
  add("Causes: ", c.problem.causes);
  add("Solution: ", c.problem.solution);
  add("Results: ", c.problem.results);
  add("Objective: ", c.objective);
  for (const auto& m : c.milestones) parts.push_back("Milestone " + m.number + ": " + m.text);
  return Join(parts, "\n");
}

std::string Year(const std::optional<int>& y) { return y ? std::to_string(*y) : ""; }

}  // namespace

std::vector<std::string> OgpCsvColumns() {
  return {"Commitment Unique Identifier", "Country/Locality", "Action Plan Number", "Commitment Number",
          "Commitment Title", "Full Text", "Start Date", "End Date", "Lead Institution",
          "Supporting Institution(s)"};
}

std::string OgpCommitmentId(const model::ActionPlan& plan, const model::Commitment& c) {
  if (c.id && !c.id->empty()) return *c.id;
  std::string country;
  for (char ch : plan.country.value_or("?"))
    if (ch != ' ') country += ch;
  return country + "-NAP" + (plan.plan_number ? std::to_string(*plan.plan_number) : "?") + "-" + c.number;
}

std::string OgpCsvText(const std::vector<model::Document>& docs, const CsvOptions& options) {
  std::string out = CsvLine(OgpCsvColumns(), {.raw = true});
  for (const auto& d : docs) {
    if (!d.action_plan) continue;
    const auto& p = *d.action_plan;
    for (const auto& c : p.commitments) {
      std::vector<std::string> supporting;
      for (const auto* list : {&c.supporting.government, &c.supporting.civil_society, &c.supporting.other})
        supporting.insert(supporting.end(), list->begin(), list->end());
      out += CsvLine({OgpCommitmentId(p, c), p.country.value_or(""), p.plan_number ? std::to_string(*p.plan_number) : "",
                      c.number, c.title.value_or(""), FullText(c), Year(c.period.start ? c.period.start : p.period.start),
                      Year(c.period.end ? c.period.end : p.period.end), Join(c.lead, "; "), Join(supporting, "; ")},
                     options);
    }
  }
  return out;
}

}  // namespace ogpx::exporter
