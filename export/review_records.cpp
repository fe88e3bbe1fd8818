// The records of the review (review_records.h): one walk over the ogpx/1
// object with the labels a reviewer reads, each field matched with its
// provenance by JSON pointer.
#include "export/review_records.h"

#include <algorithm>
#include <cctype>
#include <cmath>
#include <map>
#include <set>

namespace ogpx::exporter {
namespace {

std::string Years(const model::YearSpan& span) {
  if (!span.start && !span.end) return "";
  auto year = [](const std::optional<int>& y) { return y ? std::to_string(*y) : std::string("?"); };
  return year(span.start) + "–" + year(span.end);
}

// Builds the records, one at a time: Begin, then the fields, then End.
class Builder {
 public:
  explicit Builder(const model::Document& doc) {
    for (const auto& p : doc.provenance) places_[p.field].push_back(p);
  }

  void Begin(std::string id, std::string kind, std::string heading, std::string number,
             const std::vector<int>& pages, std::string own_path = "") {
    ReviewRecord r;
    r.id = std::move(id);
    r.kind = std::move(kind);
    r.heading = std::move(heading);
    r.number = std::move(number);
    r.pages = pages;
    records_.push_back(std::move(r));
    own_ = std::move(own_path);
  }

  void Text(const std::string& label, const std::string& path, const std::string& value) {
    ReviewField f{label, value, path, FieldBox::kMissing, std::nullopt, {}, std::nullopt};
    Place(f);
    records_.back().fields.push_back(std::move(f));
  }
  // A number: boxed where it is printed, else derived.
  void Number(const std::string& label, const std::string& path, const std::string& value) {
    if (value.empty()) return;
    ReviewField f{label, value, path, FieldBox::kDerived, std::nullopt, {}, std::nullopt};
    Place(f);
    records_.back().fields.push_back(std::move(f));
  }
  void Optional(const std::string& label, const std::string& path, const std::optional<std::string>& value) {
    if (value) Text(label, path, *value);
  }
  void List(const std::string& label, const std::string& path, const std::vector<std::string>& values) {
    for (std::size_t i = 0; i < values.size(); ++i) Text(label, path + "/" + std::to_string(i), values[i]);
  }
  void Sectors(const std::string& label, const std::string& path, const model::Stakeholders& s) {
    List(label + " (government)", path + "/government", s.government);
    List(label + " (civil society)", path + "/civil_society", s.civil_society);
    List(label + " (other)", path + "/other", s.other);
  }
  void Derived(const std::string& label, const std::string& path, const std::string& value) {
    if (!value.empty())
      records_.back().fields.push_back({label, value, path, FieldBox::kDerived, std::nullopt, {}, std::nullopt});
  }

  // Closes the record: its regions and, when the model gave none, its pages.
  void End() {
    ReviewRecord& r = records_.back();
    std::map<int, ReviewBox> by_page;
    auto add = [&](const ReviewBox& b) {
      auto [it, fresh] = by_page.emplace(b.page, b);
      if (fresh) return;
      ReviewBox& u = it->second;
      u = {u.page, std::min(u.x0, b.x0), std::min(u.y0, b.y0), std::max(u.x1, b.x1), std::max(u.y1, b.y1)};
    };
    for (const auto& f : r.fields) {
      if (f.box) add(*f.box);
      for (const ReviewBox& b : f.continued) add(b);
    }
    if (auto it = places_.find(own_); !own_.empty() && it != places_.end())
      for (const auto& p : it->second) add(BoxOf(p));
    for (auto [page, b] : by_page) {  // whole points, so that a crop's name is its box
      r.regions.push_back({page, std::max(0.0, std::floor(b.x0 - kCropMarginPt)),
                           std::max(0.0, std::floor(b.y0 - kCropMarginPt)), std::ceil(b.x1 + kCropMarginPt),
                           std::ceil(b.y1 + kCropMarginPt)});
    }
    if (r.pages.empty())
      for (const auto& [page, b] : by_page) r.pages.push_back(page);
  }

  std::vector<ReviewRecord> Take() { return std::move(records_); }

 private:
  static ReviewBox BoxOf(const model::Provenance& p) { return {p.page, p.x0, p.y0, p.x1, p.y1}; }

  // The field's boxes, when it has any: where it starts, then where it goes
  // on; the confidence of the first.
  void Place(ReviewField& f) const {
    auto it = places_.find(f.path);
    if (it == places_.end()) return;
    f.where = FieldBox::kFound;
    f.box = BoxOf(it->second.front());
    f.ocr_confidence = it->second.front().ocr_confidence;
    for (std::size_t i = 1; i < it->second.size(); ++i) f.continued.push_back(BoxOf(it->second[i]));
  }

  std::map<std::string, std::vector<model::Provenance>> places_;  // provenance by field, in order
  std::vector<ReviewRecord> records_;
  std::string own_;  // the open record's own provenance path
};

void Milestone(Builder& b, const std::string& base, const std::string& id, const model::Milestone& m) {
  b.Begin(id, "milestone", "Milestone " + m.number, m.number, m.pages, base);
  b.Derived("Number", base + "/number", m.number);
  if (m.group) {
    b.Derived("Group", base + "/group/number", m.group->number);
    b.Text("Group title", base + "/group/title", m.group->title);
  }
  b.Text("Text", base + "/text", m.text);
  b.List("Output", base + "/outputs", m.outputs);
  if (m.due) {
    b.Text("Due", base + "/due/raw", m.due->raw);
    b.Derived("Due from", base + "/due/start_date", m.due->start_date.value_or(""));
    b.Derived("Due by", base + "/due/end_date", m.due->end_date.value_or(""));
  }
  b.List("Lead", base + "/lead", m.lead);
  b.Sectors("Supporting", base + "/supporting", m.supporting);
  b.End();
}

void Commitment(Builder& b, const std::string& base, const std::string& id, const model::Commitment& c) {
  b.Begin(id, "commitment", "Commitment " + c.number + (c.title ? ": " + *c.title : ""), c.number, c.pages);
  b.Derived("Number", base + "/number", c.number);
  b.Optional("Title", base + "/title", c.title);
  b.Optional("Commitment ID", base + "/id", c.id);
  b.Optional("Theme", base + "/theme", c.theme);
  b.Derived("Period", base + "/period", Years(c.period));
  b.Optional("Description", base + "/description", c.description);
  b.Optional("Objective", base + "/objective", c.objective);
  b.Optional("Relevance", base + "/relevance", c.relevance);
  b.Optional("Ambition", base + "/ambition", c.ambition);
  if (c.analysis) {
    b.Optional("Transparency", base + "/analysis/transparency", c.analysis->transparency);
    b.Optional("Accountability", base + "/analysis/accountability", c.analysis->accountability);
    b.Optional("Participation", base + "/analysis/participation", c.analysis->participation);
  }
  if (c.contact) {
    b.Optional("Contact", base + "/contact/name", c.contact->name);
    b.Optional("Contact title", base + "/contact/title", c.contact->title);
    b.Optional("Contact e-mail", base + "/contact/email", c.contact->email);
    b.Optional("Contact phone", base + "/contact/phone", c.contact->phone);
  }
  b.List("Lead", base + "/lead", c.lead);
  b.Sectors("Supporting", base + "/supporting", c.supporting);
  b.Optional("Problem", base + "/problem/problem", c.problem.problem);
  b.Optional("Causes", base + "/problem/causes", c.problem.causes);
  b.Optional("Done so far", base + "/problem/done_so_far", c.problem.done_so_far);
  b.Optional("Solution", base + "/problem/solution", c.problem.solution);
  b.Optional("Results", base + "/problem/results", c.problem.results);
  b.End();
  for (std::size_t k = 0; k < c.milestones.size(); ++k)
    Milestone(b, base + "/milestones/" + std::to_string(k), id + "-m" + std::to_string(k + 1),
              c.milestones[k]);
}

void Plan(Builder& b, const model::ActionPlan& plan) {
  const std::string base = "/action_plan";
  b.Begin("plan", "plan", "Action plan", "", {});
  b.Optional("Title", base + "/title", plan.title);
  b.Derived("Country", base + "/country", plan.country.value_or(""));
  b.Derived("Plan number", base + "/plan_number", plan.plan_number ? std::to_string(*plan.plan_number) : "");
  b.Derived("Period", base + "/period", Years(plan.period));
  b.Derived("Template", base + "/template", plan.template_name.value_or(""));
  b.List("Participant (government)", base + "/participants/government", plan.participants.government);
  b.List("Participant (civil society)", base + "/participants/civil_society",
         plan.participants.civil_society);
  b.End();
  for (std::size_t i = 0; i < plan.commitments.size(); ++i)
    Commitment(b, base + "/commitments/" + std::to_string(i), "c" + std::to_string(i + 1),
               plan.commitments[i]);
}

void Order(Builder& b, const model::Order& o) {
  const std::string base = "/order";
  b.Begin("order", "order", "Order" + (o.number ? " " + *o.number : std::string()), o.number.value_or(""),
          o.pages);
  b.Optional("Title", base + "/title", o.title);
  b.Optional("Issuer", base + "/issuer", o.issuer);
  b.Optional("Number", base + "/number", o.number);
  b.Derived("Date", base + "/date", o.date.value_or(""));
  b.Optional("Place", base + "/place", o.place);
  b.Optional("Subject", base + "/subject", o.subject);
  b.Optional("Legal basis", base + "/legal_basis", o.legal_basis);
  b.Optional("Signatory", base + "/signatory/name", o.signatory.name);
  b.Optional("Signatory position", base + "/signatory/position", o.signatory.position);
  if (o.approves) {
    b.Optional("Approves", base + "/approves/title", o.approves->title);
    b.Derived("Approves period", base + "/approves/period", Years(o.approves->period));
  }
  b.End();
  for (std::size_t i = 0; i < o.clauses.size(); ++i) {
    const std::string n = std::to_string(i + 1);
    // No number to name it by: clauses are numbered by position, not as printed.
    b.Begin("clause-" + n, "clause", "Clause " + n, "", o.pages);
    b.Text("Text", base + "/clauses/" + std::to_string(i), o.clauses[i]);
    b.End();
  }
}

void Report(Builder& b, const model::ProgressReport& r) {
  const std::string base = "/progress_report";
  b.Begin("report", "report", "Progress report", "", {});
  b.Derived("Type", base + "/report_type", r.report_type.value_or(""));
  b.Optional("Agency", base + "/agency", r.agency);
  b.Derived("Plan country", base + "/plan/country", r.plan.country.value_or(""));
  b.Derived("Plan number", base + "/plan/plan_number",
            r.plan.plan_number ? std::to_string(*r.plan.plan_number) : "");
  b.Derived("Period", base + "/period/label", r.period.label.value_or(""));
  b.Derived("Period start", base + "/period/start", r.period.start.value_or(""));
  b.Derived("Period end", base + "/period/end", r.period.end.value_or(""));
  b.Derived("Submitted", base + "/submitted", r.submitted.value_or(""));
  b.End();
  for (std::size_t i = 0; i < r.entries.size(); ++i) {
    const model::ReportEntry& e = r.entries[i];
    const std::string at = base + "/entries/" + std::to_string(i);
    b.Begin("entry-" + std::to_string(i + 1), "entry", "Entry " + e.milestone, e.milestone, e.pages);
    b.Number("Milestone", at + "/milestone", e.milestone);
    b.Derived("Commitment", at + "/commitment", e.commitment.value_or(""));
    b.Derived("Status", at + "/status", e.status ? model::StatusName(*e.status) : "");
    b.Derived("Progress %", at + "/progress_percent",
              e.progress_percent ? std::to_string(*e.progress_percent) : "");
    b.Optional("Results", at + "/results", e.results);
    b.List("Evidence", at + "/evidence", e.evidence);
    b.Optional("Next steps", at + "/next_steps", e.next_steps);
    b.End();
  }
}

// True when `text` names `number` as a whole number: not inside a longer
// one ("2.1" is not in "12.1", "2.11" or "2.1.3").
bool NamesNumber(const std::string& text, const std::string& number) {
  if (number.empty()) return false;
  auto digit = [](char c) { return c >= '0' && c <= '9'; };
  for (std::size_t at = text.find(number); at != std::string::npos; at = text.find(number, at + 1)) {
    const std::size_t end = at + number.size();
    const bool left = at == 0 || (!digit(text[at - 1]) && text[at - 1] != '.');
    const bool right =
        end >= text.size() ||
        (!digit(text[end]) && !(text[end] == '.' && end + 1 < text.size() && digit(text[end + 1])));
    if (left && right) return true;
  }
  return false;
}

// The record one of whose fields `message` names by its JSON pointer (not
// as the start of a longer one: "/x/1" is not named by "/x/10" or "/x/1/y").
ReviewRecord* RecordNamingField(std::vector<ReviewRecord>& records, const std::string& message) {
  for (ReviewRecord& r : records)
    for (const ReviewField& f : r.fields)
      for (std::size_t at = message.find(f.path); at != std::string::npos; at = message.find(f.path, at + 1)) {
        const std::size_t end = at + f.path.size();
        const char next = end < message.size() ? message[end] : ' ';
        if (!std::isalnum(static_cast<unsigned char>(next)) && next != '/' && next != '_') return &r;
      }
  return nullptr;
}

// Of the records on `w`'s page, the one whose printed number its message
// names, the most specific (longest number) first.
ReviewRecord* RecordNamingNumber(std::vector<ReviewRecord>& records, const Warning& w) {
  ReviewRecord* best = nullptr;
  for (ReviewRecord& r : records) {
    const bool on_page =
        !w.page || r.pages.empty() || std::find(r.pages.begin(), r.pages.end(), *w.page) != r.pages.end();
    if (!on_page || !NamesNumber(w.message, r.number)) continue;
    if (!best || r.number.size() > best->number.size()) best = &r;
  }
  return best;
}

}  // namespace

std::vector<ReviewRecord> ReviewRecords(const model::Document& doc) {
  Builder b(doc);
  if (doc.action_plan) Plan(b, *doc.action_plan);
  if (doc.order) Order(b, *doc.order);
  if (doc.progress_report) Report(b, *doc.progress_report);
  return b.Take();
}

std::vector<Warning> AttachWarnings(std::vector<ReviewRecord>& records,
                                    const std::vector<Warning>& warnings) {
  std::vector<Warning> loose;
  for (const Warning& w : warnings) {
    ReviewRecord* best = RecordNamingField(records, w.message);
    if (!best) best = RecordNamingNumber(records, w);
    if (best)
      best->warnings.push_back(w);
    else
      loose.push_back(w);
  }
  return loose;
}

ReviewCount CountBoxes(const std::vector<ReviewRecord>& records) {
  ReviewCount n;
  for (const auto& r : records)
    for (const auto& f : r.fields) {
      if (f.where == FieldBox::kDerived) continue;
      ++n.text_fields;
      if (f.where == FieldBox::kFound) ++n.with_box;
    }
  return n;
}

}  // namespace ogpx::exporter
