#include "rule_test_support.hpp"

namespace convlint::testing {
namespace {

using rules::Severity;
const std::string rule = "legal/amendment";

TEST(Rule_legal_amendment, FlagsModificationsWithoutAvenant) {
  const std::string text = with(clean_convention(), "Toute modification fait l'objet d'un avenant transmis aux contrôleurs budgétaires et comptables ministériels des parties.",
                                "Toute modification fait l'objet d'un accord écrit des parties.");
  const auto linted = lint_text(text);
  ASSERT_EQ(linted.of(rule).size(), 2u) << "no avenant, and so none transmitted";
  expect_finding(linted, rule, Severity::warning, position_in(text, "Article 5 : Modification"), 2);
}

}  // namespace
}  // namespace convlint::testing
