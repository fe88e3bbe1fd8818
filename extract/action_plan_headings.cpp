// Narrative plans whose commitments are numbered headings (see
// action_plan_narrative.h, ReadNumberedHeadings).
#include <algorithm>
#include <cctype>
#include <map>

#include "base/text.h"
#include "extract/action_plan_narrative.h"
#include "extract/dates.h"
#include "extract/stakeholders.h"
#include "layout/headings.h"

namespace ogpx::extract::plan {
namespace {

// Fewest numbered headings of one style that make a list of commitments.
constexpr std::size_t kMinNumberedHeadings = 3;
// A line indented by at least this many body font sizes past the body's left
// edge is a list item (its bullet glyph may be missing from the text layer).
constexpr double kIndentEm = 1.0;
// Lines further apart than this share of a line's height are separate
// paragraphs.
constexpr double kParagraphGap = 0.8;

struct Free {
  std::size_t item;  // index into the stream
  layout::StyledLine line;
};

bool Gap(const layout::StyledLine& a, const layout::StyledLine& b) {
  return a.page == b.page && b.box.y0 - a.box.y1 > kParagraphGap * std::max(1.0, a.box.height());
}

// The due date a step names: "In 2014, …", "… by the end of 2016", "(Winter 2013)".
std::optional<model::Due> StepDue(const std::string& text) {
  if (auto due = BulletDue(text)) return due;
  const std::string folded = text::FoldForMatch(text);
  if (folded.starts_with("in ")) return BulletDue("during " + text.substr(3));
  return std::nullopt;
}

}  // namespace

NarrativePlan ReadNumberedHeadings(const std::vector<StreamItem>& items) {
  NarrativePlan out;
  std::vector<Free> free;
  std::vector<layout::StyledLine> lines;
  for (std::size_t i = 0; i < items.size(); ++i) {
    const StreamItem& it = items[i];
    if (it.is_row() || IsContentsLine(it.line.text)) continue;
    layout::StyledLine l{it.line.page, it.line.box, it.line.text, it.line.font_size, it.line.bold};
    free.push_back({i, l});
    lines.push_back(l);
  }
  const std::vector<layout::Heading> headings = layout::FindHeadings(lines);
  // The commitments' level: the style with the most "1." headings.
  std::map<int, std::size_t> decimal_at;
  for (const layout::Heading& h : headings)
    if (h.numbering == layout::Numbering::kDecimal) ++decimal_at[h.level];
  int level = -1;
  std::size_t most = 0;
  for (const auto& [l, n] : decimal_at)
    if (n > most) most = n, level = l;
  if (most < kMinNumberedHeadings) return out;
  const double body = layout::BodySize(lines);
  // Numbers restart in each section: a number not above the one before
  // opens the next section, and every number becomes "<section>.<n>".
  bool restarts = false;
  {
    int prev = 0;
    for (const layout::Heading& h : headings) {
      if (h.level != level || h.numbering != layout::Numbering::kDecimal) continue;
      const int n = std::stoi(h.number);
      restarts = restarts || n <= prev;
      prev = n;
    }
  }
  int section = 0, prev = 0;
  std::optional<std::string> theme;
  for (std::size_t k = 0; k < headings.size(); ++k) {
    const layout::Heading& h = headings[k];
    if (h.level < level) {  // a section heading
      theme = h.title;
      continue;
    }
    if (h.level != level || h.numbering != layout::Numbering::kDecimal) continue;
    const int n = std::stoi(h.number);
    if (section == 0 || n <= prev) ++section;
    prev = n;
    model::Commitment c;
    c.number = restarts ? std::to_string(section) + "." + h.number : h.number;
    c.title = h.title;
    c.theme = theme;
    c.pages = {free[h.first].line.page};
    if (out.first == std::string::npos) out.first = free[h.first].item;
    // Its body: the lines up to the next heading of its level or above.
    std::size_t end = free.size();
    for (std::size_t j = k + 1; j < headings.size(); ++j) {
      if (headings[j].level <= level) {
        end = headings[j].first;
        break;
      }
    }
    double margin = 1e9;
    for (std::size_t j = h.last + 1; j < end; ++j) margin = std::min(margin, free[j].line.box.x0);
    std::vector<std::string> description;
    std::vector<std::vector<std::string>> steps;
    const layout::StyledLine* before = &free[h.last].line;
    bool in_step = false;
    for (std::size_t j = h.last + 1; j < end; ++j) {
      const layout::StyledLine& l = free[j].line;
      if (c.pages.back() != l.page) c.pages.push_back(l.page);
      const bool indented = l.box.x0 >= margin + kIndentEm * body;
      if (indented) {
        if (!in_step || Gap(*before, l)) steps.emplace_back();
        steps.back().push_back(l.text);
        in_step = true;
      } else {
        in_step = false;
        if (steps.empty()) description.push_back(l.text);
      }
      before = &l;
    }
    if (!description.empty()) c.description = JoinLines(description);
    for (const auto& step : steps) {
      model::Milestone m;
      m.number = c.number + "." + std::to_string(c.milestones.size() + 1);
      m.text = JoinLines(step);
      m.due = StepDue(m.text);
      m.pages = {c.pages.back()};
      c.milestones.push_back(std::move(m));
      out.inferred.push_back({c.pages.front(), c.number, c.milestones.back().number});
    }
    out.commitments.push_back(std::move(c));
  }
  if (restarts) {
    for (const model::Commitment& c : out.commitments) {
      if (c.number.ends_with(".1"))
        out.numbered_by_position.push_back({c.pages.front(), c.number, c.title.value_or("")});
    }
  }
  return out;
}

}  // namespace ogpx::extract::plan
