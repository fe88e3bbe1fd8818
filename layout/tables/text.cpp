// Cell text: words -> lines (see table_text.h).
#include "layout/tables/text.h"

#include <algorithm>

#include "base/text.h"

namespace ogpx::layout::cells {

bool CentreIn(const ingest::Word& word, const ingest::Box& box) {
  const double x = word.box.cx(), y = word.box.cy();
  return x >= box.x0 && x < box.x1 && y >= box.y0 && y < box.y1;
}

ingest::Box Union(const std::vector<ingest::Box>& boxes) {
  if (boxes.empty()) return {};
  ingest::Box u = boxes.front();
  for (const ingest::Box& b : boxes) {
    u.x0 = std::min(u.x0, b.x0);
    u.y0 = std::min(u.y0, b.y0);
    u.x1 = std::max(u.x1, b.x1);
    u.y1 = std::max(u.y1, b.y1);
  }
  return u;
}

bool IsLeader(const std::string& word) {
  std::size_t count = 0;
  for (std::size_t i = 0; i < word.size();) {
    if (word.compare(i, 2, "\u00B7") == 0) {  // middle dot
      i += 2;
    } else if (word.compare(i, 3, "\u2026") == 0) {  // ellipsis
      i += 3;
      count += 2;
    } else if (word[i] == '.' || word[i] == '-' || word[i] == '_' || word[i] == '=') {
      ++i;
    } else {
      return false;
    }
    ++count;
  }
  return count >= 3;
}

std::vector<CellLine> MakeLines(const ingest::Page& page, std::vector<int> words) {
  const auto& w = page.words;
  std::erase_if(words, [&](int i) { return IsLeader(w[static_cast<std::size_t>(i)].text); });
  auto at = [&](int i) -> const ingest::Word& { return w[static_cast<std::size_t>(i)]; };
  std::sort(words.begin(), words.end(), [&](int a, int b) {
    return at(a).box.cy() != at(b).box.cy() ? at(a).box.cy() < at(b).box.cy()
                                              : at(a).box.x0 < at(b).box.x0;
  });
  struct Group {
    ingest::Box box;
    std::vector<int> words;
  };
  std::vector<Group> groups;
  for (int i : words) {
    const ingest::Box& b = at(i).box;
    Group* best = nullptr;
    for (auto it = groups.rbegin(); it != groups.rend() && it - groups.rbegin() < 4; ++it) {
      const double overlap = std::min(it->box.y1, b.y1) - std::max(it->box.y0, b.y0);
      const double h = std::min(it->box.height(), b.height());
      if (overlap > 0.5 * h) {
        best = &*it;
        break;
      }
    }
    if (!best) {
      groups.push_back({b, {}});
      best = &groups.back();
    }
    best->words.push_back(i);
    best->box = Union({best->box, b});
  }
  std::vector<CellLine> lines;
  lines.reserve(groups.size());
  for (Group& g : groups) {
    std::sort(g.words.begin(), g.words.end(),
              [&](int a, int b) { return at(a).box.x0 < at(b).box.x0; });
    CellLine line;
    line.page = page.number;
    line.box = g.box;
    line.font_size = at(g.words.front()).font_size;
    line.baseline = at(g.words.front()).baseline;
    line.ocr = page.source == ingest::PageSource::kOcr;
    line.bold = true;
    for (std::size_t k = 0; k < g.words.size(); ++k) {
      const ingest::Word& word = at(g.words[k]);
      if (k > 0) {
        const ingest::Word& prev = at(g.words[k - 1]);
        const double gap = word.box.x0 - prev.box.x1;
        if (prev.space_after || gap > 0.15 * std::max(1.0, word.box.height())) line.text += ' ';
      }
      line.text += word.text;
      line.bold = line.bold && word.bold;
    }
    lines.push_back(std::move(line));
  }
  std::sort(lines.begin(), lines.end(),
            [](const CellLine& a, const CellLine& b) { return a.box.y0 < b.box.y0; });
  return lines;
}

CellLine FromTextLine(const ingest::Page& page, const ingest::TextLine& line) {
  CellLine out;
  out.page = page.number;
  out.box = line.box;
  out.text = text::FoldWhitespace(ingest::LineText(page, line));
  out.ocr = page.source == ingest::PageSource::kOcr;
  if (!line.words.empty()) {
    const ingest::Word& w = page.words[static_cast<std::size_t>(line.words.front())];
    out.font_size = w.font_size;
    out.baseline = w.baseline;
    out.color = w.color;
    out.bold = true;
    for (int i : line.words) out.bold = out.bold && page.words[static_cast<std::size_t>(i)].bold;
  }
  return out;
}

std::string JoinLines(const std::vector<CellLine>& lines) {
  std::string out;
  for (const CellLine& l : lines) {
    if (l.text.empty()) continue;
    if (!out.empty()) out += ' ';
    out += l.text;
  }
  return out;
}

}  // namespace ogpx::layout::cells
