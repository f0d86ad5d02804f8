#include "rule_test_support.hpp"

namespace convlint::testing {
namespace {

using rules::Severity;
const std::string rule = "finance/amounts";

TEST(Rule_finance_amounts, FlagsAnEnvelopeThatDisagreesEvenAfterDeductions) {
  const std::string text = with(clean_convention(), "Le budget estimé de l'opération est de 100 000 €.",
                                "Le cofinancement obtenu est de 150 000 €. 30 000 € seront déduits pour l'accompagnement.");
  const auto linted = lint_text(text);
  expect_finding(linted, rule, Severity::warning, position_in(text, "150 000 €"));
  EXPECT_NE(linted.of(rule)[0].message.find("120\u202f000"), std::string::npos);
}

TEST(Rule_finance_amounts, ReadsATableInThousandsOrMillionsOfEuros) {
  // The unit named by the header, the line before the table or the title of its article or annex.
  const std::string lead = "les crédits suivants sur l'UO mentionnée à l'article 1 :";
  const std::string table = "Année\tAE\tCP\n2025\t100 000 €\t60 000 €\n2026\t0 €\t40 000 €\n";
  for (const auto& [before, rows] :
       {std::pair<std::string, std::string>{lead, "Année\tAE (k€)\tCP (k€)\n2025\t100\t60\n2026\t0\t40\n"},
        {"les crédits suivants (en milliers d'euros) sur l'UO mentionnée à l'article 1 :", "Année\tAE\tCP\n2025\t100\t60\n2026\t0\t40\n"},
        {lead, "Année\tAE en M€\tCP en M€\n2025\t0,1\t0,06\n2026\t0\t0,04\n"}}) {
    const std::string text = with(with(clean_convention(), lead, before), table, rows);
    const auto linted = lint_text(text);
    expect_none(linted, rule);
    expect_none(linted, "finance/ae-cp");
    ASSERT_EQ(linted.parsed.document.facts.schedules.size(), 1u) << rows;
    EXPECT_EQ(linted.parsed.document.facts.schedules[0].total_ae(), 10000000) << rows;
  }
  // An amount with its unit in the line before the table (« 0,1 M€ », « 0,1 million d'euros ») is no unit of the table.
  for (const std::string before : {"les crédits suivants, soit 0,1 M€, sur l'UO mentionnée à l'article 1 :",
                                   "les crédits suivants, soit 0,1 million d'euros au total, sur l'UO mentionnée à l'article 1 :",
                                   "les crédits suivants, soit 100 k€, sur l'UO mentionnée à l'article 1 :"}) {
    const auto linted = lint_text(with(clean_convention(), lead, before));
    expect_none(linted, rule);
    ASSERT_EQ(linted.parsed.document.facts.schedules.size(), 1u) << before;
    EXPECT_EQ(linted.parsed.document.facts.schedules[0].total_ae(), 10000000) << before;
  }
  // Without a unit, bare figures are euros: the envelope of 100 000 € then disagrees.
  const std::string text = with(clean_convention(), table, "Année\tAE\tCP\n2025\t100\t60\n2026\t0\t40\n");
  expect_finding(lint_text(text), rule, Severity::warning, position_in(text, "100 000 €"));
}

}  // namespace
}  // namespace convlint::testing
