#include "rule_test_support.hpp"

namespace convlint::testing {
namespace {

using rules::Severity;
const std::string rule = "structure/required-clauses";

TEST(Rule_structure_required_clauses, FlagsMissingReporting) {
  const std::string text = with(clean_convention(), " et rend compte au délégant de l'exécution de la délégation", "");
  const auto linted = lint_text(text);
  expect_finding(linted, rule, Severity::error, position_in(text, "Article 2 : Obligations"));
  EXPECT_NE(linted.of(rule)[0].message.find("rend compte"), std::string::npos);
}

TEST(Rule_structure_required_clauses, FlagsMissingObligationsOfTheDelegataire) {
  std::string text = with(with(clean_convention(), "Article 3 : Obligations du délégataire", "Article 3 : Commandes"),
                          "Le délégataire passe les commandes et rend compte au délégant de l'exécution de la délégation.",
                          "Les commandes font l'objet d'un compte rendu au délégant.");
  text = with(text, "le délégataire en informe le délégant", "le délégant en est informé");
  const auto linted = lint_text(text);
  expect_finding(linted, rule, Severity::error, position_in(text, "Article 2 : Obligations"));
  EXPECT_NE(linted.of(rule)[0].message.find("délégataire"), std::string::npos);
}

}  // namespace
}  // namespace convlint::testing
