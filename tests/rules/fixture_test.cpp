// The clean convention every rule test edits yields no finding at all, in both profiles.
#include "rule_test_support.hpp"

namespace convlint::testing {
namespace {

TEST(RuleFixture, CleanConventionHasNoFinding) {
  for (const std::string profile : {"signed", "draft"}) {
    const auto linted = lint_text(clean_convention(), profile);
    for (const auto& finding : linted.findings) ADD_FAILURE() << profile << ": " << finding.rule << ": " << finding.message;
  }
}

}  // namespace
}  // namespace convlint::testing
