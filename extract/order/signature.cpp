// Signature block of an order; see order_signature.h.
#include "extract/order/signature.h"

#include <algorithm>
#include <optional>
#include <string>

#include "extract/order/text.h"

namespace ogpx::extract::order {
namespace {

bool IsFooter(const Row& r) { return LetterCount(r.text) == 0; }

// Prose: a row of the clauses, not of a signature block.
bool IsProse(const Row& r) { return ClauseNumberLength(r.text) > 0 || (LetterCount(r.text) >= 12 && !IsCapitals(r.text, 2)); }

bool NearLeft(const Row& r, const TextColumn& col) { return r.box.x0 <= col.left + 25; }

// A position in title case ("Prime Minister of Ukraine"): a few words,
// every word of kTitleWordLetters letters or more capitalised, no sentence.
constexpr std::size_t kMaxPositionWords = 8;
constexpr int kTitleWordLetters = 4;
bool TitleCased(const std::string& text) {
  const auto toks = Tokens(text);
  if (toks.empty() || toks.size() > kMaxPositionWords || text.back() == '.') return false;
  return std::all_of(toks.begin(), toks.end(),
                     [](const std::string& t) { return LetterCount(t) < kTitleWordLetters || StartsUpper(t); });
}

struct NameHit {
  std::string name;
  std::vector<std::string> before;  // the row's position text left of the name
};

std::vector<std::string> SegmentsBefore(const Row& r, std::size_t k) {
  std::vector<std::string> out;
  for (std::size_t i = 0; i < k && i < r.segments.size(); ++i) out.push_back(r.segments[i].text);
  return out;
}

std::optional<NameHit> NameIn(const Row& r, const TextColumn& col) {
  // A segment of its own ("...CHAIRMAN      D.AMARBAYASGALAN", in Mongolian).
  for (std::size_t k = r.segments.size(); k-- > 0;) {
    if (IsPersonName(r.segments[k].text)) return NameHit{Trim(r.segments[k].text, ",;"), SegmentsBefore(r, k)};
  }
  // At the end of the row's text.
  // At the end of a row in capitals (not of a sentence that names someone).
  if (const std::size_t at = NameAtEnd(r.text); at != std::string::npos) {
    const std::string before = Trim(r.text.substr(0, at));
    if (before.empty() || IsCapitals(before, 1) || TitleCased(before))
      return NameHit{Trim(r.text.substr(at), ",;"), {before}};
  }
  if (r.segments.size() > 1 && r.segments.back().box.x0 > col.center()) {
    const Segment& last = r.segments.back();
    const std::string tail = Trim(last.text, ".,;:|'` ");
    const auto toks = Tokens(tail);
    // Initials hidden by the stamp: a lone surname in capitals right of centre.
    if (toks.size() == 1 && IsCapitals(tail) && LetterCount(tail) >= 4) {
      return NameHit{tail, SegmentsBefore(r, r.segments.size() - 1)};
    }
    // A name written out ("John Smith", "Bat-Erdene Dorj" in Cyrillic) right of centre,
    // beside a position that starts at the left edge.
    const bool words = toks.size() >= 2 && toks.size() <= 3 && std::all_of(toks.begin(), toks.end(), [](const std::string& t) {
      return StartsUpper(t) && LetterCount(t) >= 2 && t.find_first_of("0123456789/()") == std::string::npos;
    });
    if (words && r.box.x0 <= col.left + 25) return NameHit{tail, SegmentsBefore(r, r.segments.size() - 1)};
  }
  return std::nullopt;
}

}  // namespace

bool IsDebris(const Row& row, const TextColumn& col) {
  if (LetterCount(row.text) < 3) return true;
  return row.box.x0 > col.left + 25 && row.box.width() < 0.2 * col.width();
}

Signature FindSignature(const std::vector<Row>& rows, std::size_t from, Lang lang, const TextColumn& col) {
  Signature s;
  std::size_t end = rows.size();
  while (end > from && IsFooter(rows[end - 1])) --end;
  if (end <= from) return s;

  // The anchor: the lowest row holding a name; else the lowest row in
  // capitals at the left edge.
  std::optional<std::size_t> anchor;
  std::optional<NameHit> hit;
  for (std::size_t i = end; i-- > from;) {
    const Row& r = rows[i];
    if (ClauseNumberLength(r.text) > 0) break;
    if ((hit = NameIn(r, col))) {
      anchor = i;
      break;
    }
    if (IsProse(r)) break;
  }
  if (!anchor) {
    for (std::size_t i = end; i-- > from;) {
      if (IsProse(rows[i])) break;
      if (!IsDebris(rows[i], col) && NearLeft(rows[i], col) && IsCapitals(CleanPosition(rows[i].text), 1)) {
        anchor = i;
        break;
      }
    }
  }
  if (!anchor) return s;

  std::vector<std::string> position;
  const Row& a = rows[*anchor];
  if (hit) {
    s.who.name = hit->name;
    if (NearLeft(a, col)) position = hit->before;
  } else {
    position.push_back(a.text);
  }
  // Position rows above: capitals at the left edge, close together; stamp
  // debris in between is skipped.
  std::size_t first = *anchor;
  double top = a.box.y0;
  const double line = std::max(a.height, 6.0);
  for (std::size_t k = *anchor; k-- > from;) {
    const Row& up = rows[k];
    if (up.page != a.page || top - up.box.y1 > 2.0 * line) break;
    if (IsDebris(up, col)) continue;
    const std::string clean = CleanPosition(up.text);
    if (IsProse(up) || !NearLeft(up, col) || !IsCapitals(clean, 1)) break;
    position.insert(position.begin(), up.text);
    first = k;
    top = up.box.y0;
  }
  s.found = true;
  s.first = first;
  s.last = *anchor;
  const std::string joined = Trim(CleanPosition(Join(position, " ")), ",;");
  if (LetterCount(joined) >= 2) s.who.position = NormalCase(joined, lang);
  return s;
}

}  // namespace ogpx::extract::order
