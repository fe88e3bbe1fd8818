// Narrative plans whose commitments are run-in bullets, and the overview
// table that gives leads and themes (see narrative.h).
#include <unicode/uchar.h>
#include <unicode/utf8.h>

#include <algorithm>
#include <cctype>
#include <optional>
#include <set>

#include "base/text.h"
#include "extract/plan/labels.h"
#include "extract/plan/narrative.h"
#include "extract/plan/stakeholders.h"
#include "extract/common/casing.h"
#include "lang/vocabulary.h"

namespace ogpx::extract::plan {
namespace {

// True when most words of `title` that are not small words start with a
// capital letter or a digit ("Revise the Federal Standards for Collecting…").
bool TitleCased(const std::string& title) {
  int words = 0, capital = 0;
  for (const std::string& w : text::SplitSpaces(title)) {
    const std::string folded = text::FoldForMatch(w);
    if (folded.empty() || IsMinorWord(folded)) continue;
    ++words;
    std::size_t i = 0;
    while (i < w.size() && (w[i] == '(' || w[i] == '"' || w[i] == '\'')) ++i;
    if (i >= w.size()) continue;
    UChar32 c = 0;
    const auto* bytes = reinterpret_cast<const uint8_t*>(w.data());
    const auto n = static_cast<int32_t>(w.size());
    auto at = static_cast<int32_t>(i);
    U8_NEXT(bytes, at, n, c);
    if (c >= 0 && (u_isupper(c) || u_istitle(c) || u_isdigit(c))) ++capital;
  }
  return words >= 2 && capital * 4 >= words * 3;
}

// End of a run-in heading: the first full stop followed by a space (or the
// end), not one of an initial ("U.S.").
std::size_t RunInEnd(const std::string& text) {
  for (std::size_t i = 0; i < text.size(); ++i) {
    if (text[i] != '.') continue;
    if (i + 1 < text.size() && text[i + 1] != ' ') continue;
    if (i >= 1 && std::isupper(static_cast<unsigned char>(text[i - 1])) &&
        (i < 2 || text[i - 2] == '.' || text[i - 2] == ' '))
      continue;  // "U.S." / "A. Smith"
    return i;
  }
  return std::string::npos;
}

// "1. Issuance of …" -> 1.
std::optional<int> StepNumber(const std::string& text) {
  std::size_t i = 0;
  while (i < text.size() && i < 2 && std::isdigit(static_cast<unsigned char>(text[i]))) ++i;
  if (i == 0 || i + 1 >= text.size() || (text[i] != '.' && text[i] != ')') || text[i + 1] != ' ') return std::nullopt;
  return std::stoi(text.substr(0, i));
}

// Plans whose commitments are bullets with a run-in heading (for example "•
// Expand the Federal Government's Production … Data. The President's …"),
// under theme headings set larger than the body; numbered by position.
}  // namespace

NarrativePlan ReadRunIns(const std::vector<StreamItem>& items) {
  NarrativePlan out;
  std::vector<double> sizes;
  for (const auto& item : items)
    if (!item.is_row() && item.line.font_size > 0) sizes.push_back(item.line.font_size);
  if (sizes.empty()) return out;
  std::nth_element(sizes.begin(), sizes.begin() + static_cast<std::ptrdiff_t>(sizes.size() / 2), sizes.end());
  const double body = sizes[sizes.size() / 2];

  std::optional<std::string> theme;
  double bullet_x = 0;
  std::vector<std::string> description;
  std::vector<std::vector<std::string>> steps;
  bool in_item = false, after_colon = false;
  auto finish = [&] {
    if (out.commitments.empty()) return;
    model::Commitment& c = out.commitments.back();
    if (!description.empty()) c.description = JoinLines(description);
    if (steps.size() >= 2) {
      for (std::size_t k = 0; k < steps.size(); ++k) {
        model::Milestone m;
        m.number = c.number + "." + std::to_string(k + 1);
        m.text = JoinLines(steps[k]);
        m.pages = {c.pages.back()};
        c.milestones.push_back(std::move(m));
      }
    }
    description.clear();
    steps.clear();
    in_item = false;
    after_colon = false;
  };
  for (std::size_t i = 0; i < items.size(); ++i) {
    const StreamItem& item = items[i];
    if (item.is_row()) continue;
    const std::string text = TextOf(item);
    if (text.empty() || IsContentsLine(text)) continue;
    const CellLine& line = item.line;
    const bool heading = line.font_size >= body * 1.25 && text::SplitSpaces(text).size() <= 14;
    if (heading) {
      finish();
      // A heading wrapped over two lines continues the theme.
      if (i > 0 && !items[i - 1].is_row() && items[i - 1].page == item.page &&
          items[i - 1].line.font_size >= body * 1.25 && theme && line.box.y0 - items[i - 1].line.box.y1 < line.box.height())
        *theme += " " + text;
      else
        theme = text;
      continue;
    }
    if (auto rest = AfterBullet(text)) {
      std::string title_text = *rest;
      std::size_t end = RunInEnd(title_text);
      // The heading may wrap: look at the next line of the item.
      if (end == std::string::npos && i + 1 < items.size() && !items[i + 1].is_row()) {
        title_text += " " + TextOf(items[i + 1]);
        end = RunInEnd(title_text);
      }
      if (end != std::string::npos && end <= 200 && TitleCased(title_text.substr(0, end))) {
        finish();
        model::Commitment c;
        c.number = std::to_string(out.commitments.size() + 1);
        c.title = title_text.substr(0, end);
        c.theme = theme;
        c.pages = {item.page};
        out.commitments.push_back(std::move(c));
        out.numbered_by_position.push_back({item.page, out.commitments.back().number, *out.commitments.back().title});
        if (out.first == std::string::npos) out.first = i;
        out.starts.push_back(i);
        const std::string after = text::FoldWhitespace(rest->substr(std::min(rest->size(), end + 1)));
        if (!after.empty()) description.push_back(after);
        bullet_x = line.box.x0;
        in_item = true;
        if (title_text.size() > rest->size()) ++i;  // the wrapped heading's second line is read
        continue;
      }
    }
    if (!in_item || out.commitments.empty()) continue;
    if (line.box.x0 <= bullet_x + 2 && AfterBullet(text)) {  // another bullet at the item's level
      finish();
      continue;
    }
    if (line.box.x0 < bullet_x - 1) {  // back to the body margin: the item is over
      finish();
      continue;
    }
    model::Commitment& c = out.commitments.back();
    if (c.pages.back() != item.page) c.pages.push_back(item.page);
    if (auto n = StepNumber(text); n && after_colon && *n == static_cast<int>(steps.size()) + 1) {
      steps.push_back({text.substr(text.find(' ') + 1)});
      continue;
    }
    if (!steps.empty() && line.box.x0 > bullet_x + 8) {
      steps.back().push_back(text);
      continue;
    }
    if (!steps.empty()) after_colon = false;
    description.push_back(text);
    if (!text.empty() && text.back() == ':') after_colon = true;
  }
  finish();
  return out;
}



namespace {

// Lead names of an overview cell: "Department for Business, Innovation and
// Skills, HM Treasury" -> two names. A "Department for" / "Ministry of"
// name keeps the comma list that ends in its own "and" ("Business,
// Innovation and Skills") unless a piece names an office of its own.
std::vector<std::string> SplitLeadNames(const std::string& text) {
  // A piece names an office of its own when it holds a word that heads an
  // organisation's name (the vocabularies' "org.head" rows).
  auto names_office = [&](const std::string& piece) {
    return lang::FindTerm("org.head", text::FoldForMatch(piece)) != nullptr;
  };
  std::vector<std::string> pieces;
  for (const std::string& n : SplitNames(text)) pieces.push_back(n);
  std::vector<std::string> out;
  for (std::size_t i = 0; i < pieces.size(); ++i) {
    std::string name = pieces[i];
    // "Department for …", "Ministry of …": a head word and the word that
    // links it to its field (org.head, org.field_link).
    const std::vector<std::string> words = text::SplitSpaces(text::FoldForMatch(name));
    if (words.size() > 2 && lang::ValueOf("org.head", words[0]) && lang::ValueOf("org.field_link", words[1])) {
      std::size_t j = i + 1;
      while (j < pieces.size() && j < i + 3 && !names_office(pieces[j])) {
        if (pieces[j].find(" and ") != std::string::npos) {
          for (std::size_t k = i + 1; k <= j; ++k) name += ", " + pieces[k];
          i = j;
          break;
        }
        ++j;
      }
    }
    out.push_back(name);
  }
  return out;
}

// An overview table ("No. | Commitment | Lead department(s) | …", an annex)
// gives the leads of commitments that name none, and the theme of its
// full-width section rows.
}  // namespace

void ReadOverviewLeads(const std::vector<StreamItem>& items, std::vector<model::Commitment>& commitments) {
  const Table* table = nullptr;
  int number_col = -1, lead_col = -1;
  std::optional<std::string> theme;
  for (const StreamItem& item : items) {
    if (!item.is_row()) continue;
    if (item.table != table) {
      number_col = lead_col = -1;
      for (const Cell* c : item.cells) {
        const std::string f = text::FoldForMatch(c->text);
        if (lang::FindTerm("table.number", f) != nullptr) number_col = c->col;
        if (const lang::Term* t = NarrativePart(f); t != nullptr && t->value == "lead") lead_col = c->col;
      }
      table = (number_col >= 0 && lead_col >= 0) ? item.table : nullptr;
      continue;
    }
    if (item.cells.size() == 1 && item.cells[0]->col_span >= 2) {
      theme = text::FoldWhitespace(item.cells[0]->text);
      continue;
    }
    const Cell* number = nullptr;
    const Cell* lead = nullptr;
    for (const Cell* c : item.cells) {
      if (c->col == number_col) number = c;
      if (c->col == lead_col) lead = c;
    }
    if (!number) continue;
    const std::string n = text::FoldWhitespace(number->text);
    auto it = std::find_if(commitments.begin(), commitments.end(),
                           [&](const model::Commitment& c) { return c.number == n; });
    if (it == commitments.end()) continue;
    if (it->lead.empty() && lead) {
      std::vector<std::string> lines;
      for (const CellLine& l : lead->lines) lines.push_back(l.text);
      const std::string text = JoinLines(lines);
      const std::string f = text::FoldForMatch(text);
      if (f != "not applicable" && f != "n/a" && f != "-") it->lead = SplitLeadNames(text);
    }
    if (!it->theme && theme) it->theme = theme;
    for (int p : item.pages)
      if (std::find(it->pages.begin(), it->pages.end(), p) == it->pages.end()) it->pages.push_back(p);
  }
}

}  // namespace ogpx::extract::plan
