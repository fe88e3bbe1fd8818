// Narrative plans whose commitments are numbered headings (see
// action_plan_narrative.h, ReadNumberedHeadings).
#include <algorithm>
#include <cctype>
#include <cmath>
#include <map>
#include <set>

#include "base/text.h"
#include "extract/plan/labels.h"
#include "extract/plan/narrative.h"
#include "extract/common/dates.h"
#include "extract/plan/stakeholders.h"
#include "lang/vocabulary.h"
#include "layout/lists.h"
#include "layout/outline.h"

namespace ogpx::extract::plan {
namespace {

// Fewest headings of one style that make a list of commitments.
constexpr std::size_t kMinHeadings = 3;
// A line indented by at least this many body font sizes past the body's left
// edge is a list item (its bullet glyph may be missing from the text layer).
constexpr double kIndentEm = 1.0;
// Lines further apart than this share of a line's height are separate
// paragraphs.
constexpr double kParagraphGap = 0.8;

// A space is about this share of the body font size.
constexpr double kSpaceEm = 0.3;

// The width of a line's first word, from its share of the line's characters.
double FirstWordWidth(const layout::StyledLine& l) {
  const std::string t = text::FoldWhitespace(l.text);
  if (t.empty()) return 0;
  const std::size_t space = t.find(' ');
  const double share = static_cast<double>(space == std::string::npos ? t.size() : space) / static_cast<double>(t.size());
  return share * l.box.width();
}


bool EndsSentence(const std::string& text) {
  const std::string t = text::FoldWhitespace(text);
  return !t.empty() && std::string_view(".;:!?").find(t.back()) != std::string_view::npos;
}

// `leading`: the body's (layout::Outline::leading); a paragraph break is
// wider than it by layout::kWrapOverLeading in double-spaced text.
bool Gap(const layout::StyledLine& a, const layout::StyledLine& b, double leading) {
  const double share = std::max(kParagraphGap, leading + layout::kWrapOverLeading);
  return a.page == b.page && b.box.y0 - a.box.y1 > share * std::max(1.0, a.box.height());
}


// True when a bullet mark stands beside `line` (same page, same height).
bool MarkedLine(const std::vector<layout::StyledLine>& marks, const layout::StyledLine& line) {
  return std::any_of(marks.begin(), marks.end(),
                     [&](const layout::StyledLine& m) { return layout::MarkBeside(m, line); });
}

// Where a field was read: its line's page and box.
model::Provenance Where(const layout::StyledLine& l, std::string field) {
  return {std::move(field), l.page, l.box.x0, l.box.y0, l.box.x1, l.box.y1, std::nullopt};
}

// The field of a commitment's problem a narrative part names
// ("narrative.part" values problem, causes, solution, results), or nullptr.
std::optional<std::string>* ProblemField(model::Problem& p, const std::string& value) {
  if (value == "problem") return &p.problem;
  if (value == "causes") return &p.causes;
  if (value == "solution") return &p.solution;
  if (value == "results") return &p.results;
  return nullptr;
}

// A section's label after its word ("1", "B", "IV") is at most this long.
constexpr std::size_t kMaxSectionLabel = 4;

// Reads the body of commitment `c`: free lines [from, to). Its indented or
// bulleted paragraphs, and the paragraphs under a sub-heading (lines in
// `item_starts`), are its milestones, numbered by position; the rest before
// the first of them its description.
void ReadBody(const layout::Outline& o, std::size_t from, std::size_t to, const std::vector<std::size_t>& item_starts,
              model::Commitment& c, NarrativePlan& out) {
  // The text's left edge and the list items' right edge where a line stands:
  // over the body's lines, on any of its pages, that share its column
  // (overlap it across).
  auto overlaps = [](const layout::StyledLine& a, const layout::StyledLine& b) {
    return std::min(a.box.x1, b.box.x1) > std::max(a.box.x0, b.box.x0);
  };
  auto margin_at = [&](const layout::StyledLine& l) {
    double m = l.box.x0;
    for (std::size_t j = from; j < to; ++j)
      if (overlaps(o.lines[j].line, l)) m = std::min(m, o.lines[j].line.box.x0);
    return m;
  };
  auto right_at = [&](const layout::StyledLine& l, double margin) {
    double r = 0;
    for (std::size_t j = from; j < to; ++j) {
      const layout::StyledLine& x = o.lines[j].line;
      if (overlaps(x, l) && x.box.x0 >= margin + kIndentEm * o.body) r = std::max(r, x.box.x1);
    }
    return r;
  };
  // Items set apart by blank space: then the space ends an item, and a line
  // that stops short of the right edge ends none (a title run in before its
  // sentence, or a word too long for the line, leaves it short).
  auto indented_at = [&](const layout::StyledLine& l) { return l.box.x0 >= margin_at(l) + kIndentEm * o.body; };
  bool spaced_items = false;
  for (std::size_t j = from + 1; j < to && !spaced_items; ++j) {
    const layout::StyledLine &a = o.lines[j - 1].line, &b = o.lines[j].line;
    spaced_items = a.page == b.page && indented_at(a) && indented_at(b) && Gap(a, b, o.leading);
  }
  // Nested list items (layout/lists.h): a bullet set deeper than the body's
  // top-level bullets is part of the step above it, not a step of its own.
  std::vector<int> level(to - from, -1);
  int top_level = -1;
  {
    std::vector<layout::StyledLine> body;
    for (std::size_t j = from; j < to; ++j) body.push_back(o.lines[j].line);
    for (const layout::ListItem& it : layout::FindListItems(body)) {
      if (it.mark != layout::ListMark::kBullet && it.mark != layout::ListMark::kDash &&
          it.mark != layout::ListMark::kSubBullet)
        continue;
      level[it.first] = it.level;
      top_level = top_level < 0 ? it.level : std::min(top_level, it.level);
    }
  }
  std::vector<std::string> description;
  std::vector<std::vector<std::string>> steps;
  const layout::StyledLine* before = from > 0 ? &o.lines[from - 1].line : nullptr;
  bool in_step = false;
  bool heading_alone = false;  // the item so far is its sub-heading alone
  std::vector<std::string> lead;
  bool in_lead = false;
  std::vector<const layout::StyledLine*> step_lines;  // the first line of each step
  std::optional<std::string>* open_field = nullptr;   // a problem field being read
  for (std::size_t j = from; j < to; ++j) {
    const layout::StyledLine& l = o.lines[j].line;
    if (c.pages.back() != l.page) c.pages.push_back(l.page);
    std::optional<std::string> bulleted = AfterBullet(text::FoldWhitespace(l.text));
    if (auto m = layout::ReadListMarker(l.text); !bulleted && m && m->mark == layout::ListMark::kSubBullet)
      bulleted = m->rest;
    // An item lettered or numbered as a list ("a) Issue …", "2. Publish …").
    if (auto m = layout::ReadListMarker(l.text);
        !bulleted && m && !m->rest.empty() && StartsUpper(m->rest) &&
        (m->mark == layout::ListMark::kLetter || m->mark == layout::ListMark::kNumber))
      bulleted = m->rest;
    // A dash before words in lower case under an item ("— by June 2026")
    // is the item's sentence going on, not an item of its own.
    if (auto m = layout::ReadListMarker(l.text); bulleted && in_step && m && m->mark == layout::ListMark::kDash &&
                                                 !bulleted->empty() && text::StartsLowercase(*bulleted) &&
                                                 !steps.empty()) {
      steps.back().push_back(l.text);
      before = &l;
      continue;
    }
    if (bulleted && bulleted->empty()) continue;  // a glyph on its own: a mark beside its line
    const bool nested = bulleted && in_step && !steps.empty() && level[j - from] > top_level;
    if (!bulleted && MarkedLine(o.marks, l)) bulleted = l.text;
    const std::string folded = text::FoldForMatch(l.text);
    const lang::Term* part = NarrativePart(folded);
    if (part != nullptr) open_field = nullptr;  // a part ends the field before it
    // "Milestones" alone on its line names the list under it, no item of it.
    if (part != nullptr && part->value == "milestones" && !bulleted &&
        text::FoldWhitespace(folded.substr(part->phrase.size())).find_first_not_of(":") == std::string::npos) {
      in_step = false;
      before = &l;
      continue;
    }
    // "Lead agency: …" names the commitment's lead and ends its list.
    if (const lang::Term* t = part; t != nullptr && t->value == "lead") {
      // "Lead agency" alone names the lines under it.
      const std::size_t colon = l.text.find(':');
      if (colon != std::string::npos || folded.size() > t->phrase.size() + 1)
        lead.push_back(text::FoldWhitespace(l.text.substr(colon == std::string::npos ? 0 : colon + 1)));
      in_lead = true;
      in_step = false;
      before = &l;
      continue;
    }
    // "Problem: …", "What is the problem?" over its paragraph: the
    // commitment's problem, causes, solution or results, up to the next
    // part, item or paragraph break.
    if (std::optional<std::string>* field = part == nullptr ? nullptr : ProblemField(c.problem, part->value)) {
      const std::size_t colon = l.text.find(':');
      const bool alone = folded.size() <= part->phrase.size() + 1;  // the part's name alone ("… problem?")
      if (colon != std::string::npos || alone) {
        const std::string rest = colon == std::string::npos ? "" : text::FoldWhitespace(l.text.substr(colon + 1));
        *field = rest.empty() ? std::nullopt : std::optional(rest);
        open_field = field;
        in_lead = in_step = false;
        before = &l;
        continue;
      }
    }
    if (open_field != nullptr) {
      if (part == nullptr && !bulleted && before != nullptr && (!Gap(*before, l, o.leading) || !*open_field)) {
        *open_field = *open_field ? JoinLines({**open_field, l.text}) : text::FoldWhitespace(l.text);
        before = &l;
        continue;
      }
      open_field = nullptr;
    }
    // "Government partners: …", "Civil society partners: …": the
    // commitment's supporting organisations of that sector, one line.
    if (part != nullptr && (part->value == "civil_society" || part->value == "government") &&
        l.text.find(':') != std::string::npos) {
      std::vector<std::string>& into =
          part->value == "government" ? c.supporting.government : c.supporting.civil_society;
      for (const std::string& n : SplitLeadList(text::FoldWhitespace(l.text.substr(l.text.find(':') + 1))))
        if (!lang::ValueOf("report.nothing", text::FoldForMatch(n))) into.push_back(n);  // "None"
      in_lead = false;
      in_step = false;
      before = &l;
      continue;
    }
    if (in_lead && before != nullptr && (!Gap(*before, l, o.leading) || lead.empty()) && !bulleted && part == nullptr) {
      lead.push_back(l.text);
      before = &l;
      continue;
    }
    in_lead = false;
    // A line hanging under the open item's text (right of its first line,
    // not far below the line before) goes on that item, however loosely
    // the list is set.
    if (in_step && !bulleted && !step_lines.empty() && before != nullptr &&
        layout::HangsUnder(l, *before, step_lines.back()->box.x0)) {
      steps.back().push_back(l.text);
      before = &l;
      continue;
    }
    const double margin = margin_at(l);
    const bool sub_heading = std::find(item_starts.begin(), item_starts.end(), j) != item_starts.end();
    const bool indented = bulleted || sub_heading || (in_step && !Gap(*before, l, o.leading)) ||
                          l.box.x0 >= margin + kIndentEm * o.body;
    if (indented) {
      // A new item: a bullet or sub-heading, after a paragraph break, after a
      // line that stops short of the right edge (an item of one line; not
      // when this line goes on in lower case: the sentence wrapped early),
      // or at the top of a page when the item before ended its sentence.
      const bool short_before = before != nullptr && !spaced_items && l.box.x0 >= margin + kIndentEm * o.body &&
                                !text::StartsLowercase(l.text) &&
                                before->page == l.page && overlaps(*before, l) &&
                                right_at(l, margin) - before->box.x1 > FirstWordWidth(l) + kSpaceEm * o.body;
      const bool page_break = before != nullptr && before->page != l.page && EndsSentence(before->text);
      // A sub-heading's paragraph may follow it after a gap.
      const bool gap = before != nullptr && Gap(*before, l, o.leading) && !(in_step && heading_alone);
      if (!nested && (!in_step || gap || short_before || page_break || bulleted || sub_heading)) {
        steps.emplace_back();
        step_lines.push_back(&l);
      }
      heading_alone = sub_heading;
      steps.back().push_back(bulleted ? *bulleted : l.text);
      in_step = true;
    } else {
      in_step = false;
      if (steps.empty()) description.push_back(l.text);
    }
    before = &l;
  }
  if (!description.empty()) c.description = JoinLines(description);
  std::vector<std::string> all;  // the whole body, for statuses stated in it
  for (std::size_t j = from; j < to; ++j) all.push_back(o.lines[j].line.text);
  out.bodies.push_back(std::move(all));
  for (const std::string& n : SplitLeadList(JoinLines(lead))) c.lead.push_back(n);
  const std::string base = "/commitments/" + std::to_string(out.commitments.size());
  for (std::size_t k = 0; k < steps.size(); ++k) {
    const auto& step = steps[k];
    out.provenance.push_back(Where(*step_lines[k], base + "/milestones/" + std::to_string(k)));
    model::Milestone m;
    m.number = c.number + "." + std::to_string(c.milestones.size() + 1);
    m.text = JoinLines(step);
    m.due = BulletDue(m.text);
    m.pages = {c.pages.back()};
    c.milestones.push_back(std::move(m));
    out.inferred.push_back({c.pages.front(), c.number, c.milestones.back().number});
  }
}

// The end of a heading's body: the next heading `ends` accepts.
template <typename Pred>
std::size_t BodyEnd(const layout::Outline& o, std::size_t k, Pred ends) {
  for (std::size_t j = k + 1; j < o.headings.size(); ++j)
    if (ends(o.headings[j])) return o.headings[j].first;
  return o.lines.size();
}

}  // namespace

namespace {

// Whether multi-level headings ("1.1 Title", "2.3. Title") at `level` are a
// plan's commitments rather than the parts of one ("1.1 Background", "1.2
// Milestones"): at least kMinHeadings of them, their titles all different
// and none a sub-heading of a commitment (narrative.part).
bool MultiLevelCommitments(const layout::Outline& o, int level) {
  std::set<std::string> titles;
  std::size_t n = 0;
  for (const layout::Heading& h : o.headings) {
    if (h.level != level || h.numbering != layout::Numbering::kMultiLevel) continue;
    ++n;
    const std::string folded = text::FoldForMatch(h.title);
    if (!titles.insert(folded).second || NarrativePart(folded) != nullptr) return false;
  }
  return n >= kMinHeadings;
}

}  // namespace

NarrativePlan ReadNumberedHeadings(const layout::Outline& o) {
  NarrativePlan out;
  // The commitments' level: the style with the most "1." headings; else,
  // with fewer than kMinHeadings of those, the style with the most "1.1"
  // headings when they name commitments (the "1." headings, if any, are
  // then their sections).
  std::map<int, std::size_t> decimal_at, multi_at;
  for (const layout::Heading& h : o.headings) {
    if (h.numbering == layout::Numbering::kDecimal) ++decimal_at[h.level];
    if (h.numbering == layout::Numbering::kMultiLevel) ++multi_at[h.level];
  }
  layout::Numbering numbering = layout::Numbering::kDecimal;
  int level = -1;
  std::size_t most = 0;
  for (const auto& [l, n] : decimal_at)
    if (n > most) most = n, level = l;
  if (most < kMinHeadings) {
    most = 0;
    for (const auto& [l, n] : multi_at)
      if (n > most && MultiLevelCommitments(o, l)) most = n, level = l;
    numbering = layout::Numbering::kMultiLevel;
  }
  if (most < kMinHeadings) return out;
  // Numbers restart in each section: a number not above the one before
  // opens the next section, and every number becomes "<section>.<n>".
  // Multi-level numbers carry their section.
  bool restarts = false;
  if (numbering == layout::Numbering::kDecimal) {
    int prev = 0;
    for (const layout::Heading& h : o.headings) {
      if (h.level != level || h.numbering != numbering) continue;
      const int n = std::stoi(h.number);
      restarts = restarts || n <= prev;
      prev = n;
    }
  }
  int section = 0, prev = 0;
  std::optional<std::string> theme;
  for (std::size_t k = 0; k < o.headings.size(); ++k) {
    const layout::Heading& h = o.headings[k];
    if (h.level < level) {  // a section heading
      theme = h.title;
      continue;
    }
    if (h.level != level || h.numbering != numbering) continue;
    model::Commitment c;
    if (numbering == layout::Numbering::kDecimal) {
      const int n = std::stoi(h.number);
      if (section == 0 || n <= prev) ++section;
      prev = n;
      c.number = restarts ? std::to_string(section) + "." + h.number : h.number;
    } else {
      c.number = h.number;
      while (!c.number.empty() && c.number.back() == '.') c.number.pop_back();
    }
    c.title = h.title;
    c.theme = theme;
    c.pages = {o.lines[h.first].line.page};
    if (out.first == std::string::npos) out.first = o.lines[h.first].item;
    out.starts.push_back(o.lines[h.first].item);
    // Its body runs to the next commitment or section heading (a bold run-in
    // that fills a line of an item looks like a heading of the commitments'
    // style, but has no number).
    const std::size_t end = BodyEnd(o, k, [&](const layout::Heading& x) {
      return x.level < level || (x.level == level && x.numbering == h.numbering);
    });
    out.provenance.push_back(
        Where(o.lines[h.first].line, "/commitments/" + std::to_string(out.commitments.size()) + "/title"));
    ReadBody(o, h.last + 1, end, {}, c, out);
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

NarrativePlan ReadStyleHeadings(const layout::Outline& o, const std::vector<StreamItem>* stream) {
  NarrativePlan out;
  if (o.lines.empty()) return out;
  // The headings of the first page above its first paragraph of body text
  // (two lines running on that are no heading; a line alone under a title,
  // "Prepared by …", is no paragraph) are the title block, not commitments.
  const int cover = o.lines.front().line.page;
  std::vector<bool> in_heading(o.lines.size(), false);
  for (const layout::Heading& h : o.headings)
    for (std::size_t j = h.first; j <= h.last && j < o.lines.size(); ++j) in_heading[j] = true;
  std::size_t body_start = 0;
  auto prose = [&](std::size_t j) { return j < o.lines.size() && o.lines[j].line.page == cover && !in_heading[j]; };
  while (body_start < o.lines.size() && o.lines[body_start].line.page == cover &&
         !(prose(body_start) && prose(body_start + 1)))
    ++body_start;
  auto title_block = [&](const layout::Heading& h) {
    return o.lines[h.first].line.page == cover && h.first < body_start;
  };
  // The commitments' level: the style with the most headings that name a
  // commitment with its word and number ("Commitment 3: Title", "Compromiso
  // 1. Title"; one is evidence enough), else the style with the most
  // unnumbered headings.
  // A heading that names a part of a commitment ("What is the problem?",
  // "Lead agency") is a sub-heading whatever its style.
  auto is_part = [](const layout::Heading& h) { return NarrativePart(text::FoldForMatch(h.title)) != nullptr; };
  // "THEME 1: …", "Eje 2 –", "Section B": a section of the plan, whatever
  // its style (section.word, then its number or letter).
  auto is_section = [](const layout::Heading& h) {
    const std::vector<std::string> words = text::SplitSpaces(text::FoldForMatch(h.title));
    if (words.size() < 2 || !lang::ValueOf("section.word", words[0])) return false;
    std::string label = words[1];
    while (!label.empty() && std::string_view(":.-)").find(label.back()) != std::string_view::npos) label.pop_back();
    return !label.empty() && label.size() <= kMaxSectionLabel &&
           (std::isdigit(static_cast<unsigned char>(label[0])) || label.size() == 1 || std::all_of(label.begin(), label.end(), [](char c) { return std::string_view("ivxlc").find(c) != std::string_view::npos; }));
  };
  std::map<int, std::size_t> at, worded_at;
  for (const layout::Heading& h : o.headings) {
    if (h.numbering != layout::Numbering::kNone || title_block(h) || is_part(h) || is_section(h)) continue;
    ++at[h.level];
    if (ParseCommitmentHeading(h.title)) ++worded_at[h.level];
  }
  int level = -1;
  std::size_t most = 0;
  for (const auto& [l, n] : worded_at.empty() ? at : worded_at)
    if (n > most) most = n, level = l;
  if (worded_at.empty() && most < kMinHeadings) return out;
  // Headings of that style that name a commitment keep their number, and
  // the others of the style ("Executive summary") are then no commitments.
  const std::size_t worded = worded_at.empty() ? 0 : worded_at[level];
  // `skip`: leading headings of the style that are no commitments.
  std::vector<bool> tabled;  // per commitment read: a table stands in its body
  auto read = [&](std::size_t skip) {
    NarrativePlan plan;
    tabled.clear();
    std::size_t candidates = 0;
    std::optional<std::string> theme;
    for (std::size_t k = 0; k < o.headings.size(); ++k) {
      const layout::Heading& h = o.headings[k];
      if (title_block(h)) continue;
      if (h.level < level || is_section(h)) {
        theme = h.title;
        continue;
      }
      if (h.level != level || h.numbering != layout::Numbering::kNone || is_part(h)) continue;
      std::optional<NumberedHeading> named = ParseCommitmentHeading(h.title);
      if (worded > 0 && !named) continue;
      if (!named) named = ParseCodeHeading(h.title);  // "A1 – Title"
      if (candidates++ < skip) continue;
      model::Commitment c;
      c.number = named ? named->number : std::to_string(plan.commitments.size() + 1);
      c.title = named ? named->title : h.title;
      c.theme = theme;
      c.pages = {o.lines[h.first].line.page};
      if (plan.first == std::string::npos) plan.first = o.lines[h.first].item;
      plan.starts.push_back(o.lines[h.first].item);
      const std::size_t end =
          BodyEnd(o, k, [&](const layout::Heading& x) { return (x.level <= level && !is_part(x)) || is_section(x); });
      // Sub-headings inside the body (a less prominent style) open items.
      std::vector<std::size_t> starts;
      for (std::size_t j = k + 1; j < o.headings.size() && o.headings[j].first < end; ++j)
        starts.push_back(o.headings[j].first);
      plan.provenance.push_back(
          Where(o.lines[h.first].line, "/commitments/" + std::to_string(plan.commitments.size()) + "/title"));
      ReadBody(o, h.last + 1, end, starts, c, plan);
      bool table = false;
      const std::size_t to = end < o.lines.size() ? o.lines[end].item : (stream ? stream->size() : 0);
      for (std::size_t i = o.lines[h.first].item; stream != nullptr && i < to && i < stream->size(); ++i)
        table = table || (*stream)[i].is_row();
      tabled.push_back(table);
      if (!named) plan.numbered_by_position.push_back({c.pages.front(), c.number, c.title.value_or("")});
      plan.commitments.push_back(std::move(c));
    }
    return plan;
  };
  // Headings of the style before the first with a lead, milestones or a
  // table, themselves with none ("Foreword", "Introduction"), are front
  // matter when a later one has some.
  out = read(0);
  std::size_t front = 0;
  while (front < out.commitments.size() && out.commitments[front].milestones.empty() &&
         out.commitments[front].lead.empty() && !tabled[front])
    ++front;
  if (front > 0 && front < out.commitments.size()) out = read(front);
  return out;
}

}  // namespace ogpx::extract::plan
