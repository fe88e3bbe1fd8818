#include "export/csv.h"

#include <map>
#include <optional>

#include "base/text.h"

namespace ogpx::exporter {
namespace {

using Row = std::vector<std::string>;

std::string S(const std::optional<std::string>& v) { return v.value_or(""); }
std::string I(const std::optional<int>& v) { return v ? std::to_string(*v) : ""; }

std::string Join(const std::vector<std::string>& items) {
  std::string out;
  for (std::size_t i = 0; i < items.size(); ++i) out += (i ? "\n" : "") + items[i];
  return out;
}

std::string Join(const std::vector<int>& items) {
  std::string out;
  for (std::size_t i = 0; i < items.size(); ++i) out += (i ? "\n" : "") + std::to_string(items[i]);
  return out;
}

// org_key -> organisation id, from the store's organisations and aliases, or
// numbered in order of first appearance when there are none.
class OrgIndex {
 public:
  explicit OrgIndex(const std::vector<model::Organisation>& orgs) : from_store_(!orgs.empty()) {
    for (const auto& o : orgs) {
      ids_.emplace(o.org_key, std::to_string(o.id));
      for (const auto& a : o.aliases) ids_.emplace(a.org_key, std::to_string(o.id));
    }
  }
  // Id for a printed name; registers it when the index is built from documents.
  std::string Id(const std::string& name) {
    std::string key = KeyOf(name);
    auto it = ids_.find(key);
    if (it != ids_.end()) return it->second;
    if (from_store_) return "";
    std::string id = std::to_string(seen_.size() + 1);
    ids_.emplace(key, id);
    seen_.push_back({id, name, key});
    return id;
  }
  static std::string KeyOf(const std::string& name) {
    std::string key = text::OrgKey(name);
    return key.empty() ? name : key;
  }
  const std::vector<Row>& seen() const { return seen_; }

 private:
  bool from_store_;
  std::map<std::string, std::string> ids_;
  std::vector<Row> seen_;  // id, name, org_key
};

// Column types: integer_cols and date_cols name the typed ones, the rest are strings.
CsvTable Table(std::string name, std::string description,
               std::vector<std::pair<const char*, const char*>> cols,
               std::vector<std::string> integer_cols = {}, std::vector<std::string> date_cols = {}) {
  CsvTable t{std::move(name), std::move(description), {}, {}, {}, {}};
  for (const auto& [n, d] : cols) {
    std::string type = "string";
    for (const auto& c : integer_cols)
      if (c == n) type = "integer";
    for (const auto& c : date_cols)
      if (c == n) type = "date";
    t.columns.push_back({n, type, d});
  }
  return t;
}

// An ISO date (YYYY-MM-DD) as it is; anything else (a partial or malformed
// date) as an empty cell, so that the column's type "date" holds.
std::string D(const std::optional<std::string>& v) {
  if (!v || v->size() != 10 || (*v)[4] != '-' || (*v)[7] != '-') return "";
  for (std::size_t i = 0; i < 10; ++i)
    if (i != 4 && i != 7 && ((*v)[i] < '0' || (*v)[i] > '9')) return "";
  return *v;
}

std::string Id(int64_t id) { return std::to_string(id); }
std::string Id(const std::optional<int64_t>& id) { return id ? std::to_string(*id) : ""; }

// Keys for documents without a store: numbered in order, no links.
model::DocumentKeys Numbered(const model::Document& d, int64_t doc_id, int64_t& next) {
  model::DocumentKeys k;
  k.document_id = doc_id;
  if (d.action_plan)
    for (const auto& c : d.action_plan->commitments) {
      k.commitments.push_back(next++);
      k.milestones.emplace_back();
      for (std::size_t i = 0; i < c.milestones.size(); ++i) k.milestones.back().push_back(next++);
    }
  if (d.progress_report)
    for (std::size_t i = 0; i < d.progress_report->entries.size(); ++i) {
      k.entries.push_back(next++);
      k.entry_milestones.emplace_back();
    }
  return k;
}

void AddRoles(CsvTable& t, OrgIndex& orgs, int64_t doc, const std::string& commitment_row,
              const std::string& milestone_row, const std::string& commitment, const std::string& milestone,
              const std::vector<std::string>& lead, const model::Stakeholders& supporting) {
  auto add = [&](const char* role, const char* sector, const std::vector<std::string>& names) {
    for (std::size_t i = 0; i < names.size(); ++i)
      t.rows.push_back({std::to_string(t.rows.size() + 1), Id(doc), milestone_row.empty() ? commitment_row : "",
                        milestone_row, commitment, milestone, role, sector, std::to_string(i), names[i],
                        OrgIndex::KeyOf(names[i]), orgs.Id(names[i])});
  };
  add("lead", "", lead);
  add("supporting", "government", supporting.government);
  add("supporting", "civil_society", supporting.civil_society);
  add("supporting", "other", supporting.other);
}

}  // namespace

bool IsCsvNumber(std::string_view v) {
  std::size_t i = 0;
  auto digits = [&] {
    std::size_t from = i;
    while (i < v.size() && v[i] >= '0' && v[i] <= '9') ++i;
    return i - from;
  };
  if (i < v.size() && (v[i] == '+' || v[i] == '-')) ++i;
  std::size_t n = digits();
  if (i < v.size() && v[i] == '.') {
    ++i;
    n += digits();
  }
  if (n == 0) return false;
  if (i < v.size() && (v[i] == 'e' || v[i] == 'E')) {
    ++i;
    if (i < v.size() && (v[i] == '+' || v[i] == '-')) ++i;
    if (digits() == 0) return false;
  }
  return i == v.size();
}

std::string NeutraliseFormula(std::string_view value) {
  if (value.empty() || std::string_view("=+-@\t\r").find(value.front()) == std::string_view::npos ||
      IsCsvNumber(value))
    return std::string(value);
  return "'" + std::string(value);
}

std::string CsvField(std::string_view value, const CsvOptions& options) {
  std::string cell = options.raw ? std::string(value) : NeutraliseFormula(value);
  if (cell.find_first_of(",\"\r\n") == std::string::npos) return cell;
  std::string out = "\"";
  for (char c : cell) {
    if (c == '"') out += '"';
    out += c;
  }
  return out + "\"";
}

std::string CsvLine(const std::vector<std::string>& fields, const CsvOptions& options, const char* eol) {
  std::string out;
  for (std::size_t i = 0; i < fields.size(); ++i) out += (i ? "," : "") + CsvField(fields[i], options);
  return out + eol;
}

std::string CsvTable::Text(const CsvOptions& options) const {
  Row header;
  for (const auto& c : columns) header.push_back(c.name);
  std::string out = CsvLine(header, options);
  for (const auto& r : rows) out += CsvLine(r, options);
  return out;
}

std::vector<CsvTable> BuildCsvTables(const std::vector<model::Document>& docs,
                                     const std::vector<model::Organisation>& orgs,
                                     const std::vector<model::DocumentKeys>* keys) {
  OrgIndex index(orgs);
  CsvTable doc = Table("documents", "One row per source PDF.",
                       {{"id", "document id"}, {"file", "source PDF file name"},
                        {"sha256", "SHA-256 of the file's bytes"},
                        {"kind", "action_plan, order, progress_report or other"},
                        {"pages", "page count"}, {"language", "languages found, one per line"},
                        {"ocr_pages", "pages read by OCR, one per line"},
                        {"warnings", "number of warnings (warnings.csv)"}},
                       {"id", "pages", "warnings"});
  CsvTable com = Table("commitments", "One row per commitment of an action plan.",
                       {{"id", "commitment row id"}, {"document_id", "documents.csv id"},
                        {"document", "source PDF file name"}, {"country", "plan country"},
                        {"plan_number", "national action plan number"},
                        {"commitment", "commitment number as printed"}, {"title", ""},
                        {"commitment_id", "printed commitment ID (\"Commitment ID: XX0012\")"},
                        {"theme", "theme heading the commitment is under"},
                        {"lead", "lead organisations, one per line"},
                        {"period_start", "first year"}, {"period_end", "last year"},
                        {"milestones", "number of milestones"}, {"pages", "one per line"}},
                       {"id", "document_id", "plan_number", "period_start", "period_end", "milestones"});
  CsvTable mil = Table("milestones", "One row per milestone of a commitment.",
                       {{"id", "milestone row id"}, {"document_id", "documents.csv id"},
                        {"commitment_row", "commitments.csv id"},
                        {"document", "source PDF file name"}, {"country", "plan country"},
                        {"plan_number", ""}, {"commitment", "commitment number"},
                        {"milestone", "milestone number as printed"},
                        {"group_number", "milestone group number, if any"},
                        {"group_title", ""}, {"text", "milestone text"},
                        {"outputs", "expected outputs, one per line"},
                        {"due_raw", "completion date as printed"}, {"due_start", "first year"},
                        {"due_end", "last year"},
                        {"due_end_date", "last day of the printed end period"},
                        {"lead", "lead organisations, one per line"},
                        {"pages", "one per line"}},
                       {"id", "document_id", "commitment_row", "plan_number", "due_start", "due_end"},
                       {"due_end_date"});
  CsvTable sta = Table("stakeholders", "Lead and supporting stakeholders of commitments and milestones.",
                       {{"id", "row number"}, {"document_id", "documents.csv id"},
                        {"commitment_row", "commitments.csv id, for a commitment's stakeholder"},
                        {"milestone_row", "milestones.csv id, for a milestone's stakeholder"},
                        {"commitment", "commitment number"},
                        {"milestone", "milestone number; empty for a commitment's stakeholder"},
                        {"role", "lead or supporting"},
                        {"sector", "government, civil_society or other; empty for lead"},
                        {"position", "0-based order within role and sector"},
                        {"name", "as printed"}, {"org_key", "normalised identity key"},
                        {"organisation_id", "organisations.csv id"}},
                       {"id", "document_id", "commitment_row", "milestone_row", "position", "organisation_id"});
  CsvTable rep = Table("report_entries", "One row per milestone entry of a progress report.",
                       {{"id", "report entry row id"}, {"document_id", "documents.csv id"},
                        {"milestone_row", "milestones.csv id of the plan milestone the entry reports "
                                          "on (empty: no ingested plan has it)"},
                        {"agency_organisation_id", "organisations.csv id of the reporting agency"},
                        {"document", "source PDF file name"}, {"agency", "reporting agency"},
                        {"country", "plan country"}, {"plan_number", ""},
                        {"period_start", ""}, {"period_end", ""},
                        {"period_label", "as printed"}, {"submitted", ""},
                        {"milestone", "milestone number (or a commitment's, when the entry names one)"},
                        {"commitment", "commitment number"},
                        {"status", "not_started, limited, substantial or complete"},
                        {"progress_percent", ""}, {"results", ""},
                        {"evidence", "links, one per line"}, {"pages", "one per line"}},
                       {"id", "document_id", "milestone_row", "agency_organisation_id", "plan_number",
                        "progress_percent"},
                       {"period_start", "period_end", "submitted"});
  CsvTable ord = Table("orders", "One row per order (decree) approving a plan.",
                       {{"document_id", "documents.csv id"}, {"issuer", ""}, {"title", ""},
                        {"number", "as printed"}, {"date", ""}, {"place", ""}, {"subject", ""},
                        {"legal_basis", ""}, {"signatory_name", ""}, {"signatory_position", ""},
                        {"approves_title", "the plan it approves"}, {"approves_start", "first year"},
                        {"approves_end", "last year"}, {"clauses", "one per line"}},
                       {"document_id", "approves_start", "approves_end"}, {"date"});
  CsvTable war = Table("warnings", "Recoverable problems found while reading a document.",
                       {{"document_id", "documents.csv id"}, {"position", "0-based"},
                        {"page", "empty: the whole document"}, {"code", "docs/warnings.md"},
                        {"message", ""}},
                       {"document_id", "position", "page"});
  int64_t next = 1;
  for (std::size_t di = 0; di < docs.size(); ++di) {
    const auto& d = docs[di];
    const model::DocumentKeys k =
        keys && di < keys->size() ? (*keys)[di] : Numbered(d, static_cast<int64_t>(di + 1), next);
    const std::string file = d.source.file;
    const std::string doc_id = Id(k.document_id);
    doc.rows.push_back({doc_id, file, d.source.sha256, model::KindName(d.kind), std::to_string(d.source.pages),
                        Join(d.source.language), Join(d.source.ocr_pages), std::to_string(d.warnings.size())});
    for (std::size_t w = 0; w < d.warnings.size(); ++w)
      war.rows.push_back({doc_id, std::to_string(w), I(d.warnings[w].page), d.warnings[w].code,
                          d.warnings[w].message});
    if (d.action_plan) {
      const auto& p = *d.action_plan;
      for (std::size_t ci = 0; ci < p.commitments.size(); ++ci) {
        const auto& c = p.commitments[ci];
        const std::string crow = ci < k.commitments.size() ? Id(k.commitments[ci]) : "";
        com.rows.push_back({crow, doc_id, file, S(p.country), I(p.plan_number), c.number, S(c.title),
                            S(c.id), S(c.theme), Join(c.lead), I(c.period.start), I(c.period.end),
                            std::to_string(c.milestones.size()), Join(c.pages)});
        AddRoles(sta, index, k.document_id, crow, "", c.number, "", c.lead, c.supporting);
        for (std::size_t mi = 0; mi < c.milestones.size(); ++mi) {
          const auto& m = c.milestones[mi];
          const std::string mrow =
              ci < k.milestones.size() && mi < k.milestones[ci].size() ? Id(k.milestones[ci][mi]) : "";
          mil.rows.push_back({mrow, doc_id, crow, file, S(p.country), I(p.plan_number), c.number, m.number,
                              m.group ? m.group->number : "", m.group ? m.group->title : "",
                              m.text, Join(m.outputs), m.due ? m.due->raw : "",
                              m.due ? I(m.due->start) : "", m.due ? I(m.due->end) : "",
                              m.due ? D(m.due->end_date) : "", Join(m.lead), Join(m.pages)});
          AddRoles(sta, index, k.document_id, crow, mrow, c.number, m.number, m.lead, m.supporting);
        }
      }
    }
    if (d.order) {
      const auto& o = *d.order;
      ord.rows.push_back({doc_id, S(o.issuer), S(o.title), S(o.number), D(o.date), S(o.place), S(o.subject),
                          S(o.legal_basis), S(o.signatory.name),
                          S(o.signatory.position),
                          o.approves ? S(o.approves->title) : "",
                          o.approves ? I(o.approves->period.start) : "",
                          o.approves ? I(o.approves->period.end) : "", Join(o.clauses)});
    }
    if (d.progress_report) {
      const auto& r = *d.progress_report;
      std::string agency_id = Id(k.agency_org_id);
      if (r.agency && agency_id.empty()) agency_id = index.Id(*r.agency);
      for (std::size_t ei = 0; ei < r.entries.size(); ++ei) {
        const auto& e = r.entries[ei];
        rep.rows.push_back({ei < k.entries.size() ? Id(k.entries[ei]) : "", doc_id,
                            ei < k.entry_milestones.size() ? Id(k.entry_milestones[ei]) : "", agency_id,
                            file, S(r.agency), S(r.plan.country), I(r.plan.plan_number),
                            D(r.period.start), D(r.period.end), S(r.period.label), D(r.submitted),
                            e.milestone, S(e.commitment),
                            e.status ? model::StatusName(*e.status) : "",
                            I(e.progress_percent), S(e.results), Join(e.evidence),
                            Join(e.pages)});
      }
    }
  }
  CsvTable org = Table("organisations", "One row per organisation (names in all languages).",
                       {{"organisation_id", ""}, {"name", "display name"},
                        {"org_key", "normalised identity key"},
                        {"aliases", "every known name, one per line"}},
                       {"organisation_id"});
  for (const auto& o : orgs) {
    Row names;
    for (const auto& a : o.aliases) names.push_back(a.name);
    org.rows.push_back({std::to_string(o.id), o.name, o.org_key, Join(names)});
  }
  for (const auto& r : index.seen()) org.rows.push_back({r[0], r[1], r[2], r[1]});
  // Keys: every resource has one; references point at the tables above.
  doc.primary_key = {"id"};
  com.primary_key = {"id"};
  com.foreign_keys = {{"document_id", "documents", "id"}};
  mil.primary_key = {"id"};
  mil.foreign_keys = {{"document_id", "documents", "id"}, {"commitment_row", "commitments", "id"}};
  sta.primary_key = {"id"};
  sta.foreign_keys = {{"document_id", "documents", "id"},
                      {"commitment_row", "commitments", "id"},
                      {"milestone_row", "milestones", "id"},
                      {"organisation_id", "organisations", "organisation_id"}};
  rep.primary_key = {"id"};
  rep.foreign_keys = {{"document_id", "documents", "id"},
                      {"milestone_row", "milestones", "id"},
                      {"agency_organisation_id", "organisations", "organisation_id"}};
  ord.primary_key = {"document_id"};
  ord.foreign_keys = {{"document_id", "documents", "id"}};
  war.primary_key = {"document_id", "position"};
  war.foreign_keys = {{"document_id", "documents", "id"}};
  org.primary_key = {"organisation_id"};
  return {std::move(doc), std::move(com), std::move(mil), std::move(sta), std::move(rep),
          std::move(ord), std::move(org), std::move(war)};
}

}  // namespace ogpx::exporter
