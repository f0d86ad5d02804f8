#include "rule_test_support.hpp"

namespace convlint::testing {
namespace {

using rules::Severity;
const std::string rule = "finance/amounts";

TEST(Rule_finance_amounts, FlagsAnEnvelopeThatDisagreesWithTheSchedule) {
  const std::string text = with(clean_convention(), "budget estimé de l'opération est de 100 000 €", "budget estimé de l'opération est de 120 000 €");
  expect_finding(lint_text(text), rule, Severity::warning, position_in(text, "120 000 €"));
}

TEST(Rule_finance_amounts, FlagsAnEnvelopeThatDisagreesEvenAfterDeductions) {
  const std::string text = with(clean_convention(), "Le budget estimé de l'opération est de 100 000 €.",
                                "Le cofinancement obtenu est de 150 000 €. 30 000 € seront déduits pour l'accompagnement.");
  const auto linted = lint_text(text);
  expect_finding(linted, rule, Severity::warning, position_in(text, "150 000 €"));
  EXPECT_NE(linted.of(rule)[0].message.find("120\u202f000"), std::string::npos);
}

TEST(Rule_finance_amounts, AcceptsEnvelopesThatTieAndNeverGuesses) {
  expect_none(lint_text(clean_convention()), rule);
  expect_none(lint_text(with(clean_convention(), "Le budget estimé de l'opération est de 100 000 €.",
                             "Le cofinancement obtenu est de 130 000 €. 30 000 € seront déduits pour l'accompagnement.")), rule);
  expect_none(lint_text(with(clean_convention(), "Le budget estimé de l'opération est de 100 000 €.", "Le marché porte sur 250 000 € en tout.")), rule);
}

}  // namespace
}  // namespace convlint::testing
