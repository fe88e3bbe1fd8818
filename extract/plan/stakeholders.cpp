// Splitting organisation cells; the contract is in stakeholders.h.
#include "extract/plan/stakeholders.h"

#include <unicode/uchar.h>
#include <unicode/utf8.h>

#include <algorithm>
#include <array>
#include <cctype>

#include "base/text.h"
#include "lang/vocabulary.h"

namespace ogpx::extract {
namespace {

// A pitch this close to the spacing threshold (points) tells nothing: the
// baselines of scanned lines are off by up to half a point.
constexpr double kPitchDoubt = 0.4;
// Paragraph spacing is found when no pitch lies between the two groups:
// the smallest paragraph pitch is at least this share of the line pitch
// above the largest line pitch (the baselines of a scan wander by a point
// or two, so that its pitches spread without a gap).
constexpr double kParagraphGapShare = 0.05;
// Line pitches within this share of the line pitch of each other are a
// typesetter's (a text layer); a scan's spread wider, and then one pitch
// is no paragraph spacing (a baseline misread): it takes this many.
constexpr double kTightLinesShare = 0.03;
constexpr std::size_t kMinLooseParagraphPitches = 2;
// An OCR'd line whose baseline is off (one word with descenders alone on its
// line) makes one pitch too small and the next too large by as much: on a
// scan's lines the line spacing is believed only when this many pitches
// show it, never from one pitch below all the others.
constexpr std::size_t kMinOcrLinePitches = 2;

// Words after which a name always goes on (folded): the vocabularies'
// "org.connector" rows and these signs.
constexpr std::array<std::string_view, 4> kConnectorSigns = {"&", ",", "(", "-"};

bool IsConnector(std::string_view w) {
  return lang::ValueOf("org.connector", w) ||
         std::find(kConnectorSigns.begin(), kConnectorSigns.end(), w) != kConnectorSigns.end();
}

// Words that usually end an organisation's name, for documents whose own
// names do not tell yet (folded; the vocabularies' "org.end" rows).
bool IsTypicalEndWord(std::string_view w) { return lang::ValueOf("org.end", w).has_value(); }

// True when a word of `text` heads names of organisations (the
// vocabularies' "org.head" rows: ministry, office, agency, ...).
bool HasHeadWord(std::string_view text) {
  for (const std::string& w : text::SplitSpaces(text::FoldForMatch(text)))
    if (lang::ValueOf("org.head", w)) return true;
  return false;
}

UChar32 FirstCodePoint(std::string_view s) {
  if (s.empty()) return 0;
  int32_t i = 0;
  UChar32 c = 0;
  U8_NEXT(reinterpret_cast<const uint8_t*>(s.data()), i, static_cast<int32_t>(s.size()), c);
  return c;
}

std::string LastWordFolded(std::string_view line) {
  auto words = text::SplitSpaces(text::FoldForMatch(line));
  if (words.empty()) return {};
  std::string w = words.back();
  while (!w.empty() && (w.back() == ';' || w.back() == '.' || w.back() == ':')) w.pop_back();
  return w;
}

bool EndsWithConnector(std::string_view line) {
  std::string folded = text::FoldForMatch(line);
  if (folded.empty()) return false;
  char last = folded.back();
  if (last == ',' || last == '(' || last == '-' || last == '&' || last == '/') return true;
  std::string w = LastWordFolded(line);
  return IsConnector(w);
}

bool StartsLikeContinuation(std::string_view line) {
  UChar32 c = FirstCodePoint(line);
  return c == ')' || u_islower(c);
}

bool StartsWithBullet(std::string_view line) {
  return line.starts_with("-") || line.starts_with("•") || line.starts_with("–") ||
         line.starts_with("·");
}

std::string FirstWord(std::string_view line) {
  auto words = text::SplitSpaces(line);
  return words.empty() ? std::string() : words.front();
}

// Width of `word` estimated from its line's box and its share of code points.
double WordWidth(const CellLine& line, std::string_view word) {
  const auto total = std::max<std::size_t>(1, text::CodePointCount(line.text));
  return line.box.width() * static_cast<double>(text::CodePointCount(word)) / static_cast<double>(total);
}

// Distance between two lines of a column, top to top: bottoms move with
// descenders and with the tight boxes of OCR words, tops much less.
// Baselines when both are known: the tops of scanned lines move with the
// letters they hold (an "of" line is lower than a "Digital" line).
double Pitch(const CellLine& a, const CellLine& b) {
  if (a.baseline > 0 && b.baseline > 0) return b.baseline - a.baseline;
  return b.box.y0 - a.box.y0;
}

}  // namespace

void KnownOrgs::Add(std::string_view name) {
  std::string folded = text::FoldForMatch(CleanOrgName(name));
  if (folded.empty()) return;
  std::string last = LastWordFolded(folded);
  if (!last.empty()) end_words_.insert(last);
  names_.insert(std::move(folded));
}

bool KnownOrgs::Contains(std::string_view name) const {
  return names_.count(text::FoldForMatch(CleanOrgName(name))) > 0;
}

bool KnownOrgs::Continues(std::string_view t) const {
  std::string prefix = text::FoldForMatch(t);
  if (prefix.empty()) return false;
  auto it = names_.lower_bound(prefix);
  for (; it != names_.end() && it->compare(0, prefix.size(), prefix) == 0; ++it) {
    if (it->size() > prefix.size()) return true;
  }
  return false;
}

bool KnownOrgs::IsEndWord(std::string_view word) const {
  std::string w = text::FoldForMatch(word);
  return end_words_.count(w) > 0 || IsTypicalEndWord(w);
}

std::string CleanOrgName(std::string_view raw) {
  std::string s = text::FoldWhitespace(raw);
  // Table borders read as text by OCR: "|" and "_" at either end.
  while (!s.empty() && (s.front() == '|' || s.front() == '_' || s.front() == ' ')) s.erase(0, 1);
  while (!s.empty() && (s.back() == '|' || s.back() == '_' || s.back() == ' ')) s.pop_back();
  // Leading list number "3." / "3)" and bullets.
  std::size_t i = 0;
  while (i < s.size() && std::isdigit(static_cast<unsigned char>(s[i]))) ++i;
  if (i > 0 && i < s.size() && (s[i] == '.' || s[i] == ')')) s.erase(0, i + 1);
  for (std::string_view bullet : {"-", "•", "–", "·", "*"}) {
    if (s.starts_with(bullet) && s.size() > bullet.size()) {
      s.erase(0, bullet.size());
      break;
    }
  }
  s = text::FoldWhitespace(s);
  // Trailing punctuation and footnote marks ("Oxfam*": a signatory).
  while (!s.empty() && (s.back() == ';' || s.back() == ',' || s.back() == '.' || s.back() == '*')) s.pop_back();
  s = text::FoldWhitespace(s);
  if (s == "-" || s == "–") return {};
  // A name has letters: ":" or "|" alone is OCR reading a rule or a speck.
  if (!text::HasLetter(s)) return {};
  return s;
}

std::string JoinLines(const std::vector<std::string>& lines) {
  std::string out;
  for (const std::string& raw : lines) {
    std::string line = text::FoldWhitespace(raw);
    if (line.empty()) continue;
    bool glue = out.size() >= 2 && out.back() == '-' &&
                std::isalnum(static_cast<unsigned char>(out[out.size() - 2])) &&
                !StartsWithBullet(line);
    if (!out.empty() && !glue) out += ' ';
    out += line;
  }
  return out;
}

Spacing MeasureSpacing(const std::vector<std::vector<CellLine>>& columns) {
  std::vector<double> pitches;
  bool ocr = false;
  for (const auto& lines : columns) {
    for (std::size_t i = 1; i < lines.size(); ++i) {
      if (lines[i].page != lines[i - 1].page) continue;
      ocr = ocr || lines[i].ocr || lines[i - 1].ocr;
      double p = Pitch(lines[i - 1], lines[i]);
      if (p > 0) pitches.push_back(p);
    }
  }
  if (pitches.size() < 2) return {};
  std::sort(pitches.begin(), pitches.end());
  // Blank lines and gaps between rows are not line spacing, nor are the
  // small pitches of stray marks read as lines of their own (OCR).
  const double median = pitches[pitches.size() / 2];
  std::erase_if(pitches, [&](double p) { return p > 1.6 * median || p < 0.75 * median; });
  if (pitches.size() < 2) return {};
  // Two groups (line spacing, paragraph spacing) split where the variance
  // between them is largest (Otsu); the threshold is between their means.
  double total = 0;
  for (double p : pitches) total += p;
  double best = 0, low_sum = 0;
  Spacing spacing;
  auto n = static_cast<double>(pitches.size());
  for (std::size_t i = 1; i < pitches.size(); ++i) {
    low_sum += pitches[i - 1];
    double w0 = static_cast<double>(i) / n, w1 = 1 - w0;
    double m0 = low_sum / static_cast<double>(i);
    double m1 = (total - low_sum) / (n - static_cast<double>(i));
    double between = w0 * w1 * (m1 - m0) * (m1 - m0);
    const bool apart = pitches[i] - pitches[i - 1] >= kParagraphGapShare * m0;
    const bool tight = pitches[i - 1] - pitches.front() <= kTightLinesShare * m0;
    const bool several = pitches.size() - i >= kMinLooseParagraphPitches;
    const bool shown = !ocr || i >= kMinOcrLinePitches;
    if (between > best && m1 - m0 >= 1.0 && apart && (tight || several) && shown) {
      best = between;
      spacing = {m0, (m0 + m1) / 2};
    }
  }
  return spacing;
}

std::vector<std::string> SplitOrganisations(const std::vector<CellLine>& lines,
                                            double right_edge, const KnownOrgs& known,
                                            Spacing spacing) {
  std::vector<const CellLine*> kept;
  double widest = 0;
  for (const CellLine& l : lines) {
    if (text::FoldWhitespace(l.text).empty()) continue;
    kept.push_back(&l);
    widest = std::max(widest, l.box.x1);
  }
  double edge = right_edge > 0 ? std::min(right_edge, widest + 40) : widest;
  if (spacing.threshold <= 0) {
    std::vector<CellLine> copy;
    for (const CellLine* l : kept) copy.push_back(*l);
    spacing = MeasureSpacing({copy});
  }
  std::vector<std::string> names;
  std::vector<std::string> current;
  auto flush = [&] {
    std::string name = CleanOrgName(JoinLines(current));
    if (!name.empty()) names.push_back(std::move(name));
    current.clear();
  };
  for (std::size_t i = 0; i < kept.size(); ++i) {
    const CellLine& line = *kept[i];
    if (current.empty()) {
      current.push_back(line.text);
      continue;
    }
    const CellLine& prev = *kept[i - 1];
    std::string so_far = JoinLines(current);
    bool join = false;
    bool same_page = prev.page == line.page;
    double pitch = Pitch(prev, line);
    const bool spaced = spacing.threshold > 0 && same_page;
    if (StartsWithBullet(line.text)) {
      join = false;
    } else if (EndsWithConnector(prev.text) || StartsLikeContinuation(line.text)) {
      join = true;
    } else if (spaced && pitch > spacing.threshold + kPitchDoubt) {
      join = false;
    } else if (spaced && pitch < spacing.threshold - kPitchDoubt &&
               pitch > spacing.line - 2 * kPitchDoubt) {
      join = true;
    } else {
      std::string word = FirstWord(line.text);
      double space = std::max(prev.font_size, line.font_size) * 0.28;
      // The width of a word is estimated from its share of characters; a
      // capitalised word is wider than the average, so the test is strict.
      bool fits = same_page && prev.box.x1 + space + 1.2 * WordWidth(line, word) < edge - 1.0;
      std::string joined = JoinLines({so_far, line.text});
      if (fits) {
        join = false;
      } else if (known.Contains(joined) || known.Continues(joined)) {
        join = true;
      } else if (known.Contains(so_far) || known.Contains(line.text) || known.Continues(line.text)) {
        // The text so far is a name the document prints elsewhere, or the
        // next line is (or starts) one.
        join = false;
      } else if (HasHeadWord(so_far) && HasHeadWord(line.text)) {
        // Two names, each with its own head ("Ministry of Labour and Social
        // Protection" / "National Statistics Office").
        join = false;
      } else {
        join = !known.IsEndWord(LastWordFolded(prev.text));
      }
    }
    if (!join) flush();
    current.push_back(line.text);
  }
  flush();
  return names;
}

}  // namespace ogpx::extract

namespace ogpx::extract {

GuessedSectors GuessSectors(const std::vector<std::string>& names) {
  // The vocabularies' "org.sector" words of each sector (folded); a word
  // matches at a word start (so "partners" matches "development partners",
  // "ministry" matches "ministry's").
  auto words_of = [](std::string_view sector) {
    std::vector<std::string_view> out;
    for (const lang::Term& t : lang::Terms("org.sector"))
      if (t.value == sector) out.emplace_back(t.phrase);
    return out;
  };
  static const std::vector<std::string_view> kOther = words_of("other");
  static const std::vector<std::string_view> kCivil = words_of("civil_society");
  static const std::vector<std::string_view> kGovernment = words_of("government");
  auto has = [](const std::string& folded, std::string_view word) {
    for (std::size_t at = folded.find(word); at != std::string::npos; at = folded.find(word, at + 1)) {
      if (at == 0 || folded[at - 1] == ' ') return true;
    }
    return false;
  };
  auto any = [&](const std::string& folded, const auto& words) {
    return std::any_of(std::begin(words), std::end(words),
                       [&](std::string_view w) { return has(folded, w); });
  };
  GuessedSectors out;
  auto& sectors = out.supporting;
  // The list the words of `text` name, the lists tried in order.
  auto list_for = [&](const std::string& text, bool government_first) -> std::vector<std::string>* {
    if (any(text, kOther)) return &sectors.other;
    if (government_first && any(text, kGovernment)) return &sectors.government;
    if (any(text, kCivil)) return &sectors.civil_society;
    if (any(text, kGovernment)) return &sectors.government;
    return nullptr;
  };
  for (const std::string& name : names) {
    const std::string folded = text::FoldForMatch(name);
    // Mongolian names end with what they are ("Sangiin yaam": ministry of
    // finance; "Irgenii duu khooloi kholboo": an association): the last word
    // decides before any other ("san", foundation, in "Sangiin", finance's,
    // is no foundation).
    std::vector<std::string>* list = nullptr;
    if (text::ScriptOf(folded) == text::Script::kCyrillic) list = list_for(folded.substr(folded.rfind(' ') + 1), true);
    if (!list) list = list_for(folded, false);
    if (list) {
      list->push_back(name);
    } else {
      sectors.civil_society.push_back(name);
      out.unsure.push_back(name);
    }
  }
  return out;
}

}  // namespace ogpx::extract
