#include "cli/args.h"

#include <charconv>
#include <thread>

#include "cli/command.h"
#include "ingest/ocr_languages.h"

namespace ogpx::cli {

bool Args::Parse(const std::vector<std::string>& args) {
  for (std::size_t i = 0; i < args.size(); ++i) {
    const std::string& a = args[i];
    if (a.size() < 3 || a.rfind("--", 0) != 0) {
      positional_.push_back(a);
      continue;
    }
    std::string name = a.substr(2), value;
    bool inline_value = false;
    if (auto eq = name.find('='); eq != std::string::npos) {
      value = name.substr(eq + 1);
      name = name.substr(0, eq);
      inline_value = true;
    }
    if (flags_.count(name)) {
      if (inline_value) {
        error_ = "option --" + name + " takes no value";
        return false;
      }
      values_[name] = "1";
    } else if (with_value_.count(name)) {
      if (!inline_value) {
        if (i + 1 >= args.size()) {
          error_ = "option --" + name + " needs a value";
          return false;
        }
        value = args[++i];
      }
      values_[name] = value;
    } else {
      error_ = "unknown option --" + name;
      return false;
    }
  }
  return true;
}

std::string Args::Get(const std::string& name, const std::string& fallback) const {
  auto it = values_.find(name);
  return it == values_.end() ? fallback : it->second;
}

std::optional<int> Args::GetInt(const std::string& name, int fallback) {
  auto it = values_.find(name);
  if (it == values_.end()) return fallback;
  int v = 0;
  const std::string& s = it->second;
  auto [ptr, ec] = std::from_chars(s.data(), s.data() + s.size(), v);
  if (ec != std::errc() || ptr != s.data() + s.size()) {
    error_ = "option --" + name + " needs a whole number, not '" + s + "'";
    return std::nullopt;
  }
  return v;
}

namespace {

// --NAME N options that set one limit (base/limits.h, docs/limits.md).
struct LimitFlag {
  const char* name;
  void (*set)(limits::Limits&, int);
  int min;
};
constexpr LimitFlag kLimitFlags[] = {
    {"max-pages", [](limits::Limits& l, int v) { l.max_pages = v; }, 1},
    {"max-page-side", [](limits::Limits& l, int v) { l.max_page_side = v; }, 1},
    {"max-ocr-pixels", [](limits::Limits& l, int v) { l.max_ocr_pixels = v; }, 10'000},
    {"ocr-seconds", [](limits::Limits& l, int v) { l.ocr_seconds_per_page = v; }, 1},
    {"doc-seconds", [](limits::Limits& l, int v) { l.document_seconds = v; }, 0},
    {"max-stream-bytes", [](limits::Limits& l, int v) { l.max_stream_bytes = static_cast<std::size_t>(v); }, 1},
    {"max-image-pixels", [](limits::Limits& l, int v) { l.max_image_pixels = v; }, 1},
};

}  // namespace

std::set<std::string> IngestOptionNames() {
  std::set<std::string> names{"page", "ocr", "lang", "dpi", "jobs"};
  for (const auto& f : kLimitFlags) names.insert(f.name);
  return names;
}

bool IngestOptionsFrom(Args& args, ingest::Options& options, std::string& error) {
  auto page = args.GetInt("page", 0), dpi = args.GetInt("dpi", options.ocr_dpi),
       jobs = args.GetInt("jobs", 0);
  if (!page || !dpi || !jobs) {
    error = args.error();
    return false;
  }
  if (*page < 0 || *dpi < 50 || *dpi > 1200 || *jobs < 0) {
    error = "--page must be >= 1, --dpi between 50 and 1200, --jobs >= 0";
    return false;
  }
  if (*page > 0) options.first_page = options.last_page = *page;
  options.ocr_dpi = *dpi;
  options.jobs = *jobs;
  std::string ocr = args.Get("ocr", "auto");
  if (ocr == "auto") options.ocr = ingest::OcrMode::kAuto;
  else if (ocr == "always") options.ocr = ingest::OcrMode::kAlways;
  else if (ocr == "never") options.ocr = ingest::OcrMode::kNever;
  else {
    error = "--ocr must be auto, always or never, not '" + ocr + "'";
    return false;
  }
  options.ocr_lang = args.Get("lang");
  for (const auto& f : kLimitFlags) {
    if (!args.Has(f.name)) continue;
    auto v = args.GetInt(f.name, 0);
    if (!v || *v < f.min) {
      error = v ? "--" + std::string(f.name) + " must be at least " + std::to_string(f.min) : args.error();
      return false;
    }
    f.set(options.limits, *v);
  }
  return true;
}

std::optional<PdfCommandLine> ParsePdfCommandLine(const std::string& command,
                                                  const std::vector<std::string>& argv,
                                                  const std::set<std::string>& extra,
                                                  const std::set<std::string>& flags) {
  auto names = IngestOptionNames();
  names.insert(extra.begin(), extra.end());
  PdfCommandLine line{Args(names, flags), {}, {}};
  if (!line.args.Parse(argv) || line.args.positional().size() != 1) {
    PrintError(line.args.error().empty()
                   ? command + ": expected one FILE.pdf (see ogpx " + command + " --help)"
                   : command + ": " + line.args.error());
    return std::nullopt;
  }
  std::string error;
  if (!IngestOptionsFrom(line.args, line.options, error)) {
    PrintError(command + ": " + error);
    return std::nullopt;
  }
  line.file = line.args.positional()[0];
  return line;
}

std::optional<int> CheckOcrData(const std::string& command, const ingest::Options& options) {
  auto missing = ingest::CheckOcrLanguages(options);
  if (!missing) return std::nullopt;
  PrintError(command + ": " + missing->reason);
  return kExitOcrData;
}

int ExitCodeFor(const Error& error) {
  switch (error.kind) {
    case ErrorKind::kUsage: return kExitUsage;
    case ErrorKind::kIo: return kExitInternal;
    default: return kExitInputFailed;
  }
}

}  // namespace ogpx::cli
