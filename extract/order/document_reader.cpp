// The order's reader (extract/readers.h): claims a document by an order's
// heading or formula (weaker under a plan title: a plan may quote the order
// that approves it); reads it with ReadOrder.
#include "extract/readers.h"

namespace ogpx::extract {
namespace {

class GovernmentOrderReader final : public DocumentReader {
 public:
  model::Kind kind() const override { return model::Kind::kOrder; }

  Claim ClaimDocument(const Evidence& e) const override {
    const bool plan_title = e.plan_title && !e.report_title && !e.order_title;
    if (e.order_title || (e.order_hits >= 1 && !plan_title))
      return {kind(), kOrderHeading, "an order's heading or formula"};
    if (e.order_hits >= 1) return {kind(), kOrderWording, "order wording"};
    return {kind(), 0, ""};
  }

  void Read(const layout::Structure& s, model::Document& out) const override {
    out.order = ReadOrder(s, out.warnings);
  }

  // Clauses of a numbered or dated order.
  bool Holds(const model::Document& d) const override {
    return d.order && !d.order->clauses.empty() && (d.order->number || d.order->date);
  }
};

}  // namespace

const DocumentReader& OrderReader() {
  static const GovernmentOrderReader reader;
  return reader;
}

}  // namespace ogpx::extract
