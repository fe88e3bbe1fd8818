// Running headers and footers (see running.h).
#include "layout/running.h"

#include <algorithm>
#include <cctype>
#include <map>
#include <set>

#include "base/text.h"

namespace ogpx::layout {
namespace {

// The key of a line: folded, digits removed (page numbers differ).
std::string Key(const std::string& raw) {
  std::string out;
  for (char c : text::FoldForMatch(raw)) {
    if (!std::isdigit(static_cast<unsigned char>(c))) out += c;
  }
  return text::FoldWhitespace(out);
}

// Whether `b` lies in the top or bottom band of `page`.
bool InBand(const ingest::Page& page, const ingest::Box& b) {
  return b.y1 <= page.height * kRunningBand || b.y0 >= page.height * (1 - kRunningBand);
}

// A line in the top or bottom band of its page.
struct Candidate {
  int page;
  std::string key;
};

std::vector<Candidate> Candidates(const ingest::Document& doc) {
  std::vector<Candidate> out;
  for (const ingest::Page& page : doc.pages) {
    if (page.height <= 0) continue;
    for (std::size_t i = 0; i < page.lines.size(); ++i) {
      if (!InBand(page, page.lines[i].box)) continue;
      std::string key = Key(ingest::LineText(page, page.lines[i]));
      if (!text::HasLetter(key)) continue;  // a bare page number
      out.push_back({page.number, std::move(key)});
    }
  }
  return out;
}

std::map<std::string, int> PagesPerKey(const std::vector<Candidate>& candidates) {
  std::map<std::string, std::set<int>> pages;
  for (const Candidate& c : candidates) pages[c.key].insert(c.page);
  std::map<std::string, int> out;
  for (const auto& [key, set] : pages) out[key] = static_cast<int>(set.size());
  return out;
}

bool Repeats(int pages, const ingest::Document& doc) {
  return pages >= 2 && pages >= kRunningShare * static_cast<double>(doc.pages.size());
}

}  // namespace

std::vector<std::string> RunningTexts(const ingest::Document& doc) {
  const std::map<std::string, int> pages = PagesPerKey(Candidates(doc));
  std::vector<std::pair<int, std::string>> sorted;
  for (const auto& [key, n] : pages) {
    if (Repeats(n, doc)) sorted.emplace_back(n, key);
  }
  std::sort(sorted.begin(), sorted.end(), [](const auto& a, const auto& b) { return a.first > b.first; });
  std::vector<std::string> out;
  for (auto& [n, key] : sorted) out.push_back(std::move(key));
  return out;
}

bool IsRunningLine(const ingest::Page& page, const ingest::TextLine& line, const std::vector<std::string>& running) {
  if (page.height <= 0 || running.empty() || !InBand(page, line.box)) return false;
  const std::string key = Key(ingest::LineText(page, line));
  return std::find(running.begin(), running.end(), key) != running.end();
}

std::vector<bool> RunningAmong(const std::vector<StyledLine>& lines) {
  // The topmost and bottommost line of each page.
  std::map<int, std::pair<std::size_t, std::size_t>> ends;
  for (std::size_t i = 0; i < lines.size(); ++i) {
    auto [it, fresh] = ends.try_emplace(lines[i].page, i, i);
    if (fresh) continue;
    if (lines[i].box.y0 < lines[it->second.first].box.y0) it->second.first = i;
    if (lines[i].box.y1 > lines[it->second.second].box.y1) it->second.second = i;
  }
  std::map<std::string, std::set<int>> pages;
  for (const auto& [page, e] : ends) {
    for (std::size_t i : {e.first, e.second}) {
      const std::string key = Key(lines[i].text);
      if (text::HasLetter(key)) pages[key].insert(page);
    }
  }
  std::vector<bool> out(lines.size(), false);
  const double share = kRunningShare * static_cast<double>(ends.size());
  for (const auto& [page, e] : ends) {
    for (std::size_t i : {e.first, e.second}) {
      const std::string key = Key(lines[i].text);
      auto it = pages.find(key);
      if (it != pages.end() && it->second.size() >= 2 && static_cast<double>(it->second.size()) >= share) out[i] = true;
    }
  }
  return out;
}

}  // namespace ogpx::layout
