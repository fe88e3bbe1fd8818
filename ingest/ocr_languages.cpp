// The OCR language data check; see ocr_languages.h.
#include "ingest/ocr_languages.h"

#include <algorithm>
#include <filesystem>
#include <fstream>

#include "ingest/ocr_engine.h"
#include "ingest/ocr_module.h"

namespace ogpx::ingest {
namespace {

// Languages of the automatic choice (ocr.cpp: one "mon+eng" pass, "eng"
// alone for a second reading of English lines) and of the turned-page check.
constexpr const char* kAutomatic[] = {"eng", "mon"};
constexpr const char* kOrientation = "osd";

std::vector<std::string> Split(const std::string& langs) {
  std::vector<std::string> out;
  std::size_t start = 0;
  while (start <= langs.size()) {
    const std::size_t plus = langs.find('+', start);
    const std::string part = langs.substr(start, plus == std::string::npos ? std::string::npos : plus - start);
    if (!part.empty()) out.push_back(part);
    if (plus == std::string::npos) break;
    start = plus + 1;
  }
  return out;
}

bool Installed(const std::string& dir, const std::string& lang) {
  std::error_code ec;
  const std::filesystem::path file = std::filesystem::path(dir) / (lang + ".traineddata");
  if (!std::filesystem::is_regular_file(file, ec)) return false;
  std::ifstream in(file, std::ios::binary);
  return in.good() && in.peek() != std::ifstream::traits_type::eof();
}

}  // namespace

std::vector<std::string> OcrLanguagesNeeded(const Options& options) {
  std::vector<std::string> out;
  if (options.ocr == OcrMode::kNever) return out;
  if (options.ocr_lang.empty()) {
    out.assign(std::begin(kAutomatic), std::end(kAutomatic));
  } else {
    for (const std::string& lang : Split(options.ocr_lang))
      if (std::find(out.begin(), out.end(), lang) == out.end()) out.push_back(lang);
  }
  out.push_back(kOrientation);
  return out;
}

std::string TesseractPackage(const std::string& lang) {
  // Debian names the package after the language's file name, with '_' as '-'
  // ("chi_sim" -> tesseract-ocr-chi-sim).
  std::string name = lang;
  for (char& c : name)
    if (c == '_') c = '-';
  return "tesseract-ocr-" + name;
}

std::optional<Error> CheckOcrLanguages(const Options& options, const std::string& tessdata_dir) {
  if (options.ocr == OcrMode::kNever) return std::nullopt;
  if (auto module = CheckOcrModule()) return module;
  const std::string dir = ResolveTessdata(tessdata_dir);
  std::string langs, packages;
  for (const std::string& lang : OcrLanguagesNeeded(options)) {
    if (Installed(dir, lang)) continue;
    langs += (langs.empty() ? "" : ", ") + lang;
    packages += (packages.empty() ? "" : " ") + TesseractPackage(lang);
  }
  if (langs.empty()) return std::nullopt;
  return Error{ErrorKind::kNotFound, "", std::nullopt,
               "OCR language data missing: " + langs + " (no .traineddata in " + dir +
                   "); install the Debian package(s) " + packages +
                   ", set TESSDATA_PREFIX, or run with --ocr never"};
}

}  // namespace ogpx::ingest
