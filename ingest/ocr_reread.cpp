// The second reading of what Tesseract's first reading of a page doubted
// (ocr_reread.h).
#include "ingest/ocr_reread.h"

#include <algorithm>
#include <chrono>
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
      if (w.confidence < kDoubtfulWord && w.text.size() >= 2 && may_read())
        again = engine.ReadLine(image, dpi, latin_page ? kLatinOnly : lang, w.box);
      const bool surer = !again.empty() && MeanConfidence(again) > w.confidence + kSurer;
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
