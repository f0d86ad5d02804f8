#include "rule_test_support.hpp"

namespace convlint::testing {
namespace {

using rules::Severity;
const std::string rule = "dates/term";

TEST(Rule_dates_term, ReadsAPeriodWhoseStartLeavesTheYearToItsEnd) {
  const std::string term = "La présente convention prend effet à la date de sa signature et prend fin le 31 décembre 2026.";
  for (const char* period : {"La présente convention s'applique du 1er janvier au 31 décembre 2026.",
                             "Elle couvre la période du 15 mars au 31 décembre 2026."}) {
    const auto linted = lint_text(with(clean_convention(), term, period));
    expect_none(linted, rule);
    ASSERT_TRUE(linted.parsed.document.facts.term.start.has_value()) << period;
    EXPECT_EQ(linted.parsed.document.facts.term.start->year, 2026) << period;
  }
}

TEST(Rule_dates_term, ReadsDatesWrittenInWords) {
  const std::string term = "La présente convention prend effet à la date de sa signature et prend fin le 31 décembre 2026.";
  const std::pair<const char*, std::pair<const char*, const char*>> cases[] = {
      {"La présente convention prend effet le premier janvier deux mille vingt-six et prend fin le trente et un décembre deux mille vingt-six.",
       {"2026-01-01", "2026-12-31"}},
      {"Elle prend effet le 1er mars deux mille vingt-six. Elle est conclue jusqu'au vingt-huit février deux mille vingt-sept.",
       {"2026-03-01", "2027-02-28"}},
      {"Elle s'applique du quinze avril deux mille vingt-six au trente juin deux mille vingt-sept.", {"2026-04-15", "2027-06-30"}},
  };
  for (const auto& [written, dates] : cases) {
    SCOPED_TRACE(written);
    const auto linted = lint_text(with(clean_convention(), term, written));
    expect_none(linted, rule);
    const auto& found = linted.parsed.document.facts.term;
    ASSERT_TRUE(found.start && found.end);
    EXPECT_EQ(found.start->iso(), dates.first);
    EXPECT_EQ(found.end->iso(), dates.second);
  }
  // « deux mille » that is no date: an amount, a year alone.
  const std::string amount = with(clean_convention(), "certifie le service fait.", "certifie le service fait pour deux mille euros au plus, en deux mille vingt-six.");
  EXPECT_EQ(lint_text(amount).parsed.document.facts.dates.size(), lint_text(clean_convention()).parsed.document.facts.dates.size());
}

TEST(Rule_dates_term, ReadsAStartAfterAuAndATermSetByItsLength) {
  const std::string term = "La présente convention prend effet à la date de sa signature et prend fin le 31 décembre 2026.";
  for (const auto& [stated, end] : std::vector<std::pair<std::string, std::string>>{
           {"La présente convention prend effet au 1er janvier 2025 pour une durée de deux ans.", "2026-12-31"},
           {"Elle entre en vigueur au 1er février 2025, pour une durée de vingt-quatre mois.", "2027-01-31"},
           {"La convention s'applique à compter du 1er janvier 2025 et pour une durée de trois ans.", "2027-12-31"}}) {
    const auto linted = lint_text(with(clean_convention(), term, stated));
    expect_none(linted, rule);
    expect_none(linted, "finance/schedule-years");
    ASSERT_TRUE(linted.parsed.document.facts.term.end.has_value()) << stated;
    EXPECT_EQ(linted.parsed.document.facts.term.end->iso(), end) << stated;
  }
  // A term too short for the schedule: the 2026 credits fall after its end.
  const std::string text = with(clean_convention(), term, "La présente convention prend effet au 1er janvier 2025 pour une durée d'un an.");
  expect_finding(lint_text(text), "finance/schedule-years", Severity::warning, position_in(text, "40 000 €"));
}

TEST(Rule_dates_term, ReadsATermSetByAListOfBudgetYearsAsEndingWithTheLast) {
  const std::string term = "La présente convention prend effet à la date de sa signature et prend fin le 31 décembre 2026.";
  for (const std::string stated : {"La présente convention est conclue pour les exercices 2025 et 2026.",
                                   "La présente convention est conclue pour les années 2025 à 2026.",
                                   "La présente convention est conclue pour les exercices 2025-2026.",
                                   "La présente convention est conclue pour les exercices 2025 – 2026.",
                                   "La présente convention est conclue pour les gestions 2024, 2025 et 2026."}) {
    const auto linted = lint_text(with(clean_convention(), term, stated));
    expect_none(linted, "finance/schedule-years");
    ASSERT_TRUE(linted.parsed.document.facts.term.end.has_value()) << stated;
    EXPECT_EQ(linted.parsed.document.facts.term.end->iso(), "2026-12-31") << stated;
  }
  // One year only: the 2026 credits fall after the end.
  const std::string text = with(clean_convention(), term, "La présente convention est conclue pour l'exercice 2025 et 20 000 € de crédits.");
  expect_finding(lint_text(text), "finance/schedule-years", Severity::warning, position_in(text, "40 000 €"));
}

TEST(Rule_dates_term, ReadsTheEndOfABudgetYearAsTheEnd) {
  const std::string from = "prend fin le 31 décembre 2026.";
  for (const std::string end : {"s'applique jusqu'à la clôture de la gestion 2026.", "court jusqu'à la fin de l'exercice budgétaire 2026."}) {
    const auto linted = lint_text(with(clean_convention(), from, end));
    expect_none(linted, rule);
    ASSERT_TRUE(linted.parsed.document.facts.term.end.has_value()) << end;
    EXPECT_EQ(linted.parsed.document.facts.term.end->iso(), "2026-12-31");
  }
  // Operations of a year settled: no end of the convention.
  const std::string text = with(clean_convention(), from, "court jusqu'au règlement total des opérations engagées au titre de l'exercice 2026.");
  expect_finding(lint_text(text), rule, Severity::warning, position_in(text, "Article 6 : Durée"));
}

}  // namespace
}  // namespace convlint::testing
