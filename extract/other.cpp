// The reader of letters, covering notes, reasoned responses and decisions
// (extract/readers.h): documents about a plan that are not plans, reports or
// orders even when they name one. It claims a short document by a letter's
// salutation and closing or its wording, a response by its repeated
// headings, a decision by its formula; it reads nothing but the source facts
// every document has.
#include "extract/readers.h"

namespace ogpx::extract {
namespace {

class OtherDocumentReader final : public DocumentReader {
 public:
  model::Kind kind() const override { return model::Kind::kOther; }

  Claim ClaimDocument(const Evidence& e) const override {
    const bool is_short = e.pages <= kMaxLetterPages;
    if (is_short && e.salutations > 0 && e.closings > 0 && e.plan_labels.size() < 3)
      return {kind(), kLetterFormulas, "a letter's salutation and closing"};
    if (e.responses >= kMinResponseHits) return {kind(), kResponseHeadings, "response headings"};
    if (is_short && e.salutations + e.closings + e.letter_body > 0 && e.headings < 2)
      return {kind(), kLetterWording, "letter wording"};
    if (e.decisions > 0) return {kind(), kDecisionFormula, "a decision formula"};
    return {kind(), 0, ""};
  }

  void Read(const layout::Structure&, model::Document&) const override {}

  bool Holds(const model::Document&) const override { return false; }
};

}  // namespace

const DocumentReader& OtherReader() {
  static const OtherDocumentReader reader;
  return reader;
}

}  // namespace ogpx::extract
