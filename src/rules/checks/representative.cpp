// structure/representative: each party names who represents it.
#include <algorithm>

#include "rules/checks/checks.hpp"

namespace convlint::rules::checks {

namespace {

class RepresentativeCheck : public Check {
 public:
  void check(const CheckContext& context, Reporter& reporter) const override {
    for (const auto& party : context.document().parties) {
      if (!party.representative) reporter.report("missing", party.name.span(), {{"party", document::plain_text(party.name.view())}});
    }
  }
};

}  // namespace

std::unique_ptr<Check> make_representative(const RuleSpec&, const Catalog&) { return std::make_unique<RepresentativeCheck>(); }

}  // namespace convlint::rules::checks
