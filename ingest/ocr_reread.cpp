// The second reading of what Tesseract's first reading of a page doubted
// (ocr_reread.h).
#include "ingest/ocr_reread.h"

#include <algorithm>
#include <cctype>
#include <chrono>
#include <string_view>
#include <string>
#include <vector>

#include "ingest/ocr.h"
#include "ingest/ocr_engine.h"
#include "ingest/ocr_lines.h"

namespace ogpx::ingest {
namespace {

constexpr const char* kLatinOnly = "eng";
// Mean Tesseract confidence of a line read again with eng that is taken
// even when the mixed reading claimed more: the mon model is often sure of
// its misreadings of English ("Опеп" for "Unen", 89 against 63).
constexpr double kConfidentLine = 60;
// Words read with less confidence than this are read again alone; the new
// reading must be surer by kSurer.
constexpr double kDoubtfulWord = 40;
constexpr double kSurer = 10;
// On a page of Cyrillic text, a Cyrillic word of at least this many letters
// beside a Latin word (on its line, or alone on its line under or over one)
// is read again with eng alone: the mon model reads an English word of a
// name as Cyrillic ("Тгапврагепсу" above "International").
constexpr int kMinLettersToCheck = 4;
// The Latin word beside it has at least this many Latin letters.
constexpr int kMinLatinNeighbour = 3;

// A word of Cyrillic capitals alone, of at most this many letters, on a
// line of lower-case words is read again with eng alone: it may be a Roman
// numeral the mon model (which has no Latin letters) read as the Cyrillic
// letters nearest its strokes ("ММ" for "IV" in "2024 оны IV улирал").
// The Cyrillic reading has about as many letters as the numeral has, and
// the numerals of quarters, halves, plans and chapters have at most four
// (VIII); longer words of capitals are abbreviations, and not read again.
constexpr int kMaxNumeralLetters = 4;

// True when `text` (punctuation round it aside) is a Roman numeral of
// I, V and X in the usual form (I to XXXIX): what numbers a plan, a
// chapter or a quarter. Numerals with L, C, D or M are left out: M, C and
// D are also Cyrillic look-alikes and abbreviations.
bool IsRomanNumeral(std::string_view text) {
  while (!text.empty() && std::ispunct(static_cast<unsigned char>(text.back()))) text.remove_suffix(1);
  while (!text.empty() && std::ispunct(static_cast<unsigned char>(text.front()))) text.remove_prefix(1);
  if (text.empty()) return false;
  std::size_t i = 0;
  auto run = [&](char c, std::size_t most) {
    std::size_t n = 0;
    while (i < text.size() && text[i] == c && n < most) ++i, ++n;
    return n;
  };
  run('X', 3);
  if (text.substr(i) == "IX" || text.substr(i) == "IV") return true;
  run('V', 1);
  run('I', 3);
  return i == text.size();
}

// Word k of line `li` is a short word of Cyrillic capitals only (no digit,
// no Latin letter) on a line with a lower-case word: its case disagrees
// with its line's.
bool CapitalsAmongLowerCase(const Page& page, std::size_t li, std::size_t k) {
  const TextLine& line = page.lines[li];
  const Word& w = page.words[static_cast<std::size_t>(line.words[k])];
  const ScriptCount n = CountScripts(w.text);
  if (n.latin > 0 || n.cyrillic == 0 || n.cyrillic > kMaxNumeralLetters || n.capitals != n.cyrillic) return false;
  if (std::any_of(w.text.begin(), w.text.end(), [](char c) { return c >= '0' && c <= '9'; })) return false;
  return std::any_of(line.words.begin(), line.words.end(), [&](int i) {
    const ScriptCount m = CountScripts(page.words[static_cast<std::size_t>(i)].text);
    return m.cyrillic + m.latin > m.capitals;
  });
}

// The eng reading `again` of the Cyrillic capitals `w` is taken: one word,
// a Roman numeral read with at least kConfidentLine (the mon model cannot
// read one, so its confidence in the Cyrillic letters says nothing), and
// not the Cyrillic word's own letters named in Latin ("X" for "Х").
bool ReadsAsNumeral(const Word& w, const std::vector<Word>& again) {
  return again.size() == 1 && again[0].confidence >= kConfidentLine && IsRomanNumeral(again[0].text) &&
         !LatinTwin(again[0].text, w.text);
}

bool Latin(const Word& w) {
  const ScriptCount n = CountScripts(w.text);
  return n.cyrillic == 0 && n.latin >= kMinLatinNeighbour;
}

// The words before and after word k of line `li` in reading order: on its
// line, else the last word of the line above and the first of the line
// below when they share the word's column (overlap it across).
std::vector<int> Neighbours(const Page& page, std::size_t li, std::size_t k) {
  const TextLine& line = page.lines[li];
  std::vector<int> out;
  if (k > 0) out.push_back(line.words[k - 1]);
  if (k + 1 < line.words.size()) out.push_back(line.words[k + 1]);
  if (line.words.size() > 1) return out;
  const Box& b = page.words[static_cast<std::size_t>(line.words[k])].box;
  auto near = [&](const TextLine& other) {
    const double overlap = std::min(other.box.x1, b.x1) - std::max(other.box.x0, b.x0);
    const double gap = std::max(other.box.y0 - b.y1, b.y0 - other.box.y1);
    return !other.words.empty() && overlap > 0 && gap < b.height();
  };
  for (std::size_t j = 0; j < page.lines.size(); ++j) {
    if (j == li || !near(page.lines[j])) continue;
    const TextLine& other = page.lines[j];
    out.push_back(other.box.y0 < b.y0 ? other.words.back() : other.words.front());
  }
  return out;
}

// Word k of line `li` is Cyrillic, long enough to be checked, and stands
// beside a Latin word.
bool BesideLatin(const Page& page, std::size_t li, std::size_t k) {
  const Word& w = page.words[static_cast<std::size_t>(page.lines[li].words[k])];
  const ScriptCount n = CountScripts(w.text);
  if (n.latin > 0 || n.cyrillic < kMinLettersToCheck) return false;
  const std::vector<int> around = Neighbours(page, li, k);
  return std::any_of(around.begin(), around.end(),
                     [&](int i) { return Latin(page.words[static_cast<std::size_t>(i)]); });
}

// The eng reading `again` of the Cyrillic word `w` is taken: Latin words
// only, as sure as the mixed reading, and not the Cyrillic word's own
// letters read as their Latin look-alikes ("TBB" for "ТББ").
bool ReadsAsLatin(const Word& w, const std::vector<Word>& again) {
  if (again.empty() || MeanConfidence(again) < w.confidence) return false;
  std::string text;
  for (const Word& a : again) {
    const ScriptCount n = CountScripts(a.text);
    if (n.cyrillic > 0 || n.latin == 0) return false;
    text += a.text;
  }
  return !LatinTwin(text, w.text);
}

}  // namespace

void Reread(Page& page, Pix* image, double dpi, const std::string& lang, bool automatic_lang, OcrEngine& engine,
            const OcrOptions& ocr, std::chrono::steady_clock::time_point start) {
  int readings = 0;
  bool cut = false;
  auto may_read = [&] {
    const double spent = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    if (readings >= ocr.max_rereads || spent > ocr.seconds_per_page) {
      cut = true;
      return false;
    }
    ++readings;
    return true;
  };
  const bool latin_page = automatic_lang && MostlyLatin(page);
  std::vector<std::vector<Word>> replacement(page.lines.size());
  bool any = false;
  auto word = [&](int i) -> const Word& { return page.words[static_cast<std::size_t>(i)]; };
  for (std::size_t li = 0; li < page.lines.size(); ++li) {
    const TextLine& line = page.lines[li];
    const bool cyrillic = latin_page && std::any_of(line.words.begin(), line.words.end(), [&](int i) {
                            return CountScripts(word(i).text).cyrillic > 0;
                          });
    if (cyrillic) {
      if (!may_read()) break;
      std::vector<Word> again = engine.ReadLine(image, dpi, kLatinOnly, line.box);
      double before = 0, sure_before = 0;
      for (int i : line.words) {
        before += word(i).confidence;
        sure_before += SureText(word(i), kDoubtfulWord);
      }
      before /= static_cast<double>(line.words.size());
      const double now = MeanConfidence(again);
      double sure_now = 0;
      for (const Word& w : again) sure_now += SureText(w, kDoubtfulWord);
      // Taken when surer on the whole, or sure enough, or when it holds
      // more text read with confidence: the strokes of a signature across
      // the line are read as marks nobody is sure of, which then go.
      const bool more_sure_text = sure_now > sure_before;
      if (again.empty() || (now <= before && now < kConfidentLine && !more_sure_text)) continue;
      if (more_sure_text) std::erase_if(again, [](const Word& w) { return w.confidence < kDoubtfulWord; });
      replacement[li] = std::move(again);
      any = true;
      continue;
    }
    std::vector<Word> words;  // the line's words, once one of them is read again
    for (std::size_t k = 0; k < line.words.size(); ++k) {
      const Word& w = word(line.words[k]);
      std::vector<Word> again;
      bool surer = false;
      if (w.confidence < kDoubtfulWord && w.text.size() >= 2 && may_read()) {
        again = engine.ReadLine(image, dpi, latin_page ? kLatinOnly : lang, w.box);
        surer = !again.empty() && MeanConfidence(again) > w.confidence + kSurer;
      } else if (automatic_lang && !latin_page && BesideLatin(page, li, k) && may_read()) {
        again = engine.ReadLine(image, dpi, kLatinOnly, w.box);
        surer = ReadsAsLatin(w, again);
      } else if (automatic_lang && !latin_page && CapitalsAmongLowerCase(page, li, k) && may_read()) {
        again = engine.ReadLine(image, dpi, kLatinOnly, w.box);
        surer = ReadsAsNumeral(w, again);
      }
      if (surer && words.empty())
        for (std::size_t j = 0; j < k; ++j) words.push_back(word(line.words[j]));
      if (surer) {
        for (Word& a : again) words.push_back(std::move(a));
      } else if (!words.empty()) {
        words.push_back(w);
      }
    }
    if (!words.empty()) {
      replacement[li] = std::move(words);
      any = true;
    }
  }
  if (any) ReplaceLineWords(page, replacement);
  if (cut)
    page.warnings.push_back({page.number, "ocr_reread_cut",
                             "second OCR reading stopped after " + std::to_string(readings) +
                                 " lines or words (time or count limit); the rest keep their first reading"});
}


}  // namespace ogpx::ingest
