#include "rule_test_support.hpp"

namespace convlint::testing {
namespace {

using rules::Severity;
const std::string rule = "legal/publication";

TEST(Rule_legal_publication, FlagsAConventionThatIsNotPublished) {
  std::string text = with(clean_convention(), "Article 7 : Publication\n\nLa présente convention est publiée au bulletin officiel du ministère des Sports.\n\n", "");
  expect_finding(lint_text(text), rule, Severity::warning, position_in(text, "Convention de délégation"));
}

TEST(Rule_legal_publication, AcceptsOtherWordings) {
  expect_none(lint_text(clean_convention()), rule);
  expect_none(lint_text(with(clean_convention(), "est publiée au bulletin officiel", "fera l'objet d'une publication au bulletin officiel")), rule);
  expect_none(lint_text(with(clean_convention(), "est publiée au bulletin officiel", "sera PUBLIÉE au bulletin officiel")), rule);
}

}  // namespace
}  // namespace convlint::testing
