#include "rule_test_support.hpp"

namespace convlint::testing {
namespace {

using rules::Severity;
const std::string rule = "finance/schedule";

TEST(Rule_finance_schedule, ReadsTheCreditsOfOneYearStatedInProse) {
  const std::string lead = "Le délégant met à disposition en 2025 les crédits suivants sur l'UO mentionnée à l'article 1 :";
  const std::string table = "Année\tAE\tCP\n2025\t100 000 €\t60 000 €\n2026\t0 €\t40 000 €\n";
  const std::string prose_lead = "Les crédits délégués pour l'année 2025 sur l'UO mentionnée à l'article 1 s'élèvent à :";
  for (const std::string& stated :
       {prose_lead + "\n\n- 100 000 € en autorisations d'engagement ;\n- 100 000 € en crédits de paiement.\n",
        std::string("Au titre de la gestion 2025, le délégant met à disposition 100 000 € d'AE et 100 000 € de CP sur l'UO mentionnée à l'article 1.\n"),
        std::string("Pour l'exercice 2025, les crédits s'élèvent à 100 000 € en autorisations d'engagement et en crédits de paiement.\n")}) {
    const std::string text = with(with(clean_convention(), lead + "\n\n" + table, stated), "d'un préavis", "d'un préavis");
    const auto linted = lint_text(text);
    expect_none(linted, rule);
    expect_none(linted, "finance/ae-cp");
    ASSERT_EQ(linted.parsed.document.facts.schedules.size(), 1u) << stated;
    EXPECT_EQ(linted.parsed.document.facts.schedules[0].rows[0].year, 2025) << stated;
  }
  // CP above AE is read and checked; two years, or an AE without its CP, are no schedule.
  const std::string over = with(clean_convention(), lead + "\n\n" + table, prose_lead + "\n\n- 100 000 € en AE ;\n- 120 000 € en CP.\n");
  expect_finding(lint_text(over), "finance/ae-cp", Severity::error, position_in(over, "120 000 €"));
  for (const std::string& unreadable :
       {std::string("En 2025 et en 2026, les crédits s'élèvent à 100 000 € en autorisations d'engagement et 60 000 € en crédits de paiement.\n"),
        prose_lead + "\n\n- 100 000 € en autorisations d'engagement.\n"}) {
    const std::string text = with(clean_convention(), lead + "\n\n" + table, unreadable);
    expect_finding(lint_text(text), rule, Severity::error, position_in(text, "Article 4 : Exécution financière"));
  }
}

TEST(Rule_finance_schedule, ReadsTheCreditsOfSeveralYearsStatedInProse) {
  const std::string lead = "Le délégant met à disposition en 2025 les crédits suivants sur l'UO mentionnée à l'article 1 :";
  const std::string table = "Année\tAE\tCP\n2025\t100 000 €\t60 000 €\n2026\t0 €\t40 000 €\n";
  // The year after its amounts, the year before them, a total split by year, « (AE = CP) ».
  for (const std::string stated :
       {"Le délégant met à disposition 100 000 € en autorisations d'engagement et 60 000 € en crédits de paiement en 2025, puis 40 000 € en crédits de paiement en 2026.",
        "Pour 2025, les crédits délégués s'élèvent à 100 000 € en AE et 60 000 € en CP ; pour 2026, à 0 € en AE et 40 000 € en CP.",
        "Les crédits délégués s'élèvent à 100 000 € en AE et en CP, dont 60 000 € de CP en 2025 et 40 000 € de CP en 2026.",
        // Each year where it suits the sentence, and an amount with its year only of the kind before it.
        "Pour 2025, l'enveloppe s'élève à 100 000 € en autorisations d'engagement, et le délégant prévoit 60 000 € de crédits de paiement "
        "en 2025 et 40 000 € en 2026.",
        "Pour 2025, l'enveloppe notifiée s'élève à 100 000 € en AE et 60 000 € en CP. Au titre de 2026, le délégant prévoit 40 000 € de CP.",
        "En 2025, 100 000 € d'AE et 60 000 € de CP sont délégués ; le solde, soit 40 000 € de CP, suit en 2026."}) {
    const auto linted = lint_text(with(clean_convention(), lead + "\n\n" + table, stated + "\n"));
    expect_none(linted, rule);
    expect_none(linted, "finance/ae-cp");
    const auto& schedules = linted.parsed.document.facts.schedules;
    ASSERT_EQ(schedules.size(), 1u) << stated;
    ASSERT_EQ(schedules[0].rows.size(), 2u) << stated;
    EXPECT_EQ(schedules[0].total_ae(), 10000000) << stated;
    EXPECT_EQ(schedules[0].rows[1].cp.value(), 4000000) << stated;
  }
  const auto both = lint_text(with(clean_convention(), lead + "\n\n" + table, "Les crédits délégués s'élèvent à 100 000 € (AE = CP) pour l'année 2025.\n"));
  expect_none(both, rule);
  const std::string over = with(clean_convention(), lead + "\n\n" + table,
                                "Pour 2025, les crédits s'élèvent à 100 000 € en AE et 60 000 € en CP ; pour 2026, à 0 € en AE et 70 000 € en CP.\n");
  expect_finding(lint_text(over), "finance/ae-cp", Severity::error, position_in(over, "70 000 €"));
}

// One year's credits split by title or kind of spending, the year named above the table or in its header.
TEST(Rule_finance_schedule, ReadsATableOfOneYearByTitleWhoseYearIsNamedAboveIt) {
  const std::string table = "Année\tAE\tCP\n2025\t100 000 €\t60 000 €\n2026\t0 €\t40 000 €\n";
  const std::string by_title = "Titre\tNature de la dépense\tAE\tCP\nTitre 3\tFonctionnement\t70 000 €\t70 000 €\nTitre 5\tInvestissement\t30 000 €\t30 000 €\n";
  const std::string by_kind = "Nature\tAE\tCP\nPrestations intellectuelles\t60 000 €\t60 000 €\nLicences\t40 000 €\t40 000 €\n";
  // « Total 100 000 € » in one cell: a PDF reader saw no column gap after the short label.
  for (const std::string& replaced : {by_title + "Total\t\t100 000 €\t100 000 €\n", by_title, by_kind + "TOTAL\t100 000 €\t100 000 €\n", by_kind,
                                      by_kind + "Total 100 000 €\t100 000 €\t\n", by_kind + "Total général 100 000 €\t100 000 €\n"}) {
    SCOPED_TRACE(replaced);
    const auto linted = lint_text(with(clean_convention(), table, replaced));
    expect_none(linted, rule);
    expect_none(linted, "finance/ae-cp");
    expect_none(linted, "finance/amounts");
    const auto& schedules = linted.parsed.document.facts.schedules;
    ASSERT_EQ(schedules.size(), 1u);
    ASSERT_EQ(schedules[0].rows.size(), 1u);
    EXPECT_EQ(schedules[0].rows[0].year, 2025);
    EXPECT_EQ(schedules[0].rows[0].ae.value(), 10000000);
  }
  // The same table with its tab stops flattened to single spaces (pandoc's plain text, a copy and paste).
  for (const std::string& flattened : {std::string("Titre Nature de la dépense AE CP\n\nTitre 3 Fonctionnement 70 000 € 70 000 €\n\nTitre 5 Investissement 30 000 € 30 000 €\n\nTotal 100 000 € 100 000 €\n"),
                                       std::string("Nature AE CP\nPrestations intellectuelles 60 000 € 60 000 €\nLicences 40 000 € 40 000 €\n")}) {
    SCOPED_TRACE(flattened);
    const auto linted = lint_text(with(clean_convention(), table, flattened));
    expect_none(linted, rule);
    ASSERT_EQ(linted.parsed.document.facts.schedules.size(), 1u);
    EXPECT_EQ(linted.parsed.document.facts.schedules[0].rows.at(0).cp.value(), 10000000);
  }
  const std::string in_header = with(with(clean_convention(), table, "Titre\tAE 2025\tCP 2025\nTitre 3\t70 000 €\t70 000 €\nTitre 5\t30 000 €\t30 000 €\n"),
                                     "met à disposition en 2025 les crédits", "met à disposition les crédits");
  expect_none(lint_text(in_header), rule);
  // No year named: no schedule by year; more CP than AE: reported at the total.
  const std::string yearless = with(with(clean_convention(), table, by_title), "met à disposition en 2025 les crédits", "met à disposition les crédits");
  expect_finding(lint_text(yearless), rule, Severity::error, position_in(yearless, "Article 4 : Exécution financière"));
  const std::string more_cp = with(clean_convention(), table, by_title + "Total\t\t100 000 €\t120 000 €\n");
  expect_finding(lint_text(more_cp), "finance/ae-cp", Severity::error, position_in(more_cp, "120 000 €"));
}

TEST(Rule_finance_schedule, ReadsATableWithOneColumnForAeAndCp) {
  const std::string table = "Année\tAE\tCP\n2025\t100 000 €\t60 000 €\n2026\t0 €\t40 000 €\n";
  for (const std::string header : {"Année\tMontant (AE = CP)", "Exercice\tCrédits délégués en AE et CP", "Année\tAE/CP",
                                   "Année\tAutorisations d'engagement et crédits de paiement"}) {
    const auto linted = lint_text(with(clean_convention(), table, header + "\n2025\t60 000 €\n2026\t40 000 €\n"));
    expect_none(linted, rule);
    expect_none(linted, "finance/amounts");
    ASSERT_EQ(linted.parsed.document.facts.schedules.size(), 1u) << header;
    EXPECT_EQ(linted.parsed.document.facts.schedules[0].rows[1].cp.value(), 4000000) << header;
  }
  // The one column's total is checked against the amount the text announces.
  const std::string text = with(clean_convention(), table, "Année\tAE = CP\n2025\t60 000 €\n2026\t30 000 €\n");
  expect_finding(lint_text(text), "finance/amounts", Severity::warning, position_in(text, "100 000 €"));
}

}  // namespace
}  // namespace convlint::testing
