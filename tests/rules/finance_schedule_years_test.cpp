#include "rule_test_support.hpp"

namespace convlint::testing {
namespace {

using rules::Severity;
const std::string rule = "finance/schedule-years";

TEST(Rule_finance_schedule_years, FlagsAYearOutsideTheSchedule) {
  const std::string text = with(clean_convention(), "met à disposition en 2025", "met à disposition en 2024");
  expect_finding(lint_text(text), rule, Severity::warning, position_in(text, "2024 les crédits"));
}

TEST(Rule_finance_schedule_years, FlagsMoneyAfterTheEnd) {
  const std::string text = with(clean_convention(), "prend fin le 31 décembre 2026", "prend fin le 31 décembre 2025");
  expect_finding(lint_text(text), rule, Severity::warning, position_in(text, "40 000 €\n"));
}

TEST(Rule_finance_schedule_years, AcceptsScheduleYearsAndZeroLaterRows) {
  expect_none(lint_text(clean_convention()), rule);
  expect_none(lint_text(with(clean_convention(), "met à disposition en 2025", "met à disposition au titre de 2026")), rule);
  expect_none(lint_text(with(clean_convention(), "2026\t0 €\t40 000 €\n", "2026\t0 €\t40 000 €\n2027\t0 €\t0 €\n")), rule);
}

}  // namespace
}  // namespace convlint::testing
