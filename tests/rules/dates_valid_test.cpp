#include "rule_test_support.hpp"

namespace convlint::testing {
namespace {

using rules::Severity;
const std::string rule = "dates/valid";

TEST(Rule_dates_valid, FlagsAnImpossibleDate) {
  const std::string text = with(clean_convention(), "le 31 décembre 2026", "le 31/02/2026");
  expect_finding(lint_text(text), rule, Severity::error, position_in(text, "31/02/2026"));
}

TEST(Rule_dates_valid, FlagsADayPastTheMonth) {
  const std::string text = with(clean_convention(), "le 3 février 2025", "le 32 mars 2025");
  expect_finding(lint_text(text), rule, Severity::error, position_in(text, "32 mars 2025"));
}

TEST(Rule_dates_valid, AcceptsRealDatesInEveryForm) {
  expect_none(lint_text(clean_convention()), rule);
  for (const std::string date : {"29/02/2024", "1er mars 2025", "1^{er} mars 2025", "28-02-2025", "2025.02.03"}) {
    expect_none(lint_text(with(clean_convention(), "le 3 février 2025", "le " + date)), rule);
  }
}

}  // namespace
}  // namespace convlint::testing
