// structure/parties: the parties block defines at least one délégant and one délégataire.
#include <algorithm>

#include "base/ui_text.hpp"
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
    if (context.roles.parties_with(RoleKind::delegant).empty())
      reporter.report("missing_role", parties.front().name.span(), {{"role", std::string(ui_text(reporter.language(), "parties.delegant"))}});
    if (context.roles.parties_with(RoleKind::delegataire).empty())
      reporter.report("missing_role", parties.back().name.span(), {{"role", std::string(ui_text(reporter.language(), "parties.delegataire"))}});
  }
};

}  // namespace

std::unique_ptr<Check> make_parties(const RuleSpec&, const Catalog&) { return std::make_unique<PartiesCheck>(); }

}  // namespace convlint::rules::checks
