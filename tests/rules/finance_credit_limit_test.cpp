#include "rule_test_support.hpp"

namespace convlint::testing {
namespace {

using rules::Severity;
const std::string rule = "finance/credit-limit";

TEST(Rule_finance_credit_limit, FlagsUnboundedCommitments) {
  const std::string text = with(clean_convention(), "La somme des engagements ne pourra dépasser la limite du montant alloué. ", "");
  expect_finding(lint_text(text), rule, Severity::warning, position_in(text, "Article 4 : Exécution financière"));
}

TEST(Rule_finance_credit_limit, FlagsNoWordOnShortfalls) {
  const std::string text = with(clean_convention(), " En cas d'insuffisance des crédits, le délégataire en informe le délégant.", "");
  expect_finding(lint_text(text), rule, Severity::warning, position_in(text, "Article 4 : Exécution financière"));
}

TEST(Rule_finance_credit_limit, AcceptsOtherWordings) {
  expect_none(lint_text(clean_convention()), rule);
  expect_none(lint_text(with(clean_convention(), "La somme des engagements ne pourra dépasser la limite du montant alloué.",
                             "Le délégataire engage les dépenses dans la limite des crédits délégués.")), rule);
  expect_none(lint_text(with(clean_convention(), "La somme des engagements ne pourra dépasser la limite du montant alloué.",
                             "Les engagements ne peuvent en aucun cas excéder le montant délégué.")), rule);
}

TEST(Rule_finance_credit_limit, AsksNothingOfADelegationThatManagesNoCredit) {
  expect_none(lint_text(delegation_of_acts_only("Toute modification fait l'objet d'un avenant.")), rule);
  const std::string text = with(delegation_of_acts_only("Toute modification fait l'objet d'un avenant."),
                                "La présente délégation ne porte sur aucun crédit.", "Le délégataire procède au mandatement des dépenses.");
  expect_finding(lint_text(text), rule, Severity::warning, position_in(text, "Convention de délégation"), 2);
}

}  // namespace
}  // namespace convlint::testing
