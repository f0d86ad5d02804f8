#include "rule_test_support.hpp"

namespace convlint::testing {
namespace {

using rules::Severity;
const std::string rule = "finance/schedule";

TEST(Rule_finance_schedule, FlagsACellThatIsNoAmount) {
  const std::string text = with(clean_convention(), "2025\t100 000 €", "2025\tcent mille");
  expect_finding(lint_text(text), rule, Severity::error, position_in(text, "cent mille"));
}

TEST(Rule_finance_schedule, FlagsDelegatedCreditsWithoutSchedule) {
  const std::string text = with(clean_convention(), "Année\tAE\tCP\n2025\t100 000 €\t60 000 €\n2026\t0 €\t40 000 €\n", "");
  expect_finding(lint_text(text), rule, Severity::error, position_in(text, "Article 4 : Exécution financière"));
}

TEST(Rule_finance_schedule, AcceptsEveryAmountFormAndEmptyCells) {
  expect_none(lint_text(clean_convention()), rule);
  for (const std::string cell : {"100.000 €", "100 000,00 euros", "100 000€", "0,1 M€", "100 000", "100\u00a0000 €", "100\u202f000 €"}) {
    expect_none(lint_text(with(clean_convention(), "2025\t100 000 €", "2025\t" + cell)), rule);
  }
  expect_none(lint_text(with(clean_convention(), "2026\t0 €\t40 000 €", "2026\t\t40 000 €")), rule);
  expect_none(lint_text(with(clean_convention(), "2026\t0 €\t40 000 €", "2026\t-\t40 000 €")), rule);
}

TEST(Rule_finance_schedule, AcceptsHeadersWithAFootnoteCall) {
  // Raised (« CP³ ») or, as OCR or a plain-text export leaves it, on the line (« CP3 »).
  for (const std::string header : {"Année\tAE¹\tCP²", "Année\tAE1\tCP3", "Année\tAE (1)\tCP (2)"}) {
    const auto findings = lint_text(with(clean_convention(), "Année\tAE\tCP", header));
    expect_none(findings, rule);
    expect_none(findings, "finance/ae-cp");
  }
}

}  // namespace
}  // namespace convlint::testing
