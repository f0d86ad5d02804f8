#include "rule_test_support.hpp"

namespace convlint::testing {
namespace {

using rules::Severity;
const std::string rule = "signature/signatories";

TEST(Rule_signature_signatories, SeparatesSignatoriesAtTheirNamesWhenNoBlankLineDoes) {
  // `pdftotext` without -layout drops the blank lines: each signatory's block still ends with the name in capitals.
  for (const char* block : {"Le secrétaire général,\nAntoine DELCOURT\nLa directrice régionale de l'économie, de l'emploi,\nNadia BENALI",
                            "Pour le délégant,\nLe directeur de la DGAL\nM. Olivier LE GOFF\nPour le délégataire,\nJean-Luc de LA TOUR"}) {
    const auto linted = lint_text(with(clean_convention(), "Le délégant\tLe délégataire", block));
    expect_none(linted, rule);
    EXPECT_EQ(linted.parsed.document.signature->signatories.size(), 2u) << block;
  }
  // Nor names in capitals: each block opens with the party it signs for.
  for (const char* block : {"Le délégant,\nLe directeur des services judiciaires\nLe délégataire,\nLa directrice de l'École nationale des greffes",
                            "Pour le délégant :\nLa secrétaire générale\nPour la délégataire :\nLa directrice régionale",
                            "Pour le délégant,\nPour la ministre et par délégation,\nLe directeur des affaires financières\nPour les co-délégataires,\nLe préfet de région",
                            "Pour la DINUM, Julien Martel\nPour le ministère des Sports, Jeanne Roy",
                            "Le délégant\nSignature numérique de Jeanne Roy\nDate : 2025.08.28 10:12:45 +02'00'\nLe délégataire\nSigné électroniquement par Paul Durand"}) {
    const auto linted = lint_text(with(clean_convention(), "Le délégant\tLe délégataire", block));
    expect_none(linted, rule);
    EXPECT_EQ(linted.parsed.document.signature->signatories.size(), 2u) << block;
  }
  // One signatory whose block names a service in capitals is still one, and so is one signing by delegation.
  const std::string by_delegation = with(clean_convention(), "Le délégant\tLe délégataire",
                                         "Pour le délégant,\nPour le ministre et par délégation,\nLe directeur des sports");
  expect_finding(lint_text(by_delegation), rule, Severity::info, position_in(by_delegation, "Fait à Paris"));
  const std::string one = with(clean_convention(), "Le délégant\tLe délégataire", "Pour le délégant,\nLe directeur général de la DINUM\nPaul DURAND");
  expect_finding(lint_text(one), rule, Severity::info, position_in(one, "Fait à Paris"));
}

}  // namespace
}  // namespace convlint::testing
