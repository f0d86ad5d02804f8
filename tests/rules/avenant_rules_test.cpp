// The rules of avenants, on the clean avenant of tests/fixtures (more phrasings in fixtures/phrasings/avenant-*.yaml).
#include "rule_test_support.hpp"

namespace convlint::testing {
namespace {

using rules::Severity;

std::string avenant() { return read_file(project_dir() / "tests" / "fixtures" / "avenant.txt"); }

TEST(Rule_avenant_convention, FlagsAnAvenantThatNamesNoConvention) {
  std::string text = avenant();
  for (size_t at = text.find("convention"); at != std::string::npos; at = text.find("convention", at)) text.replace(at, 10, "décision");
  expect_finding(lint_text(text), "avenant/convention", Severity::error, position_in(text, "AVENANT"));
}

TEST(Rule_avenant_convention, FlagsAConventionNamedWithoutItsDate) {
  const std::string text = with(avenant(), "convention de délégation de gestion du 12 février 2025", "convention de délégation de gestion");
  expect_finding(lint_text(text), "avenant/convention", Severity::error, position_in(text, "convention de délégation"));
}

TEST(Rule_avenant_convention, AcceptsTheDateInTheTitleOrInAVisa) {
  expect_none(lint_text(avenant()), "avenant/convention");
  const std::string in_visa = with(with(avenant(), "convention de délégation de gestion du 12 février 2025", "convention de délégation de gestion"),
                                   "Vu le décret n° 2012-1246", "Vu la convention de délégation de gestion signée le 12 février 2025 ;\n\nVu le décret n° 2012-1246");
  expect_none(lint_text(in_visa), "avenant/convention");
}

TEST(Rule_avenant_transmission, FlagsAnAvenantNotSentToTheControllers) {
  const std::string text = with(avenant(), "Une copie du présent avenant est adressée par le délégant au contrôleur budgétaire et comptable "
                                           "ministériel du ministère de la Culture et, par le délégataire, à celui des services du Premier ministre.",
                                "Le présent avenant est établi en deux exemplaires.");
  expect_finding(lint_text(text), "avenant/transmission", Severity::warning, position_in(text, "Article 3 – Transmission"));
}

TEST(Rule_avenant_transmission, AcceptsACopySentToTheController) { expect_none(lint_text(avenant()), "avenant/transmission"); }

TEST(Rule_avenant_amounts, FlagsAStatedChangeThatIsNotTheDifference) {
  const std::string text = with(avenant(), "soit une augmentation de 60 000 €", "soit une augmentation de 50 000 €");
  const auto linted = lint_text(text);
  expect_finding(linted, "avenant/amounts", Severity::warning, position_in(text, "50 000 €"));
  EXPECT_EQ(linted.of("avenant/amounts")[0].suggestion, "60\u202f000\u00a0€");
}

TEST(Rule_avenant_amounts, FlagsANewTotalThatIsNotTheSchedules) {
  const std::string text = with(avenant(), "2025\t260 000 €\t150 000 €", "2025\t240 000 €\t130 000 €");
  expect_finding(lint_text(text), "avenant/amounts", Severity::warning, position_in(text, "260 000 €"));
}

TEST(Rule_avenant_amounts, AcceptsAScheduleOfTheNewTotalOrOfTheIncrease) {
  expect_none(lint_text(avenant()), "avenant/amounts");
  const std::string increase = with(with(avenant(), "2025\t260 000 €\t150 000 €", "2025\t60 000 €\t40 000 €"), "2026\t0 €\t110 000 €",
                                    "2026\t0 €\t20 000 €");
  expect_none(lint_text(increase), "avenant/amounts");
}

}  // namespace
}  // namespace convlint::testing
