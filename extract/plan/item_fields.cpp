// TakeItemFields (see item_fields.h).
#include "extract/plan/item_fields.h"

#include "base/text.h"
#include "extract/plan/cells.h"
#include "extract/plan/labels.h"
#include "extract/plan/narrative.h"
#include "extract/plan/stakeholders.h"
#include "lang/vocabulary.h"

namespace ogpx::extract::plan {
namespace {

struct Field {
  std::string name;  // the term's value: lead, start, end, due
  std::string value;
};

// "Start: March 2023" -> {start, "March 2023"} (lang::LabelledValue of an
// item.field label, a value after it).
std::optional<Field> ReadField(const std::string& piece) {
  std::optional<lang::Labelled> l = lang::LabelledValue("item.field", piece);
  if (!l || l->value.empty()) return std::nullopt;
  return Field{l->term->value, std::move(l->value)};
}

bool OpensWithField(const std::string& line) {
  const std::vector<std::string> pieces = SplitFields(line);
  return !pieces.empty() && ReadField(pieces.front()).has_value();
}

}  // namespace

std::optional<ItemFields> TakeItemFields(std::vector<std::string>& lines) {
  std::size_t first = 1;  // the item's own text comes first
  while (first < lines.size() && !OpensWithField(lines[first])) ++first;
  if (first >= lines.size()) return std::nullopt;
  const std::vector<std::string> tail(lines.begin() + static_cast<std::ptrdiff_t>(first), lines.end());
  ItemFields out;
  std::string start, end, due;
  for (const std::string& piece : SplitFields(JoinLines(tail))) {
    const std::optional<Field> f = ReadField(piece);
    if (!f) continue;
    if (f->name == "lead" && out.lead.empty()) out.lead = SplitLeadList(f->value);
    if (f->name == "start" && start.empty()) start = f->value;
    if (f->name == "end" && end.empty()) end = f->value;
    if (f->name == "due" && due.empty()) due = f->value;
  }
  if (due.empty()) due = start.empty() || end.empty() ? start + end : start + " – " + end;
  if (!due.empty()) out.due = ReadDue(due);
  lines.resize(first);
  return out;
}

}  // namespace ogpx::extract::plan
