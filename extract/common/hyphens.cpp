// JoinBrokenWords(): one hyphen policy for every reader (hyphens.h).
#include "extract/common/hyphens.h"

#include <unicode/uchar.h>

#include <set>
#include <string>

#include "base/text.h"
#include "extract/common/fields.h"

namespace ogpx::extract {
namespace {

bool IsHyphen(char32_t c) { return c == U'-' || c == U'\u2010'; }

std::u32string Decode(std::string_view s) {
  std::u32string out;
  text::ForEachCodePoint(s, [&](UChar32 c) { out.push_back(static_cast<char32_t>(c)); });
  return out;
}

std::string Encode(std::u32string_view s) {
  std::string out;
  for (char32_t c : s) text::AppendUtf8(out, static_cast<UChar32>(c));
  return out;
}

// The document's words, folded: whole words, and words with a hyphen inside
// a line ("multi-stakeholder"), each without the punctuation around them.
struct Lexicon {
  std::set<std::string> words, hyphenated;
};

Lexicon LexiconOf(const ingest::Document& doc) {
  Lexicon lex;
  for (const ingest::Page& page : doc.pages) {
    for (const ingest::Word& w : page.words) {
      for (const std::string& token : text::SplitSpaces(text::FoldForMatch(w.text))) {
        std::u32string t = Decode(token);
        std::size_t a = 0, b = t.size();
        while (a < b && !u_isalpha(static_cast<UChar32>(t[a]))) ++a;
        while (b > a && !u_isalpha(static_cast<UChar32>(t[b - 1]))) --b;
        if (a == b) continue;
        const std::u32string core = t.substr(a, b - a);
        bool hyphen = false, other = false;
        for (char32_t c : core) {
          if (IsHyphen(c)) hyphen = true;
          else if (!u_isalpha(static_cast<UChar32>(c))) other = true;
        }
        if (other) continue;
        (hyphen ? lex.hyphenated : lex.words).insert(Encode(core));
      }
    }
  }
  return lex;
}

// The text with its line-end breaks decided (hyphens.h).
std::string Join(const std::string& value, const Lexicon& lex) {
  if (value.find('-') == std::string::npos && value.find("\u2010") == std::string::npos) return value;
  const std::u32string s = Decode(value);
  auto letter = [&](std::size_t i) { return i < s.size() && u_isalpha(static_cast<UChar32>(s[i])); };
  std::u32string out;
  std::size_t i = 0;
  while (i < s.size()) {
    // A hyphen after a letter, then a letter (or one space and a lower-case
    // letter, as a reader that joins lines with a space leaves it).
    if (IsHyphen(s[i]) && i > 0 && letter(i - 1)) {
      const bool spaced = i + 1 < s.size() && s[i + 1] == U' ' && letter(i + 2) && u_islower(static_cast<UChar32>(s[i + 2]));
      const std::size_t after = spaced ? i + 2 : i + 1;
      if (letter(after)) {
        std::size_t x = out.size();
        while (x > 0 && u_isalpha(static_cast<UChar32>(out[x - 1]))) --x;
        std::size_t y = after;
        while (letter(y)) ++y;
        const std::u32string left = out.substr(x), right = s.substr(after, y - after);
        const std::string whole = text::FoldForMatch(Encode(left + right));
        const std::string with_hyphen = text::FoldForMatch(Encode(left + U"-" + right));
        // A compound broken after its own hyphen's second part
        // ("state-ow-" / "ned"): the compound is printed whole elsewhere.
        std::size_t c = x;
        if (c > 1 && IsHyphen(out[c - 1]) && u_isalpha(static_cast<UChar32>(out[c - 2]))) {
          --c;
          while (c > 0 && u_isalpha(static_cast<UChar32>(out[c - 1]))) --c;
        }
        const bool compound = c < x && lex.hyphenated.contains(text::FoldForMatch(Encode(out.substr(c) + right)));
        if (compound || (lex.words.contains(whole) && !lex.hyphenated.contains(with_hyphen))) {
          out += right;  // the break's hyphen goes
          i = y;
          continue;
        }
        if (spaced && lex.hyphenated.contains(with_hyphen)) {
          out += U'-';
          out += right;  // the word's own hyphen stays, the space goes
          i = y;
          continue;
        }
      }
    }
    out.push_back(s[i]);
    ++i;
  }
  return Encode(out);
}

}  // namespace

void JoinBrokenWords(const ingest::Document& doc, model::Document& out) {
  const Lexicon lex = LexiconOf(doc);
  ForEachTextField(out, [&](const TextField& f) { *f.value = Join(*f.value, lex); });
}

}  // namespace ogpx::extract
