#include "cli/status_output.h"

#include <algorithm>
#include <set>

#include <nlohmann/json.hpp>

namespace ogpx::cli {
namespace {

using model::MilestoneStatus;
using ojson = nlohmann::ordered_json;

constexpr std::size_t kLeadMax = 32;   // LEAD column at most this wide ...
constexpr std::size_t kLeadMin = 12;   // ... and at least this, before TEXT moves down
constexpr std::size_t kTextMin = 24;   // narrowest text a card wraps to
constexpr std::size_t kTextRight = 40; // TEXT narrower than this goes under the row
constexpr std::size_t kIndent = 4;     // ... indented by this

std::string Join(const std::vector<std::string>& items, const char* sep) {
  std::string out;
  for (const auto& s : items) out += (out.empty() ? "" : sep) + s;
  return out;
}

std::string Percent(const MilestoneStatus& m) {
  return m.progress_percent ? std::to_string(*m.progress_percent) : "";
}

std::string StatusName(const MilestoneStatus& m) { return m.status ? model::StatusName(*m.status) : ""; }

std::string Flags(const MilestoneStatus& m) {
  std::vector<std::string> flags;
  if (m.overdue) flags.emplace_back("OVERDUE");
  if (m.no_report) flags.emplace_back("NO-REPORT");
  return Join(flags, " ");
}

std::string PlanTitle(const MilestoneStatus& m) {
  std::string title = m.plan_file;
  std::vector<std::string> parts;
  if (m.country) parts.push_back(*m.country);
  if (m.plan_number) parts.push_back("plan " + std::to_string(*m.plan_number));
  if (!parts.empty()) title += " (" + Join(parts, ", ") + ")";
  return title;
}

std::string Pad(const std::string& s, std::size_t width) {
  std::size_t w = DisplayWidth(s);
  return w >= width ? s : s + std::string(width - w, ' ');
}

std::string FilterText(const StatusFilters& f) {
  std::vector<std::string> parts;
  if (f.agency) parts.push_back("agency \"" + *f.agency + "\"");
  if (f.country) parts.push_back("country \"" + *f.country + "\"");
  if (f.plan) parts.push_back("plan \"" + *f.plan + "\"");
  if (f.overdue) parts.emplace_back("overdue only");
  if (f.unreported) parts.emplace_back("unreported only");
  if (f.all_copies) parts.emplace_back("every copy of a plan");
  return Join(parts, ", ");
}

// Lines of `cells` in columns of `widths` (the last cell unpadded), trailing
// blanks trimmed.
std::string Line(const std::vector<std::string>& cells, const std::vector<std::size_t>& widths) {
  std::string line;
  for (std::size_t c = 0; c < cells.size(); ++c)
    line += c + 1 < cells.size() ? Pad(cells[c], widths[c]) + "  " : cells[c];
  while (!line.empty() && line.back() == ' ') line.pop_back();
  return line + "\n";
}

// A milestone as a few wrapped lines, for terminals too narrow for columns.
void WriteCard(const MilestoneStatus& m, std::size_t width, std::ostream& out) {
  const std::size_t inner = width > kIndent + kTextMin ? width - kIndent : kTextMin;
  auto put = [&](const std::string& text, bool head) {
    for (const auto& l : WrapWords(text, head ? width : inner))
      out << (head ? "" : std::string(kIndent, ' ')) << l << "\n";
  };
  std::string head = m.number + "  due " + m.due_date.value_or(m.due ? m.due->raw : "-");
  if (!Flags(m).empty()) head += "  " + Flags(m);
  put(head, true);
  if (!m.no_report) {
    std::string reported = StatusName(m).empty() ? "no status" : StatusName(m);
    if (m.progress_percent) reported += " " + Percent(m) + "%";
    if (m.period_label) reported += ", " + *m.period_label;
    put(reported, false);
  }
  if (!m.lead.empty()) put("lead: " + Join(m.lead, "; "), false);
  put(m.text, false);
}

// One plan's milestones: columns with the text on the right when it fits;
// else the text under each row; else one card per milestone.
void WriteBlock(const std::vector<MilestoneStatus>& rows, std::size_t begin, std::size_t end,
                const StatusText& how, std::ostream& out) {
  const std::vector<std::string> header{"MILESTONE", "DUE", "STATUS", "%", "PERIOD", "FLAGS", "LEAD"};
  std::vector<std::vector<std::string>> cells;
  for (std::size_t r = begin; r < end; ++r) {
    const auto& m = rows[r];
    cells.push_back({m.number, m.due_date.value_or(m.due ? m.due->raw : ""), StatusName(m), Percent(m),
                     m.period_label.value_or(""), Flags(m), Join(m.lead, "; ")});
  }
  std::vector<std::size_t> widths(header.size());
  for (std::size_t c = 0; c < header.size(); ++c) {
    widths[c] = DisplayWidth(header[c]);
    for (const auto& row : cells) widths[c] = std::max(widths[c], DisplayWidth(row[c]));
  }
  const std::size_t lead = header.size() - 1;
  const std::size_t natural_lead = widths[lead];
  widths[lead] = std::min(widths[lead], kLeadMax);
  std::size_t others = 0;  // columns before LEAD, with their gaps
  for (std::size_t c = 0; c < lead; ++c) others += widths[c] + 2;
  bool text_right = true, lead_below = false;
  if (others + widths[lead] + 2 + kTextRight <= how.width) {
  } else if (others + kLeadMin + 2 + kTextRight <= how.width) {
    widths[lead] = how.width - kTextRight - 2 - others;
  } else if (others <= how.width) {
    text_right = false;  // the text under the row; the lead too when it does not fit whole
    widths[lead] = natural_lead;
    lead_below = others + natural_lead > how.width;
  } else {
    for (std::size_t r = begin; r < end; ++r) WriteCard(rows[r], how.width, out);
    return;
  }
  const std::size_t fixed = others + widths[lead] + 2;
  const std::size_t text_width = text_right ? how.width - fixed : how.width - kIndent;
  auto head = header;
  if (lead_below) head.pop_back();
  if (text_right) head.emplace_back("TEXT");
  std::vector<std::size_t> all = widths;
  all.push_back(0);
  out << Line(head, all);
  for (std::size_t r = 0; r < cells.size(); ++r) {
    auto row = cells[r];
    row[lead] = Ellipsize(row[lead], widths[lead]);
    auto text = WrapWords(rows[begin + r].text, text_width);
    if (text_right) {
      row.push_back(text.empty() ? "" : text[0]);
      out << Line(row, all);
      for (std::size_t i = 1; i < text.size(); ++i) out << std::string(fixed, ' ') << text[i] << "\n";
      continue;
    }
    if (lead_below) {
      row.pop_back();
      auto leads = WrapWords("lead: " + cells[r][lead], text_width);
      text.insert(text.begin(), leads.begin(), leads.end());
    }
    out << Line(row, all);
    for (const auto& t : text) out << std::string(kIndent, ' ') << t << "\n";
  }
}

ojson OrNull(const std::optional<std::string>& v) { return v ? ojson(*v) : ojson(nullptr); }
ojson OrNull(const std::optional<int>& v) { return v ? ojson(*v) : ojson(nullptr); }

}  // namespace

std::size_t DisplayWidth(const std::string& s) {
  std::size_t n = 0;
  for (unsigned char c : s)
    if ((c & 0xC0) != 0x80) ++n;
  return n;
}

std::string Ellipsize(const std::string& s, std::size_t width) {
  if (DisplayWidth(s) <= width) return s;
  if (width == 0) return "";
  std::string out;
  std::size_t n = 0;
  for (std::size_t i = 0; i < s.size(); ++i) {
    if ((static_cast<unsigned char>(s[i]) & 0xC0) != 0x80 && ++n == width) break;
    out += s[i];
  }
  while (!out.empty() && out.back() == ' ') out.pop_back();
  return out + "\u2026";
}

std::vector<std::string> WrapWords(const std::string& s, std::size_t width) {
  std::vector<std::string> lines;
  std::string line;
  std::size_t at = 0;
  width = std::max<std::size_t>(width, 1);
  while (at < s.size()) {
    std::size_t b = s.find_first_not_of(' ', at);
    if (b == std::string::npos) break;
    std::size_t e = s.find(' ', b);
    if (e == std::string::npos) e = s.size();
    std::string word = s.substr(b, e - b);
    at = e;
    if (!line.empty() && DisplayWidth(line) + 1 + DisplayWidth(word) <= width) {
      line += " " + word;
      continue;
    }
    if (!line.empty()) lines.push_back(line);
    line.clear();
    while (DisplayWidth(word) > width) {  // a word longer than a line: cut it
      std::string head;
      std::size_t n = 0, i = 0;
      for (; i < word.size(); ++i) {
        if ((static_cast<unsigned char>(word[i]) & 0xC0) != 0x80 && n++ == width) break;
        head += word[i];
      }
      lines.push_back(head);
      word = word.substr(i);
    }
    line = word;
  }
  if (!line.empty()) lines.push_back(line);
  return lines;
}

std::vector<AgencySummary> SummariseAgencies(const std::vector<MilestoneStatus>& rows,
                                             const std::map<int64_t, std::string>& names) {
  std::map<int64_t, AgencySummary> by_id;
  for (const auto& m : rows) {
    std::set<int64_t> seen;
    for (std::size_t i = 0; i < m.lead_org_ids.size(); ++i) {
      const int64_t id = m.lead_org_ids[i];
      if (!seen.insert(id).second) continue;
      auto& a = by_id[id];
      a.org_id = id;
      if (a.name.empty()) {
        auto n = names.find(id);
        a.name = n != names.end() ? n->second : i < m.lead.size() ? m.lead[i] : "";
      }
      ++a.milestones;
      a.overdue += m.overdue ? 1 : 0;
      a.unreported += m.no_report ? 1 : 0;
      if (m.period_end && (!a.latest_report || *m.period_end > *a.latest_report)) a.latest_report = m.period_end;
    }
  }
  std::vector<AgencySummary> out;
  for (auto& [id, a] : by_id) out.push_back(std::move(a));
  std::sort(out.begin(), out.end(), [](const AgencySummary& x, const AgencySummary& y) {
    return x.name != y.name ? x.name < y.name : x.org_id < y.org_id;
  });
  return out;
}

void WriteStatusText(const std::vector<MilestoneStatus>& rows, const std::vector<AgencySummary>& agencies,
                     const StatusText& how, std::ostream& out) {
  std::string title = "status as of " + how.as_of;
  if (how.filters && !FilterText(*how.filters).empty()) title += "; " + FilterText(*how.filters);
  for (const auto& l : WrapWords(title, how.width)) out << l << "\n";
  std::size_t total_overdue = 0, total_missing = 0;
  for (std::size_t i = 0; !how.agencies_only && i < rows.size();) {
    std::size_t end = i;
    while (end < rows.size() && rows[end].plan_id == rows[i].plan_id) ++end;
    out << "\n" << Ellipsize("plan: " + PlanTitle(rows[i]), how.width) << "\n";
    if (how.copies)
      if (auto c = how.copies->find(rows[i].plan_id); c != how.copies->end())
        for (const auto& l : WrapWords("same plan also in: " + Join(c->second, ", "), how.width))
          out << l << "\n";
    WriteBlock(rows, i, end, how, out);
    std::size_t overdue = 0, missing = 0;
    for (std::size_t r = i; r < end; ++r) {
      overdue += rows[r].overdue ? 1 : 0;
      missing += rows[r].no_report ? 1 : 0;
    }
    total_overdue += overdue;
    total_missing += missing;
    for (const auto& l : WrapWords(std::to_string(end - i) + " milestones, " + std::to_string(overdue) +
                                       " overdue, " + std::to_string(missing) + " with no report",
                                   how.width))
      out << l << "\n";
    i = end;
  }
  if (rows.empty()) {
    out << "\nno milestone matches\n";
    return;
  }
  out << (how.agencies_only ? "\n" : "\nby lead agency:\n");
  const std::vector<std::string> header{"AGENCY", "MILESTONES", "OVERDUE", "NO-REPORT", "LATEST REPORT"};
  std::vector<std::size_t> widths;
  for (const auto& h : header) widths.push_back(DisplayWidth(h));
  std::size_t numbers = 0;
  for (std::size_t c = 1; c < header.size(); ++c) numbers += widths[c] + 2;
  std::size_t name_width = DisplayWidth(header[0]);
  for (const auto& a : agencies) name_width = std::max(name_width, DisplayWidth(a.name));
  if (how.width >= numbers + 2 + kLeadMin) {
    widths[0] = std::min(name_width, how.width - numbers - 2);
    out << Line(header, widths);
    for (const auto& a : agencies)
      out << Line({Ellipsize(a.name, widths[0]), std::to_string(a.milestones), std::to_string(a.overdue),
                   std::to_string(a.unreported), a.latest_report.value_or("-")},
                  widths);
  } else {  // too narrow for columns: a few words per agency
    for (const auto& a : agencies) {
      const std::string line = a.name + ": " + std::to_string(a.milestones) + " milestones, " +
                               std::to_string(a.overdue) + " overdue, " + std::to_string(a.unreported) +
                               " with no report, latest report " + a.latest_report.value_or("none");
      auto lines = WrapWords(line, how.width - kIndent);
      for (std::size_t i = 0; i < lines.size(); ++i) out << (i ? std::string(kIndent, ' ') : "") << lines[i] << "\n";
    }
  }
  if (!how.agencies_only)
    for (const auto& l : WrapWords("all: " + std::to_string(rows.size()) + " milestones, " +
                                       std::to_string(total_overdue) + " overdue, " + std::to_string(total_missing) +
                                       " with no report",
                                   how.width))
      out << l << "\n";
}

void WriteStatusCsv(const std::vector<MilestoneStatus>& rows, const std::string& as_of,
                    const exporter::CsvOptions& options, std::ostream& out) {
  out << exporter::CsvLine({"plan_file", "country", "plan_number", "commitment", "milestone", "lead", "due",
                            "due_start", "due_end", "due_date", "status", "progress_percent", "report_file",
                            "period_label", "period_end", "overdue", "no_report", "as_of", "text"},
                           {.raw = true});
  for (const auto& m : rows) {
    out << exporter::CsvLine(
        {m.plan_file, m.country.value_or(""), m.plan_number ? std::to_string(*m.plan_number) : "",
         m.commitment, m.number, Join(m.lead, "; "), m.due ? m.due->raw : "",
         m.due && m.due->start ? std::to_string(*m.due->start) : "",
         m.due && m.due->end ? std::to_string(*m.due->end) : "", m.due_date.value_or(""), StatusName(m),
         Percent(m), m.report_file.value_or(""), m.period_label.value_or(""), m.period_end.value_or(""),
         m.overdue ? "true" : "false", m.no_report ? "true" : "false", as_of, m.text},
        options);
  }
}

void WriteAgenciesCsv(const std::vector<AgencySummary>& agencies, const std::string& as_of,
                      const exporter::CsvOptions& options, std::ostream& out) {
  out << exporter::CsvLine({"org_id", "agency", "milestones", "overdue", "no_report", "latest_report", "as_of"},
                           {.raw = true});
  for (const auto& a : agencies)
    out << exporter::CsvLine({std::to_string(a.org_id), a.name, std::to_string(a.milestones),
                              std::to_string(a.overdue), std::to_string(a.unreported),
                              a.latest_report.value_or(""), as_of},
                             options);
}

void WriteStatusJson(const std::vector<MilestoneStatus>& rows, const std::vector<AgencySummary>& agencies,
                     const std::string& as_of, const StatusFilters& f, std::ostream& out) {
  ojson doc;
  doc["as_of"] = as_of;
  doc["filters"] = {{"agency", OrNull(f.agency)},   {"country", OrNull(f.country)},
                    {"plan", OrNull(f.plan)},       {"overdue", f.overdue},
                    {"unreported", f.unreported},   {"all_copies", f.all_copies}};
  auto array = ojson::array();
  for (const auto& m : rows) {
    ojson j;
    j["plan_file"] = m.plan_file;
    j["country"] = OrNull(m.country);
    j["plan_number"] = OrNull(m.plan_number);
    j["commitment"] = m.commitment;
    j["milestone"] = m.number;
    j["text"] = m.text;
    j["lead"] = m.lead;
    j["lead_org_ids"] = m.lead_org_ids;
    if (m.due)
      j["due"] = {{"raw", m.due->raw}, {"start", OrNull(m.due->start)}, {"end", OrNull(m.due->end)}};
    else
      j["due"] = nullptr;
    j["due_date"] = OrNull(m.due_date);
    j["status"] = m.status ? ojson(model::StatusName(*m.status)) : ojson(nullptr);
    j["progress_percent"] = OrNull(m.progress_percent);
    j["report_file"] = OrNull(m.report_file);
    j["period_label"] = OrNull(m.period_label);
    j["period_end"] = OrNull(m.period_end);
    j["overdue"] = m.overdue;
    j["no_report"] = m.no_report;
    array.push_back(std::move(j));
  }
  doc["rows"] = std::move(array);
  auto by_agency = ojson::array();
  for (const auto& a : agencies)
    by_agency.push_back({{"org_id", a.org_id},
                         {"agency", a.name},
                         {"milestones", a.milestones},
                         {"overdue", a.overdue},
                         {"no_report", a.unreported},
                         {"latest_report", OrNull(a.latest_report)}});
  doc["agencies"] = std::move(by_agency);
  out << doc.dump(2, ' ', false, ojson::error_handler_t::replace) << "\n";
}

}  // namespace ogpx::cli
