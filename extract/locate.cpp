// LocateFields(): provenance for the fields no reader placed (locate.h).
#include "extract/locate.h"

#include <unicode/uchar.h>

#include <algorithm>
#include <cmath>
#include <map>
#include <unordered_map>
#include <optional>
#include <string>
#include <utility>

#include "base/text.h"
#include "extract/common/fields.h"
#include "lang/vocabulary.h"

namespace ogpx::extract {
namespace {

// Words further apart than this share of their font size are in different
// cells or columns: the line is cut there into fragments.
constexpr double kFragmentGapRatio = 1.2;
// A wrapped value's next line starts at most this many line heights below
// the bottom of the line before it.
constexpr double kWrapLeadRatio = 1.2;
// A value is placed when this many of its first words (or all of them, when
// it has fewer) follow one another on the page.
constexpr std::size_t kMinWords = 3;
// Pages apart weigh this much against points apart when choosing the place
// nearest the owner.
constexpr double kPagePenalty = 10000;

// Folded words of a text: letters and digits, everything else a separator.
std::vector<std::string> Words(std::string_view text) {
  std::vector<std::string> out;
  std::string cur;
  text::ForEachCodePoint(text::FoldForMatch(text), [&](UChar32 c) {
    if (u_isalnum(c)) {
      text::AppendUtf8(cur, c);
    } else if (!cur.empty()) {
      out.push_back(std::move(cur));
      cur.clear();
    }
  });
  if (!cur.empty()) out.push_back(std::move(cur));
  return out;
}

struct Fragment {
  ingest::Box box;
  double height = 0;
  std::vector<std::string> words;
};

using PageFragments = std::vector<Fragment>;

PageFragments FragmentsOf(const ingest::Page& page) {
  PageFragments out;
  for (const ingest::TextLine& line : page.lines) {
    Fragment cur;
    const ingest::Word* prev = nullptr;
    auto flush = [&] {
      if (!cur.words.empty()) out.push_back(std::move(cur));
      cur = Fragment{};
    };
    for (int wi : line.words) {
      if (wi < 0 || static_cast<std::size_t>(wi) >= page.words.size()) continue;
      const ingest::Word& w = page.words[static_cast<std::size_t>(wi)];
      const double size = w.font_size > 0 ? w.font_size : w.box.height();
      if (prev != nullptr && w.box.x0 - prev->box.x1 > kFragmentGapRatio * size) flush();
      std::vector<std::string> words = Words(w.text);
      if (words.empty()) continue;
      if (cur.words.empty()) {
        cur.box = w.box;
      } else {
        cur.box = {std::min(cur.box.x0, w.box.x0), std::min(cur.box.y0, w.box.y0),
                   std::max(cur.box.x1, w.box.x1), std::max(cur.box.y1, w.box.y1)};
      }
      cur.height = std::max(cur.height, w.box.height());
      for (std::string& s : words) cur.words.push_back(std::move(s));
      prev = &w;
    }
    flush();
  }
  return out;
}

// The fragment a value goes on in, on the same line: the nearest to the
// right of `f` (justified text spreads a line's words wider than a word space).
std::optional<std::size_t> Right(const PageFragments& frags, std::size_t f) {
  const Fragment& cur = frags[f];
  std::optional<std::size_t> best;
  for (std::size_t i = 0; i < frags.size(); ++i) {
    const Fragment& g = frags[i];
    if (i == f || g.box.x0 < cur.box.x1 || g.box.y0 > cur.box.cy() || g.box.y1 < cur.box.cy()) continue;
    if (!best || g.box.x0 < frags[*best].box.x0) best = i;
  }
  return best;
}

// The fragment a wrapped value goes on in: the nearest below the line
// `row` (the fragments of the value on its current line) that shares some
// of its width.
std::optional<std::size_t> Below(const PageFragments& frags, const ingest::Box& row) {
  std::optional<std::size_t> best;
  for (std::size_t i = 0; i < frags.size(); ++i) {
    const Fragment& g = frags[i];
    if (g.box.y0 < row.y1 - row.height() / 2) continue;
    if (g.box.y0 - row.y1 > kWrapLeadRatio * std::max(row.height(), g.height)) continue;
    if (std::min(g.box.x1, row.x1) <= std::max(g.box.x0, row.x0)) continue;
    if (!best || g.box.y0 < frags[*best].box.y0 ||
        (g.box.y0 == frags[*best].box.y0 && g.box.x0 < frags[*best].box.x0)) {
      best = i;
    }
  }
  return best;
}

ingest::Box Union(const ingest::Box& a, const ingest::Box& b) {
  return {std::min(a.x0, b.x0), std::min(a.y0, b.y0), std::max(a.x1, b.x1), std::max(a.y1, b.y1)};
}

struct Place {
  int page = 0;
  ingest::Box box;
  std::size_t matched = 0;
};

// How many of `value`'s words follow one another from word `s` of fragment
// `f`, wrapping down the fragments below; a word broken by a hyphen at a
// line end ("trans-" / "parency") matches the word whole.
Place Follow(const PageFragments& frags, std::size_t f, std::size_t s, const std::vector<std::string>& value) {
  Place p;
  p.box = frags[f].box;
  ingest::Box row = frags[f].box;
  std::size_t cur = f, j = s;
  // The fragment after `frag` in reading order: to its right, else the
  // first under the line.
  auto next = [&](std::size_t frag, const ingest::Box& line) -> std::optional<std::size_t> {
    if (auto right = Right(frags, frag)) return right;
    return Below(frags, line);
  };
  auto move_to = [&](std::size_t frag) {
    const Fragment& g = frags[frag];
    const bool same_line = g.box.y0 <= frags[cur].box.cy() && g.box.y1 >= frags[cur].box.cy();
    row = same_line ? Union(row, g.box) : g.box;
    p.box = Union(p.box, g.box);
    cur = frag;
  };
  while (p.matched < value.size()) {
    if (j >= frags[cur].words.size()) {
      auto after = next(cur, row);
      if (!after) break;
      move_to(*after);
      j = 0;
      continue;
    }
    const std::string& w = frags[cur].words[j];
    const std::string& want = value[p.matched];
    if (w == want) {
      ++p.matched;
      ++j;
      continue;
    }
    // A word broken at a line end ("trans-" / "parency") matches whole.
    if (want.size() > w.size() && want.starts_with(w)) {
      std::optional<std::size_t> frag_after;
      std::size_t k = j + 1;
      if (k >= frags[cur].words.size()) {
        frag_after = next(cur, row);
        k = 0;
      }
      const std::size_t in = frag_after.value_or(cur);
      if ((frag_after || k < frags[cur].words.size()) && w + frags[in].words[k] == want) {
        if (frag_after) move_to(*frag_after);
        j = k + 1;
        ++p.matched;
        continue;
      }
    }
    break;
  }
  return p;
}

class Locator {
 public:
  Locator(const ingest::Document& doc, model::Document& out) : out_(out) {
    for (const ingest::Page& page : doc.pages) {
      if (page.over_limit) continue;
      PageFragments& frags = pages_[page.number] = FragmentsOf(page);
      for (std::size_t f = 0; f < frags.size(); ++f) {
        for (std::size_t w = 0; w < frags[f].words.size(); ++w)
          index_[frags[f].words[w]].push_back({page.number, f, w});
      }
    }
    for (auto& [word, starts] : index_) std::sort(starts.begin(), starts.end());
    for (const model::Provenance& p : out.provenance) known_.emplace(p.field, p);
  }

  // Places `value` (field `path`) on one of `pages` (every page when empty),
  // nearest the place of the first of `owners` that has one. Returns the
  // path's place.
  const model::Provenance* Add(const std::string& path, std::string_view value, const std::vector<int>& pages,
                               const std::vector<std::string>& owners) {
    if (auto it = known_.find(path); it != known_.end()) return &it->second;
    const std::vector<std::string> words = Words(value);
    if (words.empty()) return nullptr;
    const model::Provenance* anchor = nullptr;
    for (const std::string& owner : owners) {
      if (auto it = known_.find(owner); it != known_.end()) {
        anchor = &it->second;
        break;
      }
    }
    std::optional<Place> best;
    double best_distance = 0;
    for (const Start& at : Starts(words[0], pages)) {
      // Once a place holds every word, only a nearer one can replace it: with
      // no owner to be near, none; else none a page penalty further away
      // (the starts come in page order, so none after one past the owner's).
      if (best && best->matched == words.size()) {
        if (anchor == nullptr) break;
        if (kPagePenalty * std::abs(at.page - anchor->page) > best_distance) {
          if (at.page > anchor->page) break;
          continue;
        }
      }
      const PageFragments& frags = pages_.at(at.page);
      Place p = Follow(frags, at.fragment, at.word, words);
      if (p.matched < std::min(words.size(), kMinWords)) continue;
      p.page = at.page;
      const double distance =
          anchor == nullptr ? 0
                            : kPagePenalty * std::abs(at.page - anchor->page) +
                                  std::abs(p.box.cy() - (anchor->y0 + anchor->y1) / 2) +
                                  std::abs(p.box.x0 - anchor->x0) / 4;
      if (!best || p.matched > best->matched || (p.matched == best->matched && distance < best_distance)) {
        best = p;
        best_distance = distance;
      }
    }
    if (!best) return nullptr;
    model::Provenance place{path, best->page, best->box.x0, best->box.y0, best->box.x1, best->box.y1,
                            std::nullopt};
    out_.provenance.push_back(place);
    return &known_.emplace(path, std::move(place)).first->second;
  }

  // A status is printed as one of its language's words for it.
  void AddStatus(const std::string& path, model::Status status, const std::vector<int>& pages,
                 const std::vector<std::string>& owners) {
    for (const lang::Term& t : lang::Terms("status")) {
      if (t.value == model::StatusName(status) && Add(path, t.phrase, pages, owners) != nullptr) return;
    }
  }

 private:
  // Where a page word is: page number, fragment, word in the fragment.
  struct Start {
    int page = 0;
    std::size_t fragment = 0, word = 0;
    auto operator<=>(const Start&) const = default;
  };

  // Where a value whose first word is `first` may start on `pages` (every
  // page when empty), in page order: at `first` itself, or at a page word
  // that begins it (the head of a word broken at a line end, "trans-").
  std::vector<Start> Starts(const std::string& first, const std::vector<int>& pages) const {
    std::vector<int> wanted = pages;
    std::sort(wanted.begin(), wanted.end());
    wanted.erase(std::unique(wanted.begin(), wanted.end()), wanted.end());  // a page listed twice
    std::vector<Start> out;
    int lists = 0;  // index entries that gave starts: more than one are merged by sorting
    for (std::size_t length = 1; length <= first.size(); ++length) {
      auto it = index_.find(first.substr(0, length));
      if (it == index_.end()) continue;
      const std::vector<Start>& all = it->second;  // sorted, so by page
      const std::size_t before = out.size();
      if (wanted.empty()) {
        out.insert(out.end(), all.begin(), all.end());
      } else {
        for (int page : wanted) {
          auto by_page = [](const Start& a, const Start& b) { return a.page < b.page; };
          const auto [from, to] = std::equal_range(all.begin(), all.end(), Start{page, 0, 0}, by_page);
          out.insert(out.end(), from, to);
        }
      }
      lists += out.size() > before;
    }
    if (lists > 1) std::sort(out.begin(), out.end());
    return out;
  }

  model::Document& out_;
  std::map<int, PageFragments> pages_;
  std::unordered_map<std::string, std::vector<Start>> index_;
  std::map<std::string, model::Provenance> known_;
};

}  // namespace

void LocateFields(const ingest::Document& doc, model::Document& out) {
  Locator at(doc, out);
  ForEachTextField(out, [&](const TextField& f) { at.Add(f.path, *f.value, f.pages, f.owners); });
  if (out.progress_report) {
    const auto& entries = out.progress_report->entries;
    for (std::size_t i = 0; i < entries.size(); ++i) {
      const std::string base = "/progress_report/entries/" + std::to_string(i);
      if (entries[i].status) at.AddStatus(base + "/status", *entries[i].status, entries[i].pages,
                                          {base + "/results", base + "/milestone"});
    }
  }
}

}  // namespace ogpx::extract
