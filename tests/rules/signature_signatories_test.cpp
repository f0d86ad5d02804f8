#include "rule_test_support.hpp"

namespace convlint::testing {
namespace {

using rules::Severity;
const std::string rule = "signature/signatories";

TEST(Rule_signature_signatories, FlagsAMissingSignatory) {
  const std::string text = with(clean_convention(), "Le délégant\tLe délégataire", "Le délégant");
  expect_finding(lint_text(text), rule, Severity::info, position_in(text, "Fait à Paris"));
}

TEST(Rule_signature_signatories, AcceptsBlocksStampsAndDrafts) {
  expect_none(lint_text(clean_convention()), rule);
  expect_none(lint_text(with(clean_convention(), "Le délégant\tLe délégataire", "Pour le délégant,\nJeanne Roy\n\nPour le délégataire,\nPaul Durand")), rule);
  expect_none(lint_text(with(clean_convention(), "Le délégant\tLe délégataire", "Le délégant"), "draft"), rule);
}

}  // namespace
}  // namespace convlint::testing
