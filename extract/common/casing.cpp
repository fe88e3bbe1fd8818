// Acronyms through re-casing: see casing.h.
#include "extract/common/casing.h"

#include <unicode/uchar.h>
#include <unicode/utf8.h>

#include <algorithm>

#include "base/text.h"
#include "lang/vocabulary.h"

namespace ogpx::extract {
namespace {

struct Shape {
  int letters = 0, upper = 0, lower = 0;
};

Shape ShapeOf(std::string_view word) {
  Shape s;
  const auto* bytes = reinterpret_cast<const uint8_t*>(word.data());
  const auto length = static_cast<int32_t>(word.size());
  for (int32_t i = 0; i < length;) {
    UChar32 c = 0;
    U8_NEXT(bytes, i, length, c);
    if (!u_isalpha(c)) continue;
    ++s.letters;
    s.upper += u_isupper(c) ? 1 : 0;
    s.lower += u_islower(c) ? 1 : 0;
  }
  return s;
}

// The word without the punctuation around it ("(OGP)," -> "OGP") and
// without a case ending after a hyphen ("ZGKhEG-yn" -> "ZGKhEG").
std::string_view Core(std::string_view word) {
  auto edge = [](char c) { return c == ',' || c == '.' || c == ';' || c == ':' || c == '(' || c == ')' ||
                                  c == '"' || c == '\'' || c == '!' || c == '?'; };
  while (!word.empty() && edge(word.front())) word.remove_prefix(1);
  while (!word.empty() && edge(word.back())) word.remove_suffix(1);
  if (const auto hyphen = word.find('-'); hyphen != std::string_view::npos && hyphen > 0) {
    const Shape ending = ShapeOf(word.substr(hyphen + 1));
    if (ending.upper == 0) word = word.substr(0, hyphen);
  }
  return word;
}

}  // namespace

std::vector<std::string> AcronymsIn(const std::vector<std::string>& texts) {
  std::vector<std::string> out;
  // Words the document also writes in lower case are words ("ORDER:" in
  // "ORDER: 1. The ..." beside "Order of the Minister"), not acronyms.
  std::vector<std::string> written_low;
  for (const std::string& text : texts)
    for (const std::string& w : text::SplitSpaces(text))
      if (ShapeOf(Core(w)).lower > 0) written_low.push_back(text::FoldForMatch(Core(w)));
  std::sort(written_low.begin(), written_low.end());
  for (const std::string& text : texts) {
    const std::vector<std::string> words = text::SplitSpaces(text);
    int mixed = 0;
    for (const std::string& w : words) mixed += ShapeOf(w).lower > 0 ? 1 : 0;
    if (mixed * 2 < static_cast<int>(words.size())) continue;  // a heading in capitals
    for (const std::string& w : words) {
      const std::string_view core = Core(w);
      const Shape s = ShapeOf(core);
      if (s.letters < 2 || s.letters > 6 || s.lower > 0 || s.upper != s.letters) continue;
      if (std::binary_search(written_low.begin(), written_low.end(), text::FoldForMatch(core))) continue;
      if (std::find(out.begin(), out.end(), core) == out.end()) out.emplace_back(core);
    }
  }
  return out;
}

std::string KeepAcronyms(std::string_view text, const std::vector<std::string>& acronyms) {
  std::string out;
  for (const std::string& w : text::SplitSpaces(text)) {
    if (!out.empty()) out += ' ';
    const std::string_view core = Core(w);
    const auto start = static_cast<std::size_t>(core.data() - w.data());
    const std::string folded = text::FoldForMatch(core);
    auto it = std::find_if(acronyms.begin(), acronyms.end(),
                           [&](const std::string& a) { return !folded.empty() && text::FoldForMatch(a) == folded; });
    if (it == acronyms.end()) {
      out += w;
    } else {
      out += w.substr(0, start) + *it + w.substr(start + core.size());
    }
  }
  return out;
}

bool IsMinorWord(std::string_view folded) {
  const std::vector<lang::Term>& minor = lang::Terms("casing.minor");
  return std::any_of(minor.begin(), minor.end(), [&](const lang::Term& t) { return t.phrase == folded; });
}

}  // namespace ogpx::extract
