// parse/structure: what the parser could not place, and bytes it had to replace. Never silent.
#include <algorithm>

#include "rules/checks/checks.hpp"

namespace convlint::rules::checks {

namespace {

class ParseStructureCheck : public Check {
 public:
  void check(const CheckContext& context, Reporter& reporter) const override {
    for (const auto& diagnostic : context.document().diagnostics)
      reporter.report("unplaced", diagnostic.span, {{"detail", diagnostic.message.in(reporter.language())}});
    const auto& replaced = context.view.source().replaced_bytes;
    if (!replaced.empty())
      reporter.report("replaced_bytes", {replaced.front(), replaced.front() + 3}, {{"count", std::to_string(replaced.size())}});
  }
};

}  // namespace

std::unique_ptr<Check> make_parse_structure(const RuleSpec&, const Catalog&) { return std::make_unique<ParseStructureCheck>(); }

}  // namespace convlint::rules::checks
