// Stakeholder sub-table from page words; see subtable.h.
#include "extract/plan/subtable.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <map>

#include "extract/plan/labels.h"
#include "base/text.h"
#include "layout/tables/cell_words.h"

namespace ogpx::extract::plan {
namespace {

// A word belongs to a column when its left edge reaches this close to the
// column's start (points; a word set flush with the rule starts just before).
constexpr double kColumnSlack = 4;
// A header label wraps onto the row below when that row starts within this
// many header-line heights of the header's bottom.
constexpr double kWrappedLabelGap = 1.0;

constexpr std::array<PlanLabel, 3> kSectorOrder = {PlanLabel::kGovernment,
                                                   PlanLabel::kCivilSociety,
                                                   PlanLabel::kOtherActors};

std::string Join(const std::vector<const ingest::Word*>& words) {
  std::string out;
  for (std::size_t i = 0; i < words.size(); ++i) {
    out += words[i]->text;
    bool apart = i + 1 < words.size() &&
                 words[i + 1]->box.x0 - words[i]->box.x1 > 0.5 * std::max(1.0, words[i]->font_size);
    if (i + 1 < words.size() && (words[i]->space_after || apart)) out += ' ';
  }
  return out;
}

CellLine MakeLine(const layout::WordRow& row, const std::vector<const ingest::Word*>& words) {
  CellLine line;
  line.page = row.page;
  line.ocr = row.ocr;
  line.text = text::FoldWhitespace(Join(words));
  line.box = words.front()->box;
  line.bold = true;
  for (const ingest::Word* w : words) {
    line.box.x0 = std::min(line.box.x0, w->box.x0);
    line.box.y0 = std::min(line.box.y0, w->box.y0);
    line.box.x1 = std::max(line.box.x1, w->box.x1);
    line.box.y1 = std::max(line.box.y1, w->box.y1);
    line.bold = line.bold && w->bold;
  }
  line.font_size = words.front()->font_size;
  line.baseline = words.front()->baseline;
  return line;
}

struct Header {
  std::vector<std::string> texts;
  std::vector<PlanLabel> labels;
  std::vector<double> starts;   // left edge of each column
  double top = 0, bottom = 0;
};

bool IsBorder(const std::string& word) {
  return !word.empty() && std::all_of(word.begin(), word.end(), [](char c) {
    return c == '|' || c == '_' || c == '-' || c == '[' || c == ']';
  });
}

// The label as printed, without border characters read with it.
std::string Clean(const std::string& t) {
  std::string out;
  for (char c : t) out += (c == '|' || c == '_') ? ' ' : c;
  return text::FoldWhitespace(out);
}

// Sector labels on one line: each one to three words long. One label OCR
// could not read (one to three words, "Osheg Acters") is taken for the
// sector the other two leave, when it stands in that sector's place.
std::optional<Header> FindHeader(const layout::WordRow& line) {
  Header h;
  const auto& w = line.words;
  std::vector<const ingest::Word*> unread;
  std::size_t unread_at = 0;  // index in h.labels where the unread label goes
  int unread_runs = 0;
  for (std::size_t k = 0; k < w.size();) {
    bool found = false;
    if (IsBorder(w[k]->text)) {  // a table border read as text (OCR)
      ++k;
      continue;
    }
    // Exact wordings first (any length), then OCR-damaged ones.
    for (int pass = 0; pass < 2 && !found; ++pass) {
      for (std::size_t len = 3; len >= 1 && !found; --len) {
        if (k + len > w.size()) continue;
        std::vector<const ingest::Word*> part(w.begin() + static_cast<long>(k),
                                              w.begin() + static_cast<long>(k + len));
        std::string t = Join(part);
        auto label = pass == 0 ? MatchLabel(Clean(t)) : MatchSectorFuzzy(t);
        if (!label || !IsSector(*label)) continue;
        h.texts.push_back(Clean(t));
        h.labels.push_back(*label);
        h.starts.push_back(part.front()->box.x0);
        k += len;
        found = true;
      }
    }
    if (!found) {
      if (unread.empty() || unread_at != h.labels.size()) ++unread_runs;
      if (unread.empty()) unread_at = h.labels.size();
      unread.push_back(w[k]);
      ++k;
    }
  }
  if (!unread.empty()) {
    // The header line holds labels only.
    if (unread_runs > 1 || unread.size() > 3 || h.labels.size() != 2 || unread_at > 2) return std::nullopt;
    const PlanLabel missing = kSectorOrder[unread_at];
    if (std::find(h.labels.begin(), h.labels.end(), missing) != h.labels.end()) return std::nullopt;
    for (std::size_t i = 0; i < h.labels.size(); ++i)
      if (h.labels[i] != kSectorOrder[i < unread_at ? i : i + 1]) return std::nullopt;
    const auto at = static_cast<std::ptrdiff_t>(unread_at);
    h.texts.insert(h.texts.begin() + at, Clean(Join(unread)));
    h.labels.insert(h.labels.begin() + at, missing);
    h.starts.insert(h.starts.begin() + at, unread.front()->box.x0);
  }
  if (h.texts.size() < 2) return std::nullopt;
  h.top = w.front()->box.y0;
  h.bottom = w.front()->box.y1;
  for (const ingest::Word* x : w) {
    h.top = std::min(h.top, x->box.y0);
    h.bottom = std::max(h.bottom, x->box.y1);
  }
  return h;
}

}  // namespace

bool AboveSubTable(const CellLine& line, const WordSubTable& sub) {
  if (line.page != sub.header_page) return line.page < sub.header_page;
  return line.box.cy() < sub.header_top;
}

std::optional<WordSubTable> ReadSubTableFromWords(const layout::Structure& structure, const Cell& cell,
                                                  const KnownOrgs& known) {
  const std::vector<layout::WordRow> lines = layout::CellWordRows(*structure.doc, cell);
  std::optional<Header> header;
  std::size_t header_at = 0;
  for (std::size_t i = 0; i < lines.size() && !header; ++i) {
    header = FindHeader(lines[i]);
    header_at = i;
  }
  if (!header) return std::nullopt;
  WordSubTable out;
  out.header_page = lines[header_at].page;
  out.header_top = header->top;
  out.table.header = header->texts;
  out.table.header_page = out.header_page;
  for (std::size_t i = 0; i < header->labels.size() && i < 3; ++i) {
    if (header->labels[i] != kSectorOrder[i]) out.table.header_mismatch = true;
  }
  if (header->texts.size() != 3) out.table.header_mismatch = true;

  // Column starts: the vertical rules crossing the header line inside the
  // cell when there are enough of them (labels may be centred), else the
  // labels' left edges.
  const std::vector<double> xs =
      layout::VerticalRulesIn(*structure.doc, cell, out.header_page, header->top, header->bottom);
  if (xs.size() + 1 == header->starts.size()) {
    for (std::size_t c = 1; c < header->starts.size(); ++c) header->starts[c] = xs[c - 1] + 1;
  }
  // The column of a word: the last whose start its left edge reaches.
  auto column_of = [&](const ingest::Word* w) {
    std::size_t col = 0;
    for (std::size_t c = 1; c < header->starts.size(); ++c)
      if (w->box.x0 >= header->starts[c] - kColumnSlack) col = c;
    return col;
  };
  // Labels wrapped in their cells ("Other" / "Actors"): the row right below
  // the header whose every word completes its column's label is header too.
  std::size_t first_row = header_at + 1;
  if (first_row < lines.size() && lines[first_row].page == lines[header_at].page &&
      lines[first_row].words.front()->box.y0 - header->bottom < kWrappedLabelGap * (header->bottom - header->top)) {
    std::vector<std::vector<const ingest::Word*>> parts(header->starts.size());
    for (const ingest::Word* w : lines[first_row].words) parts[column_of(w)].push_back(w);
    bool completes = true;
    std::vector<std::string> texts = header->texts;
    for (std::size_t c = 0; c < parts.size() && completes; ++c) {
      if (parts[c].empty()) continue;
      if (c >= texts.size()) completes = false;
      else texts[c] = Clean(texts[c] + " " + Join(parts[c]));
      completes = completes && MatchLabel(texts[c]) == header->labels[c];
    }
    if (completes) {
      header->texts = std::move(texts);
      out.table.header = header->texts;
      ++first_row;
    }
  }

  std::size_t ncols = header->starts.size();
  std::vector<std::vector<CellLine>> columns(ncols);
  std::vector<double> edges(ncols, 0);
  double cell_right = 0;
  for (const Region& r : cell.regions) cell_right = std::max(cell_right, r.box.x1);
  for (std::size_t c = 0; c < ncols; ++c) {
    edges[c] = c + 1 < ncols ? header->starts[c + 1] - 3 : cell_right - 3;
  }
  for (std::size_t i = first_row; i < lines.size(); ++i) {
    std::vector<std::vector<const ingest::Word*>> parts(ncols);
    for (const ingest::Word* w : lines[i].words) parts[column_of(w)].push_back(w);
    for (std::size_t c = 0; c < ncols; ++c) {
      if (!parts[c].empty()) columns[c].push_back(MakeLine(lines[i], parts[c]));
    }
  }
  std::array<std::vector<std::string>*, 3> sectors = {&out.table.supporting.government,
                                                      &out.table.supporting.civil_society,
                                                      &out.table.supporting.other};
  const Spacing pitch = MeasureSpacing(columns);
  for (std::size_t c = 0; c < ncols; ++c) {
    auto names = SplitOrganisations(columns[c], edges[c], known, pitch);
    auto* target = sectors[std::min<std::size_t>(c, 2)];
    target->insert(target->end(), names.begin(), names.end());
  }
  return out;
}

}  // namespace ogpx::extract::plan
