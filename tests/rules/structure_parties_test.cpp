#include "rule_test_support.hpp"

namespace convlint::testing {
namespace {

using rules::Severity;
const std::string rule = "structure/parties";

TEST(Rule_structure_parties, ReadsPartiesWithoutEntreClosedByDUnePart) {
  // No « Entre »: each party's paragraph ends with « d'une part » / « d'autre part », its role « en qualité de ».
  const std::string block =
      "Le ministère des Sports, représenté par Jeanne Roy, secrétaire générale, agissant en qualité de délégant,\n\nd'une part,\n\n"
      "et la Direction interministérielle du numérique (DINUM), représentée par Paul Durand, directeur, agissant en qualité de délégataire,\n\nd'autre part,\n";
  const std::string text = with(clean_convention(), clean_convention().substr(clean_convention().find("Entre\n"),
                                                                              clean_convention().find("Vu le décret") - clean_convention().find("Entre\n")),
                                block + "\n");
  const auto linted = lint_text(text);
  expect_none(linted, rule);
  expect_none(linted, "structure/representative");
  ASSERT_EQ(linted.parsed.document.parties.size(), 2u);
  EXPECT_EQ(linted.parsed.document.parties[0].roles.at(0).name, "délégant");
  EXPECT_EQ(linted.parsed.document.parties[1].roles.at(0).name, "délégataire");
}

TEST(Rule_structure_parties, ReadsPartiesIntroducedByTheirRoles) {
  // No « Entre » and no « ci-après »: each party is introduced by its role, as a label before its name or above it.
  const std::string parties = clean_convention().substr(clean_convention().find("Entre\n"),
                                                        clean_convention().find("Vu le décret") - clean_convention().find("Entre\n"));
  const std::string dinum = "la Direction interministérielle du numérique (DINUM)";
  for (const std::string& block : std::vector<std::string>{"Le délégant : le ministère des Sports, représenté par Jeanne Roy, secrétaire générale ;\n\nLe délégataire : " + dinum +
            ", représentée par Paul Durand, directeur.\n",
        "DÉLÉGANT\nMinistère des Sports\nReprésenté par Jeanne Roy, secrétaire générale\n\nDÉLÉGATAIRE\nDirection interministérielle du numérique (DINUM)\n"
        "Représentée par Paul Durand, directeur\n",
        "LE DÉLÉGANT :\nLe ministère des Sports, représenté par Jeanne Roy, secrétaire générale,\n\nLA DÉLÉGATAIRE :\nLa Direction interministérielle "
        "du numérique (DINUM), représentée par Paul Durand, directeur,\n",
        "Entre\n\nLe délégant : le ministère des Sports, représenté par Jeanne Roy, secrétaire générale,\n\nEt\n\nLe délégataire : " + dinum +
            ", représentée par Paul Durand, directeur.\n"}) {
    SCOPED_TRACE(block);
    const auto linted = lint_text(with(clean_convention(), parties, block + "\n"));
    expect_none(linted, rule);
    expect_none(linted, "structure/representative");
    ASSERT_EQ(linted.parsed.document.parties.size(), 2u);
    EXPECT_TRUE(source::fold(linted.parsed.document.parties[0].name.str()).ends_with("ministere des sports")) << "the label is no part of the name";
    EXPECT_EQ(source::fold(linted.parsed.document.parties[1].roles.at(0).name), "delegataire");
  }
  // A label that names one role only: the other party's is reported missing.
  const std::string one = with(clean_convention(), parties,
                               "Le délégant : le ministère des Sports, représenté par Jeanne Roy, secrétaire générale ;\n\n" + dinum +
                                   ", représentée par Paul Durand, directeur.\n\n");
  expect_finding(lint_text(one), rule, Severity::error, position_in(one, dinum + ", représentée"));
}

TEST(Rule_structure_parties, ReadsEveryWayOfOpeningThePartiesBlock) {
  // A sentence that ends with « entre », « Entre » with « d'une part » and « Et » with « d'autre part ».
  for (const std::string opening :
       {"La présente convention est conclue entre :", "Il est convenu entre les soussignés :", "ENTRE LES SOUSSIGNÉS :",
        "La convention est passée entre", "Entre d'une part :", "Entre les parties suivantes :"}) {
    std::string text = with(clean_convention(), "\nEntre\n", "\n" + opening + "\n");
    text = with(text, "\nEt\n", "\net\n");
    const auto linted = lint_text(text);
    expect_none(linted, rule);
    expect_none(linted, "structure/representative");
    ASSERT_EQ(linted.parsed.document.parties.size(), 2u) << opening;
    EXPECT_EQ(linted.parsed.document.parties[0].name.str(), "Le ministère des Sports") << opening;
  }
  const std::string text = with(clean_convention(), "\nEt\n", "\nEt d'autre part :\n");
  EXPECT_EQ(lint_text(text).parsed.document.parties[1].name.str(), "La Direction interministérielle du numérique (DINUM)");
  // « Les soussignés : » over parties listed as numbered items, without « Et ».
  for (const auto& [first, second] : {std::pair{"1°) ", "2°) "}, std::pair{"1° ", "2° "}, std::pair{"1) ", "2) "}, std::pair{"a) ", "b) "},
                                      std::pair{"- ", "- "}}) {
    std::string listed = with(clean_convention(), "\nEntre\n\nLe ministère", std::string("\nLes soussignés :\n\n") + first + "Le ministère");
    listed = with(listed, "\nEt\n\nLa Direction", std::string("\n") + second + "La Direction");
    const auto linted = lint_text(listed);
    expect_none(linted, rule);
    ASSERT_EQ(linted.parsed.document.parties.size(), 2u) << first;
    EXPECT_EQ(linted.parsed.document.parties[0].name.str(), "Le ministère des Sports") << first;
    EXPECT_EQ(linted.parsed.document.parties[1].name.str(), "La Direction interministérielle du numérique (DINUM)") << first;
    // A list's items may start in lowercase.
    const auto lowercase = lint_text(with(with(listed, first + std::string("Le ministère"), first + std::string("le ministère")),
                                          second + std::string("La Direction"), second + std::string("la Direction")));
    ASSERT_EQ(lowercase.parsed.document.parties.size(), 2u) << first;
    EXPECT_EQ(lowercase.parsed.document.parties[1].name.str(), "la Direction interministérielle du numérique (DINUM)") << first;
    // Without the blank line between them (`pdftotext` without -layout).
    const auto joined = lint_text(with(listed, "« le délégant »,\n\n", "« le délégant »,\n"));
    expect_none(joined, rule);
    ASSERT_EQ(joined.parsed.document.parties.size(), 2u) << first;
    EXPECT_EQ(joined.parsed.document.parties[1].name.str(), "La Direction interministérielle du numérique (DINUM)") << first;
  }
  // A sentence of the preamble that goes on after « entre » on the next line opens nothing.
  const std::string prose = with(clean_convention(), "\nEntre\n", "\nUne première convention avait été passée entre\nles deux services.\n");
  expect_finding(lint_text(prose), rule, Severity::error, position_in(prose, "Convention"));
}

TEST(Rule_structure_parties, ReadsPartiesThatFollowTheVisas) {
  // « Vu … » first, then the parties, then « Il a été convenu »: however the parties block opens.
  const std::string& clean = clean_convention();
  const size_t parties = clean.find("Entre\n"), visas = clean.find("Vu le décret"), agreed = clean.find("Il a été convenu");
  const std::string parties_block = clean.substr(parties, visas - parties);
  const std::string visas_block = clean.substr(visas, agreed - visas);
  for (const std::string opening : {"Entre\n", "ENTRE :\n", "Entre les soussignés :\n", "La présente convention est conclue entre :\n"}) {
    const std::string text = clean.substr(0, parties) + visas_block + opening + parties_block.substr(6) + clean.substr(agreed);
    const auto linted = lint_text(text);
    expect_none(linted, rule);
    expect_none(linted, "legal/visa-decret-2004-1085");
    ASSERT_EQ(linted.parsed.document.parties.size(), 2u) << opening;
    EXPECT_EQ(linted.parsed.document.parties[1].name.str(), "La Direction interministérielle du numérique (DINUM)") << opening;
    EXPECT_EQ(linted.parsed.document.visas.size(), 3u) << opening;
    EXPECT_TRUE(linted.parsed.document.preamble.empty()) << opening;
  }
  // After the visas, a sentence that starts with « Entre » and defines no party opens nothing.
  const std::string prose = clean.substr(0, parties) + visas_block + "Entre 2022 et 2024, les deux services ont conduit le projet ensemble.\n\n" +
                            clean.substr(agreed);
  expect_finding(lint_text(prose), rule, Severity::error, position_in(prose, "Convention"));
}

TEST(Rule_structure_parties, ReadsAnEnsembleLineBeforeEtAsTheRoleOfThePartiesAbove) {
  // Two délégants named together before « Et » and the délégataire: « Ensemble » closes nothing yet.
  const std::string two = with(clean_convention(), "Ci-après dénommé « le délégant »,\n\nEt\n",
                               "Ci-après dénommé « le premier délégant »,\n\nLe ministère de la Culture, représenté par Marc Blanc, secrétaire général,\n"
                               "ci-après « le second délégant »,\n\nEnsemble désignés « les délégants »,\n\nEt\n");
  const auto linted = lint_text(two);
  expect_none(linted, rule);
  expect_none(linted, "parse/structure");
  ASSERT_EQ(linted.parsed.document.parties.size(), 3u);
  EXPECT_EQ(linted.parsed.document.parties[2].name.str(), "La Direction interministérielle du numérique (DINUM)");
  // After the last party, « Et ensemble … » closes the block.
  const std::string closing = with(clean_convention(), "Ci-après dénommée « le délégataire »,\n", "Ci-après dénommée « le délégataire »,\n\nEnsemble désignés « les parties ».\n");
  EXPECT_TRUE(lint_text(closing).parsed.document.parties_together.has_value());
}

TEST(Rule_structure_parties, ReadsPartiesThatFollowAPreambule) {
  // A préambule first, then the parties, the visas and « Il a été convenu ».
  const std::string& clean = clean_convention();
  const size_t parties = clean.find("Entre\n");
  for (const std::string preamble : {"PRÉAMBULE\n\nLa direction pilote le programme 219. Elle en confie la gestion au délégataire.\n\n",
                                     "Préambule :\n\nEntre 2022 et 2024, les deux services ont conduit le projet ensemble.\n\n"}) {
    const std::string text = clean.substr(0, parties) + preamble + clean.substr(parties);
    const auto linted = lint_text(text);
    expect_none(linted, rule);
    ASSERT_EQ(linted.parsed.document.parties.size(), 2u) << preamble;
    EXPECT_EQ(linted.parsed.document.parties[0].name.str(), "Le ministère des Sports") << preamble;
    EXPECT_EQ(linted.parsed.document.parties[1].name.str(), "La Direction interministérielle du numérique (DINUM)") << preamble;
    EXPECT_EQ(linted.parsed.document.visas.size(), 3u) << preamble;
    ASSERT_FALSE(linted.parsed.document.preamble.empty()) << preamble;
  }
  // A préambule after « Il a été convenu » is no place for parties.
  const size_t agreed = clean.find("Il a été convenu");
  const std::string late = clean.substr(0, parties) + clean.substr(clean.find("Vu le décret"), agreed - clean.find("Vu le décret")) +
                           clean.substr(agreed, clean.find('\n', agreed) - agreed) + "\n\nPréambule\n\n" + clean.substr(parties, clean.find("Vu le décret") - parties) +
                           clean.substr(clean.find('\n', agreed));
  expect_finding(lint_text(late), rule, Severity::error, position_in(late, "Convention"));
}

TEST(Rule_structure_parties, ReadsPartiesAfterTheVisasUnderATitleThatNamesThemWithEntre) {
  // The title names both services (« … entre X et Y »), the visas follow, then the parties with their roles.
  const std::string& clean = clean_convention();
  const size_t parties = clean.find("Entre\n"), visas = clean.find("Vu le décret"), agreed = clean.find("Il a été convenu");
  const std::string parties_block = clean.substr(parties, visas - parties);
  const std::string visas_block = clean.substr(visas, agreed - visas);
  for (const std::string subtitle : {"entre le ministère des Sports et la direction interministérielle du numérique\n",
                                     "Entre le ministère des Sports et la DINUM\n",
                                     "conclue entre le ministère des Sports et la DINUM pour l'année 2025\n"}) {
    const std::string text = "Convention de délégation de gestion\n" + subtitle + "\n" + visas_block + parties_block + clean.substr(agreed);
    const auto linted = lint_text(text);
    expect_none(linted, rule);
    expect_none(linted, "structure/representative");
    ASSERT_EQ(linted.parsed.document.parties.size(), 2u) << subtitle;
    EXPECT_EQ(linted.parsed.document.parties[0].name.str(), "Le ministère des Sports") << subtitle;
    EXPECT_EQ(linted.parsed.document.visas.size(), 3u) << subtitle;
  }
}

TEST(Rule_structure_parties, ReadsARoleNamedWithoutQuotes) {
  for (const std::string role : {"agissant en tant que délégataire,", "ayant la qualité de délégataire,", "désignée comme délégataire,",
                                 "ci-après dénommée « la DINUM », délégataire,", "ci-après dénommée le délégataire,"}) {
    const auto linted = lint_text(with(clean_convention(), "Ci-après dénommée « le délégataire »,", role));
    expect_none(linted, rule);
    ASSERT_EQ(linted.parsed.document.parties.size(), 2u) << role;
    EXPECT_EQ(linted.parsed.document.parties[1].roles.back().name, "délégataire") << role;
  }
  // A short name alone gives no role; « délégation » is no role word.
  for (const std::string no_role : {"ci-après dénommée « la DINUM »,", "ci-après dénommée « la DINUM », chargée de la délégation,"}) {
    const std::string text = with(clean_convention(), "Ci-après dénommée « le délégataire »,", no_role);
    expect_finding(lint_text(text), rule, Severity::error, position_in(text, "La Direction interministérielle"));
  }
}

}  // namespace
}  // namespace convlint::testing
