// Implementation of ogpx::text (see text.h and docs/text.md).
#include "base/text.h"

#include <unicode/normalizer2.h>
#include <unicode/translit.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>
#include <unicode/uscript.h>
#include <unicode/utf8.h>

#include <algorithm>
#include <array>
#include <vector>
#include <cstdint>
#include <memory>

namespace ogpx::text {
namespace {


icu::UnicodeString FromUtf8(std::string_view s) {
  return icu::UnicodeString::fromUTF8(
      icu::StringPiece(s.data(), static_cast<int32_t>(s.size())));
}

std::string ToUtf8(const icu::UnicodeString& u) {
  std::string out;
  u.toUTF8String(out);
  return out;
}

bool IsAscii(std::string_view s) {
  return std::all_of(s.begin(), s.end(), [](char c) { return static_cast<unsigned char>(c) < 0x80; });
}

const icu::Normalizer2* NfkcCasefoldInstance();

// What NFC, NFKC and NFKC_Casefold make of ASCII text, without ICU: NFC and
// NFKC leave it as it is, and NFKC_Casefold only lowers A-Z
// (tests/text/text_test.cpp checks every ASCII character against ICU).
std::string AsciiNormalized(const icu::Normalizer2* norm, std::string_view s) {
  std::string out(s);
  if (norm == NfkcCasefoldInstance()) {
    for (char& c : out)
      if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  }
  return out;
}

// Applies an ICU normaliser; on failure returns the input unchanged.
std::string Normalize(const icu::Normalizer2* norm, std::string_view s) {
  if (norm == nullptr) return std::string(s);
  if (IsAscii(s)) return AsciiNormalized(norm, s);
  UErrorCode status = U_ZERO_ERROR;
  icu::UnicodeString out = norm->normalize(FromUtf8(s), status);
  if (U_FAILURE(status)) return std::string(s);
  return ToUtf8(out);
}

const icu::Normalizer2* NfcInstance() {
  UErrorCode status = U_ZERO_ERROR;
  const icu::Normalizer2* n = icu::Normalizer2::getNFCInstance(status);
  return U_SUCCESS(status) ? n : nullptr;
}

const icu::Normalizer2* NfkcCasefoldInstance() {
  UErrorCode status = U_ZERO_ERROR;
  const icu::Normalizer2* n = icu::Normalizer2::getNFKCCasefoldInstance(status);
  return U_SUCCESS(status) ? n : nullptr;
}

// The MNS transliterator of the calling thread, or nullptr if ICU lacks it.
const icu::Transliterator* MnsTransliterator() {
  thread_local std::unique_ptr<icu::Transliterator> cached;
  thread_local bool tried = false;
  if (!tried) {
    tried = true;
    UErrorCode status = U_ZERO_ERROR;
    cached.reset(icu::Transliterator::createInstance(
        icu::UnicodeString("mn-mn_Latn/MNS", -1, US_INV), UTRANS_FORWARD, status));
    if (U_FAILURE(status)) cached.reset();
  }
  return cached.get();
}

// Quote-like characters outside the P* categories.
bool IsQuoteSymbol(UChar32 c) {
  return c == 0x0060 || c == 0x00B4 || c == 0x02BA || c == 0x02BB ||
         c == 0x02BC || c == 0x02DD;
}

// Punctuation that separates words ("Хүнс-хөдөө", "A/B"): becomes a space.
bool IsWordSeparatorPunct(UChar32 c) {
  return u_charType(c) == U_DASH_PUNCTUATION || c == u'/' || c == u'\\' ||
         c == 0x2044 /* fraction slash */ || c == 0x00B7 /* middle dot */;
}

bool IsPunct(UChar32 c) { return u_ispunct(c) != 0; }

}  // namespace

void AppendUtf8(std::string& out, UChar32 c) {
  if (c >= 0 && c < 0x80) {
    out += static_cast<char>(c);
    return;
  }
  char buf[U8_MAX_LENGTH];
  int32_t len = 0;
  UBool error = false;
  U8_APPEND(reinterpret_cast<uint8_t*>(buf), len, U8_MAX_LENGTH, c, error);
  if (error) {
    out += "\xEF\xBF\xBD";  // U+FFFD
    return;
  }
  out.append(buf, static_cast<size_t>(len));
}

std::string Nfc(std::string_view s) { return Normalize(NfcInstance(), s); }

std::string Clip(std::string_view s, std::size_t bytes) {
  if (s.size() <= bytes) return std::string(s);
  std::size_t end = bytes;
  while (end > 0 && (static_cast<unsigned char>(s[end]) & 0xC0) == 0x80) --end;
  return std::string(s.substr(0, end)) + "…";
}

std::string EscapeInvalidUtf8(std::string_view s) {
  static const char kHex[] = "0123456789ABCDEF";
  const auto* p = reinterpret_cast<const uint8_t*>(s.data());
  const auto n = static_cast<int32_t>(s.size());
  std::string out;
  out.reserve(s.size());
  int32_t i = 0;
  while (i < n) {
    const int32_t start = i;
    UChar32 c = 0;
    U8_NEXT(p, i, n, c);
    if (c >= 0) {
      out.append(s.substr(static_cast<std::size_t>(start), static_cast<std::size_t>(i - start)));
      continue;
    }
    for (int32_t b = start; b < i; ++b) {
      out += "\\x";
      out += kHex[p[b] >> 4];
      out += kHex[p[b] & 0xF];
    }
  }
  return out;
}

std::string_view Utf8Prefix(std::string_view s, std::size_t bytes) {
  if (s.size() <= bytes) return s;
  std::size_t end = bytes;
  while (end > 0 && (static_cast<unsigned char>(s[end]) & 0xC0) == 0x80) --end;
  return s.substr(0, end);
}

namespace {

// Whether `s` is ASCII and already folded: no white space but single spaces
// between other characters. `ascii` tells whether it is ASCII at all.
bool FoldedAscii(std::string_view s, bool& ascii) {
  bool folded = true;
  const std::size_t n = s.size();
  for (std::size_t i = 0; i < n; ++i) {
    const auto c = static_cast<unsigned char>(s[i]);
    if (c >= 0x80) {
      ascii = false;
      return false;
    }
    if (c == ' ') {
      folded = folded && i > 0 && i + 1 < n && s[i + 1] != ' ';
    } else if (c >= '\t' && c <= '\r') {
      folded = false;
    }
  }
  ascii = true;
  return folded;
}

}  // namespace

std::string FoldWhitespace(std::string_view s) {
  bool ascii = false;
  if (FoldedAscii(s, ascii)) return std::string(s);  // most text: nothing to fold
  std::string out;
  out.reserve(s.size());
  bool pending_space = false;
  auto add = [&](UChar32 c, bool space) {
    if (space) {
      pending_space = true;
      return;
    }
    if (pending_space && !out.empty()) out += ' ';
    pending_space = false;
    AppendUtf8(out, c);
  };
  if (ascii) {
    // Without a property lookup: ASCII's white space is TAB..CR
    // and SPACE (tests/text/unicode_test.cpp checks every one against ICU).
    // Each run between white space is copied whole.
    auto white = [](char c) { return c == ' ' || (c >= '\t' && c <= '\r'); };
    for (std::size_t i = 0, n = s.size(); i < n;) {
      while (i < n && white(s[i])) ++i;
      std::size_t end = i;
      while (end < n && !white(s[end])) ++end;
      if (end == i) break;
      if (!out.empty()) out += ' ';
      out.append(s.data() + i, end - i);
      i = end;
    }
  } else {
    ForEachCodePoint(s, [&](UChar32 c) { add(c, u_isUWhiteSpace(c) != 0); });
  }
  return out;
}

std::string FoldForMatch(std::string_view s) {
  return FoldWhitespace(Normalize(NfkcCasefoldInstance(), s));
}

std::string OrgKey(std::string_view name) {
  const std::string folded = Normalize(NfkcCasefoldInstance(), name);
  std::string stripped;
  stripped.reserve(folded.size());
  ForEachCodePoint(folded, [&](UChar32 c) {
    if (IsWordSeparatorPunct(c)) {
      stripped += ' ';
    } else if (IsPunct(c) || IsQuoteSymbol(c)) {
      // removed
    } else {
      AppendUtf8(stripped, c);
    }
  });
  icu::UnicodeString u = FromUtf8(stripped);
  if (const icu::Transliterator* t = MnsTransliterator()) t->transliterate(u);
  // The transliterator keeps case of its (already folded) input; fold again
  // so that any upper-case output of a rule cannot leak into the key.
  u.foldCase();
  return FoldWhitespace(Normalize(NfcInstance(), ToUtf8(u)));
}

Script ScriptOf(std::string_view word) {
  int latin = 0, cyrillic = 0, other = 0;
  ForEachCodePoint(word, [&](UChar32 c) {
    UErrorCode status = U_ZERO_ERROR;
    const UScriptCode sc = uscript_getScript(c, &status);
    if (U_FAILURE(status)) return;
    if (sc == USCRIPT_COMMON || sc == USCRIPT_INHERITED || sc == USCRIPT_UNKNOWN) return;
    if (sc == USCRIPT_LATIN) ++latin;
    else if (sc == USCRIPT_CYRILLIC) ++cyrillic;
    else ++other;
  });
  if (latin == 0 && cyrillic == 0 && other == 0) return Script::kCommon;
  if (cyrillic >= latin && cyrillic >= other) return Script::kCyrillic;
  if (latin >= other) return Script::kLatin;
  return Script::kOther;
}

std::string LanguageOf(std::string_view text) {
  int latin = 0, ascii_latin = 0, cyrillic = 0, letters = 0;
  int mongolian_only = 0, ukrainian_only = 0;
  ForEachCodePoint(text, [&](UChar32 c) {
    if (!u_isalpha(c)) return;
    ++letters;
    UErrorCode status = U_ZERO_ERROR;
    const UScriptCode sc = uscript_getScript(c, &status);
    if (U_FAILURE(status)) return;
    if (sc == USCRIPT_LATIN) {
      ++latin;
      if (c < 0x80) ++ascii_latin;
    } else if (sc == USCRIPT_CYRILLIC) {
      ++cyrillic;
      const UChar32 lower = u_tolower(c);
      if (lower == 0x04E9 || lower == 0x04AF) ++mongolian_only;  // ө ү
      if (lower == 0x0456 || lower == 0x0457 || lower == 0x0454 || lower == 0x0491)
        ++ukrainian_only;  // і ї є ґ
    }
  });
  if (letters == 0) return "";
  if (cyrillic * 2 > letters) {
    if (ukrainian_only > 0 && mongolian_only == 0) return "";
    return "mn";
  }
  if (latin * 2 > letters && ascii_latin * 10 >= latin * 9) return "en";
  return "";
}

std::string ExpandLigatures(std::string_view s) {
  std::string out;
  out.reserve(s.size());
  ForEachCodePoint(s, [&](UChar32 c) {
    switch (c) {
      case 0x00AD: break;
      case 0xFB00: out += "ff"; break;
      case 0xFB01: out += "fi"; break;
      case 0xFB02: out += "fl"; break;
      case 0xFB03: out += "ffi"; break;
      case 0xFB04: out += "ffl"; break;
      case 0xFB05:
      case 0xFB06: out += "st"; break;
      default: AppendUtf8(out, c);
    }
  });
  return out;
}

std::vector<std::string> SplitSpaces(std::string_view s) {
  std::vector<std::string> out;
  std::size_t i = 0;
  while (i < s.size()) {
    while (i < s.size() && s[i] == ' ') ++i;
    std::size_t j = s.find(' ', i);
    if (j == std::string_view::npos) j = s.size();
    if (j > i) out.emplace_back(s.substr(i, j - i));
    i = j;
  }
  return out;
}

std::size_t CodePointCount(std::string_view s) {
  std::size_t n = 0;
  ForEachCodePoint(s, [&](UChar32) { ++n; });
  return n;
}

bool HasLetter(std::string_view s) {
  bool letter = false;
  ForEachCodePoint(s, [&](UChar32 c) { letter = letter || u_isalpha(c); });
  return letter;
}

std::string_view TrimMarks(std::string_view s) {
  const auto n = static_cast<std::int32_t>(s.size());
  std::int32_t begin = 0, end = n;
  while (begin < n) {
    std::int32_t next = begin;
    UChar32 c = 0;
    U8_NEXT(s.data(), next, n, c);
    if (c >= 0 && u_isalnum(c)) break;
    begin = next;
  }
  while (end > begin) {
    std::int32_t prev = end;
    UChar32 c = 0;
    U8_PREV(s.data(), 0, prev, c);
    if (c >= 0 && u_isalnum(c)) break;
    end = prev;
  }
  return s.substr(static_cast<std::size_t>(begin), static_cast<std::size_t>(end - begin));
}

bool StartsLowercase(std::string_view s) {
  if (s.empty()) return false;
  std::int32_t i = 0;
  UChar32 c = 0;
  U8_NEXT(s.data(), i, static_cast<std::int32_t>(s.size()), c);
  return c >= 0 && u_islower(c);
}

namespace {

// The code points of `s` in a buffer that needs no allocation for the short
// strings the matchers compare (labels, words); longer ones spill to the heap.
class CodePointBuffer {
 public:
  // A string has no more code points than bytes: the storage is chosen
  // from its length once.
  explicit CodePointBuffer(std::string_view s) {
    if (s.size() > kInline) {
      heap_.resize(s.size());
      data_ = heap_.data();
    }
    ForEachCodePoint(s, [&](UChar32 c) { data_[size_++] = c; });
  }
  CodePointBuffer(const CodePointBuffer&) = delete;
  CodePointBuffer& operator=(const CodePointBuffer&) = delete;
  std::size_t size() const { return size_; }
  UChar32 operator[](std::size_t i) const { return data_[i]; }

 private:
  static constexpr std::size_t kInline = 96;
  std::array<UChar32, kInline> inline_{};
  std::vector<UChar32> heap_;
  UChar32* data_ = inline_.data();
  std::size_t size_ = 0;
};

// Levenshtein distance of `x` and `y`, or `limit` + 1 as soon as every
// entry of a row exceeds `limit` (the distance can only grow from there).
std::size_t BoundedDistance(const CodePointBuffer& x, const CodePointBuffer& y, std::size_t limit) {
  const std::size_t m = y.size();
  if ((x.size() > m ? x.size() - m : m - x.size()) > limit) return limit + 1;
  constexpr std::size_t kInlineRow = 97;
  std::array<std::size_t, kInlineRow> prev_inline{}, cur_inline{};
  std::vector<std::size_t> prev_heap, cur_heap;
  std::size_t* prev = prev_inline.data();
  std::size_t* cur = cur_inline.data();
  if (m + 1 > kInlineRow) {
    prev_heap.resize(m + 1);
    cur_heap.resize(m + 1);
    prev = prev_heap.data();
    cur = cur_heap.data();
  }
  for (std::size_t j = 0; j <= m; ++j) prev[j] = j;
  for (std::size_t i = 1; i <= x.size(); ++i) {
    cur[0] = i;
    std::size_t row_min = cur[0];
    for (std::size_t j = 1; j <= m; ++j) {
      cur[j] = std::min({prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (x[i - 1] == y[j - 1] ? 0 : 1)});
      row_min = std::min(row_min, cur[j]);
    }
    if (row_min > limit) return limit + 1;
    std::swap(prev, cur);
  }
  return std::min(prev[m], limit + 1);
}

}  // namespace

std::size_t EditDistance(std::string_view a, std::string_view b) {
  const CodePointBuffer x(a), y(b);
  return BoundedDistance(x, y, std::max(x.size(), y.size()));
}

bool WithinEditDistance(std::string_view a, std::string_view b, std::size_t limit) {
  // Each edit changes the length by at most one code point, and a code point
  // is at most four bytes: a byte-length gap beyond 4 * limit + 3 settles it
  // without decoding.
  const std::size_t gap = a.size() > b.size() ? a.size() - b.size() : b.size() - a.size();
  if (gap > 4 * limit + 3) return false;
  return BoundedDistance(CodePointBuffer(a), CodePointBuffer(b), limit) <= limit;
}

}  // namespace ogpx::text
