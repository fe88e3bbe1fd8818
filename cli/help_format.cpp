// ogpx's help layout for CLI11 apps (cli/command_line.h, HelpText):
//
//   usage: ogpx NAME REQUIRED-OPTIONS [options] ARGUMENTS
//
//   description (as written)
//
//   GROUP:
//     -s, --long VALUE      description, wrapped at 80 columns
//
//   notes (the app's footer, as written)
//
// tools/help2man.py turns exactly this layout into the man pages, so the
// help and the man pages cannot disagree.
#include <algorithm>
#include <sstream>

#include "cli/command_line.h"

namespace ogpx::cli {
namespace {

constexpr std::size_t kWidth = 80;       // columns of the help text
constexpr std::size_t kNameColumn = 24;  // where option descriptions start

// `text` wrapped at spaces to lines of at most `width` characters (a word
// longer than that stays whole); explicit line breaks are kept.
std::vector<std::string> Wrap(const std::string& text, std::size_t width) {
  std::vector<std::string> lines;
  std::istringstream paragraphs(text);
  for (std::string paragraph; std::getline(paragraphs, paragraph);) {
    std::istringstream words(paragraph);
    std::string line;
    for (std::string word; words >> word;) {
      if (!line.empty() && line.size() + 1 + word.size() > width) {
        lines.push_back(line);
        line.clear();
      }
      line += (line.empty() ? "" : " ") + word;
    }
    lines.push_back(line);
  }
  return lines;
}

// "-j, --jobs N" (`long_only`: "--jobs N")
std::string OptionNames(const CLI::Option& opt, bool long_only = false) {
  std::string names;
  if (!long_only || opt.get_lnames().empty())
    for (const auto& s : opt.get_snames()) names += (names.empty() ? "-" : ", -") + s;
  for (const auto& l : opt.get_lnames()) names += (names.empty() ? "--" : ", --") + l;
  if (opt.get_type_size() != 0 && !opt.get_type_name().empty()) names += " " + opt.get_type_name();
  return names;
}

std::string OptionRow(const CLI::Option& opt) {
  std::string left = "  " + OptionNames(opt);
  std::string out;
  std::vector<std::string> lines = Wrap(opt.get_description(), kWidth - kNameColumn);
  if (left.size() + 2 > kNameColumn) {
    out = left + "\n";
    left.clear();
  }
  for (const auto& line : lines) {
    left.resize(kNameColumn, ' ');
    out += left + line + "\n";
    left.clear();
  }
  return out;
}

class HelpFormatter : public CLI::Formatter {
 public:
  std::string make_help(const CLI::App* app, std::string, CLI::AppFormatMode) const override {
    std::string out = "usage: ogpx " + app->get_name();
    auto options = app->get_options();
    for (const CLI::Option* o : options)
      if (o->nonpositional() && o->get_required()) out += " " + OptionNames(*o, /*long_only=*/true);
    out += " [options]";
    for (const CLI::Option* o : options) {
      if (!o->get_positional()) continue;
      std::string name = o->get_name(true, false);
      if (o->get_expected_max() > 1) name += "...";
      out += " " + (o->get_required() ? name : "[" + name + "]");
    }
    out += "\n";
    if (!app->get_description().empty()) out += "\n" + app->get_description();
    for (const std::string& group : app->get_groups()) {
      std::string rows;
      for (const CLI::Option* o : options)
        if (o->nonpositional() && o->get_group() == group) rows += OptionRow(*o);
      if (!rows.empty()) out += "\n" + group + ":\n" + rows;
    }
    if (!app->get_footer().empty()) out += "\n" + app->get_footer();
    return out;
  }
};

}  // namespace

std::string HelpList(const std::vector<std::pair<std::string, std::string>>& items) {
  std::size_t name_width = 0;
  for (const auto& [name, text] : items) name_width = std::max(name_width, name.size());
  std::string out;
  for (const auto& [name, text] : items) {
    std::string left = "  " + name;
    for (const auto& line : Wrap(text, kWidth - name_width - 4)) {
      left.resize(name_width + 4, ' ');
      out += left + line + "\n";
      left.clear();
    }
  }
  return out;
}

std::string HelpText(const CLI::App& app) { return HelpFormatter().make_help(&app, "", CLI::AppFormatMode::Normal); }

std::shared_ptr<CLI::FormatterBase> MakeHelpFormatter() { return std::make_shared<HelpFormatter>(); }

}  // namespace ogpx::cli
