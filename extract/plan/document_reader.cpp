// The action plan's reader (extract/readers.h): claims a document by the
// template labels it prints, or by a plan title over commitment headings;
// reads it with ReadActionPlan (the template's tables, else the narrative).
#include <string>

#include "extract/readers.h"

namespace ogpx::extract {
namespace {

class ActionPlanReader final : public DocumentReader {
 public:
  model::Kind kind() const override { return model::Kind::kActionPlan; }

  Claim ClaimDocument(const Evidence& e) const override {
    const std::size_t labels = e.plan_labels.size();
    if (labels >= 3) return {kind(), kTemplateLabels, std::to_string(labels) + " template labels"};
    if (e.plan_title && !e.report_title && !e.order_title) {
      if (e.headings >= 2 || labels >= 2) return {kind(), kPlanTitleHeadings, "a plan title over commitment headings"};
      return {kind(), kPlanTitle, "a plan title"};
    }
    if (labels >= 2 || e.headings >= 3) return {kind(), kPlanStructure, "commitment headings"};
    return {kind(), 0, ""};
  }

  void Read(const layout::Structure& s, model::Document& out) const override {
    out.action_plan = ReadActionPlan(s, out.warnings, out.provenance);
  }

  // Commitments with a title and content (milestones, a lead or a text).
  bool Holds(const model::Document& d) const override {
    return d.action_plan && Corroborating(d.action_plan->commitments, [](const model::Commitment& c) {
             return c.title && (!c.milestones.empty() || !c.lead.empty() || c.description);
           });
  }
};

}  // namespace

const DocumentReader& PlanReader() {
  static const ActionPlanReader reader;
  return reader;
}

}  // namespace ogpx::extract
