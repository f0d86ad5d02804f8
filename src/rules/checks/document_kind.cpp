// structure/kind: a text that names no délégation de gestion is said to be another kind of agreement, once.
#include "rules/checks/checks.hpp"

namespace convlint::rules::checks {

namespace {

class DocumentKindCheck : public Check {
 public:
  void check(const CheckContext& context, Reporter& reporter) const override {
    if (context.document().kind == document::DocumentKind::other) reporter.report("other", context.document().anchor());
  }
};

}  // namespace

std::unique_ptr<Check> make_document_kind(const RuleSpec&, const Catalog&) { return std::make_unique<DocumentKindCheck>(); }

}  // namespace convlint::rules::checks
