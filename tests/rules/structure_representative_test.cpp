#include "rule_test_support.hpp"

namespace convlint::testing {
namespace {

using rules::Severity;
const std::string rule = "structure/representative";

TEST(Rule_structure_representative, FlagsAPartyWithoutRepresentative) {
  const std::string text = with(clean_convention(), "Représentée par Paul Durand, directeur,\n", "");
  expect_finding(lint_text(text), rule, Severity::warning, position_in(text, "La Direction interministérielle"));
}

TEST(Rule_structure_representative, AcceptsInlineAndPluralForms) {
  expect_none(lint_text(clean_convention()), rule);
  expect_none(lint_text(with(clean_convention(), "Représentée par Paul Durand", "représentée par M. Paul Durand")), rule);
  expect_none(lint_text(with(clean_convention(), "Représenté par Jeanne Roy", "Représentés par Jeanne Roy et Luc Blanc")), rule);
}

TEST(Rule_structure_representative, ReadsRepresentedByCutOverTwoLines) {
  // A PDF conversion wraps « représentée » and « par » apart; « par » inside another word is not the one.
  expect_none(lint_text(with(clean_convention(), "Représentée par Paul Durand", "Représentée\npar Paul Durand")), rule);
  const std::string text = with(clean_convention(), "Représentée par Paul Durand, directeur,", "Représentée parmi d'autres,");
  expect_finding(lint_text(text), rule, Severity::warning, position_in(text, "La Direction interministérielle"));
}

}  // namespace
}  // namespace convlint::testing
