#include "rule_test_support.hpp"

namespace convlint::testing {
namespace {

using rules::Severity;
const std::string rule = "legal/reference";

TEST(Rule_legal_reference, FlagsAWrongNumberForAKnownDate) {
  const std::string text = with(clean_convention(), "décret n° 2004-1085 du 14 octobre 2004 modifié", "décret n° 2014-1085 du 14 octobre 2004 modifié");
  const auto linted = lint_text(text);
  expect_finding(linted, rule, Severity::error, position_in(text, "décret n° 2014-1085"));
  EXPECT_NE(linted.of(rule)[0].message.find("2004-1085"), std::string::npos) << "the message names the expected text";
}

}  // namespace
}  // namespace convlint::testing
