// Text helpers of the order reader; see order_text.h.
#include "extract/order/text.h"

#include <unicode/locid.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>
#include <unicode/utf8.h>

namespace ogpx::extract::order {
namespace {

icu::UnicodeString ToU(std::string_view s) {
  return icu::UnicodeString::fromUTF8(icu::StringPiece(s.data(), static_cast<int32_t>(s.size())));
}

std::string FromU(const icu::UnicodeString& u) {
  std::string out;
  u.toUTF8String(out);
  return out;
}

// Calls fn(code point) for each code point of s (ill-formed bytes give < 0).
template <typename Fn>
void ForEachCodePoint(std::string_view s, Fn fn) {
  int32_t i = 0;
  const auto n = static_cast<int32_t>(s.size());
  const auto* p = reinterpret_cast<const uint8_t*>(s.data());
  while (i < n) {
    UChar32 c = 0;
    U8_NEXT(p, i, n, c);
    fn(c);
  }
}

bool IsWordChar(UChar32 c) { return c >= 0 && (u_isalnum(c) != 0); }

}  // namespace

std::string Lower(std::string_view s) {
  icu::UnicodeString u = ToU(s);
  u.toLower(icu::Locale::getRoot());
  return FromU(u);
}

std::string CapitalizeFirst(std::string_view s) {
  icu::UnicodeString u = ToU(s);
  if (u.isEmpty()) return std::string(s);
  const int32_t len = U16_LENGTH(u.char32At(0));
  icu::UnicodeString head = u.tempSubString(0, len);
  head.toUpper(icu::Locale::getRoot());
  return FromU(head) + FromU(u.tempSubString(len));
}

bool IsCapitals(std::string_view s, int tolerance) {
  int upper = 0, lower = 0;
  ForEachCodePoint(s, [&](UChar32 c) {
    if (c < 0) return;
    if (u_isUUppercase(c)) ++upper;
    if (u_isULowercase(c)) ++lower;
  });
  return upper >= 2 && lower <= tolerance && upper > lower * 4;
}

bool StartsUpper(std::string_view s) {
  bool found = false, upper = false;
  ForEachCodePoint(s, [&](UChar32 c) {
    if (found || c < 0 || !u_isalpha(c)) return;
    found = true;
    upper = u_isUUppercase(c) != 0;
  });
  return upper;
}

int LetterCount(std::string_view s) {
  int n = 0;
  ForEachCodePoint(s, [&](UChar32 c) {
    if (c >= 0 && u_isalpha(c)) ++n;
  });
  return n;
}

std::vector<std::string> Tokens(std::string_view s) {
  std::vector<std::string> out;
  std::size_t i = 0;
  while (i < s.size()) {
    while (i < s.size() && (s[i] == ' ' || s[i] == '\t' || s[i] == '\n')) ++i;
    std::size_t j = i;
    while (j < s.size() && s[j] != ' ' && s[j] != '\t' && s[j] != '\n') ++j;
    if (j > i) out.emplace_back(s.substr(i, j - i));
    i = j;
  }
  return out;
}

std::string Join(const std::vector<std::string>& parts, std::string_view sep) {
  std::string out;
  for (std::size_t i = 0; i < parts.size(); ++i) {
    if (i) out += sep;
    out += parts[i];
  }
  return out;
}

std::string Trim(std::string_view s, std::string_view extra) {
  // `extra` is a set of code points: compare whole UTF-8 sequences, so that
  // "”" never strips the last byte of a Cyrillic letter.
  std::vector<std::string_view> set = {" ", "\t", "\n", "\r"};
  for (std::size_t i = 0; i < extra.size();) {
    std::size_t len = 1;
    const auto lead = static_cast<unsigned char>(extra[i]);
    if (lead >= 0xF0) {
      len = 4;
    } else if (lead >= 0xE0) {
      len = 3;
    } else if (lead >= 0xC0) {
      len = 2;
    }
    set.push_back(extra.substr(i, len));
    i += len;
  }
  bool changed = true;
  while (changed && !s.empty()) {
    changed = false;
    for (std::string_view c : set) {
      if (s.starts_with(c)) {
        s.remove_prefix(c.size());
        changed = true;
      }
      if (s.ends_with(c)) {
        s.remove_suffix(c.size());
        changed = true;
      }
    }
  }
  return std::string(s);
}

bool StartsWithCi(std::string_view s, std::string_view prefix) {
  const std::string ls = Lower(s), lp = Lower(prefix);
  return ls.compare(0, lp.size(), lp) == 0;
}

bool EqualsCi(std::string_view a, std::string_view b) { return Lower(a) == Lower(b); }

bool InListCi(const std::vector<std::string_view>& list, std::string_view word) {
  const std::string w = Lower(word);
  for (std::string_view e : list) {
    if (Lower(e) == w) return true;
  }
  return false;
}

std::size_t FindWordCi(std::string_view s, std::string_view needle) {
  const std::string ls = Lower(s), ln = Lower(needle);
  if (ln.empty()) return std::string_view::npos;
  // Case mapping keeps byte lengths for Latin and Cyrillic; when it does not,
  // search the text as given.
  const std::string hay = ls.size() == s.size() ? ls : std::string(s);
  const std::string pin = ls.size() == s.size() ? ln : std::string(needle);
  std::size_t pos = hay.find(pin);
  while (pos != std::string::npos) {
    bool boundary = true;
    if (pos > 0) {
      // Step back to the start of the previous code point.
      std::size_t k = pos - 1;
      while (k > 0 && (static_cast<unsigned char>(hay[k]) & 0xC0) == 0x80) --k;
      UChar32 c = 0;
      int32_t i = static_cast<int32_t>(k);
      U8_NEXT(reinterpret_cast<const uint8_t*>(hay.data()), i, static_cast<int32_t>(hay.size()), c);
      boundary = !IsWordChar(c);
    }
    if (boundary) return pos;
    pos = hay.find(pin, pos + 1);
  }
  return std::string_view::npos;
}

}  // namespace ogpx::extract::order
