// The vocabulary of government orders; see vocab.h. The words are the
// vocabularies' order.* and casing.* categories (docs/lang.md).
#include "extract/order/vocab.h"

#include <string>

#include "lang/vocabulary.h"

namespace ogpx::extract::order {
namespace {

// The phrases of `category` (every language) whose value is `value`, or all
// of them when `value` is empty. They point into the vocabularies, which
// live as long as the program.
std::vector<std::string_view> PhrasesOf(std::string_view category, std::string_view value = {}) {
  std::vector<std::string_view> out;
  for (const lang::Term& t : lang::Terms(category))
    if (value.empty() || t.value == value) out.emplace_back(t.phrase);
  return out;
}

// (phrase, value) pairs of `category`.
std::vector<std::pair<std::string_view, std::string_view>> PairsOf(std::string_view category) {
  std::vector<std::pair<std::string_view, std::string_view>> out;
  for (const lang::Term& t : lang::Terms(category)) out.emplace_back(t.phrase, t.value);
  return out;
}

// The number sign is no word of a language: every reader takes it. (Folded,
// it would read "no".)
constexpr std::string_view kNumberSign = "\u2116";

}  // namespace

const Vocabulary& Words() {
  static const Vocabulary kWords = [] {
    Vocabulary w;
    w.act_words = PhrasesOf("order.act");
    w.head_genitives = PhrasesOf("order.head");
    w.number_prefixes = PhrasesOf("order.number", "before");
    w.number_prefixes.push_back(kNumberSign);
    w.number_suffixes = PhrasesOf("order.number", "after");
    w.date_labels = PhrasesOf("order.label", "date");
    w.place_labels = PhrasesOf("order.label", "place");
    w.basis_before = PhrasesOf("order.basis", "before");
    w.basis_after = PhrasesOf("order.basis", "after");
    w.basis_end = PhrasesOf("order.basis", "end");
    w.clause_intro = PhrasesOf("order.clause", "intro");
    w.approve_stems = PhrasesOf("order.clause", "approve");
    w.approves_passive = PhrasesOf("order.approves", "passive");
    w.approves_active = PhrasesOf("order.approves", "active");
    w.approves_stop = PhrasesOf("order.approves", "stop");
    w.appendix_marks = PhrasesOf("order.appendix");
    w.nominatives = PairsOf("order.genitive");
    w.proper_phrases = PairsOf("casing.proper");
    w.minor_words = PhrasesOf("casing.minor");
    return w;
  }();
  return kWords;
}

}  // namespace ogpx::extract::order
