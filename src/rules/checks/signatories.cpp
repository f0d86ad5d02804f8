// signature/signatories: one signatory below the signature line for each party.
#include <algorithm>

#include "rules/checks/checks.hpp"

namespace convlint::rules::checks {

namespace {

class SignatoriesCheck : public Check {
 public:
  void check(const CheckContext& context, Reporter& reporter) const override {
    const auto& document = context.document();
    if (!document.signature || document.parties.empty()) return;
    const size_t found = document.signature->signatories.size();
    if (found < document.parties.size())
      reporter.report("missing", document.signature->line.span(),
                      {{"found", std::to_string(found)}, {"expected", std::to_string(document.parties.size())}});
  }
};

}  // namespace

std::unique_ptr<Check> make_signatories(const RuleSpec&, const Catalog&) { return std::make_unique<SignatoriesCheck>(); }

}  // namespace convlint::rules::checks
