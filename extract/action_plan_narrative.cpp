// Plans written as prose, not template tables; see action_plan_narrative.h.
#include "extract/action_plan_narrative.h"

#include <algorithm>
#include <optional>
#include <set>

#include "extract/action_plan_labels.h"
#include "extract/dates.h"
#include "extract/stakeholders.h"
#include "ingest/unicode.h"

namespace ogpx::extract::plan {
namespace {

// Sub-headings inside a commitment's text (folded prefixes).
constexpr std::string_view kCivilSocietyHeadings[] = {"supporting civil society", "civil society organisations",
                                                      "civil society organizations", "supporting organisations",
                                                      "supporting organizations"};
constexpr std::string_view kTimescaleHeadings[] = {"timescales", "timescale", "timeline", "milestones",
                                                   "key milestones"};
constexpr std::string_view kSubHeadings[] = { "vision and impact", "context", "means", "lead department",
    "lead agency", "lead implementing", "objective", "ambition", "grand challenge",
    "relevance", "what is the", "why is this", "how will"};

bool StartsWithAny(const std::string& folded, const auto& phrases) {
  return std::any_of(std::begin(phrases), std::end(phrases),
                     [&](std::string_view p) { return folded.starts_with(p); });
}

// A contents line ("Commitment 3 ......... 12") is not a heading.
bool IsContentsLine(const std::string& text) {
  return text.find("...") != std::string::npos || text.find("…") != std::string::npos ||
         text.find(". . .") != std::string::npos || text.find("___") != std::string::npos;
}

std::string TextOf(const StreamItem& item) {
  if (!item.is_row()) return text::FoldWhitespace(item.line.text);
  std::string out;
  for (const Cell* c : item.cells) out += (out.empty() ? "" : " ") + c->text;
  return text::FoldWhitespace(out);
}

// "A, B and C" / "Group: A, B" -> names.
std::vector<std::string> SplitNames(const std::string& text) {
  std::vector<std::string> out;
  std::string cur;
  auto flush = [&] {
    std::string name = CleanOrgName(cur);
    if (!name.empty()) out.push_back(name);
    cur.clear();
  };
  for (char c : text) {
    if (c == ',' || c == ';' || c == ':') {
      flush();
    } else {
      cur += c;
    }
  }
  flush();
  return out;
}

// The text after a list bullet ("•", U+F0B7 of Symbol fonts, "-", "–").
std::optional<std::string> AfterBullet(const std::string& text) {
  for (std::string_view b : {"•", "\uF0B7", "▪", "●", "- ", "– "}) {
    if (text.starts_with(b)) return text::FoldWhitespace(text.substr(b.size()));
  }
  return std::nullopt;
}

// The date a bullet ends with ("… by December 2013", "… (October 2013)").
std::optional<model::Due> BulletDue(const std::string& text) {
  std::string tail = text;
  if (std::size_t by = text.rfind(" by "); by != std::string::npos) {
    tail = text.substr(by + 4);
  } else if (std::size_t open = text.rfind('('); open != std::string::npos) {
    tail = text.substr(open + 1);
    if (!tail.empty() && tail.back() == ')') tail.pop_back();
  }
  auto span = ParseDue(tail);
  if (!span || !span->end) return std::nullopt;
  model::Due due;
  due.raw = text::FoldWhitespace(tail);
  due.start = span->start;
  due.end = span->end;
  if (span->start_date) due.start_date = span->start_date->Iso();
  if (span->end_date) due.end_date = span->end_date->Iso();
  return due;
}

}  // namespace

NarrativePlan ReadNarrative(const std::vector<StreamItem>& items) {
  NarrativePlan out;
  std::set<std::string> seen;
  enum class Part { kNone, kDescription, kCivilSociety, kTimescales, kOther } part = Part::kNone;
  const CellLine* last = nullptr;
  std::vector<std::string> description, names;
  std::vector<std::vector<std::string>> bullets;
  bool in_bullet = false;
  auto finish = [&] {
    if (out.commitments.empty()) return;
    model::Commitment& c = out.commitments.back();
    for (const auto& lines : bullets) {
      model::Milestone m;
      m.number = c.number + "." + std::to_string(c.milestones.size() + 1);
      m.text = JoinLines(lines);
      m.due = BulletDue(m.text);
      m.pages = {c.pages.back()};
      c.milestones.push_back(std::move(m));
      out.inferred.push_back({c.pages.front(), c.number, c.milestones.back().number});
    }
    bullets.clear();
    in_bullet = false;
    if (!description.empty()) c.description = JoinLines(description);
    for (const std::string& n : SplitNames(JoinLines(names))) c.supporting.civil_society.push_back(n);
    description.clear();
    names.clear();
  };
  for (std::size_t i = 0; i < items.size(); ++i) {
    const StreamItem& item = items[i];
    const std::string text = TextOf(item);
    if (text.empty()) continue;
    if (!item.is_row() && !IsContentsLine(text)) {
      auto heading = ParseCommitmentHeading(text, true);
      if (heading && heading->number.find('.') == std::string::npos && heading->title.size() <= 160 &&
          !seen.contains(heading->number)) {
        finish();
        seen.insert(heading->number);
        model::Commitment c;
        c.number = heading->number;
        if (!heading->title.empty()) c.title = heading->title;
        c.pages = {item.page};
        out.commitments.push_back(std::move(c));
        if (out.first == std::string::npos) out.first = i;
        part = Part::kDescription;
        last = &item.line;
        continue;
      }
    }
    if (out.commitments.empty()) continue;
    model::Commitment& c = out.commitments.back();
    if (c.pages.back() != item.page) c.pages.push_back(item.page);
    const std::string folded = text::FoldForMatch(text);
    if (StartsWithAny(folded, kCivilSocietyHeadings)) {
      part = Part::kCivilSociety;
      auto rest = text.find(':');
      if (rest != std::string::npos && rest + 1 < text.size() && folded.find(':') < 40)
        names.push_back(text.substr(rest + 1));
      last = item.is_row() ? nullptr : &item.line;
      continue;
    }
    if (StartsWithAny(folded, kTimescaleHeadings)) {
      part = Part::kTimescales;
      in_bullet = false;
      continue;
    }
    if (StartsWithAny(folded, kSubHeadings)) {
      part = Part::kOther;
      continue;
    }
    if (part == Part::kTimescales && !item.is_row()) {
      // One milestone per bullet; its wrapped lines follow without one.
      if (auto rest = AfterBullet(text)) {
        bullets.push_back({*rest});
        in_bullet = true;
      } else if (in_bullet && !(item.line.box.y0 - last->box.y1 > std::max(3.0, last->box.height() * 0.8))) {
        bullets.back().push_back(text);
      } else {
        in_bullet = false;
      }
      last = &item.line;
      continue;
    }
    // A paragraph break ends the description and the list of names.
    const bool gap = last == nullptr || item.is_row() || item.page != last->page ||
                     item.line.box.y0 - last->box.y1 > std::max(3.0, last->box.height() * 0.8);
    if (part == Part::kDescription) {
      if (gap && !description.empty()) {
        part = Part::kOther;
      } else if (!item.is_row()) {
        description.push_back(text);
      }
    } else if (part == Part::kCivilSociety) {
      if (gap && !names.empty()) {
        part = Part::kOther;
      } else if (!item.is_row()) {
        names.push_back(text);
      }
    }
    if (!item.is_row()) last = &item.line;
  }
  finish();
  return out;
}

}  // namespace ogpx::extract::plan
