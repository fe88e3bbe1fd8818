#include "cli/command_line.h"

#include <algorithm>
#include <charconv>
#include <chrono>
#include <iostream>
#include <regex>

#include "base/text.h"
#include "ingest/ocr_languages.h"

namespace ogpx::cli {
namespace {

std::string Lower(std::string s) {
  std::transform(s.begin(), s.end(), s.begin(), [](unsigned char c) { return std::tolower(c); });
  return s;
}

// "a, b or c"
std::string Alternatives(const std::vector<std::string>& names) {
  std::string out;
  for (std::size_t i = 0; i < names.size(); ++i)
    out += (i == 0 ? "" : i + 1 == names.size() ? " or " : ", ") + names[i];
  return out;
}

// "; did you mean 'x'?" or "".
std::string DidYouMean(const std::string& word, const std::vector<std::string>& names) {
  std::string near = Suggest(word, names);
  return near.empty() ? "" : "; did you mean '" + near + "'?";
}

// The option names of `app` ("--jobs", "-j").
std::vector<std::string> OptionNamesOf(const CLI::App& app) {
  std::vector<std::string> names;
  for (const CLI::Option* o : app.get_options()) {
    for (const auto& l : o->get_lnames()) names.push_back("--" + l);
    for (const auto& s : o->get_snames()) names.push_back("-" + s);
  }
  return names;
}

// CLI11's message for `e`, said the way ogpx says the others.
std::string Reword(const CLI::ParseError& e) {
  std::string what = e.what();
  const auto colon = what.find(':');
  const std::string name = colon == std::string::npos ? what : what.substr(0, colon);
  if (dynamic_cast<const CLI::ArgumentMismatch*>(&e)) {
    if (what.find("missing") != std::string::npos) return name + " needs a value";
  }
  if (dynamic_cast<const CLI::RequiredError*>(&e) && what.size() > 12 &&
      what.compare(what.size() - 12, 12, " is required") == 0)
    return "missing " + what.substr(0, what.size() - 12);
  return what;
}

}  // namespace

std::string Suggest(const std::string& word, const std::vector<std::string>& names) {
  // Compared without their leading dashes: "-x" is one letter, as far from
  // "-h" as from anything, and gets no suggestion.
  auto bare = [](const std::string& s) { return Lower(s.substr(std::min(s.find_first_not_of('-'), s.size()))); };
  std::string best;
  std::size_t best_distance = 0;
  const std::string key = bare(word);
  for (const auto& name : names) {
    const std::string candidate = bare(name);
    std::size_t d = text::EditDistance(key, candidate);
    // A few letters off (a third of a word of 3 or more letters, at least
    // 1), or the start of the name ("--form" for "--format").
    bool close = key.size() >= 3 && (d <= std::max<std::size_t>(1, key.size() / 3) || candidate.rfind(key, 0) == 0);
    if (close && (best.empty() || d < best_distance)) {
      best = name;
      best_distance = d;
    }
  }
  return best;
}

std::unique_ptr<CLI::App> MakeCommandApp(const Command& command, std::function<int()>& run) {
  auto app = std::make_unique<CLI::App>("", command.name);
  app->formatter(MakeHelpFormatter());
  // An option given twice takes its last value, as with getopt (a script
  // may append to a command line).
  app->option_defaults()->group("options")->multi_option_policy(CLI::MultiOptionPolicy::TakeLast);
  app->set_help_flag("-h,--help", "print this help and exit");
  app->allow_extras();  // reported by ParseCommandLine, unknown options first
  run = command.define(*app);
  return app;
}

std::optional<int> ParseCommandLine(CLI::App& app, std::vector<std::string> args) {
  const std::string name = app.get_name();
  std::reverse(args.begin(), args.end());  // CLI11 takes them last first
  std::string error;
  try {
    app.parse(args);
  } catch (const CLI::CallForHelp&) {
    std::cout << HelpText(app);
    return kExitOk;
  } catch (const CLI::ParseError& e) {
    error = Reword(e);
  }
  // An unknown option explains the rest (its value taken as an argument).
  // CLI11 keeps the first "--" among the extras; what follows it is never
  // an option.
  std::vector<std::string> extras = app.remaining();
  std::string unknown, surplus;
  bool options_end = false;
  for (const auto& extra : extras) {
    if (extra == "--" && !options_end) {
      options_end = true;
    } else if (!options_end && extra.size() > 1 && extra[0] == '-' && unknown.empty()) {
      unknown = extra.substr(0, extra.find('='));
    } else if (surplus.empty()) {
      surplus = extra;
    }
  }
  if (!unknown.empty()) error = "unknown option '" + unknown + "'" + DidYouMean(unknown, OptionNamesOf(app));
  else if (error.empty() && !surplus.empty()) error = "unexpected argument '" + surplus + "'";
  if (error.empty()) return std::nullopt;
  PrintError(name + ": " + error + " (see ogpx " + name + " --help)");
  return kExitUsage;
}

CLI::Validator Choice(std::vector<std::string> names) {
  return CLI::Validator(
      [names](std::string& value) -> std::string {
        for (const auto& n : names)
          if (Lower(n) == Lower(value)) {
            value = n;
            return "";
          }
        return "must be " + Alternatives(names) + ", not '" + value + "'" + DidYouMean(value, names);
      },
      "", "choice");
}

CLI::Validator WholeNumber(long long min, long long max) {
  return CLI::Validator(
      [min, max](std::string& value) -> std::string {
        long long v = 0;
        auto [end, ec] = std::from_chars(value.data(), value.data() + value.size(), v);
        const bool number = ec == std::errc() && end == value.data() + value.size() && !value.empty();
        if (number && v >= min && v <= max) return "";
        const std::string range = max == std::numeric_limits<int>::max()
                                      ? "a whole number of at least " + std::to_string(min)
                                      : "a whole number from " + std::to_string(min) + " to " + std::to_string(max);
        return "must be " + range + ", not '" + value + "'";
      },
      "", "whole number");
}

CLI::Validator DayOrYear() {
  return CLI::Validator(
      [](std::string& value) -> std::string {
        static const std::regex kShape(R"((\d{4})(-(\d{2})-(\d{2}))?)");
        std::smatch m;
        if (!std::regex_match(value, m, kShape))
          return "must be a day YYYY-MM-DD (or a year YYYY), not '" + value + "'";
        if (!m[2].matched) return "";
        using namespace std::chrono;
        const year y{std::stoi(m[1])};
        const month mo{static_cast<unsigned>(std::stoi(m[3]))};
        const day d{static_cast<unsigned>(std::stoi(m[4]))};
        if (year_month_day{y, mo, d}.ok()) return "";
        if (!mo.ok()) return "'" + value + "' is not a day: there is no month " + std::string(m[3]);
        const unsigned last = static_cast<unsigned>(year_month_day_last{y, month_day_last{mo}}.day());
        return "'" + value + "' is not a day: that month has " + std::to_string(last) + " days";
      },
      "", "day");
}

CLI::Validator NotStandardStream(const std::string& what) {
  return CLI::Validator(
      [what](std::string& value) -> std::string {
        return value == "-" ? "'-' (standard output) cannot be used here: it names " + what : "";
      },
      "", "not '-'");
}

CLI::Option* AddDatabaseOption(CLI::App& app, const std::string& name, std::string& db, const std::string& what) {
  return app
      .add_option(name, db,
                  what + ": a SQLite file, or a PostgreSQL database postgresql://user@host/dbname (the PG* "
                         "variables fill what the URL leaves out)")
      ->type_name("DB")
      ->required()
      ->check(NotStandardStream("a database"));
}

namespace {

// --NAME N options that set one limit (base/limits.h, docs/limits.md).
struct LimitFlag {
  const char* name;
  const char* value;
  const char* help;
  void (*set)(limits::Limits&, int);
  int min;
};
constexpr LimitFlag kLimitFlags[PdfOptions::kLimits] = {
    {"--max-pages", "N", "pages per document (2000)", [](limits::Limits& l, int v) { l.max_pages = v; }, 1},
    {"--max-page-side", "PT", "points per page side (14400 = 200 in)",
     [](limits::Limits& l, int v) { l.max_page_side = v; }, 1},
    {"--max-ocr-pixels", "N", "pixels of a page rendered for OCR (60000000)",
     [](limits::Limits& l, int v) { l.max_ocr_pixels = v; }, 10'000},
    {"--ocr-seconds", "N", "OCR seconds per page (120)",
     [](limits::Limits& l, int v) { l.ocr_seconds_per_page = v; }, 1},
    {"--doc-seconds", "N", "seconds per document, 0 = no limit (1800)",
     [](limits::Limits& l, int v) { l.document_seconds = v; }, 0},
    {"--max-stream-bytes", "N", "decompressed content streams per page (268435456)",
     [](limits::Limits& l, int v) { l.max_stream_bytes = static_cast<std::size_t>(v); }, 1},
    {"--max-image-pixels", "N", "pixels of one image on a page (400000000)",
     [](limits::Limits& l, int v) { l.max_image_pixels = v; }, 1},
};

}  // namespace

void AddPdfOptions(CLI::App& app, PdfOptions& o, const std::string& jobs_help, bool with_page) {
  if (with_page)
    app.add_option("--page", o.page, "only page N (1-based)")->type_name("N")->check(
        WholeNumber(1, std::numeric_limits<int>::max()));
  app.add_option("--ocr", o.ocr,
                 "auto (default): OCR the pages without a usable text layer; always: every page; never: no OCR")
      ->type_name("MODE")
      ->transform(Choice({"auto", "always", "never"}));
  app.add_option("--lang", o.lang, "force the OCR language: eng, mon, mon+eng (default: chosen per page)")
      ->type_name("L");
  app.add_option("--dpi", o.dpi, "OCR resolution (default 300)")->type_name("N")->check(WholeNumber(50, 1200));
  app.add_option("-j,--jobs", o.jobs, jobs_help)->type_name("N")->check(WholeNumber(0, 1024));
  const std::string group = "limits (docs/limits.md; a document over one fails, a page over one is skipped)";
  for (std::size_t i = 0; i < PdfOptions::kLimits; ++i) {
    const LimitFlag& f = kLimitFlags[i];
    o.limit_options[i] = app.add_option(f.name, o.limits[i], f.help)
                             ->type_name(f.value)
                             ->group(group)
                             ->check(WholeNumber(f.min, std::numeric_limits<int>::max()));
  }
}

ingest::Options ToIngestOptions(const PdfOptions& o) {
  ingest::Options options;
  if (o.page > 0) options.first_page = options.last_page = o.page;
  options.ocr = o.ocr == "always" ? ingest::OcrMode::kAlways
                : o.ocr == "never" ? ingest::OcrMode::kNever
                                   : ingest::OcrMode::kAuto;
  options.ocr_lang = o.lang;
  options.ocr_dpi = o.dpi;
  options.jobs = o.jobs;
  for (std::size_t i = 0; i < PdfOptions::kLimits; ++i)
    if (o.limit_options[i] != nullptr && o.limit_options[i]->count() > 0) kLimitFlags[i].set(options.limits, o.limits[i]);
  return options;
}

std::optional<int> CheckOcrData(const std::string& command, const ingest::Options& options) {
  auto missing = ingest::CheckOcrLanguages(options);
  if (!missing) return std::nullopt;
  PrintError(command + ": " + missing->reason);
  return kExitMissingDependency;
}

}  // namespace ogpx::cli
