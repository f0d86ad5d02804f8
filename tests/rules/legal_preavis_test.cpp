#include "rule_test_support.hpp"

namespace convlint::testing {
namespace {

using rules::Severity;
const std::string rule = "legal/preavis";

TEST(Rule_legal_preavis, QuotesADurationWrappedOverTwoLinesOnOneLine) {
  const std::string text = with(clean_convention(), "préavis de trois mois", "préavis de six\nmois");
  const auto linted = lint_text(text);
  expect_finding(linted, rule, Severity::error, position_in(text, "six\nmois"));
  EXPECT_NE(linted.of(rule)[0].message.find("six mois"), std::string::npos) << linted.of(rule)[0].message;
}

}  // namespace
}  // namespace convlint::testing
