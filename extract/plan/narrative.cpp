// Plans written as prose, not template tables; see action_plan_narrative.h.
#include "extract/plan/narrative.h"
#include "extract/plan/item_fields.h"
#include "extract/common/dates.h"
#include "extract/common/numbers.h"

#include <unicode/uchar.h>
#include <unicode/utf8.h>

#include <algorithm>
#include <cctype>
#include <cmath>
#include <cstdlib>
#include <optional>
#include <set>
#include <utility>

#include "extract/common/date_tokens.h"
#include "extract/plan/cells.h"
#include "layout/lists.h"
#include "extract/plan/labels.h"
#include "extract/plan/stakeholders.h"
#include "base/text.h"
#include "lang/vocabulary.h"

namespace ogpx::extract::plan {

// A sub-heading starts with a capital ("Means", not "means making data …"
// wrapped onto a new line).
bool StartsUpper(const std::string& text) {
  UChar32 c = 0;
  const auto* bytes = reinterpret_cast<const uint8_t*>(text.data());
  const auto n = static_cast<int32_t>(text.size());
  for (int32_t i = 0; i < n;) {
    U8_NEXT(bytes, i, n, c);
    if (c >= 0 && u_isalpha(c)) return u_isupper(c) || u_istitle(c);
  }
  return false;
}

const lang::Term* NarrativePart(std::string_view folded) {
  if (const lang::Term* t = lang::StartsWithTerm("narrative.part", folded)) return t;
  const lang::Term* t = lang::StartsWithTerm("plan.label", folded);
  return t != nullptr && t->value == "lead" ? t : nullptr;
}

namespace {


// What the text under a sub-heading of a commitment is (the vocabularies'
// "narrative.part" rows).
enum class Part { kNone, kDescription, kCivilSociety, kTimescales, kLead, kUnplaced, kPeriod, kOther };

std::optional<Part> PartOf(const std::string& folded) {
  const lang::Term* t = NarrativePart(folded);
  if (t == nullptr) return std::nullopt;
  if (t->value == "civil_society") return Part::kCivilSociety;
  if (t->value == "milestones") return Part::kTimescales;
  if (t->value == "lead") return Part::kLead;
  if (t->value == "description") return Part::kDescription;
  if (t->value == "unplaced") return Part::kUnplaced;
  if (t->value == "period") return Part::kPeriod;
  return Part::kOther;
}

// A title set apart (bold or larger) under a heading that printed its
// number alone ("COMMITMENT 1" / "Open Data for Results") is at most this
// many heights of the larger of the two lines below it.


// Font sizes closer than this (points) are one size.
constexpr double kSameSize = 0.5;

// A sub-heading that ends the part before it is a short line.
constexpr std::size_t kMaxSubHeadingWords = 10;

// The text after a sub-heading's label on its own line ("ENTIDAD RESPONSABLE:
// Ministerio de …" -> "Ministerio de …"): after the first colon within
// kMaxLabelBytes, else nothing.
constexpr std::size_t kMaxLabelBytes = 48;
std::string AfterPartLabel(const std::string& text) {
  const std::size_t colon = text.find(':');
  if (colon == std::string::npos || colon > kMaxLabelBytes) return "";
  return text::FoldWhitespace(text.substr(colon + 1));
}

// A step that starts with its date and a colon ("12/15: Designed …", "06/16 y
// 06/17: …"): the date text and the step. Dates are month/year pairs
// ("MM/YY", "MM/YYYY"; OCR and typists write "06:16" too).
struct DatedStep {
  std::string raw;
  std::optional<int> first_year, last_year;
  std::string text;
};
std::optional<DatedStep> ReadDatedStep(const std::string& text) {
  DatedStep step;
  std::size_t i = 0;
  while (i < text.size()) {
    std::size_t j = i;
    while (j < text.size() && std::isdigit(static_cast<unsigned char>(text[j]))) ++j;
    const std::size_t month_len = j - i;
    if (month_len < 1 || month_len > 2 || j >= text.size() || (text[j] != '/' && text[j] != ':')) break;
    std::size_t k = j + 1;
    while (k < text.size() && std::isdigit(static_cast<unsigned char>(text[k]))) ++k;
    const std::size_t year_len = k - j - 1;
    if (year_len != 2 && year_len != 4) break;
    const int month = std::stoi(text.substr(i, month_len));
    if (month < 1 || month > 12) break;
    int year = std::stoi(text.substr(j + 1, year_len));
    if (year_len == 2) year += 2000;
    if (!step.first_year) step.first_year = year;
    step.last_year = year;
    step.raw = text::FoldWhitespace(text.substr(0, k));
    // Another date may follow after a conjunction or a space ("06/16 y 06/17").
    std::size_t next = k;
    while (next < text.size() && text[next] == ' ') ++next;
    std::size_t word = next;
    while (word < text.size() && std::isalpha(static_cast<unsigned char>(text[word]))) ++word;
    if (word > next && word < text.size() && text[word] == ' ' &&
        lang::ValueOf("conjunction", text::FoldForMatch(text.substr(next, word - next))))
      next = word + 1;
    i = next;
    if (i < text.size() && text[i] == ':') break;
  }
  if (!step.first_year) return std::nullopt;
  // The colon right after the dates, or (typed without it) a capital.
  const std::size_t colon = text.find(':', std::min(text.size(), i));
  if (colon != std::string::npos && colon <= i + 1) {
    step.text = text::FoldWhitespace(text.substr(colon + 1));
  } else if (i < text.size() && i > 0 && text[i - 1] == ' ' && StartsUpper(text.substr(i))) {
    step.text = text::FoldWhitespace(text.substr(i));
  } else {
    return std::nullopt;
  }
  if (step.text.empty()) return std::nullopt;
  return step;
}



}  // namespace

// A contents line ("Commitment 3 ......... 12") is not a heading.


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

namespace {


// The text of an item of a list of milestones: after its bullet, dash or
// number ("1. Publish …"), or the whole line when a
// drawn bullet stands beside it (layout::MarkBeside).
struct ListItemStart {
  std::string text;
  double x0 = 0;  // the left edge of its mark: its wrapped lines hang right of it
};
std::optional<ListItemStart> ListItemText(const StreamItem& item, const std::vector<layout::StyledLine>& marks) {
  const std::string text = text::FoldWhitespace(item.line.text);
  const double x0 = item.line.box.x0;
  if (auto rest = AfterBullet(text)) return ListItemStart{*rest, x0};
  // Letters and roman numerals ("ii) …") also open runs inside a
  // paragraph; numbers are the list's own.
  if (const std::optional<layout::ListMarker> m = layout::ReadListMarker(text);
      m && !m->rest.empty() && m->mark == layout::ListMark::kNumber)
    return ListItemStart{m->rest, x0};
  const layout::StyledLine line{item.page, item.line.box, text, item.line.font_size, item.line.bold};
  for (const layout::StyledLine& m : marks)
    if (layout::MarkBeside(m, line)) return ListItemStart{text, m.box.x0};
  return std::nullopt;
}

layout::StyledLine Styled(const CellLine& l) { return {l.page, l.box, l.text, l.font_size, l.bold}; }

// An item opened by a mark drawn left of its text: a line without a mark
// of its own, set where the text above it starts (right of the mark), within
// kMarkedWrapGap of its height below it, goes on with the item however
// loosely the list is spaced.
constexpr double kMarkedWrapGap = 1.5;
bool UnderItsText(const CellLine& line, const CellLine& above, double mark_x0) {
  const double h = std::max(1.0, above.box.height());
  return mark_x0 < above.box.x0 && line.page == above.page && std::abs(line.box.x0 - above.box.x0) <= 0.5 * h &&
         line.box.y0 - above.box.y1 <= kMarkedWrapGap * h;
}

// A heading run in before its paragraph ("Commitment 2. Open and
// accountable extractive industries. This commitment responds to …"): the
// title ends at its first full stop when a sentence of more than
// kMaxSubHeadingWords words follows it on the line.
std::string RunInTitle(const std::string& title) {
  const std::size_t stop = title.find(". ");
  if (stop == std::string::npos) return title;
  if (text::SplitSpaces(title.substr(stop + 2)).size() <= kMaxSubHeadingWords) return title;
  return title.substr(0, stop);
}

// The text after a second-level bullet ("o ", "◦", "○", U+F0A7 of Wingdings).
std::optional<std::string> SubBullet(const std::string& text) {
  const std::optional<layout::ListMarker> m = layout::ReadListMarker(text);
  if (!m || m->mark != layout::ListMark::kSubBullet) return std::nullopt;
  return m->rest;
}

}  // namespace

// The text after a list bullet ("•", U+F0B7 of Symbol fonts, "-", "–").

namespace {


// A due date from a phrase's leading words ("December 2013 for …" ->
// December 2013): the longest run of at most kMaxDueWords words that ReadDue
// reads, when the phrase starts (after an article) with a year, a month or
// a word that opens a date phrase (due.phrase.start: "end", "spring", "Q3").
constexpr std::size_t kMaxDueWords = 6;

std::optional<model::Due> DueAt(const std::string& phrase) {
  std::vector<std::string> words = text::SplitSpaces(phrase);
  // "(by June 2024)": a deadline word opening the phrase.
  if (!words.empty() && lang::ValueOf("due.by", text::FoldForMatch(words[0]))) words.erase(words.begin());
  if (!words.empty() && lang::ValueOf("article", text::FoldForMatch(words[0]))) words.erase(words.begin());
  if (words.empty()) return std::nullopt;
  const std::string first = text::FoldForMatch(words[0]);
  const std::string word = first.substr(0, first.find_first_of(" .,"));
  // An ordinal before a quarter or a half ("II trimestre 2025", "third quarter of 2024").
  const bool ordinal_period = words.size() > 1 && ParseOrdinal(word) &&
                              (lang::StartsWithTerm("period.quarter", text::FoldForMatch(words[1])) != nullptr ||
                               lang::StartsWithTerm("period.half", text::FoldForMatch(words[1])) != nullptr);
  if (!std::isdigit(static_cast<unsigned char>(words[0][0])) && !datetok::MonthNamed(word) &&
      !lang::ValueOf("due.phrase.start", word) && !ordinal_period)
    return std::nullopt;
  for (std::size_t n = std::min(kMaxDueWords, words.size()); n >= 1; --n) {
    std::string tail;
    for (std::size_t k = 0; k < n; ++k) tail += (k ? " " : "") + words[k];
    while (!tail.empty() && std::string_view(",.;:)").find(tail.back()) != std::string_view::npos) tail.pop_back();
    // The phrase must end with a year: "December 2013", "the end of 2015".
    if (tail.size() < 4 || !std::isdigit(static_cast<unsigned char>(tail.back()))) continue;
    if (auto due = ReadDue(tail); due && due->end) return due;
  }
  return std::nullopt;
}

// The text after word `k` of `words`.
std::string After(const std::vector<std::string>& words, std::size_t k) {
  std::string out;
  for (std::size_t j = k + 1; j < words.size(); ++j) out += (out.empty() ? "" : " ") + words[j];
  return out;
}

}  // namespace

// The date a bullet names: after the first deadline word (due.by: "by")
// that is followed by one ("… by January 2014", "by the end of 2013 in …"),
// else in brackets ("(Winter 2013)"), else after a word that leads a date
// (due.lead: "in", "during", "until", tried by their rank; "during the
// 2014 to 2015 period" is read by its years).
std::optional<model::Due> BulletDue(const std::string& bullet) {
  const std::vector<std::string> words = text::SplitSpaces(bullet);
  std::vector<std::string> folded;
  for (const std::string& w : words) folded.push_back(text::FoldForMatch(w));
  for (std::size_t k = 0; k < words.size(); ++k)
    if (lang::ValueOf("due.by", folded[k]))
      if (auto due = DueAt(After(words, k))) return due;
  for (std::size_t open = bullet.find('('); open != std::string::npos; open = bullet.find('(', open + 1))
    if (auto due = DueAt(bullet.substr(open + 1))) return due;
  std::vector<const lang::Term*> leads;
  for (const lang::Term& t : lang::Terms("due.lead")) leads.push_back(&t);
  std::stable_sort(leads.begin(), leads.end(), [](const lang::Term* a, const lang::Term* b) {
    return std::atoi(a->value.c_str()) < std::atoi(b->value.c_str());
  });
  for (const lang::Term* lead : leads)
    for (std::size_t k = 0; k < words.size(); ++k)
      if (folded[k] == lead->phrase)
        if (auto due = DueAt(After(words, k))) return due;
  // A date closing the item after a comma or a dash ("…, junio 2020.",
  // "… – June 2023"): the last few words after the last such separator.
  for (std::size_t k = words.size(); k-- > 1 && words.size() - k <= kMaxDueWords;) {
    const bool dash = words[k - 1] == "-" || words[k - 1] == "\u2013" || words[k - 1] == "\u2014";
    if (!dash && !words[k - 1].ends_with(",")) continue;
    if (auto due = DueAt(After(words, k - 1))) return due;
    break;
  }
  return std::nullopt;
}


// Leads written as a sentence ("Ministerio de Salud y Seguridad Social e
// Invima.", "A, B y el Instituto …"): split at commas and semicolons, then at
// the last conjunction of the last piece when a capital follows it (a
// conjunction before a small word joins the words of one name: "Justicia y
// del Derecho"); an article after the conjunction and a closing full stop
// are dropped.
// Words of a name before a conjunction that may end it.
constexpr std::size_t kMinNameWords = 4;

namespace {

bool HeadsOrganisation(const std::string& piece) {
  const std::vector<std::string> words = text::SplitSpaces(piece);
  return !words.empty() && lang::ValueOf("org.head", text::FoldForMatch(words.front())).has_value();
}

// A field of a name ("Science and Economic Development"): no word of it
// heads an organisation, and it does not open with a conjunction (", and
// Ministry of …" starts the next organisation).
bool IsField(const std::string& piece) {
  const std::vector<std::string> words = text::SplitSpaces(piece);
  if (words.empty() || lang::ValueOf("conjunction", text::FoldForMatch(words.front()))) return false;
  return std::none_of(words.begin(), words.end(), [](const std::string& w) {
    return lang::ValueOf("org.head", text::FoldForMatch(w)).has_value();
  });
}

// A conjunction that joins two fields of one name ("Science and Economic
// Development"), not two organisations ("… and Ministry of Justice").
bool HasConjunction(const std::string& piece) {
  const std::vector<std::string> words = text::SplitSpaces(piece);
  for (std::size_t k = 0; k + 1 < words.size(); ++k)
    if (lang::ValueOf("conjunction", text::FoldForMatch(words[k])) &&
        !lang::ValueOf("org.head", text::FoldForMatch(words[k + 1])))
      return true;
  return false;
}

// Commas inside one name that lists its fields ("Department of Innovation,
// Science and Economic Development", "Department for Digital, Culture,
// Media and Sport"): after a piece that heads an organisation, pieces that
// head none, the last of them joined by a conjunction, are that name's; such
// a name is not split again at its conjunction.
std::vector<std::pair<std::string, bool>> JoinListedFields(std::vector<std::string> pieces) {
  std::vector<std::pair<std::string, bool>> out;  // a piece, and whether it is such a name
  for (std::size_t i = 0; i < pieces.size(); ++i) {
    std::size_t j = i + 1;
    while (j < pieces.size() && IsField(pieces[j]) && !HasConjunction(pieces[j])) ++j;
    if (HeadsOrganisation(pieces[i]) && j < pieces.size() && IsField(pieces[j]) && HasConjunction(pieces[j])) {
      std::string name = pieces[i];
      for (std::size_t k = i + 1; k <= j; ++k) name += ", " + pieces[k];
      out.emplace_back(name, true);
      i = j;
      continue;
    }
    out.emplace_back(pieces[i], false);
  }
  return out;
}

}  // namespace

std::vector<std::string> SplitLeadList(const std::string& text) {
  std::vector<std::string> out;
  for (const auto& [piece, fields] : JoinListedFields(SplitNames(text))) {
    if (fields) {  // its conjunction joins its own fields
      out.push_back(piece);
      continue;
    }
    std::vector<std::string> words = text::SplitSpaces(piece);
    // ", y Ministerio …": the conjunction after a comma (and an article
    // after it) belong to no name.
    if (words.size() > 1 && lang::ValueOf("conjunction", text::FoldForMatch(words.front()))) {
      words.erase(words.begin());
      if (words.size() > 1 && lang::ValueOf("article", text::FoldForMatch(words.front()))) words.erase(words.begin());
    }
    std::string cur;
    for (std::size_t k = 0; k < words.size(); ++k) {
      // Split at a conjunction followed (after an article) by a word that
      // heads an organisation's name, or by a last single capitalised word.
      if (k > 0 && k + 1 < words.size() && lang::ValueOf("conjunction", text::FoldForMatch(words[k]))) {
        std::size_t next = k + 1;
        if (next + 1 < words.size() && lang::ValueOf("article", text::FoldForMatch(words[next]))) ++next;
        const bool head = lang::ValueOf("org.head", text::FoldForMatch(words[next])).has_value();
        // A last single word after a long name ("Ministerio de Salud y
        // Seguridad Social e Invima"), not the end of one ("Ministry of
        // Environment and Climate").
        const bool last_word = next + 1 == words.size() && StartsUpper(words[next]) && k >= kMinNameWords;
        if (head || last_word) {
          out.push_back(cur);
          cur.clear();
          k = next - 1;
          continue;
        }
      }
      cur += (cur.empty() ? "" : " ") + words[k];
    }
    out.push_back(cur);
  }
  for (std::string& name : out) {
    while (!name.empty() && (name.back() == '.' || name.back() == ' ')) name.pop_back();
  }
  std::erase_if(out, [](const std::string& n) { return n.empty(); });
  return out;
}

namespace {


// Lines that run a sub-heading on after other text ("… - CCE. PERSONA
// RESPONSABLE: Fabio …") become two lines, so that each part gets its own
// text. The label is found folded; the cut is made in the printed text when
// folding kept its length (else the line stays whole).
std::size_t InlinePartAt(const std::string& text) {
  const std::string folded = text::FoldForMatch(text);
  if (folded.size() != text.size()) return std::string::npos;
  std::size_t best = std::string::npos;
  for (const lang::Term& t : lang::Terms("narrative.part")) {
    for (std::size_t at = folded.find(t.phrase, 1); at != std::string::npos && at < best;
         at = folded.find(t.phrase, at + 1)) {
      if (folded[at - 1] != ' ') continue;
      const std::size_t colon = folded.find(':', at + t.phrase.size());
      if (colon == std::string::npos || colon > at + t.phrase.size() + 2) continue;
      best = at;
    }
  }
  return best;
}

std::vector<StreamItem> SplitInlineParts(const std::vector<StreamItem>& items, std::vector<std::size_t>& origin) {
  std::vector<StreamItem> out;
  for (std::size_t i = 0; i < items.size(); ++i) {
    // A row of an unruled table is prose the table finder aligned ("1.1"
    // beside its text): its lines, those on one baseline joined, are free
    // lines (as in the outline, layout/outline.h).
    if (items[i].is_row() && !items[i].table->ruled) {
      for (const layout::StyledLine& l : layout::LinesOf(items[i])) {
        StreamItem line;
        line.page = l.page;
        line.y = l.box.y0;
        line.pages = {l.page};
        line.line.page = l.page;
        line.line.box = l.box;
        line.line.text = l.text;
        line.line.font_size = l.font_size;
        line.line.bold = l.bold;
        out.push_back(std::move(line));
        origin.push_back(i);
      }
      continue;
    }
    StreamItem item = items[i];
    while (!item.is_row()) {
      const std::size_t at = InlinePartAt(item.line.text);
      if (at == std::string::npos) break;
      StreamItem head = item;
      head.line.text = text::FoldWhitespace(item.line.text.substr(0, at));
      item.line.text = item.line.text.substr(at);
      out.push_back(std::move(head));
      origin.push_back(i);
    }
    out.push_back(std::move(item));
    origin.push_back(i);
  }
  return out;
}

}  // namespace

NarrativePlan ReadNarrative(const layout::Structure& s) {
  NarrativePlan out;
  const std::vector<StreamItem>& stream = s.stream();
  std::vector<std::size_t> origin;  // index in `stream` of each item
  const std::vector<StreamItem> items = SplitInlineParts(stream, origin);
  std::set<std::string> seen;
  Part part = Part::kNone;
  const CellLine* last = nullptr;
  std::vector<std::string> description, names, leads, unplaced;
  const CellLine* title_line = nullptr;  // the heading while its title may go on
  bool await_title = false;              // the heading printed its number alone
  bool labelled_description = false;
  std::vector<std::vector<std::string>> bullets;
  std::vector<std::string> printed;  // per bullet: its printed number ("1.2"), or ""
  std::vector<std::optional<model::Due>> list_dues;  // per bullet: the date its list is under
  std::vector<std::vector<std::vector<std::string>>> sub_items;  // per bullet: its "o" sub-bullets
  std::optional<model::Due> list_due;
  bool in_bullet = false;
  double bullet_x0 = 0;  // left edge of the open item's first line
  // Opens a milestone item: its first text, its printed number (or ""),
  // the date its list is under, the left edge of its first line.
  auto open_item = [&](std::string text, std::string number, std::optional<model::Due> due, double x0) {
    bullets.push_back({std::move(text)});
    printed.push_back(std::move(number));
    list_dues.push_back(std::move(due));
    sub_items.emplace_back();
    in_bullet = true;
    bullet_x0 = x0;
  };
  auto start_step = [&](const DatedStep& step, double x0) {
    open_item(step.text, "", model::Due{step.raw, step.first_year, step.last_year, std::nullopt, std::nullopt}, x0);
  };
  auto finish = [&] {
    if (out.commitments.empty()) return;
    model::Commitment& c = out.commitments.back();
    for (std::size_t k = 0; k < bullets.size(); ++k) {
      // An item that names itself with the milestone word and its number
      // ("Hito 2. …", "Milestone 1.3: …"): that number, the text after it.
      if (const auto mark = printed[k].empty() && !bullets[k].empty() ? ParseLocalMark(bullets[k].front()) : std::nullopt;
          mark && (mark->style == MarkStyle::kWord || mark->style == MarkStyle::kFull) && !mark->rest.empty()) {
        printed[k] = mark->style == MarkStyle::kFull ? mark->number : c.number + "." + std::to_string(mark->index);
        bullets[k].front() = mark->rest;
      }
      model::Milestone m;
      m.number = printed[k].empty() ? c.number + "." + std::to_string(c.milestones.size() + 1) : printed[k];
      const std::optional<ItemFields> fields = TakeItemFields(bullets[k]);
      m.text = JoinLines(bullets[k]);
      if (fields) m.lead = fields->lead;
      for (const auto& item : sub_items[k]) {
        std::string output = JoinLines(item);
        while (!output.empty() && (output.back() == ';' || output.back() == ',')) output.pop_back();
        if (!output.empty()) m.outputs.push_back(output);
      }
      m.due = fields && fields->due ? fields->due : BulletDue(m.text);
      if (!m.due) m.due = list_dues[k];
      m.pages = {c.pages.back()};
      c.milestones.push_back(std::move(m));
      if (printed[k].empty()) out.inferred.push_back({c.pages.front(), c.number, c.milestones.back().number});
    }
    bullets.clear();
    printed.clear();
    list_dues.clear();
    sub_items.clear();
    list_due.reset();
    in_bullet = false;
    if (c.title) {
      // The title's lines may have run on into the paragraph it heads.
      const std::string title = RunInTitle(*c.title);
      if (title != *c.title) {
        description.insert(description.begin(), text::FoldWhitespace(c.title->substr(title.size() + 1)));
        c.title = title;
      }
    }
    if (!description.empty()) c.description = JoinLines(description);
    for (const std::string& n : SplitNames(JoinLines(names))) c.supporting.civil_society.push_back(n);
    for (const std::string& n : SplitLeadList(JoinLines(leads))) c.lead.push_back(n);
    if (!unplaced.empty()) out.unplaced.push_back({c.pages.front(), c.number, JoinLines(unplaced)});
    description.clear();
    names.clear();
    leads.clear();
    unplaced.clear();
    labelled_description = false;
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
        // A number alone in a badge, its title beside it on the same band
        // (read first when it stands a little higher).
        if (heading->title.empty() && i > 0 && !items[i - 1].is_row()) {
          const CellLine& beside = items[i - 1].line;
          const double overlap = std::min(beside.box.y1, item.line.box.y1) - std::max(beside.box.y0, item.line.box.y0);
          if (beside.page == item.line.page && beside.box.x0 > item.line.box.x1 &&
              overlap > 0.5 * std::min(beside.box.height(), item.line.box.height()) && !TextOf(items[i - 1]).empty())
            c.title = TextOf(items[i - 1]);
        }
        title_line = heading->title.empty() ? nullptr : &item.line;
        await_title = !c.title;
        c.pages = {item.page};
        out.commitments.push_back(std::move(c));
        if (out.first == std::string::npos) out.first = origin[i];
        out.starts.push_back(origin[i]);
        part = Part::kDescription;
        last = &item.line;
        continue;
      }
    }
    if (out.commitments.empty()) continue;
    model::Commitment& c = out.commitments.back();
    if (c.pages.back() != item.page) c.pages.push_back(item.page);
    const std::string folded = text::FoldForMatch(text);
    // A heading that is its number alone ("Compromiso 3") has its title on
    // the next line, before any sub-heading.
    if (await_title) {
      await_title = false;
      const double gap = item.line.box.y0 - last->box.y1;
      // Close under the number, or set as a title (bold, or larger than
      // the number's line) a little further down.
      const bool close = gap <= std::max(3.0, last->box.height() * 0.8);
      const bool titled = (item.line.bold || item.line.font_size > last->font_size + kSameSize) &&
                          text::SplitSpaces(text).size() <= kMaxSubHeadingWords &&
                          std::string_view(".:;").find(text.back()) == std::string_view::npos &&
                          gap <= std::max(last->box.height(), item.line.box.height()) * kTitleUnderNumberGap;
      if (!item.is_row() && !PartOf(folded) && item.page == last->page && (close || titled)) {
        c.title = text;
        title_line = &item.line;
        last = &item.line;
        continue;
      }
    }
    // A title set over several lines goes on in the heading's type.
    if (title_line != nullptr && !item.is_row() && !PartOf(folded) && item.page == title_line->page &&
        item.line.bold == title_line->bold && std::abs(item.line.font_size - title_line->font_size) < kSameSize &&
        item.line.box.y0 - last->box.y1 <= std::max(3.0, last->box.height() * 0.8)) {
      *c.title += " " + text;
      last = &item.line;
      continue;
    }
    title_line = nullptr;
    if (auto p = PartOf(folded);
        p && StartsUpper(text) &&
        (*p != Part::kOther || text::SplitSpaces(text).size() <= kMaxSubHeadingWords || !AfterPartLabel(text).empty())) {
      part = *p;
      in_bullet = false;
      list_due.reset();
      const std::string rest = AfterPartLabel(text);
      switch (part) {
        case Part::kCivilSociety:
          if (!rest.empty()) names.push_back(rest);
          break;
        case Part::kLead:
          if (!rest.empty()) leads.push_back(rest);
          break;
        case Part::kUnplaced:
          if (!rest.empty()) unplaced.push_back(rest);
          break;
        case Part::kDescription:
          labelled_description = true;
          description.clear();
          if (!rest.empty()) description.push_back(rest);
          break;
        case Part::kTimescales:
          if (auto step = ReadDatedStep(rest)) start_step(*step, item.line.box.x0);
          break;
        case Part::kPeriod:
          if (auto span = ParseYearSpan(rest); span && !c.period.start) c.period = *span;
          break;
        default:
          break;
      }
      last = item.is_row() ? nullptr : &item.line;
      continue;
    }
    // A line that opens with one of the commitment's milestone numbers
    // ("1.2 Launch …") starts a milestone wherever it stands.
    if (!item.is_row() && !c.number.empty()) {
      if (const auto n = ParseLeadingNumber(text);
          n && n->number.starts_with(c.number + ".") && !n->title.empty() && StartsUpper(n->title)) {
        std::string number = n->number;
        while (!number.empty() && number.back() == '.') number.pop_back();
        part = Part::kTimescales;
        open_item(n->title, number, list_due, item.line.box.x0);
        last = &item.line;
        continue;
      }
    }
    if (part == Part::kTimescales && !item.is_row()) {
      // One milestone per bullet or dated step; its wrapped lines follow
      // without one.
      if (auto step = ReadDatedStep(text)) {
        start_step(*step, item.line.box.x0);
      } else if (auto start = ListItemText(item, s.outline().marks)) {
        // A bullet glyph on a line of its own opened the item beside it.
        if (in_bullet && bullets.back().size() == 1 && bullets.back().front().empty()) {
          bullets.back().front() = start->text;
          last = &item.line;
          continue;
        }
        open_item(start->text, "", list_due, start->x0);
      } else if (in_bullet && (!(item.line.box.y0 - last->box.y1 > std::max(3.0, last->box.height() * 0.8)) ||
                               layout::HangsUnder(Styled(item.line), Styled(*last), bullet_x0) ||
                               UnderItsText(item.line, *last, bullet_x0))) {
        // A sub-bullet ("o …", "◦ …") is an output of the bullet; its wrapped
        // lines follow it.
        if (auto sub = SubBullet(text)) {
          sub_items.back().push_back({*sub});
        } else if (!sub_items.back().empty()) {
          sub_items.back().back().push_back(text);
        } else {
          bullets.back().push_back(text);
        }
      } else {
        in_bullet = false;
        // A year heading ("2014") or a list's lead-in ("… to be delivered by
        // the end of 2015:") dates the bullets under it.
        if (text.size() == 4 && std::isdigit(static_cast<unsigned char>(text[0])))
          list_due = DueAt(text);
        else if (text.back() == ':')
          list_due = BulletDue(text);
      }
      last = &item.line;
      continue;
    }
    // A paragraph break ends the description and the list of names.
    const bool gap = last == nullptr || item.is_row() || item.page != last->page ||
                     item.line.box.y0 - last->box.y1 > std::max(3.0, last->box.height() * 0.8);
    if (part == Part::kLead || part == Part::kUnplaced) {
      std::vector<std::string>& into = part == Part::kLead ? leads : unplaced;
      if (gap && !into.empty()) {
        part = Part::kOther;
      } else if (!item.is_row()) {
        into.push_back(text);
      }
    }
    if (part == Part::kDescription) {
      // A labelled description runs to the next sub-heading; the paragraph
      // under a heading ends at its first break.
      if (gap && !description.empty() && !labelled_description) {
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
  if (out.commitments.empty()) out = ReadNumberedHeadings(s.outline());
  if (out.commitments.empty()) out = ReadRunIns(stream);
  if (out.commitments.empty()) out = ReadStyleHeadings(s.outline(), &stream);
  if (out.commitments.empty()) out = ReadMatrixTables(s.tables);
  ReadActivityTables(stream, out);
  ReadLabelTables(stream, out);
  ReadOverviewLeads(stream, out.commitments);
  return out;
}

}  // namespace ogpx::extract::plan
