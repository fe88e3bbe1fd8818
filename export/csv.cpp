#include "export/csv.h"

#include <filesystem>
#include <map>
#include <optional>

#include "export/writer.h"
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

CsvTable Table(std::string name, std::string description,
               std::vector<std::pair<const char*, const char*>> cols,
               std::vector<std::string> integer_cols = {}) {
  CsvTable t{std::move(name), std::move(description), {}, {}};
  for (const auto& [n, d] : cols) {
    bool integer = false;
    for (const auto& c : integer_cols) integer = integer || c == n;
    t.columns.push_back({n, integer ? "integer" : "string", d});
  }
  return t;
}

void AddRoles(CsvTable& t, OrgIndex& orgs, const std::string& file, const std::string& commitment,
              const std::string& milestone, const std::vector<std::string>& lead,
              const model::Stakeholders& supporting) {
  auto add = [&](const char* role, const char* sector, const std::vector<std::string>& names) {
    for (std::size_t i = 0; i < names.size(); ++i)
      t.rows.push_back({file, commitment, milestone, role, sector, std::to_string(i), names[i],
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
                                     const std::vector<model::Organisation>& orgs) {
  OrgIndex index(orgs);
  CsvTable com = Table("commitments", "One row per commitment of an action plan.",
                       {{"document", "source PDF file name"}, {"country", "plan country"},
                        {"plan_number", "national action plan number"},
                        {"commitment", "commitment number as printed"}, {"title", ""},
                        {"commitment_id", "printed commitment ID (\"Commitment ID: XX0012\")"},
                        {"theme", "theme heading the commitment is under"},
                        {"lead", "lead organisations, one per line"},
                        {"period_start", "first year"}, {"period_end", "last year"},
                        {"milestones", "number of milestones"}, {"pages", "one per line"}},
                       {"plan_number", "period_start", "period_end", "milestones"});
  CsvTable mil = Table("milestones", "One row per milestone of a commitment.",
                       {{"document", "source PDF file name"}, {"country", "plan country"},
                        {"plan_number", ""}, {"commitment", "commitment number"},
                        {"milestone", "milestone number as printed"},
                        {"group_number", "milestone group number, if any"},
                        {"group_title", ""}, {"text", "milestone text"},
                        {"outputs", "expected outputs, one per line"},
                        {"due_raw", "completion date as printed"}, {"due_start", "first year"},
                        {"due_end", "last year"},
                        {"due_end_date", "ISO date: last day of the printed end period"},
                        {"lead", "lead organisations, one per line"},
                        {"pages", "one per line"}},
                       {"plan_number", "due_start", "due_end"});
  CsvTable sta = Table("stakeholders", "Lead and supporting stakeholders of commitments and milestones.",
                       {{"document", "source PDF file name"}, {"commitment", "commitment number"},
                        {"milestone", "milestone number; empty for a commitment's stakeholder"},
                        {"role", "lead or supporting"},
                        {"sector", "government, civil_society or other; empty for lead"},
                        {"position", "0-based order within role and sector"},
                        {"name", "as printed"}, {"org_key", "normalised identity key"},
                        {"organisation_id", "organisations.csv id"}},
                       {"position", "organisation_id"});
  CsvTable rep = Table("report_entries", "One row per milestone entry of a progress report.",
                       {{"document", "source PDF file name"}, {"agency", "reporting agency"},
                        {"country", "plan country"}, {"plan_number", ""},
                        {"period_start", "ISO date"}, {"period_end", "ISO date"},
                        {"period_label", "as printed"}, {"submitted", "ISO date"},
                        {"milestone", "milestone number (or a commitment's, when the entry names one)"},
                        {"commitment", "commitment number"},
                        {"status", "not_started, limited, substantial or complete"},
                        {"progress_percent", ""}, {"results", ""},
                        {"evidence", "links, one per line"}, {"pages", "one per line"}},
                       {"plan_number", "progress_percent"});
  for (const auto& d : docs) {
    const std::string& file = d.source.file;
    if (d.action_plan) {
      const auto& p = *d.action_plan;
      for (const auto& c : p.commitments) {
        com.rows.push_back({file, S(p.country), I(p.plan_number), c.number, S(c.title),
                            S(c.id), S(c.theme), Join(c.lead), I(c.period.start), I(c.period.end),
                            std::to_string(c.milestones.size()), Join(c.pages)});
        AddRoles(sta, index, file, c.number, "", c.lead, c.supporting);
        for (const auto& m : c.milestones) {
          mil.rows.push_back({file, S(p.country), I(p.plan_number), c.number, m.number,
                              m.group ? m.group->number : "", m.group ? m.group->title : "",
                              m.text, Join(m.outputs), m.due ? m.due->raw : "",
                              m.due ? I(m.due->start) : "", m.due ? I(m.due->end) : "",
                              m.due ? S(m.due->end_date) : "", Join(m.lead), Join(m.pages)});
          AddRoles(sta, index, file, c.number, m.number, m.lead, m.supporting);
        }
      }
    }
    if (d.progress_report) {
      const auto& r = *d.progress_report;
      if (r.agency) index.Id(*r.agency);
      for (const auto& e : r.entries)
        rep.rows.push_back({file, S(r.agency), S(r.plan.country), I(r.plan.plan_number),
                            S(r.period.start), S(r.period.end), S(r.period.label), S(r.submitted),
                            e.milestone, S(e.commitment),
                            e.status ? model::StatusName(*e.status) : "",
                            I(e.progress_percent), S(e.results), Join(e.evidence),
                            Join(e.pages)});
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
  return {std::move(com), std::move(mil), std::move(sta), std::move(rep), std::move(org)};
}

nlohmann::ordered_json DataPackage(const std::vector<CsvTable>& tables) {
  using OJ = nlohmann::ordered_json;
  OJ pkg = OJ::object();
  pkg["profile"] = "tabular-data-package";
  pkg["name"] = "ogpx-export";
  pkg["title"] = "Open Government Partnership documents extracted by ogpx";
  OJ resources = OJ::array();
  for (const auto& t : tables) {
    OJ r = OJ::object();
    r["name"] = t.name;
    r["path"] = t.name + ".csv";
    r["profile"] = "tabular-data-resource";
    r["description"] = t.description;
    r["format"] = "csv";
    r["mediatype"] = "text/csv";
    r["encoding"] = "utf-8";
    r["dialect"] = {{"delimiter", ","}, {"lineTerminator", "\r\n"}, {"quoteChar", "\""},
                    {"doubleQuote", true}, {"header", true}};
    OJ fields = OJ::array();
    for (const auto& c : t.columns) {
      OJ f = OJ::object();
      f["name"] = c.name;
      f["type"] = c.type;
      if (!c.description.empty()) f["description"] = c.description;
      fields.push_back(f);
    }
    OJ schema = OJ::object();
    schema["fields"] = fields;
    schema["missingValues"] = OJ::array({""});
    if (t.name == "organisations") schema["primaryKey"] = "organisation_id";
    r["schema"] = schema;
    resources.push_back(r);
  }
  pkg["resources"] = resources;
  return pkg;
}

std::vector<std::string> CsvFileNames() {
  return {"commitments.csv", "milestones.csv", "stakeholders.csv", "report_entries.csv",
          "organisations.csv", "datapackage.json"};
}

Result<std::vector<std::string>> WriteCsv(const std::vector<model::Document>& docs,
                                          const std::vector<model::Organisation>& orgs,
                                          const std::string& out_dir, const CsvOptions& options) try {
  std::error_code ec;
  std::filesystem::create_directories(out_dir, ec);
  if (ec) return Error{ErrorKind::kIo, out_dir, std::nullopt, "cannot create folder: " + ec.message()};
  std::vector<CsvTable> tables = BuildCsvTables(docs, orgs);
  std::vector<std::string> written;
  for (const auto& t : tables) {
    std::string path = (std::filesystem::path(out_dir) / (t.name + ".csv")).string();
    if (auto e = WriteFileAtomic(path, t.Text(options))) return *e;
    written.push_back(path);
  }
  std::string path = (std::filesystem::path(out_dir) / "datapackage.json").string();
  if (auto e = WriteFileAtomic(path, DataPackage(tables).dump(2) + "\n")) return *e;
  written.push_back(path);
  return written;
} catch (const std::exception& e) {
  return Error{ErrorKind::kInternal, out_dir, std::nullopt, std::string("csv export: ") + e.what()};
}

}  // namespace ogpx::exporter
