// Unruled tables from word alignment (see stream.h).
#include "layout/tables/stream.h"

#include <algorithm>
#include <cmath>
#include <map>
#include <optional>

#include "layout/columns.h"
#include "layout/tables/text.h"

namespace ogpx::layout::stream {
namespace {

using ingest::Box;

// A gap between words at least this many line heights wide separates cells.
constexpr double kColumnGap = 0.9;
// Lines further apart than this many line heights do not belong to one table.
constexpr double kMaxLineGap = 2.6;
// A segment of this many words or more is prose; a line of prose segments
// only is not tabular.
constexpr std::size_t kProseWords = 6;
// ... when it is at least this share of the page's width.
constexpr double kProseWidth = 0.3;
// Lines of one column of text are at most this many line heights apart.
constexpr double kBlockGap = 0.6;
// Lines of one column start within this many line heights of each other.
constexpr double kAlignSlack = 0.5;
// A table's last cell may wrap onto this many lines below its row.
constexpr std::size_t kWrapLines = 3;
// A row at most this many line heights under the row above may be its
// cells' wrapped lines (JoinWrappedRows) ...
constexpr double kWrapGap = 0.25;
// ... when the table's rows are set at least this many line heights further
// apart.
constexpr double kRowGapOverWrap = 0.3;
// A row drawn on the rule under it ends within this share of the rules'
// pitch above it.
constexpr double kRowOverRule = 0.25;
// Text inside a frame of rules may stand out of it by this many points.
constexpr double kFrameSlack = 10;
// Smallest unruled table found without a hint: lines with 2+ segments.
constexpr int kMinTabularLines = 3;
// Longest mean segment (words) of a table; longer ones are prose columns.
constexpr double kMaxMeanSegmentWords = 6.0;
// An unruled table has at most this share of cells of kPhraseWords or more.
constexpr std::size_t kPhraseWords = 4;
constexpr double kMaxPhraseShare = 0.5;
// An unruled table fills at least this share of its grid positions.
constexpr double kMinFill = 0.45;

Box Join(const Box& a, const Box& b) {
  return {std::min(a.x0, b.x0), std::min(a.y0, b.y0), std::max(a.x1, b.x1), std::max(a.y1, b.y1)};
}

struct Segment {
  std::vector<int> words;
  Box box;
  bool long_cell = false;  // a long segment kept as a cell (KeepLongCells): no column inside it
};

struct Line {
  std::vector<int> words;  // left to right
  Box box;
  std::vector<Segment> segs;   // cells' text
  std::vector<Segment> prose;  // long segments (text in a page column)
  double height() const { return std::max(1.0, box.height()); }
};

bool Overlaps(const Box& a, double x0, double x1) { return std::min(a.x1, x1) > std::max(a.x0, x0); }

// Whether `l` has a cell (a short segment) outside [x0, x1].
bool CellBeside(const Line& l, double x0, double x1) {
  return std::any_of(l.segs.begin(), l.segs.end(), [&](const Segment& s) { return !Overlaps(s.box, x0, x1); });
}

// Whether `l` has text in [x0, x1].
bool TextIn(const Line& l, double x0, double x1) {
  auto in = [&](const Segment& s) { return Overlaps(s.box, x0, x1); };
  return std::any_of(l.segs.begin(), l.segs.end(), in) || std::any_of(l.prose.begin(), l.prose.end(), in);
}

// A long segment is a table's cell, not prose beside it, when its column of
// text starts and ends with the table's rows: in the block of lines set
// under one another in its x range (no wider gap than kBlockGap line
// heights), no line comes before the first line with a cell beside it, and
// at most kWrapLines after the last (the last row's cell wrapping). Prose
// in a page column beside a table runs on above or below it. `lines` sorted
// by top.
void KeepLongCells(std::vector<Line>& lines) {
  std::vector<std::pair<std::size_t, std::size_t>> moves;  // (line, prose segment)
  for (std::size_t i = 0; i < lines.size(); ++i) {
    if (lines[i].segs.empty()) continue;
    for (std::size_t k = 0; k < lines[i].prose.size(); ++k) {
      const Box& p = lines[i].prose[k].box;
      // Two cells or more beside it: a label and its long text alone are a
      // list item or a note.
      if (std::count_if(lines[i].segs.begin(), lines[i].segs.end(),
                        [&](const Segment& s) { return !Overlaps(s.box, p.x0, p.x1); }) < 2)
        continue;
      // The block around line i in the segment's x range.
      std::vector<std::size_t> block{i};
      for (std::size_t j = i; j-- > 0;) {
        if (!TextIn(lines[j], p.x0, p.x1)) continue;
        const Line& below = lines[block.front()];
        if (below.box.y0 - lines[j].box.y1 > kBlockGap * below.height()) break;
        block.insert(block.begin(), j);
      }
      for (std::size_t j = i + 1; j < lines.size(); ++j) {
        if (!TextIn(lines[j], p.x0, p.x1)) continue;
        const Line& above = lines[block.back()];
        if (lines[j].box.y0 - above.box.y1 > kBlockGap * above.height()) break;
        block.push_back(j);
      }
      // A line of the block with two cells under the segment: it spans
      // columns (a caption or a title over the table).
      const bool spans = std::any_of(block.begin(), block.end(), [&](std::size_t b) {
        return b != i && std::count_if(lines[b].segs.begin(), lines[b].segs.end(),
                                       [&](const Segment& s) { return Overlaps(s.box, p.x0, p.x1); }) >= 2;
      });
      // Nor is it a column when no other line of the block starts at its
      // left edge (within kAlignSlack line heights).
      const bool aligned = std::any_of(block.begin(), block.end(), [&](std::size_t b) {
        auto at = [&](const Segment& s) { return std::abs(s.box.x0 - p.x0) <= kAlignSlack * lines[i].height(); };
        return b != i && (std::any_of(lines[b].segs.begin(), lines[b].segs.end(), at) ||
                          std::any_of(lines[b].prose.begin(), lines[b].prose.end(), at));
      });
      if (spans || !aligned) continue;
      std::size_t first = block.size(), last = 0;
      for (std::size_t b = 0; b < block.size(); ++b)
        if (CellBeside(lines[block[b]], p.x0, p.x1)) {
          first = std::min(first, b);
          last = b;
        }
      if (first != 0 || block.size() - 1 - last > kWrapLines) continue;
      moves.emplace_back(i, k);
      // Its wrapped lines under it (before the next row) are the cell's too,
      // however long.
      const std::size_t at = static_cast<std::size_t>(std::find(block.begin(), block.end(), i) - block.begin());
      for (std::size_t b = at + 1; b < block.size() && !CellBeside(lines[block[b]], p.x0, p.x1); ++b)
        for (std::size_t q = 0; q < lines[block[b]].prose.size(); ++q)
          if (std::abs(lines[block[b]].prose[q].box.x0 - p.x0) <= kAlignSlack * lines[i].height())
            moves.emplace_back(block[b], q);
    }
  }
  std::sort(moves.begin(), moves.end());
  moves.erase(std::unique(moves.begin(), moves.end()), moves.end());
  for (auto it = moves.rbegin(); it != moves.rend(); ++it) {
    Line& l = lines[it->first];
    l.prose[it->second].long_cell = true;
    l.segs.push_back(std::move(l.prose[it->second]));
    l.prose.erase(l.prose.begin() + static_cast<std::ptrdiff_t>(it->second));
  }
  for (Line& l : lines)
    std::sort(l.segs.begin(), l.segs.end(), [](const Segment& a, const Segment& b) { return a.box.x0 < b.box.x0; });
}

std::vector<Line> MakeLines(const ingest::Page& page, const std::vector<bool>& used) {
  std::vector<int> order;
  for (std::size_t i = 0; i < page.words.size(); ++i)
    if (!used[i] && !page.words[i].text.empty() && !cells::IsLeader(page.words[i].text))
      order.push_back(static_cast<int>(i));
  auto box = [&](int i) -> const Box& { return page.words[static_cast<std::size_t>(i)].box; };
  std::sort(order.begin(), order.end(), [&](int a, int b) { return box(a).cy() < box(b).cy(); });
  std::vector<Line> lines;
  for (int i : order) {
    const Box& b = box(i);
    Line* into = nullptr;
    for (auto it = lines.rbegin(); it != lines.rend() && it - lines.rbegin() < 3; ++it) {
      const double overlap = std::min(it->box.y1, b.y1) - std::max(it->box.y0, b.y0);
      if (overlap > 0.5 * std::min(it->box.height(), b.height())) {
        into = &*it;
        break;
      }
    }
    if (!into) {
      lines.push_back({{}, b, {}, {}});
      into = &lines.back();
    }
    into->words.push_back(i);
    into->box = Join(into->box, b);
  }
  for (Line& l : lines) {
    std::sort(l.words.begin(), l.words.end(), [&](int a, int b) { return box(a).x0 < box(b).x0; });
    for (int i : l.words) {
      const double gap = l.segs.empty() ? 1e9 : box(i).x0 - l.segs.back().box.x1;
      if (gap >= kColumnGap * l.height())
        l.segs.push_back({{i}, box(i)});
      else {
        l.segs.back().words.push_back(i);
        l.segs.back().box = Join(l.segs.back().box, box(i));
      }
    }
    // Long segments as wide as a page column are running text beside a table.
    std::vector<Segment> cells;
    for (Segment& s : l.segs)
      (s.words.size() >= kProseWords && s.box.width() >= kProseWidth * page.width ? l.prose : cells)
          .push_back(std::move(s));
    l.segs = std::move(cells);
  }
  std::sort(lines.begin(), lines.end(), [](const Line& a, const Line& b) { return a.box.y0 < b.box.y0; });
  KeepLongCells(lines);
  for (Line& l : lines) {
    if (l.segs.empty() || l.prose.empty()) continue;
    l.box = l.segs.front().box;
    for (const Segment& s : l.segs) l.box = Join(l.box, s.box);
  }
  return lines;
}

// Column separators of `lines`: x ranges no tabular line's segment covers.
// Returns column boundaries (first = left edge, last = right edge).
std::vector<double> Columns(const ingest::Page& page, const std::vector<const Line*>& lines) {
  double x0 = 1e18, x1 = -1e18;
  for (const Line* l : lines) {
    x0 = std::min(x0, l->box.x0);
    x1 = std::max(x1, l->box.x1);
  }
  if (x1 <= x0) return {};
  const int n = static_cast<int>(std::ceil(x1 - x0)) + 1;
  std::vector<int> cover(static_cast<std::size_t>(n), 0);
  int tabular = 0;
  for (const Line* l : lines) {
    if (l->segs.size() < 2) continue;
    ++tabular;
    auto cover_box = [&](const Box& b) {
      for (int x = static_cast<int>(std::floor(b.x0 - x0)); x < static_cast<int>(std::ceil(b.x1 - x0)); ++x)
        if (x >= 0 && x < n) ++cover[static_cast<std::size_t>(x)];
    };
    for (const Segment& s : l->segs) {
      if (s.long_cell) {
        cover_box(s.box);
        continue;
      }
      for (int w : s.words) cover_box(page.words[static_cast<std::size_t>(w)].box);
    }
  }
  const int allowed = tabular / 10;
  std::vector<double> edges{x0};
  int start = -1;
  for (int x = 0; x <= n; ++x) {
    const bool free = x < n && cover[static_cast<std::size_t>(x)] <= allowed;
    if (free && start < 0) start = x;
    if (!free && start >= 0) {
      if (start > 0 && x < n && x - start >= 2) edges.push_back(x0 + (start + x) / 2.0);
      start = -1;
    }
  }
  edges.push_back(x1);
  // A channel is a column line only where it parts two cells of one line
  // somewhere: one that runs through white space beside short cells and
  // inside a longer one (a date "Abril de 2025 – Julio | de 2025") parts
  // none.
  std::vector<double> kept{edges.front()};
  for (std::size_t k = 1; k + 1 < edges.size(); ++k) {
    const double e = edges[k];
    const bool parts = std::any_of(lines.begin(), lines.end(), [&](const Line* l) {
      for (std::size_t j = 1; j < l->segs.size(); ++j)
        if (l->segs[j - 1].box.x1 <= e && e <= l->segs[j].box.x0) return true;
      return false;
    });
    if (parts) kept.push_back(e);
  }
  kept.push_back(edges.back());
  return kept;
}

int ColumnOf(const std::vector<double>& edges, double x) {
  for (std::size_t c = 1; c + 1 < edges.size(); ++c)
    if (x < edges[c]) return static_cast<int>(c) - 1;
  return static_cast<int>(edges.size()) - 2;
}

// Rows that are the lines of cells wrapping under their row join it: a row
// set at line spacing (at most kWrapGap line heights under the row above),
// whose cells all stand in columns the row it joins fills, at most half as
// many, in a table whose
// rows are set further apart than that (their median gap at least
// kRowGapOverWrap line heights more than the widest wrap). A table set at line spacing
// throughout keeps one row per line.
void JoinWrappedRows(const std::vector<const Line*>& lines, StreamTable& t) {
  if (t.rows < 3 || static_cast<int>(lines.size()) != t.rows) return;
  std::vector<std::vector<StreamCell*>> rows(static_cast<std::size_t>(t.rows));
  for (StreamCell& c : t.cells) rows[static_cast<std::size_t>(c.row)].push_back(&c);
  auto gap = [&](int r) { return lines[static_cast<std::size_t>(r)]->box.y0 - lines[static_cast<std::size_t>(r) - 1]->box.y1; };
  auto height = [&](int r) { return lines[static_cast<std::size_t>(r)]->height(); };
  auto fills = [&](int r, const StreamCell& c) {
    return std::any_of(rows[static_cast<std::size_t>(r)].begin(), rows[static_cast<std::size_t>(r)].end(),
                       [&](const StreamCell* o) { return o->col <= c.col && c.col < o->col + o->col_span; });
  };
  // Rows that may wrap under the row they join; the gaps before the others.
  std::vector<int> join_to(static_cast<std::size_t>(t.rows), -1);
  std::vector<double> row_gaps;
  int head = 0;
  for (int r = 1; r < t.rows; ++r) {
    const bool tight = gap(r) <= kWrapGap * height(r);
    const auto& cells = rows[static_cast<std::size_t>(r)];
    const bool inside = !cells.empty() && 2 * cells.size() <= rows[static_cast<std::size_t>(head)].size() &&
                        std::all_of(cells.begin(), cells.end(), [&](const StreamCell* c) { return fills(head, *c); });
    if (tight && inside) {
      join_to[static_cast<std::size_t>(r)] = head;
    } else {
      row_gaps.push_back(gap(r) / height(r));
      head = r;
    }
  }
  if (row_gaps.empty() || std::none_of(join_to.begin(), join_to.end(), [](int j) { return j >= 0; })) return;
  std::nth_element(row_gaps.begin(), row_gaps.begin() + static_cast<std::ptrdiff_t>(row_gaps.size() / 2), row_gaps.end());
  double wrap = 0;
  for (int r = 1; r < t.rows; ++r)
    if (join_to[static_cast<std::size_t>(r)] >= 0) wrap = std::max(wrap, gap(r) / height(r));
  if (row_gaps[row_gaps.size() / 2] < wrap + kRowGapOverWrap) return;
  // Join: each wrapped cell's words go to the cell of its column in the row.
  std::vector<int> new_row(static_cast<std::size_t>(t.rows));
  int n = 0;
  for (int r = 0; r < t.rows; ++r)
    new_row[static_cast<std::size_t>(r)] = join_to[static_cast<std::size_t>(r)] >= 0 ? new_row[static_cast<std::size_t>(join_to[static_cast<std::size_t>(r)])] : n++;
  std::vector<StreamCell> kept;
  for (int r = 0; r < t.rows; ++r) {
    const int into = join_to[static_cast<std::size_t>(r)];
    for (StreamCell* c : rows[static_cast<std::size_t>(r)]) {
      if (into < 0) continue;
      for (StreamCell* o : rows[static_cast<std::size_t>(into)])
        if (o->col <= c->col && c->col < o->col + o->col_span) {
          o->words.insert(o->words.end(), c->words.begin(), c->words.end());
          o->box = Join(o->box, c->box);
          break;
        }
    }
  }
  for (StreamCell& c : t.cells)
    if (join_to[static_cast<std::size_t>(c.row)] < 0) {
      c.row = new_row[static_cast<std::size_t>(c.row)];
      kept.push_back(std::move(c));
    }
  t.cells = std::move(kept);
  t.rows = n;
}

// The table made of `lines` (one row each), or nothing when fewer than two
// columns line up.
std::optional<StreamTable> Build(const ingest::Page& page, const std::vector<const Line*>& lines,
                                 bool from_hint) {
  StreamTable t;
  t.from_hint = from_hint;
  t.xs = Columns(page, lines);
  if (t.xs.size() < 3) return std::nullopt;
  t.cols = static_cast<int>(t.xs.size()) - 1;
  int segments = 0, words = 0;
  for (const Line* l : lines) {
    std::map<int, StreamCell> row;  // by first column
    for (const Segment& s : l->segs) {
      ++segments;
      words += static_cast<int>(s.words.size());
      // Words of a segment go to the columns their centres fall in; a segment
      // whose single word crosses a separator spans those columns.
      for (int w : s.words) {
        const Box& b = page.words[static_cast<std::size_t>(w)].box;
        const int c0 = ColumnOf(t.xs, b.x0 + 0.5), c1 = ColumnOf(t.xs, b.x1 - 0.5);
        const int c = ColumnOf(t.xs, b.cx());
        auto it = row.find(c);
        if (it == row.end()) {
          StreamCell cell;
          cell.col = c0 == c1 ? c : c0;
          cell.col_span = c1 - (c0 == c1 ? c : c0) + 1;
          cell.box = b;
          it = row.emplace(c, cell).first;
        }
        it->second.words.push_back(w);
        it->second.box = Join(it->second.box, b);
      }
    }
    const int r = t.rows++;
    // Cells of one row may overlap after spans: merge them.
    std::vector<StreamCell> merged;
    for (auto& [c, cell] : row) {
      cell.row = r;
      if (!merged.empty() && merged.back().col + merged.back().col_span > cell.col) {
        StreamCell& m = merged.back();
        m.words.insert(m.words.end(), cell.words.begin(), cell.words.end());
        m.box = Join(m.box, cell.box);
        m.col_span = std::max(m.col + m.col_span, cell.col + cell.col_span) - m.col;
      } else {
        merged.push_back(std::move(cell));
      }
    }
    for (auto& c : merged) t.cells.push_back(std::move(c));
  }
  JoinWrappedRows(lines, t);
  if (!from_hint && segments > 0 && static_cast<double>(words) / segments > kMaxMeanSegmentWords)
    return std::nullopt;
  // Prose set in narrow page columns: most cells are phrases.
  int phrases = 0;
  for (const StreamCell& c : t.cells) phrases += c.words.size() >= kPhraseWords ? 1 : 0;
  if (!from_hint && phrases > kMaxPhraseShare * static_cast<double>(t.cells.size())) return std::nullopt;
  // Axis labels of a chart: a sparse grid.
  int filled = 0;
  for (const StreamCell& c : t.cells) filled += c.row_span * c.col_span;
  if (!from_hint && filled < kMinFill * t.rows * t.cols) return std::nullopt;
  t.box = t.cells.empty() ? Box{} : t.cells.front().box;
  for (const StreamCell& c : t.cells) t.box = Join(t.box, c.box);
  return t;
}

bool Tabular(const Line& l) {
  if (l.segs.size() < 2) return false;
  return std::any_of(l.segs.begin(), l.segs.end(),
                     [](const Segment& s) { return s.words.size() < kProseWords; });
}

bool Prose(const Line& l) {
  return l.segs.empty() || std::all_of(l.segs.begin(), l.segs.end(), [](const Segment& s) {
           return s.words.size() >= kProseWords && !s.long_cell;
         });
}

// The top of a table whose first row is above[row] (lines above the table,
// nearest first): the line above that row when it is a header (tabular, its
// cells short, within kMaxLineGap line heights), else the row's.
double TopWithHeader(const std::vector<const Line*>& above, std::size_t row, const Box& box) {
  const Line& r = *above[row];
  if (row + 1 < above.size()) {
    const Line& h = *above[row + 1];
    const bool short_cells = std::all_of(h.segs.begin(), h.segs.end(),
                                         [](const Segment& s) { return s.words.size() < kPhraseWords; });
    if (Tabular(h) && short_cells && h.prose.empty() && h.box.x0 >= box.x0 - kFrameSlack &&
        h.box.x1 <= box.x1 + kFrameSlack && r.box.y0 - h.box.y1 <= kMaxLineGap * h.height())
      return h.box.y0 - 1;
  }
  return r.box.y0 - 1;
}

// Rules drawn under each row, none over the first: the top of the row set
// right above `box`. Its last line ends within kRowOverRule of a row pitch
// of the first rule (a row set on its rule, not centred between two); lines
// set under one another (kBlockGap) are taken upwards up to the
// first tabular one, at most kWrapLines + 1. box.y0 when there is none, or
// when prose or a line wider than the frame comes first.
double RowAbove(const std::vector<Line>& lines, const Box& box, double pitch) {
  std::vector<const Line*> above;
  for (const Line& l : lines)
    if (l.box.y1 <= box.y0 && l.box.cx() > box.x0 && l.box.cx() < box.x1) above.push_back(&l);
  std::sort(above.begin(), above.end(), [](const Line* a, const Line* b) { return a->box.y1 > b->box.y1; });
  double bottom = box.y0;
  for (std::size_t k = 0; k < above.size() && k <= kWrapLines; ++k) {
    const Line& l = *above[k];
    const double gap = bottom - l.box.y1;
    if (k == 0 ? gap > kRowOverRule * pitch : gap > kBlockGap * l.height()) break;
    if (l.box.x0 < box.x0 - kFrameSlack || l.box.x1 > box.x1 + kFrameSlack || Prose(l)) break;
    if (Tabular(l)) return TopWithHeader(above, k, box);
    bottom = l.box.y0;
  }
  return box.y0;
}

// Boxes framed by runs of horizontal rules of about the same extent with no
// prose line between two consecutive ones.
std::vector<Box> RuleFrames(const std::vector<Line>& lines, std::vector<ingest::Rule> rules) {
  std::sort(rules.begin(), rules.end(),
            [](const ingest::Rule& a, const ingest::Rule& b) { return a.y0 < b.y0; });
  std::vector<Box> frames;
  std::vector<bool> taken(rules.size(), false);
  for (std::size_t i = 0; i < rules.size(); ++i) {
    if (taken[i]) continue;
    Box box{rules[i].x0, rules[i].y0, rules[i].x1, rules[i].y0};
    int count = 1;
    double lighter = rules[i].width;  // the lightest rule of the frame
    for (std::size_t j = i + 1; j < rules.size(); ++j) {
      const ingest::Rule& r = rules[j];
      const double overlap = std::min(box.x1, r.x1) - std::max(box.x0, r.x0);
      if (!(r.x0 >= box.x0 - kFrameSlack && r.x1 <= box.x1 + kFrameSlack && overlap >= 0.3 * box.width())) continue;
      const bool prose = std::any_of(lines.begin(), lines.end(), [&](const Line& l) {
        return l.box.cy() > box.y1 && l.box.cy() < r.y0 && l.box.cx() > box.x0 &&
               l.box.cx() < box.x1 && Prose(l);
      });
      if (prose) break;
      box.y1 = r.y0;
      taken[j] = true;
      ++count;
      lighter = std::min(lighter, r.width);
    }
    if (count < 2 || box.height() <= 5) continue;
    // A header set above the first rule, heavier than the rules between the
    // rows (a rule under the header, none over it): the tabular line right
    // above, within a line gap.
    const Line* head = nullptr;
    for (const Line& l : lines)
      if (l.box.y1 <= box.y0 && l.box.cx() > box.x0 && l.box.cx() < box.x1 && (head == nullptr || l.box.y1 > head->box.y1))
        head = &l;
    if (head != nullptr && rules[i].width > lighter && Tabular(*head) &&
        box.y0 - head->box.y1 <= kMaxLineGap * head->height())
      box.y0 = head->box.y0 - 1;
    else if (rules[i].width <= lighter)  // a heavier first rule opens the table
      box.y0 = RowAbove(lines, box, (box.y1 - box.y0) / (count - 1));
    frames.push_back(box);
  }
  return frames;
}

bool InHint(const Line& l, const Box& h) {
  return l.box.cy() >= h.y0 && l.box.cy() <= h.y1 && l.box.cx() >= h.x0 && l.box.cx() <= h.x1;
}

}  // namespace

namespace {

std::vector<StreamTable> FindIn(const ingest::Page& page, const std::vector<bool>& used,
                                const std::vector<ingest::Box>& frames, const std::vector<ingest::Rule>& rules) {
  std::vector<StreamTable> out;
  std::vector<Line> lines = MakeLines(page, used);
  std::vector<Box> hints = frames;
  for (const Box& b : RuleFrames(lines, rules)) hints.push_back(b);
  std::vector<bool> taken(lines.size(), false);
  for (const Box& h : hints) {
    std::vector<const Line*> in;
    for (std::size_t i = 0; i < lines.size(); ++i)
      if (!taken[i] && InHint(lines[i], h)) in.push_back(&lines[i]);
    if (in.size() < 2) continue;
    if (auto t = Build(page, in, true)) {
      for (std::size_t i = 0; i < lines.size(); ++i)
        if (InHint(lines[i], h)) taken[i] = true;
      out.push_back(std::move(*t));
    }
  }
  // Runs of tabular lines (2+ segments), with at most two other lines between.
  std::size_t i = 0;
  while (i < lines.size()) {
    if (taken[i] || !Tabular(lines[i])) {
      ++i;
      continue;
    }
    std::vector<std::size_t> run{i};
    std::size_t last_tabular = i, j = i + 1;
    double x0 = lines[i].box.x0, x1 = lines[i].box.x1;
    for (; j < lines.size() && !taken[j]; ++j) {
      const Line& prev = lines[run.back()];
      if (lines[j].segs.empty()) {  // running text: beside the table, or its end
        const double overlap = std::min(x1, lines[j].box.x1) - std::max(x0, lines[j].box.x0);
        if (overlap > 0.5 * lines[j].box.width()) break;
        continue;
      }
      if (lines[j].box.y0 - prev.box.y1 > kMaxLineGap * prev.height()) break;
      if (Tabular(lines[j])) {
        last_tabular = j;
      } else if (j - last_tabular > 2) {
        break;
      }
      run.push_back(j);
      x0 = std::min(x0, lines[j].box.x0);
      x1 = std::max(x1, lines[j].box.x1);
    }
    while (run.back() != last_tabular) run.pop_back();
    int tabular = 0;
    for (std::size_t k : run) tabular += Tabular(lines[k]) ? 1 : 0;
    if (tabular >= kMinTabularLines) {
      std::vector<const Line*> in;
      for (std::size_t k : run) in.push_back(&lines[k]);
      if (auto t = Build(page, in, false)) {
        for (std::size_t k : run) taken[k] = true;
        out.push_back(std::move(*t));
      }
    }
    i = last_tabular + 1;
  }
  return out;
}

}  // namespace

std::vector<StreamTable> FindStreamTables(const ingest::Page& page, const std::vector<bool>& used,
                                          const std::vector<ingest::Box>& frames,
                                          const std::vector<ingest::Rule>& rules) {
  std::vector<StreamTable> whole = FindIn(page, used, frames, rules);
  const std::optional<Gutter> gutter = TextGutter(page);
  if (!gutter) return whole;
  // A page of two text columns where a table found across the gutter holds
  // prose of each column (a row label may fill its column, numbers do not):
  // the columns' lines side by side, not a table. Each column's tables are
  // then found on their own; a word across the gutter is in neither.
  const bool across = std::any_of(whole.begin(), whole.end(), [&](const StreamTable& t) {
    if (!(t.box.x0 < gutter->x && gutter->x < t.box.x1)) return false;
    bool left = false, right = false;
    for (const ingest::TextLine& l : page.lines) {
      if (!gutter->Prose(l.box) || l.box.cy() < t.box.y0 || l.box.cy() > t.box.y1) continue;
      (l.box.x1 <= gutter->x ? left : right) = true;
    }
    return left && right;
  });
  if (!across) return whole;
  std::vector<bool> left = used, right = used;
  for (std::size_t i = 0; i < page.words.size() && i < used.size(); ++i) {
    const Box& b = page.words[i].box;
    if (b.x1 > gutter->x) left[i] = true;
    if (b.x0 < gutter->x) right[i] = true;
  }
  std::vector<StreamTable> out = FindIn(page, left, frames, rules);
  for (StreamTable& t : FindIn(page, right, frames, rules)) out.push_back(std::move(t));
  return out;
}

std::vector<std::vector<std::vector<int>>> RowsBelow(const ingest::Page& page,
                                                     const std::vector<bool>& used,
                                                     const ingest::Box& box,
                                                     const std::vector<double>& xs,
                                                     double stop_y) {
  std::vector<std::vector<std::vector<int>>> rows;
  if (xs.size() < 3) return rows;
  double bottom = box.y1;
  int filled = 0;
  for (const Line& l : MakeLines(page, used)) {
    if (l.box.y0 < box.y1 - 1 || l.box.cx() < xs.front() || l.box.cx() > xs.back()) continue;
    if (l.box.y0 - bottom > kMaxLineGap * l.height() || l.box.y1 > stop_y) break;
    std::vector<std::vector<int>> row(xs.size() - 1);
    bool fits = true;
    for (int w : l.words) {
      const Box& b = page.words[static_cast<std::size_t>(w)].box;
      if (b.x0 < xs.front() - 3 || b.x1 > xs.back() + 3) fits = false;
      for (std::size_t k = 1; k + 1 < xs.size(); ++k)
        if (b.x0 < xs[k] - 1 && b.x1 > xs[k] + 1) fits = false;
      std::size_t k = 0;
      while (k + 2 < xs.size() && b.cx() >= xs[k + 1]) ++k;
      row[k].push_back(w);
    }
    if (!fits) break;
    if (std::count_if(row.begin(), row.end(), [](const auto& c) { return !c.empty(); }) >= 2) ++filled;
    rows.push_back(std::move(row));
    bottom = l.box.y1;
  }
  if (filled < 2) rows.clear();
  return rows;
}

std::vector<std::vector<int>> HeaderAbove(const ingest::Page& page, const std::vector<bool>& used,
                                          const ingest::Box& box, const std::vector<double>& xs) {
  std::vector<std::vector<int>> row(xs.size() < 2 ? 0 : xs.size() - 1);
  if (xs.size() < 3) return row;
  std::vector<Line> lines = MakeLines(page, used);
  std::sort(lines.begin(), lines.end(), [](const Line& a, const Line& b) { return a.box.y1 > b.box.y1; });
  double top = box.y0;
  std::size_t taken = 0;
  for (const Line& l : lines) {
    if (l.box.y1 > box.y0 + 1 || l.box.cx() < xs.front() || l.box.cx() > xs.back()) continue;
    const double gap = top - l.box.y1;
    if (gap > (taken == 0 ? kMaxLineGap : kBlockGap) * l.height() || taken > kWrapLines) break;
    if (!l.prose.empty()) break;
    std::vector<std::vector<int>> add(row.size());
    for (const Segment& seg : l.segs) {
      if (seg.words.size() >= kPhraseWords) return {};
      for (int w : seg.words) {
        const Box& b = page.words[static_cast<std::size_t>(w)].box;
        if (b.x0 < xs.front() - kFrameSlack || b.x1 > xs.back() + kFrameSlack) return {};
        for (std::size_t k = 1; k + 1 < xs.size(); ++k)
          if (b.x0 < xs[k] - 1 && b.x1 > xs[k] + 1) return {};
        std::size_t k = 0;
        while (k + 2 < xs.size() && b.cx() >= xs[k + 1]) ++k;
        add[k].push_back(w);
      }
    }
    // Lines of the header above the lines already taken.
    for (std::size_t k = 0; k < row.size(); ++k) add[k].insert(add[k].end(), row[k].begin(), row[k].end());
    row = std::move(add);
    top = l.box.y0;
    ++taken;
  }
  const auto filled = std::count_if(row.begin(), row.end(), [](const auto& c) { return !c.empty(); });
  if (filled < 2) row.assign(row.size(), {});
  return row;
}

}  // namespace ogpx::layout::stream
