// structure/parties: the parties block defines at least one délégant and one délégataire.
#include <algorithm>

#include "rules/checks/checks.hpp"

namespace convlint::rules::checks {

namespace {

class PartiesCheck : public Check {
 public:
  void check(const CheckContext& context, Reporter& reporter) const override {
    const auto& parties = context.document().parties;
    if (parties.empty()) {
      reporter.report("no_parties", context.document().anchor());
      return;
    }
    const bool french = reporter.language() == Language::fr;
    if (context.roles.parties_with(RoleKind::delegant).empty())
      reporter.report("missing_role", parties.front().name.span(), {{"role", french ? "délégant" : "délégant (delegating party)"}});
    if (context.roles.parties_with(RoleKind::delegataire).empty())
      reporter.report("missing_role", parties.back().name.span(),
                      {{"role", french ? "délégataire (ou co-délégataires)" : "délégataire (or co-délégataires)"}});
  }
};

}  // namespace

std::unique_ptr<Check> make_parties(const RuleSpec&, const Catalog&) { return std::make_unique<PartiesCheck>(); }

}  // namespace convlint::rules::checks
