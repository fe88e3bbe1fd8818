// Milestone-table cells and stakeholder sub-tables; see action_plan_cells.h.
#include "extract/plan/cells.h"

#include <algorithm>
#include <array>
#include <map>

#include "extract/plan/labels.h"
#include "extract/plan/rows.h"
#include "extract/plan/subtable.h"
#include "extract/common/dates.h"
#include "extract/common/numbering.h"
#include "base/text.h"
#include "lang/vocabulary.h"

namespace ogpx::extract::plan {
namespace {

constexpr std::array<PlanLabel, 3> kSectorOrder = {PlanLabel::kGovernment,
                                                   PlanLabel::kCivilSociety,
                                                   PlanLabel::kOtherActors};

// Sector headers as printed, or as OCR read them ("Gevermment").
bool IsSectorLabel(const std::string& text) { return MatchSectorFuzzy(text).has_value(); }

// Whether the texts of a row's cells (left to right, "" for an empty cell)
// are the sector headers: every text a sector label, or, in a row of three,
// one short text OCR could not read ("Osheg Acters") beside two labels.
bool IsSectorRow(const std::vector<std::string>& texts) {
  int read = 0, unread = 0;
  for (const std::string& t : texts) {
    if (text::FoldWhitespace(t).empty()) continue;
    if (IsSectorLabel(t)) {
      ++read;
    } else if (texts.size() == 3 && text::SplitSpaces(t).size() <= 3) {
      ++unread;
    } else {
      return false;
    }
  }
  return read > 0 && (unread == 0 || (unread == 1 && read == 2));
}

std::vector<std::string> Components(const std::string& number) {
  std::vector<std::string> out;
  std::string cur;
  for (char c : number) {
    if (c == '.') {
      out.push_back(cur);
      cur.clear();
    } else {
      cur += c;
    }
  }
  out.push_back(cur);
  return out;
}

// Same depth and same prefix (all but the last component) as `first`.
bool SameShape(const std::string& number, const std::string& first) {
  auto a = Components(number), b = Components(first);
  if (a.size() != b.size()) return false;
  return std::equal(a.begin(), a.end() - 1, b.begin());
}

bool AcceptFirst(const std::string& number, const std::string& commitment, bool first_line) {
  if (!commitment.empty() && number.starts_with(commitment + ".")) return true;
  // "12.1" under commitment 2: a border read as a digit, repaired with a
  // warning once the commitment is read (extract/common/numbering.h).
  if (!commitment.empty() && first_line && Components(number).size() == 2 &&
      OneSlip(number.substr(0, number.find('.')), commitment))
    return true;
  return first_line && Components(number).size() == 1 && commitment.empty();
}

bool IsBullet(const std::string& line) {
  return line.starts_with("-") || line.starts_with("•") || line.starts_with("–") ||
         line.starts_with("·");
}

std::string StripBullet(std::string s) {
  for (std::string_view b : {"-", "•", "–", "·"}) {
    if (s.starts_with(b)) return text::FoldWhitespace(s.substr(b.size()));
  }
  return s;
}

// Splits "…; 6.5 …" inside one part's text.
void SplitInline(MilestonePart part, const std::string& first,
                 std::vector<MilestonePart>& out) {
  std::string& t = part.text;
  for (std::size_t pos = t.find(';'); pos != std::string::npos; pos = t.find(';', pos + 1)) {
    std::size_t start = pos + 1;
    while (start < t.size() && t[start] == ' ') ++start;
    auto number = ParseLeadingNumber(t.substr(start));
    if (!number || !SameShape(number->number, first) || number->number == part.number) continue;
    MilestonePart head{part.number, text::FoldWhitespace(t.substr(0, pos + 1))};
    out.push_back(std::move(head));
    SplitInline(MilestonePart{number->number, number->title}, first, out);
    return;
  }
  out.push_back(std::move(part));
}

CellLine WithText(const CellLine& line, const std::string& rest) {
  CellLine out = line;
  double share = line.text.empty() ? 1.0
                                   : static_cast<double>(rest.size()) /
                                         static_cast<double>(line.text.size());
  out.box.x0 = line.box.x1 - line.box.width() * share;
  out.text = rest;
  return out;
}

// A lead or supporting label at line `first` of a people cell. A narrow
// column wraps the label itself ("Lead implementing" / "agency/actor: Office
// of" / "the Ombudsman"), so it is read over up to kWrappedLabelLines lines;
// what follows it stays on the line where it ends (`last`).
constexpr std::size_t kWrappedLabelLines = 3;

struct PeopleLabel {
  PlanLabel label;
  std::size_t last = 0;
  std::string rest;
};

std::optional<PeopleLabel> PeopleLabelAt(const std::vector<CellLine>& lines, std::size_t first) {
  std::string text;
  for (std::size_t j = first; j < lines.size() && j < first + kWrappedLabelLines; ++j) {
    text += (text.empty() ? "" : " ") + lines[j].text;
    for (PlanLabel label : {PlanLabel::kLead, PlanLabel::kSupporting}) {
      auto rest = AfterLabel(text, label);
      // The label must end on line j: a rest longer than that line would
      // mean it ended on an earlier one, which that line's own try refused.
      if (rest && rest->size() <= lines[j].text.size()) return PeopleLabel{label, j, *rest};
    }
  }
  return std::nullopt;
}

// A milestone mark's abbreviation ("M" of "M1") is at most this long.
constexpr std::size_t kMaxMarkBytes = 8;

// The first code point of `s` as UTF-8 ("" when `s` is empty).
std::string FirstLetter(std::string_view s) {
  std::string first;
  text::ForEachCodePoint(s.substr(0, std::min<std::size_t>(s.size(), 4)), [&](UChar32 c) {
    if (first.empty()) text::AppendUtf8(first, c);
  });
  return first;
}

// The place (1-based) of `letter` in the first "list.alphabet" of the
// vocabularies that has it; 0 when none has.
int AlphabetPlace(std::string_view letter) {
  static const std::vector<std::vector<std::string>> alphabets = [] {
    std::vector<std::vector<std::string>> out;
    for (const lang::Term& t : lang::Terms("list.alphabet")) {
      std::vector<std::string> letters;
      text::ForEachCodePoint(t.phrase, [&](UChar32 c) {
        letters.emplace_back();
        text::AppendUtf8(letters.back(), c);
      });
      out.push_back(std::move(letters));
    }
    return out;
  }();
  for (const auto& letters : alphabets) {
    if (auto it = std::find(letters.begin(), letters.end(), letter); it != letters.end())
      return static_cast<int>(it - letters.begin()) + 1;
  }
  return 0;
}

}  // namespace

std::optional<LocalMark> ParseLocalMark(std::string_view raw) {
  std::string s = text::FoldWhitespace(raw);
  auto rest_from = [&](std::size_t i) {
    while (i < s.size() && (s[i] == ':' || s[i] == '.' || s[i] == ')' || s[i] == '-')) ++i;
    if (i < s.size() && s[i] != ' ') return std::optional<std::string>();
    return std::optional<std::string>(std::string(text::FoldWhitespace(s.substr(std::min(i, s.size())))));
  };
  auto digits = [&](std::size_t i, int& value) {
    std::size_t j = i;
    value = 0;
    while (j < s.size() && j - i < 3 && std::isdigit(static_cast<unsigned char>(s[j]))) value = value * 10 + (s[j++] - '0');
    return j;
  };
  int value = 0;
  // "Milestone 1", "Milestone 1:", "Milestone 3.2" (a full number): a
  // "milestone.word" of the vocabularies, then the number.
  if (const std::size_t space = s.find(' ');
      space != std::string::npos && lang::ValueOf("milestone.word", text::FoldForMatch(s.substr(0, space)))) {
    std::string number;
    std::size_t end = ParseNumberAt(s, space + 1, number);
    if (end == std::string::npos) return std::nullopt;
    auto rest = rest_from(end);
    if (!rest) return std::nullopt;
    if (number.find('.') != std::string::npos) return LocalMark{MarkStyle::kFull, 0, *rest, number};
    return LocalMark{MarkStyle::kWord, std::stoi(number.substr(0, 4)), *rest, ""};
  }
  // "M1", "M1." , "M1:": a "milestone.mark" of the vocabularies, in capitals,
  // then the number.
  if (const std::size_t digit = s.find_first_of("0123456789");
      digit != std::string::npos && digit > 0 && digit <= kMaxMarkBytes && s.find(' ') > digit &&
      !text::StartsLowercase(s) &&
      lang::ValueOf("milestone.mark", text::FoldForMatch(s.substr(0, digit)))) {
    std::size_t end = digits(digit, value);
    auto rest = rest_from(end);
    if (!rest || value == 0) return std::nullopt;
    return LocalMark{MarkStyle::kShort, value, *rest, ""};
  }
  // "1.", "2)" (a number alone; "1.1" is a full number).
  if (!s.empty() && std::isdigit(static_cast<unsigned char>(s[0]))) {
    std::size_t end = digits(0, value);
    if (end >= s.size() || (s[end] != '.' && s[end] != ')') || value == 0 || value > 60) return std::nullopt;
    if (end + 1 < s.size() && s[end + 1] != ' ') return std::nullopt;
    return LocalMark{MarkStyle::kArabic, value, std::string(text::FoldWhitespace(s.substr(end + 1))), ""};
  }
  // "a)", "(b)", "c.", "i.", "(iv)", or a Cyrillic letter the same way: a
  // letter of a "list.alphabet" of the vocabularies.
  std::size_t i = s.starts_with("(") ? 1 : 0;
  if (const std::string letter = FirstLetter(std::string_view(s).substr(i)); letter.size() > 1) {
    const std::size_t after = i + letter.size();
    const bool closed = after < s.size() && (i == 1 ? s[after] == ')' : (s[after] == ')' || s[after] == '.'));
    if (closed && (after + 1 >= s.size() || s[after + 1] == ' ') && text::StartsLowercase(letter)) {
      if (const int place = AlphabetPlace(letter); place > 0)
        return LocalMark{MarkStyle::kLetter, place, text::FoldWhitespace(s.substr(after + 1)), ""};
    }
    return std::nullopt;
  }
  std::size_t j = i;
  while (j < s.size() && j - i < 5 && std::islower(static_cast<unsigned char>(s[j]))) ++j;
  if (j == i || j >= s.size()) return std::nullopt;
  const bool closed = i == 1 ? s[j] == ')' : (s[j] == ')' || s[j] == '.');
  if (!closed || (j + 1 < s.size() && s[j + 1] != ' ')) return std::nullopt;
  std::string_view mark(s.data() + i, j - i);
  std::string rest(text::FoldWhitespace(s.substr(j + 1)));
  if (mark.size() == 1 && mark != "i") {
    const int place = AlphabetPlace(mark);
    return place > 0 ? std::optional(LocalMark{MarkStyle::kLetter, place, rest, ""}) : std::nullopt;
  }
  static constexpr std::string_view kRoman[] = {"i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix", "x",
                                                "xi", "xii", "xiii", "xiv", "xv"};
  for (std::size_t k = 0; k < std::size(kRoman); ++k) {
    if (mark == kRoman[k]) return LocalMark{MarkStyle::kRoman, static_cast<int>(k) + 1, rest, ""};
  }
  return std::nullopt;
}

std::vector<MilestonePart> SplitMilestones(const std::vector<std::string>& lines,
                                           const std::string& commitment) {
  std::vector<MilestonePart> parts;
  std::vector<std::vector<std::string>> texts;
  std::string first;
  MarkStyle local = MarkStyle::kNone;
  int last_index = 0;
  auto local_number = [&](int index) {
    return commitment.empty() ? std::to_string(index) : commitment + "." + std::to_string(index);
  };
  for (std::size_t i = 0; i < lines.size(); ++i) {
    std::string line = text::FoldWhitespace(lines[i]);
    if (line.empty()) continue;
    std::optional<MilestonePart> start;
    if (local == MarkStyle::kNone) {
      auto number = ParseLeadingNumber(line);
      if (number && (first.empty() ? AcceptFirst(number->number, commitment, parts.empty())
                                   : SameShape(number->number, first) && number->number != parts.back().number)) {
        if (first.empty()) first = number->number;
        start = MilestonePart{number->number, number->title};
      }
    }
    if (!start && first.empty()) {
      // A local mark ("1.", "Milestone 1", "M1", "a)", "i."): the first one
      // on the row's first line sets the style, the next ones follow it.
      auto mark = ParseLocalMark(line);
      if (mark && mark->style == MarkStyle::kFull && local == MarkStyle::kNone && parts.empty() &&
          (commitment.empty() || mark->number.starts_with(commitment + "."))) {
        first = mark->number;
        start = MilestonePart{mark->number, mark->rest};
      } else if (mark && mark->style != MarkStyle::kFull &&
                 (local == MarkStyle::kNone ? parts.empty()
                                            : mark->style == local && mark->index == last_index + 1)) {
        local = mark->style;
        last_index = mark->index;
        start = MilestonePart{local_number(mark->index), mark->rest};
      }
    }
    if (start) {
      parts.push_back({start->number, ""});
      texts.push_back({start->text});
    } else {
      if (parts.empty()) {
        parts.push_back({"", ""});
        texts.emplace_back();
      }
      texts.back().push_back(line);
    }
  }
  std::vector<MilestonePart> out;
  for (std::size_t i = 0; i < parts.size(); ++i) {
    parts[i].text = JoinLines(texts[i]);
    if (first.empty()) {
      out.push_back(parts[i]);
    } else {
      SplitInline(parts[i], first, out);
    }
  }
  return out;
}

std::vector<std::string> ReadOutputs(const std::vector<std::string>& lines) {
  std::vector<std::vector<std::string>> items;
  bool list = std::any_of(lines.begin(), lines.end(), [](const std::string& l) {
    return IsBullet(text::FoldWhitespace(l)) && text::FoldWhitespace(l).size() > 1;
  });
  for (const std::string& raw : lines) {
    std::string line = text::FoldWhitespace(raw);
    if (line.empty()) continue;
    if (items.empty() || (list && IsBullet(line))) items.emplace_back();
    items.back().push_back(items.back().empty() && list ? StripBullet(line) : line);
  }
  std::vector<std::string> out;
  for (const auto& item : items) {
    std::string t = text::FoldWhitespace(JoinLines(item));
    if (t.empty() || t == "-" || t == "–") continue;
    out.push_back(std::move(t));
  }
  return out;
}

std::optional<model::Due> ReadDue(const std::string& text) {
  std::string raw = text::FoldWhitespace(text);
  if (raw.empty() || raw == "-" || raw == "–") return std::nullopt;
  model::Due d;
  d.raw = raw;
  if (auto span = ParseDue(raw)) {
    d.start = span->start;
    d.end = span->end;
    if (span->start_date) d.start_date = span->start_date->Iso();
    if (span->end_date) d.end_date = span->end_date->Iso();
  }
  return d;
}

std::string JoinHeader(const std::vector<std::string>& header) {
  std::string out;
  for (const std::string& h : header) out += (out.empty() ? "" : " | ") + h;
  return out;
}

namespace {

// Column lines of sector tables, gathered per sector across tables (a
// sub-table cut by a page break comes as two), then split once.
// A name cut by a page break goes on in the next page's cell when its line
// there starts in lower case, or its last line ends with a hyphen or a word
// that joins the words of a name (org.connector: "Ministry of" / "Finance");
// otherwise the next page's cell starts a name of its own.
bool GoesOn(const CellLine& before, const CellLine& next) {
  if (text::StartsLowercase(next.text)) return true;
  const std::string t = text::FoldForMatch(before.text);
  if (t.ends_with("-")) return true;
  const std::size_t space = t.rfind(' ');
  return lang::ValueOf("org.connector", space == std::string::npos ? t : t.substr(space + 1)).has_value();
}

struct SectorCollector {
  // Per sector, the lines of each cell (a group); a cell continued on the
  // next page (the next group starts on a later page) is one group.
  std::array<std::vector<std::vector<CellLine>>, 3> groups;
  std::array<double, 3> edge{0, 0, 0};
  SectorTable result;
  bool have_header = false;

  void Header(const std::vector<std::string>& texts, int page) {
    if (have_header) return;
    have_header = true;
    result.header = texts;
    result.header_page = page;
    for (std::size_t i = 0; i < texts.size() && i < 3; ++i) {
      auto label = MatchSectorFuzzy(texts[i]);
      if (!label || *label != kSectorOrder[i]) result.header_mismatch = true;
    }
    if (texts.size() != 3) result.header_mismatch = true;
  }

  bool join_cells = false;  // rows are single lines (a grid read line by line)

  // `skip`: the cell's first lines are its sector's header.
  void AddCell(const Cell& cell, std::size_t sector, std::size_t skip = 0) {
    const std::size_t start = std::min(skip, cell.lines.size());
    std::vector<CellLine> lines(cell.lines.begin() + static_cast<long>(start), cell.lines.end());
    edge[sector] = std::max(edge[sector], CellRightEdge(cell));
    if (lines.empty()) return;
    auto& g = groups[sector];
    if (!g.empty() && !g.back().empty() &&
        (join_cells || (g.back().back().page < lines.front().page && GoesOn(g.back().back(), lines.front())))) {
      g.back().insert(g.back().end(), lines.begin(), lines.end());
    } else {
      g.push_back(std::move(lines));
    }
  }

  SectorTable Finish(const KnownOrgs& known) {
    std::vector<std::vector<CellLine>> all;
    for (const auto& g : groups) all.insert(all.end(), g.begin(), g.end());
    const Spacing pitch = MeasureSpacing(all);
    std::array<std::vector<std::string>*, 3> out = {&result.supporting.government,
                                                    &result.supporting.civil_society,
                                                    &result.supporting.other};
    for (std::size_t s = 0; s < 3; ++s) {
      for (const auto& g : groups[s]) {
        auto names = SplitOrganisations(g, edge[s], known, pitch);
        out[s]->insert(out[s]->end(), names.begin(), names.end());
      }
    }
    return result;
  }
};

// How many of a cell's first lines make its sector label: two when the
// label is wrapped in its cell ("Other" / "Actors", "Civil" / "Society"),
// else one.
std::size_t LabelLines(const Cell& cell) {
  if (cell.lines.size() < 2) return cell.lines.size();
  const auto label = MatchLabel(text::FoldWhitespace(cell.lines[0].text + " " + cell.lines[1].text));
  return label && IsSector(*label) ? 2 : 1;
}

std::string LabelText(const Cell& cell, std::size_t lines) {
  std::string out;
  for (std::size_t i = 0; i < lines && i < cell.lines.size(); ++i) out += (i ? " " : "") + cell.lines[i].text;
  return text::FoldWhitespace(out);
}

std::size_t SectorOf(int col, int cols) {
  if (cols <= 3) return static_cast<std::size_t>(std::clamp(col, 0, 2));
  return static_cast<std::size_t>(std::min(2, col * 3 / cols));
}

void CollectTable(const Table& table, SectorCollector& c) {
  std::map<int, std::vector<const Cell*>> rows;
  for (const Cell& cell : table.cells) rows[cell.row].push_back(&cell);
  // A sub-table whose rows are nearly all one line high was cut at every
  // line (scans): its cells are not separate names, the splitter decides.
  int filled = 0, single = 0;
  for (const Cell& cell : table.cells) {
    if (cell.lines.empty()) continue;
    ++filled;
    single += cell.lines.size() == 1;
  }
  bool saved = c.join_cells;
  c.join_cells = rows.size() >= 5 && filled > 0 && single * 10 >= filled * 9;
  for (auto& [row, cells] : rows) {
    std::sort(cells.begin(), cells.end(), [](auto* a, auto* b) { return a->col < b->col; });
    std::vector<std::string> labels;  // each cell's first line, or two when its label wraps
    std::vector<std::size_t> label_lines;
    bool labels_only = true;
    for (const Cell* cell : cells) {
      label_lines.push_back(LabelLines(*cell));
      labels.push_back(LabelText(*cell, label_lines.back()));
      labels_only = labels_only && cell->lines.size() <= label_lines.back();
    }
    const bool sector_row = IsSectorRow(labels);
    if (labels_only && sector_row) {
      int page = cells.front()->regions.empty() ? 0 : cells.front()->regions.front().page;
      c.Header(labels, page);
      continue;
    }
    // A header row joined with the body row it was cut from (page break):
    // every cell starts with a sector label.
    const bool inside = !c.have_header && sector_row;
    if (inside) {
      std::vector<std::string> texts;
      int page = 0;
      for (std::size_t i = 0; i < cells.size(); ++i) {
        if (cells[i]->lines.empty()) continue;
        texts.push_back(labels[i]);
        if (page == 0) page = cells[i]->lines.front().page;
      }
      c.Header(texts, page);
    }
    for (std::size_t i = 0; i < cells.size(); ++i)
      c.AddCell(*cells[i], SectorOf(cells[i]->col, table.cols), inside ? label_lines[i] : 0);
  }
  c.join_cells = saved;
}

}  // namespace

SectorTable ReadSectorTable(const Table& table, const KnownOrgs& known) {
  SectorCollector c;
  CollectTable(table, c);
  return c.Finish(known);
}

SectorTable ReadSectorCells(const std::vector<const Cell*>& cells, const KnownOrgs& known) {
  SectorCollector c;
  std::vector<std::string> header;
  int page = 0;
  for (std::size_t i = 0; i < cells.size(); ++i) {
    const Cell& cell = *cells[i];
    const std::size_t label_lines = LabelLines(cell);
    const bool labelled = !cell.lines.empty() && IsSectorLabel(LabelText(cell, label_lines));
    if (labelled) {
      header.push_back(LabelText(cell, label_lines));
      if (page == 0) page = cell.lines.front().page;
    }
    c.AddCell(cell, SectorOf(static_cast<int>(i), static_cast<int>(cells.size())), labelled ? label_lines : 0);
  }
  if (!header.empty()) c.Header(header, page);
  return c.Finish(known);
}

StakeholderCell ReadStakeholderCell(const layout::Structure& structure, const Cell& cell,
                                    const KnownOrgs& known) {
  StakeholderCell out;
  std::optional<WordSubTable> words;
  if (cell.nested.empty()) words = ReadSubTableFromWords(structure, cell, known);
  std::vector<CellLine> lead, unplaced;
  enum { kLeadPart, kSupportingPart } state = kLeadPart;
  for (std::size_t i = 0; i < cell.lines.size(); ++i) {
    const CellLine& line = cell.lines[i];
    if (words && !AboveSubTable(line, *words)) continue;
    if (auto at = PeopleLabelAt(cell.lines, i)) {
      state = at->label == PlanLabel::kLead ? kLeadPart : kSupportingPart;
      if (!at->rest.empty())
        (state == kLeadPart ? lead : unplaced).push_back(WithText(cell.lines[at->last], at->rest));
      i = at->last;
      continue;
    }
    if (IsSectorLabel(line.text)) continue;
    (state == kLeadPart ? lead : unplaced).push_back(line);
  }
  double edge = CellRightEdge(cell);
  out.lead = SplitOrganisations(lead, edge, known);
  out.unplaced = SplitOrganisations(unplaced, edge, known);
  if (!cell.nested.empty()) {
    SectorCollector c;
    for (const Table& t : cell.nested) CollectTable(t, c);
    out.sectors = c.Finish(known);
  } else if (words) {
    out.sectors = words->table;
  }
  return out;
}

}  // namespace ogpx::extract::plan
