// Words of a language live in lang/data/*.tsv, not in the readers' code: no
// file under extract/ or layout/ may hold more lines with Cyrillic or Spanish
// letters than it held when the vocabulary files were introduced (the table
// below only shrinks as words move out), and a file not in the table may hold
// none. Comments count too: examples belong in docs/.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <map>
#include <string>

#include "base/text.h"

namespace ogpx {
namespace {

// Lines with Cyrillic or Spanish letters per file, as left to move
// (docs/lang.md, "What is still in code").
// clang-format off
const std::map<std::string, int> kStillInCode = {};  // none left
// clang-format on

bool HasLanguageLetter(const std::string& line) {
  bool found = false;
  text::ForEachCodePoint(line, [&](UChar32 c) {
    // Cyrillic, and the letters Spanish adds to ASCII.
    if ((c >= 0x0400 && c <= 0x04FF) || c == 0xF1 || c == 0xD1 || c == 0xE1 || c == 0xE9 || c == 0xED ||
        c == 0xF3 || c == 0xFA || c == 0xBF || c == 0xA1)
      found = true;
  });
  return found;
}

TEST(SourceWords, LanguageWordsOnlyInTheVocabularyFiles) {
  const std::filesystem::path root = OGPX_SOURCE_DIR;
  for (const char* dir : {"extract", "layout", "lang"}) {
    for (const auto& entry : std::filesystem::recursive_directory_iterator(root / dir)) {
      const std::string ext = entry.path().extension().string();
      if (ext != ".cpp" && ext != ".h") continue;
      const std::string rel = std::filesystem::relative(entry.path(), root).generic_string();
      std::ifstream in(entry.path());
      int lines = 0;
      for (std::string line; std::getline(in, line);) lines += HasLanguageLetter(line);
      const auto it = kStillInCode.find(rel);
      const int allowed = it == kStillInCode.end() ? 0 : it->second;
      EXPECT_LE(lines, allowed) << rel << ": " << lines
                                << " lines hold Cyrillic or Spanish letters; language words belong in "
                                   "lang/data/<language>.tsv";
    }
  }
}

}  // namespace
}  // namespace ogpx
