#include "rule_test_support.hpp"

namespace convlint::testing {
namespace {

using rules::Severity;
const std::string rule = "legal/preavis";

TEST(Rule_legal_preavis, FlagsAnotherDuration) {
  const std::string text = with(clean_convention(), "préavis de trois mois", "préavis d'un mois");
  const auto linted = lint_text(text);
  expect_finding(linted, rule, Severity::error, position_in(text, "un mois"));
  EXPECT_EQ(linted.of(rule)[0].suggestion, "trois mois");
}

TEST(Rule_legal_preavis, QuotesADurationWrappedOverTwoLinesOnOneLine) {
  const std::string text = with(clean_convention(), "préavis de trois mois", "préavis de six\nmois");
  const auto linted = lint_text(text);
  expect_finding(linted, rule, Severity::error, position_in(text, "six\nmois"));
  EXPECT_NE(linted.of(rule)[0].message.find("six mois"), std::string::npos) << linted.of(rule)[0].message;
}

TEST(Rule_legal_preavis, FlagsAMissingNoticeAtTheTerminationArticle) {
  const std::string text = with(clean_convention(), " Il peut y être mis fin à tout moment par l'une des parties, sous réserve d'un préavis de trois mois.", "");
  expect_finding(lint_text(text), rule, Severity::error, position_in(text, "Article 6 : Durée"));
}

TEST(Rule_legal_preavis, AcceptsEveryWayOfWritingThreeMonths) {
  for (const std::string form : {"préavis de trois mois", "préavis écrit de trois mois", "préavis de 3 mois", "préavis de trois (3) mois",
                                 "PRÉAVIS DE TROIS MOIS", "préavis d'une durée de trois mois"}) {
    expect_none(lint_text(with(clean_convention(), "préavis de trois mois", form)), rule);
  }
}

}  // namespace
}  // namespace convlint::testing
