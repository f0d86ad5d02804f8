#include "rule_test_support.hpp"

namespace convlint::testing {
namespace {

using rules::Severity;
const std::string rule = "finance/accountant";

TEST(Rule_finance_accountant, FlagsEachMissingElement) {
  const std::string text = with(clean_convention(),
                                "Le comptable assignataire de la dépense est le CBCM des services du Premier ministre. Une copie de la convention est transmise au CBCM du ministère des Sports.\n\n",
                                "");
  const auto linted = lint_text(text);
  expect_finding(linted, rule, Severity::error, position_in(text, "Article 4 : Exécution financière"), 2);
}

TEST(Rule_finance_accountant, FlagsAMissingCopy) {
  const std::string text = with(clean_convention(), " Une copie de la convention est transmise au CBCM du ministère des Sports.", "");
  expect_finding(lint_text(text), rule, Severity::error, position_in(text, "Article 4 : Exécution financière"));
}

TEST(Rule_finance_accountant, AcceptsOtherWordings) {
  expect_none(lint_text(clean_convention()), rule);
  expect_none(lint_text(with(clean_convention(), "Une copie de la convention est transmise au CBCM du ministère des Sports.",
                             "Un exemplaire sera communiqué aux contrôleurs budgétaires et comptables ministériels.")), rule);
  expect_none(lint_text(with(clean_convention(), "Une copie de la convention est transmise au CBCM du ministère des Sports.",
                             "Le CBCM est destinataire d'une copie de la présente convention.")), rule);
}

TEST(Rule_finance_accountant, AcceptsAClauseWrappedOverTwoLines) {
  // Text converted from a PDF keeps the line ends of the page: the clause reads the same.
  const std::string text = with(clean_convention(), "Le comptable assignataire de la dépense",
                                "Le comptable\nassignataire de la dépense");
  ASSERT_NE(text.find("comptable\nassignataire"), std::string::npos);
  expect_none(lint_text(text), rule);
}

TEST(Rule_finance_accountant, AsksNothingOfADelegationThatManagesNoCredit) {
  const std::string acts = delegation_of_acts_only("Toute modification fait l'objet d'un avenant.");
  expect_none(lint_text(acts), rule);
  // Spending acts without an AE/CP word: the délégataire manages credits all the same.
  for (const std::string spending : {"Le délégataire assure l'ordonnancement des dépenses de formation.",
                                     "Le délégataire prend les engagements juridiques nécessaires.",
                                     "Le délégataire est ordonnateur secondaire des dépenses de formation."}) {
    const std::string text = with(acts, "La présente délégation ne porte sur aucun crédit.", spending);
    expect_finding(lint_text(text), rule, Severity::error, position_in(text, "Convention de délégation"), 2);
  }
}

}  // namespace
}  // namespace convlint::testing
