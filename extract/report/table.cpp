// The entries table of a progress report (see report_table.h).
#include "extract/report/table.h"

#include <algorithm>
#include <cctype>
#include <set>

#include "base/text.h"
#include "extract/common/numbers.h"
#include "extract/report/boxes.h"
#include "extract/report/vocab.h"

namespace ogpx::extract::report {
namespace {

bool HasColumn(const HeaderMap& header, Column column) {
  return std::any_of(header.columns.begin(), header.columns.end(),
                     [&](const auto& c) { return c.second == column; });
}

std::vector<int> RowCells(const Table& table, int row) {
  std::vector<int> out;
  for (std::size_t i = 0; i < table.cells.size(); ++i)
    if (table.cells[i].row == row) out.push_back(static_cast<int>(i));
  return out;
}

// The column (mapped) that `cell` covers; nullopt when it covers none or
// more than one mapped column (a heading across the table).
std::optional<Column> CellColumn(const Cell& cell, const std::map<int, Column>& columns,
                                 bool& spans_several) {
  std::set<Column> seen;
  for (int c = cell.col; c < cell.col + cell.col_span; ++c) {
    const auto it = columns.find(c);
    if (it != columns.end()) seen.insert(it->second);
  }
  spans_several = seen.size() > 1;
  if (seen.size() != 1) return std::nullopt;
  return *seen.begin();
}

void AddPages(const Cell& cell, std::set<int>& pages) {
  for (const auto& l : cell.lines) pages.insert(l.page);
}

// A level column's label is a few words ("Not started").
constexpr std::size_t kMaxLevelWords = 4;
// A mark is a checked box or glyph, or a short sign of a few characters
// ("●", "X", "√", "Yes") that is no empty box.
constexpr std::size_t kMaxMarkChars = 3;

bool IsMark(const std::string& text) {
  const std::string t = text::FoldWhitespace(text);
  const BoxMark box = BoxIn(t);
  if (box != BoxMark::kNone) return box == BoxMark::kChecked;
  return !t.empty() && text::CodePointCount(t) <= kMaxMarkChars;
}

bool HasText(const RawEntry& e) {
  return !e.results.empty() || !e.evidence.empty() || !e.status.empty() || !e.progress.empty();
}

// The cell without the lines of a header repeated on a later page that the
// table finder kept inside the cell (a line that is the column's own label,
// below the cell's first page).
Cell WithoutRepeatedLabel(const Cell& cell, Column column, const HeaderMap& header) {
  const auto label = header.words.find(column);
  if (cell.lines.empty() || label == header.words.end()) return cell;
  Cell out = cell;
  out.lines.clear();
  out.text.clear();
  const int first_page = cell.lines.front().page;
  for (const auto& line : cell.lines) {
    const auto tokens = Tokens(line.text);
    bool repeated = line.page > first_page && !tokens.empty() && ColumnFromLabel(line.text) == column;
    for (const auto& t : tokens) repeated = repeated && label->second.count(t) > 0;
    if (repeated) continue;
    out.text += (out.text.empty() ? "" : " ") + line.text;
    out.lines.push_back(line);
  }
  return out;
}

// Header rows: the table finder's count, else the leading rows (at most 3)
// above the first row that holds a milestone number or a heading.
// "3. Improve budget transparency": a commitment's number and its title
// (a column-numbering row "1 2 3 4" is a header).
bool NumberedText(const std::string& text) {
  auto n = LeadingCommitmentNumber(text);
  return n && text::FoldWhitespace(text).size() > n->size() + 6;
}

int HeaderRowCount(const Table& table) {
  if (table.header_rows > 0) return std::min(table.header_rows, 3);
  int rows = 0;
  for (; rows < std::min(table.rows, 3); ++rows) {
    bool data = false;
    // A first cell that is a bare number beside cells of words numbers a
    // data row ("2 | Title | Limited"); a row of numbers alone ("1 2 3 4")
    // numbers the columns.
    bool first_number = false, words = false;
    for (const auto& cell : table.cells) {
      if (cell.row != rows) continue;
      if (LeadingMilestoneNumber(cell.text) || IsCommitmentLabel(cell.text) || NumberedText(cell.text) ||
          (table.cols > 1 && cell.col_span == table.cols))
        data = true;
      if (cell.col == 0) first_number = IsBareNumber(cell.text);
      else words = words || text::HasLetter(cell.text);
    }
    if (data || (first_number && words)) break;
  }
  return std::max(1, rows);
}

// A header repeated inside the table (the next page's header kept as a row):
// at least three of its cells name their own column.
// `cells`: the row's cells (RowCells).
bool IsRepeatedHeader(const Table& table, const std::vector<int>& cells, const HeaderMap& header) {
  int named = 0;
  for (int index : cells) {
    const Cell& cell = table.cells[static_cast<std::size_t>(index)];
    const auto it = header.columns.find(cell.col);
    if (it == header.columns.end()) continue;
    // The cell is its column's label: every word is a word of the label,
    // but for one short OCR slip ("Status 1", "Progress, 96"). Data that
    // merely ends with a label ("Substantial Status") is not.
    const auto label = header.words.find(it->second);
    if (label == header.words.end()) continue;
    const auto tokens = Tokens(cell.text);
    int foreign = 0, slips = 0;
    for (const auto& t : tokens) {
      if (label->second.count(t)) continue;
      (t.size() <= 3 ? slips : foreign) += 1;
    }
    if (!tokens.empty() && foreign == 0 && slips <= 1) ++named;
  }
  return named >= 3;
}

// A row with a status and a percent of its own while the open entry has
// both already: a new entry whose number could not be read, not a tail.
bool OwnStatus(const RawEntry& row, const RawEntry& open) {
  const bool row_has = !text::FoldWhitespace(row.status).empty() && !text::FoldWhitespace(row.progress).empty();
  const bool open_has = !text::FoldWhitespace(open.status).empty() && !text::FoldWhitespace(open.progress).empty();
  return row_has && open_has;
}

// Whether the status column's body cells read as statuses (at least
// kMinStatusShare of those filled): a table of commitments and their
// levels alone ("N.º | Commitment | Level of completion") is a report's.
constexpr double kMinStatusShare = 0.5;
bool StatusesBelow(const Table& table, const HeaderMap& header) {
  int filled = 0, statuses = 0;
  for (const auto& cell : table.cells) {
    if (cell.row < header.rows) continue;
    const auto it = header.columns.find(cell.col);
    if (it == header.columns.end() || it->second != Column::kStatus) continue;
    const std::string text = text::FoldWhitespace(cell.text);
    if (text.empty()) continue;
    ++filled;
    statuses += StatusFromWording(text).has_value() ? 1 : 0;
  }
  return filled >= 2 && statuses >= kMinStatusShare * filled;
}

}  // namespace

HeaderMap MapColumns(const Table& table) {
  HeaderMap header;
  header.rows = HeaderRowCount(table);
  std::map<int, std::string> labels;
  for (const auto& cell : table.cells) {
    if (cell.row >= header.rows) break;
    for (int c = cell.col; c < cell.col + cell.col_span; ++c) labels[c] += " " + cell.text;
  }
  // Level columns: the header's last row names a completion level in each
  // (a short label, one column wide), two levels or more.
  std::map<int, std::string> levels;
  std::set<model::Status> named;
  for (const auto& cell : table.cells) {
    if (cell.row + cell.row_span != header.rows || cell.col_span != 1) continue;
    const std::string label = text::FoldWhitespace(cell.text);
    if (text::SplitSpaces(label).size() > kMaxLevelWords) continue;
    if (const auto status = StatusFromWording(label)) {
      levels[cell.col] = label;
      named.insert(*status);
    }
  }
  if (named.size() >= 2) header.levels = std::move(levels);
  for (const auto& [col, label] : labels) {
    if (header.levels.contains(col)) continue;
    const auto column = ColumnFromLabel(label);
    if (!column) continue;
    header.columns.emplace(col, *column);
    for (auto& t : Tokens(label)) header.words[*column].insert(std::move(t));
  }
  std::set<Column> kinds;
  for (const auto& [col, kind] : header.columns) kinds.insert(kind);
  // Level columns state the status and its degree: two columns' worth.
  const int others = static_cast<int>(kinds.count(Column::kStatus) + kinds.count(Column::kProgress) +
                                      kinds.count(Column::kResults) + kinds.count(Column::kEvidence)) +
                     (header.levels.empty() ? 0 : 2);
  if (!kinds.count(Column::kMilestone) && !kinds.count(Column::kCommitment)) return {};
  if (others < 2 && !(kinds.count(Column::kStatus) && StatusesBelow(table, header))) return {};
  return header;
}

TableReading ReadEntryTables(const std::vector<Table>& tables, std::vector<Warning>& warnings) {
  TableReading reading;
  HeaderMap header;
  int columns_width = 0;
  bool open = false;  // the last entry may continue in the next row
  for (const auto& table : tables) {
    HeaderMap mapped = MapColumns(table);
    int first_row = mapped.rows;
    if (!mapped.ok()) {
      // A headless piece right after a report table with the same columns.
      if (!header.ok() || table.cols != columns_width) {
        open = false;
        continue;
      }
      first_row = 0;
    } else {
      header = std::move(mapped);
      columns_width = table.cols;
      if (!reading.found) {
        reading.found = true;
        reading.first_page = table.first_page();
        reading.top = table.regions.empty() ? 0 : table.regions.front().box.y0;
      }
    }
    for (int row = first_row; row < table.rows; ++row) {
      const std::vector<int> cells = RowCells(table, row);
      if (IsRepeatedHeader(table, cells, header)) continue;  // the open entry stays open
      RawEntry raw;
      std::set<int> pages;
      bool heading = false;
      for (int index : cells) {
        // A mark under a level column: the row's status is that level.
        const Cell& marked = table.cells[static_cast<std::size_t>(index)];
        if (const auto level = header.levels.find(marked.col);
            level != header.levels.end() && marked.col_span == 1 && IsMark(marked.text)) {
          if (raw.status.empty()) raw.status = level->second;
          AddPages(marked, pages);
          continue;
        }
        bool spans = false;
        const auto column = CellColumn(table.cells[static_cast<std::size_t>(index)], header.columns, spans);
        if (spans && !table.cells[static_cast<std::size_t>(index)].text.empty()) heading = true;
        if (!column) continue;
        const Cell cell = WithoutRepeatedLabel(table.cells[static_cast<std::size_t>(index)], *column, header);
        switch (*column) {
          case Column::kSerial: raw.serial = cell.text; break;
          case Column::kMilestone: raw.milestone_cell = cell.text; break;
          case Column::kCommitment: raw.commitment_cell = cell.text; break;
          case Column::kStatus: raw.status = cell.text; break;
          case Column::kProgress: raw.progress = cell.text; break;
          case Column::kResults: raw.results = CellTextLines(cell); break;
          case Column::kEvidence: raw.evidence = CellTextLines(cell); break;
        }
        AddPages(cell, pages);
      }
      // A milestone number printed in a column of its own ("No." 1.2).
      if (!LeadingMilestoneNumber(raw.milestone_cell) && LeadingMilestoneNumber(raw.serial))
        raw.milestone_cell = text::FoldWhitespace(raw.serial) + " " + raw.milestone_cell;
      // A commitment's number in a column of its own ("Commitment No." 2).
      if (!HasColumn(header, Column::kMilestone) && !LeadingCommitmentNumber(raw.commitment_cell) &&
          LeadingCommitmentNumber(raw.serial))
        raw.commitment_cell = text::FoldWhitespace(raw.serial) + " " + raw.commitment_cell;
      if (heading || IsCommitmentLabel(raw.milestone_cell)) {
        open = false;
        continue;
      }
      raw.pages.assign(pages.begin(), pages.end());
      // A status per commitment when there is no Milestone column.
      const bool per_commitment = !HasColumn(header, Column::kMilestone);
      const bool numbered = per_commitment ? LeadingCommitmentNumber(raw.commitment_cell).has_value()
                                           : LeadingMilestoneNumber(raw.milestone_cell).has_value();
      if (numbered && (HasText(raw) || !text::FoldWhitespace(raw.serial).empty())) {
        reading.entries.push_back(std::move(raw));
        open = true;
      } else if (!numbered && open && HasText(raw) && !OwnStatus(raw, reading.entries.back())) {
        // The tail of an entry cut by a page break.
        RawEntry& last = reading.entries.back();
        if (!raw.milestone_cell.empty()) last.milestone_cell += " " + raw.milestone_cell;
        if (!raw.commitment_cell.empty()) last.commitment_cell += " " + raw.commitment_cell;
        if (last.status.empty()) last.status = raw.status;
        if (last.progress.empty()) last.progress = raw.progress;
        last.results.insert(last.results.end(), raw.results.begin(), raw.results.end());
        // The line before the page break may have been wrapped: whether the
        // first line after it continues its item is SplitEvidence's to say.
        if (!last.evidence.empty() && !raw.evidence.empty()) last.evidence.back().reaches_edge = true;
        last.evidence.insert(last.evidence.end(), raw.evidence.begin(), raw.evidence.end());
        std::set<int> all(last.pages.begin(), last.pages.end());
        all.insert(raw.pages.begin(), raw.pages.end());
        last.pages.assign(all.begin(), all.end());
      } else if (!numbered && HasText(raw)) {
        const std::string cell = text::FoldWhitespace(raw.milestone_cell);
        warnings.push_back({raw.pages.empty() ? std::nullopt : std::optional<int>(raw.pages.front()),
                            "report_row_without_milestone",
                            "a table row with results but no readable milestone number was skipped" +
                                (cell.empty() ? std::string() : ": \"" + text::Clip(cell, 60) + "\"")});
        open = false;
      } else {
        open = false;  // a sub-commitment heading ("5.1. Improve …") or an empty row
      }
    }
  }
  return reading;
}

}  // namespace ogpx::extract::report
