#include "rule_test_support.hpp"

namespace convlint::testing {
namespace {

using rules::Severity;
const std::string rule = "finance/ae-cp";

TEST(Rule_finance_ae_cp, WarnsWhenTotalsDiffer) {
  const std::string text = with(clean_convention(), "2026\t0 €\t40 000 €", "2026\t0 €\t30 000 €");
  const auto linted = lint_text(text);
  expect_finding(linted, rule, Severity::warning, position_in(text, "2025\t"));
  EXPECT_NE(linted.of(rule)[0].message.find("10\u202f000\u00a0€"), std::string::npos);
}

// Two délégants, one schedule each: the second one's CP run past its own AE although the sums over both agree.
const std::string two_schedules =
    "Pour le ministère des Sports (programme 219) :\n\nAnnée\tAE\tCP\n2025\t60 000 €\t20 000 €\n2026\t0 €\t40 000 €\n\n"
    "Pour le ministère de la Culture (programme 361) :\n\nAnnée\tAE\tCP\n2025\t40 000 €\t40 000 €\n2026\t0 €\t0 €\n";

// A PDF viewer's copy and paste, or `pandoc -t plain` of tab-separated text, leaves single spaces between the cells.
const std::string tab_schedule = "Année\tAE\tCP\n2025\t100 000 €\t60 000 €\n2026\t0 €\t40 000 €\n";

TEST(Rule_finance_ae_cp, ReadsAScheduleWhoseEmptyFirstHeaderCellPutTheYearsFirst) {
  // A table whose header leaves the years' cell empty (« ⇥ AE ⇥ CP »): `pdftotext` without -layout gives the years,
  // then the two header cells, then the AE column, then the CP column; a row left on the next page, past the
  // footnotes, each of its cells on a line of its own.
  for (const std::string columns :
       {"2025\n2026\n\nAE\nCP\n100 000 €\n0 €\n\n60 000 €\n40 000 €\n",
        "2025\n2026\n\nAE\nCP¹\n100 000 €\n0 €\n\n60 000 €\n40 000 €\n\n¹ Crédits prévisionnels.\n",
        "2025\n\nAE\nCP¹\n100 000 €\n\n60 000 €\n\n¹ Crédits prévisionnels.\n\f\n2026\n\n0 €\n\n40 000 €\n"}) {
    SCOPED_TRACE(columns);
    const auto linted = lint_text(with(clean_convention(), tab_schedule, columns));
    expect_none(linted, rule);
    expect_none(linted, "finance/schedule");
    expect_none(linted, "structure/footnotes");
    ASSERT_EQ(linted.parsed.document.facts.schedules.size(), 1u);
    EXPECT_EQ(linted.parsed.document.facts.schedules[0].rows.size(), 2u);
    EXPECT_EQ(linted.parsed.document.facts.schedules[0].total_cp(), 10000000);
  }
  // The header first this time, then the years, then each column (a year alone is no amount of the row above).
  for (const std::string columns : {"Année AE\n\nCP\n\n2025\n2026\n\n100 000 €\n0 €\n\n60 000 €\n40 000 €\n",
                                    "AE\nCP\n2025\n2026\n100 000 €\n0 €\n\n60 000 €\n40 000 €\n"}) {
    SCOPED_TRACE(columns);
    const auto linted = lint_text(with(clean_convention(), tab_schedule, columns));
    expect_none(linted, rule);
    ASSERT_EQ(linted.parsed.document.facts.schedules.size(), 1u);
    EXPECT_EQ(linted.parsed.document.facts.schedules[0].total_ae(), 10000000);
  }
  const std::string text = with(clean_convention(), tab_schedule, "2025\n2026\n\nAE\nCP\n50 000 €\n0 €\n\n60 000 €\n40 000 €\n");
  expect_finding(lint_text(text), rule, Severity::error, position_in(text, "60 000 €\n40"));
  // Rows of one amount, then as many amounts alone: the CP column.
  const std::string below = with(clean_convention(), tab_schedule, "Année AE\nCP\n2025 100 000 €\n2026 0 €\n\n60 000 €\n40 000 €\n");
  expect_none(lint_text(below), rule);
  expect_none(lint_text(below), "finance/schedule");
}

TEST(Rule_finance_ae_cp, ReadsAHeaderLeftAloneAtThePageFootAboveRowsWithColumns) {
  // The PDF reader cut the rows on the next page at their tab stops, but the header alone had none to be cut at.
  const std::string split = "Exercice Autorisations d'engagement Crédits de paiement\n\f\n2025\t100 000 €\t60 000 €\n2026\t0 €\t40 000 €\n";
  const auto linted = lint_text(with(clean_convention(), tab_schedule, split));
  expect_none(linted, rule);
  expect_none(linted, "finance/schedule");
  ASSERT_EQ(linted.parsed.document.facts.schedules.size(), 1u);
  EXPECT_EQ(linted.parsed.document.facts.schedules[0].total_cp(), 10000000);
}

TEST(Rule_finance_ae_cp, ReadsBareFiguresWhoseCpFollowsOnTheNextLine) {
  // « Année AE (en €) » over « CP (en €) », then « 2025 1 100 000 » over « 600 000 »: the row holds one amount (not
  // 1 and 100 000), its CP being the amount alone below it.
  const std::string stacked = "Année AE (en €)\nCP (en €)\n2025 1 100 000\n600 000\n2026 0\n500 000\n";
  const auto linted = lint_text(with(clean_convention(), tab_schedule, stacked));
  expect_none(linted, rule);
  ASSERT_EQ(linted.parsed.document.facts.schedules.size(), 1u);
  ASSERT_EQ(linted.parsed.document.facts.schedules[0].rows.size(), 2u);
  EXPECT_EQ(linted.parsed.document.facts.schedules[0].total_ae(), 110000000);
  EXPECT_EQ(linted.parsed.document.facts.schedules[0].total_cp(), 110000000);
  // On one line, two figures are the AE and the CP.
  const auto one_line = lint_text(with(clean_convention(), tab_schedule, "Année AE CP\n2025 1 100 000 € 600 000 €\n2026 0 € 500 000 €\n"));
  ASSERT_EQ(one_line.parsed.document.facts.schedules.size(), 1u);
  EXPECT_EQ(one_line.parsed.document.facts.schedules[0].total_cp(), 110000000);
}

TEST(Rule_finance_ae_cp, ReadsAFlattenedScheduleWithAProgrammeColumnAndSubtotals) {
  // Programme | Année | AE | CP with a sub-total per programme, its columns flattened to single spaces (pandoc) or
  // partly aligned (`pdftotext -layout`).
  for (const std::string table :
       {"Programme Année AE CP\n219 2025 60 000 30 000\n219 2026 0 20 000\nSous-total 219 60 000 50 000\n"
        "163 2025 40 000 30 000\n163 2026 0 20 000\nSous-total 163 40 000 50 000\nTotal général 100 000 100 000\n",
        "Programme   Année AE     CP\n219   2025 60 000      30 000\n219   2026 0           20 000\n"
        "Sous-total 219        60 000      50 000\n163   2025 40 000      30 000\n163   2026 0           20 000\n"
        "Sous-total 163        40 000      50 000\nTotal général         100 000     100 000\n"}) {
    const auto linted = lint_text(with(clean_convention(), tab_schedule, table));
    expect_none(linted, rule);
    expect_none(linted, "finance/schedule");
    ASSERT_EQ(linted.parsed.document.facts.schedules.size(), 1u) << table;
    EXPECT_EQ(linted.parsed.document.facts.schedules[0].rows.size(), 4u) << table;
    EXPECT_EQ(linted.parsed.document.facts.schedules[0].total_cp(), 10000000) << table;
  }
}

TEST(Rule_finance_ae_cp, PlacesALoneAmountInTheColumnTheTotalsAgreeWith) {
  // A flattened row with one amount (its empty cell gone with the spaces) goes where the table's totals add up.
  const auto in_cp = lint_text(with(clean_convention(), tab_schedule, "Année AE CP\n2025 100 000 60 000\n2026 40 000\nTotal 100 000 100 000\n"));
  expect_none(in_cp, rule);
  ASSERT_EQ(in_cp.parsed.document.facts.schedules.size(), 1u);
  ASSERT_EQ(in_cp.parsed.document.facts.schedules[0].rows.size(), 2u);
  EXPECT_TRUE(in_cp.parsed.document.facts.schedules[0].rows[1].ae.empty());
  EXPECT_EQ(in_cp.parsed.document.facts.schedules[0].rows[1].cp.value(), 4000000);
  const std::string programmes = "Programme Année AE CP\n219 2025 60 000 30 000\n219 2026 20 000\nSous-total 219 60 000 50 000\n"
                                 "163 2025 40 000 50 000\nSous-total 163 40 000 50 000\nTotal général 100 000 100 000\n";
  expect_none(lint_text(with(clean_convention(), tab_schedule, programmes)), rule);
  // In the AE column: the CP total then falls short of the AE's, which the rule reports.
  const std::string in_ae = with(clean_convention(), tab_schedule, "Année AE CP\n2025 60 000 60 000\n2026 40 000\nTotal 100 000 60 000\n");
  const auto linted = lint_text(in_ae);
  ASSERT_EQ(linted.parsed.document.facts.schedules.size(), 1u);
  ASSERT_EQ(linted.parsed.document.facts.schedules[0].rows.size(), 2u);
  EXPECT_EQ(linted.parsed.document.facts.schedules[0].rows[1].ae.value(), 4000000);
  EXPECT_TRUE(linted.parsed.document.facts.schedules[0].rows[1].cp.empty());
  // Without a total to say where it goes, the lone amount's row is not read.
  const auto unsure = lint_text(with(clean_convention(), tab_schedule, "Année AE CP\n2025 100 000 60 000\n2026 40 000\n"));
  ASSERT_EQ(unsure.parsed.document.facts.schedules.size(), 1u);
  EXPECT_EQ(unsure.parsed.document.facts.schedules[0].rows.size(), 1u);
}

TEST(Rule_finance_ae_cp, ReadsAScheduleWithYearsAsColumns) {
  // Years head the columns, AE and CP label the rows; a « Total » column is no year.
  for (const std::string transposed : {"| | 2025 | 2026 | Total |\n|---|---|---|---|\n| AE | 100 000 € | 0 € | 100 000 € |\n| CP | 60 000 € | 40 000 € | 100 000 € |\n",
                                       "Exercice\t2025\t2026\nAutorisations d'engagement\t100 000 €\t0 €\nCrédits de paiement\t60 000 €\t40 000 €\n",
                                       // Flattened to single spaces (pandoc's plain text), or set at tab stops that miss the
                                       // header's (a PDF of text typed with Word's default tab stops), the years alone above.
                                       "2025 2026 Total\n\nAE 100 000 € 0 € 100 000 €\n\nCP 60 000 € 40 000 € 100 000 €\n",
                                       "     2025 2026 Total\nAE\t100 000 € 0 €\t100 000 €\nCP\t60 000 € 40 000 €\t100 000 €\n",
                                       "2025 2026\nAutorisations d'engagement 100 000 € 0 €\nCrédits de paiement 60 000 € 40 000 €\n"}) {
    const auto linted = lint_text(with(clean_convention(), tab_schedule, transposed));
    expect_none(linted, rule);
    expect_none(linted, "finance/schedule");
    const auto& schedules = linted.parsed.document.facts.schedules;
    ASSERT_EQ(schedules.size(), 1u) << transposed;
    ASSERT_EQ(schedules[0].rows.size(), 2u);
    EXPECT_EQ(schedules[0].rows[1].year, 2026);
    EXPECT_EQ(schedules[0].rows[1].cp.value(), 4000000);
  }
  const std::string text = with(clean_convention(), tab_schedule, "| | 2025 | 2026 |\n|---|---|---|\n| AE | 50 000 € | 0 € |\n| CP | 60 000 € | 40 000 € |\n");
  expect_finding(lint_text(text), rule, Severity::error, position_in(text, "60 000 € |"));
}

TEST(Rule_finance_ae_cp, ReadsATableTypedWithTabStops) {
  // Tab pressed as often as it takes to reach the next stop: fewer tabs after a wider figure, an empty cell where
  // a row has fewer figures.
  const std::string typed = "Année\t\tAE\t\tCP\n2025\t\t100 000 €\t60 000 €\n2026\t\t\t\t40 000 €\nTotal\t\t100 000 €\t100 000 €\n";
  const auto linted = lint_text(with(clean_convention(), tab_schedule, typed));
  expect_none(linted, rule);
  ASSERT_EQ(linted.parsed.document.facts.schedules.size(), 1u);
  EXPECT_EQ(linted.parsed.document.facts.schedules[0].total_cp(), 10000000);
  const std::string text = with(clean_convention(), tab_schedule, with(typed, "2025\t\t100 000 €\t60 000 €", "2025\t\t50 000 €\t60 000 €"));
  expect_finding(lint_text(text), rule, Severity::error, position_in(text, "60 000 €\n"));
}

TEST(Rule_finance_ae_cp, ReadsTwoAmountsInTheAeCellAsTheAeAndTheCpWhenTheCpCellIsEmpty) {
  // Tab stops too close for the PDF reader to see a gap: « 100 000 € 60 000 € » in one cell, the CP's left empty.
  const std::string merged = "Année\tAE\tCP\n2025\t100 000 € 60 000 €\t\n2026\t0 € 40 000 €\t\n";
  const auto linted = lint_text(with(clean_convention(), tab_schedule, merged));
  expect_none(linted, rule);
  ASSERT_EQ(linted.parsed.document.facts.schedules.size(), 1u);
  EXPECT_EQ(linted.parsed.document.facts.schedules[0].total_ae(), 10000000);
  EXPECT_EQ(linted.parsed.document.facts.schedules[0].total_cp(), 10000000);
  const std::string text = with(clean_convention(), tab_schedule, with(merged, "100 000 € 60 000 €", "50 000 € 60 000 €"));
  expect_finding(lint_text(text), rule, Severity::error, position_in(text, "60 000 €\t"));
  // Words between the two amounts make them one cell's (the larger one is its value).
  const auto worded = lint_text(with(clean_convention(), tab_schedule, "Année\tAE\tCP\n2025\t90 000 € pouvant atteindre 100 000 €\t60 000 €\n2026\t0 €\t40 000 €\n"));
  expect_none(worded, rule);
  EXPECT_EQ(worded.parsed.document.facts.schedules[0].total_ae(), 10000000);
}

}  // namespace
}  // namespace convlint::testing
