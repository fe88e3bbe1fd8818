// LocateFields(): provenance for the fields no reader placed (locate.h).
#include "extract/locate.h"

#include <unicode/uchar.h>

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <map>
#include <unordered_map>
#include <optional>
#include <set>
#include <string>
#include <utility>

#include "base/text.h"
#include "extract/common/fields.h"
#include "lang/vocabulary.h"
#include "layout/running.h"

namespace ogpx::extract {
namespace {

// Words further apart than this share of their font size are in different
// cells or columns: the line is cut there into fragments.
constexpr double kFragmentGapRatio = 1.2;
// A wrapped value's next line starts at most this many line heights below
// the bottom of the line before it.
constexpr double kWrapLeadRatio = 1.2;
// A value of several paragraphs goes on in the next paragraph, at most this
// many line heights below, when that paragraph starts with its next word.
constexpr double kParagraphLeadRatio = 3.0;
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
  if (std::all_of(text.begin(), text.end(), [](char c) { return static_cast<unsigned char>(c) < 0x80; })) {
    // ASCII (most words), without ICU: folding lowers A-Z, and the letters
    // and digits are [0-9a-z].
    for (char c : text) {
      if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
      if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
        cur += c;
      } else if (!cur.empty()) {
        out.push_back(std::move(cur));
        cur.clear();
      }
    }
    if (!cur.empty()) out.push_back(std::move(cur));
    return out;
  }
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

// The words are views into their page's arena (Locator::arenas_): each
// folded word is held once, however often it is looked up.
struct Fragment {
  ingest::Box box;
  double height = 0;
  std::vector<std::string_view> words;
};

using PageFragments = std::vector<Fragment>;

// The fragments of `page`, their folded words appended to `arena`, which
// must not change while the fragments are used.
PageFragments FragmentsOf(const ingest::Page& page, std::string& arena) {
  PageFragments out;
  std::vector<std::vector<std::pair<std::size_t, std::size_t>>> spans;  // per fragment: offset, length in arena
  std::vector<std::pair<std::size_t, std::size_t>> cur_spans;
  for (const ingest::TextLine& line : page.lines) {
    Fragment cur;
    const ingest::Word* prev = nullptr;
    auto flush = [&] {
      if (!cur_spans.empty()) {
        out.push_back(std::move(cur));
        spans.push_back(std::move(cur_spans));
      }
      cur = Fragment{};
      cur_spans.clear();
    };
    for (int wi : line.words) {
      if (wi < 0 || static_cast<std::size_t>(wi) >= page.words.size()) continue;
      const ingest::Word& w = page.words[static_cast<std::size_t>(wi)];
      const double size = w.font_size > 0 ? w.font_size : w.box.height();
      if (prev != nullptr && w.box.x0 - prev->box.x1 > kFragmentGapRatio * size) flush();
      std::vector<std::string> words = Words(w.text);
      if (words.empty()) continue;
      if (cur_spans.empty()) {
        cur.box = w.box;
      } else {
        cur.box = {std::min(cur.box.x0, w.box.x0), std::min(cur.box.y0, w.box.y0),
                   std::max(cur.box.x1, w.box.x1), std::max(cur.box.y1, w.box.y1)};
      }
      cur.height = std::max(cur.height, w.box.height());
      for (const std::string& word : words) {
        cur_spans.emplace_back(arena.size(), word.size());
        arena += word;
      }
      prev = &w;
    }
    flush();
  }
  for (std::size_t f = 0; f < out.size(); ++f) {
    out[f].words.reserve(spans[f].size());
    for (const auto& [at, length] : spans[f]) out[f].words.emplace_back(arena.data() + at, length);
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
std::optional<std::size_t> Below(const PageFragments& frags, const ingest::Box& row,
                                 double lead_ratio = kWrapLeadRatio) {
  std::optional<std::size_t> best;
  for (std::size_t i = 0; i < frags.size(); ++i) {
    const Fragment& g = frags[i];
    if (g.box.y0 < row.y1 - row.height() / 2) continue;
    if (g.box.y0 - row.y1 > lead_ratio * std::max(row.height(), g.height)) continue;
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
  // The value's words ran past the last fragment its place reached, whose
  // line is `last` (the foot of a page, when the rest is continued on the
  // next).
  bool ran_out = false;
  ingest::Box last;
};

// Whether fragment `g` goes on with `want`: its first word is the word
// itself, or the head of it broken at a line end ("trans-").
bool GoesOn(const Fragment& g, const std::string& want) { return want.starts_with(g.words.front()); }

// How many of `value`'s words, from word `from`, follow one another from word
// `s` of fragment `f`, wrapping down the fragments below; a word broken by a
// hyphen at a line end ("trans-" / "parency") matches the word whole.
Place Follow(const PageFragments& frags, std::size_t f, std::size_t s, const std::vector<std::string>& value,
             std::size_t from = 0) {
  Place p;
  p.box = frags[f].box;
  ingest::Box row = frags[f].box;
  std::size_t cur = f, j = s;
  // The fragment a value goes on in after `frag` in reading order, given
  // that it goes on with `want`: the one to its right, else the first under
  // the line (a cell of names beside other cells: its next line is below,
  // though another cell's name is to the right).
  auto next = [&](std::size_t frag, const ingest::Box& line,
                  const std::string& want) -> std::optional<std::size_t> {
    auto is = [&](const std::optional<std::size_t>& g) { return g && frags[*g].words.front() == want; };
    const auto right = Right(frags, frag);
    if (is(right)) return right;  // most lines: the next fragment is found once
    const auto below = Below(frags, line);
    if (is(below)) return below;
    if (right && GoesOn(frags[*right], want)) return right;  // the head of a broken word
    if (below) return below;
    const auto paragraph = Below(frags, line, kParagraphLeadRatio);
    if (paragraph && GoesOn(frags[*paragraph], want)) return paragraph;
    return std::nullopt;
  };
  auto move_to = [&](std::size_t frag) {
    const Fragment& g = frags[frag];
    const bool same_line = g.box.y0 <= frags[cur].box.cy() && g.box.y1 >= frags[cur].box.cy();
    row = same_line ? Union(row, g.box) : g.box;
    p.box = Union(p.box, g.box);
    cur = frag;
  };
  while (from + p.matched < value.size()) {
    const std::string& want = value[from + p.matched];
    if (j >= frags[cur].words.size()) {
      auto after = next(cur, row, want);
      if (!after) {
        p.ran_out = true;
        p.last = row;
        break;
      }
      move_to(*after);
      j = 0;
      continue;
    }
    const std::string_view w = frags[cur].words[j];
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
        frag_after = next(cur, row, want.substr(w.size()));
        k = 0;
      }
      const std::size_t in = frag_after.value_or(cur);
      if ((frag_after || k < frags[cur].words.size()) && want.size() == w.size() + frags[in].words[k].size() && want.ends_with(frags[in].words[k])) {
        if (frag_after) move_to(*frag_after);
        j = k + 1;
        ++p.matched;
        continue;
      }
    }
    // A fragment that runs on past the value into the next cell (columns
    // closer than kFragmentGapRatio): the value goes on below, or, with
    // nothing below, has run out on this page.
    if (j > 0) {
      if (const auto below = Below(frags, row)) {
        if (GoesOn(frags[*below], want)) {
          move_to(*below);
          j = 0;
          continue;
        }
      } else {
        p.ran_out = true;
        p.last = row;
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
      // The arena is made in its map node, so the views stay valid.
      PageFragments& frags = pages_[page.number] = FragmentsOf(page, arenas_[page.number]);
      heights_[page.number] = page.height;
      for (std::size_t f = 0; f < frags.size(); ++f) {
        for (std::size_t w = 0; w < frags[f].words.size(); ++w)
          index_[frags[f].words[w]].push_back(
              {page.number, static_cast<std::uint32_t>(f), static_cast<std::uint32_t>(w)});
      }
    }
    for (auto& [word, starts] : index_) std::sort(starts.begin(), starts.end());
    for (const model::Provenance& p : out.provenance) known_.emplace(p.field, p);
  }

  // Places `value` (field `path`) on one of `pages` (every page when empty),
  // nearest the place of the first of `owners` that has one; a value cut by
  // a page break gets a place on each page it is printed on. Returns the
  // path's (first) place.
  const model::Provenance* Add(const std::string& path, std::string_view value, const std::vector<int>& pages,
                               const std::vector<std::string>& owners) {
    if (auto it = known_.find(path); it != known_.end()) {
      ContinueKnown(it->second, value, pages);
      return &it->second;
    }
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
    std::vector<Place> best_rest;
    std::size_t best_matched = 0;  // with the rest
    double best_distance = 0;
    for (const Start& at : Starts(words[0], pages)) {
      // Once a place holds every word, only a nearer one can replace it: with
      // no owner to be near, none; else none a page penalty further away
      // (the starts come in page order, so none after one past the owner's).
      if (best && best_matched == words.size()) {
        if (anchor == nullptr) break;
        if (kPagePenalty * std::abs(at.page - anchor->page) > best_distance) {
          if (at.page > anchor->page) break;
          continue;
        }
      }
      const PageFragments& frags = pages_.at(at.page);
      Place p = Follow(frags, at.fragment, at.word, words);
      p.page = at.page;
      std::vector<Place> rest = Continued(p, words, pages);
      std::size_t matched = p.matched;
      for (const Place& r : rest) matched += r.matched;
      // A head too short to be placed alone counts when the next page holds
      // the rest of the value.
      if (p.matched < std::min(words.size(), kMinWords) && (rest.empty() || matched < words.size())) continue;
      const double distance =
          anchor == nullptr ? 0
                            : kPagePenalty * std::abs(at.page - anchor->page) +
                                  std::abs(p.box.cy() - (anchor->y0 + anchor->y1) / 2) +
                                  std::abs(p.box.x0 - anchor->x0) / 4;
      if (!best || matched > best_matched || (matched == best_matched && distance < best_distance)) {
        best = p;
        best_rest = std::move(rest);
        best_matched = matched;
        best_distance = distance;
      }
    }
    if (!best) return nullptr;
    const model::Provenance place = Record(path, *best);
    for (const Place& r : best_rest) Record(path, r);
    return &known_.emplace(path, place).first->second;
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
    std::uint32_t fragment = 0, word = 0;
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
    for (std::size_t length = 1; length <= first.size(); ++length) {
      auto it = index_.find(std::string_view(first).substr(0, length));
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
      // Each list is sorted and no place is in two (a place holds one
      // word): merged in order.
      std::inplace_merge(out.begin(), out.begin() + static_cast<std::ptrdiff_t>(before), out.end());
    }
    return out;
  }

  model::Provenance Record(const std::string& path, const Place& p) {
    model::Provenance place{path, p.page, p.box.x0, p.box.y0, p.box.x1, p.box.y1, std::nullopt};
    out_.provenance.push_back(place);
    return place;
  }

  // The rest of a value whose place `head` ran out with words left: on the
  // next page (one of `pages`, any when empty), at the start of a fragment,
  // holding every word left or kMinWords of them, the topmost such place;
  // and so on while the rest runs out again. Empty when the value is not
  // continued.
  std::vector<Place> Continued(const Place& head, const std::vector<std::string>& words,
                               const std::vector<int>& pages) const {
    std::vector<Place> out;
    std::size_t done = head.matched;
    const Place* last = &head;
    while (last->ran_out && done > 0 && done < words.size() && AtFoot(last->page, last->last)) {
      const int page = last->page + 1;
      const auto frags = pages_.find(page);
      if (frags == pages_.end() ||
          (!pages.empty() && std::find(pages.begin(), pages.end(), page) == pages.end()))
        break;
      std::optional<Place> best;
      for (const Start& at : Starts(words[done], {page})) {
        if (at.word != 0) continue;
        Place p = Follow(frags->second, at.fragment, 0, words, done);
        if (p.matched < std::min(words.size() - done, kMinWords)) continue;
        if (!best || p.matched > best->matched || (p.matched == best->matched && p.box.y0 < best->box.y0))
          best = p;
      }
      if (!best) break;
      best->page = page;
      done += best->matched;
      out.push_back(*best);
      last = &out.back();
    }
    return out;
  }

  // Whether `line` ends its column on `page`: no fragment under it shares
  // its width, but for running footers and page numbers (the page's bottom
  // layout::kRunningBand).
  bool AtFoot(int page, const ingest::Box& line) const {
    const auto frags = pages_.find(page);
    const auto height = heights_.find(page);
    if (frags == pages_.end() || height == heights_.end()) return false;
    const double foot = height->second * (1 - layout::kRunningBand);
    for (const Fragment& g : frags->second) {
      if (g.box.y0 < line.y1 || g.box.y0 >= foot) continue;
      if (std::min(g.box.x1, line.x1) > std::max(g.box.x0, line.x0)) return false;
    }
    return true;
  }

  // A field a reader placed (`known`) whose value runs past the foot of its
  // page gets places for the rest on the pages after it.
  void ContinueKnown(const model::Provenance& known, std::string_view value, const std::vector<int>& pages) {
    if (!continued_.insert(known.field).second) return;
    const auto frags = pages_.find(known.page);
    if (frags == pages_.end()) return;
    const std::vector<std::string> words = Words(value);
    if (words.empty()) return;
    const ingest::Box box{known.x0, known.y0, known.x1, known.y1};
    std::optional<Place> head;
    for (const Start& at : Starts(words[0], {known.page})) {
      const ingest::Box& f = frags->second[at.fragment].box;
      if (f.cx() < box.x0 || f.cx() > box.x1 || f.cy() < box.y0 || f.cy() > box.y1) continue;
      Place p = Follow(frags->second, at.fragment, at.word, words);
      if (!head || p.matched > head->matched) head = p;
    }
    if (!head) return;
    head->page = known.page;
    for (const Place& r : Continued(*head, words, pages)) Record(known.field, r);
  }

  model::Document& out_;
  std::set<std::string> continued_;  // known fields already continued
  std::map<int, std::string> arenas_;  // page -> its folded words, one after the other
  std::map<int, PageFragments> pages_;
  std::map<int, double> heights_;  // page height, points
  std::unordered_map<std::string_view, std::vector<Start>> index_;  // views into arenas_
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
