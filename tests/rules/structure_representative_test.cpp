#include "rule_test_support.hpp"

namespace convlint::testing {
namespace {

using rules::Severity;
const std::string rule = "structure/representative";

TEST(Rule_structure_representative, ReadsRepresentedByCutOverTwoLines) {
  // A PDF conversion wraps « représentée » and « par » apart, the next line indented (`pdftotext -layout`), maybe
  // with a word between; « par » inside another word is not the one.
  for (const char* cut : {"Représentée\npar Paul Durand", "Représentée\n               par Paul Durand", "Représentée ici\n   par Paul Durand",
                          "Représentée conjointement par Paul Durand"}) {
    const auto linted = lint_text(with(clean_convention(), "Représentée par Paul Durand", cut));
    expect_none(linted, rule);
    ASSERT_TRUE(linted.parsed.document.parties[1].representative.has_value()) << cut;
    EXPECT_TRUE(linted.parsed.document.parties[1].representative->str().starts_with("Paul Durand")) << cut;
  }
  const std::string text = with(clean_convention(), "Représentée par Paul Durand, directeur,", "Représentée parmi d'autres,");
  expect_finding(lint_text(text), rule, Severity::warning, position_in(text, "La Direction interministérielle"));
}

TEST(Rule_structure_representative, EndsTheRepresentativeWherePdftotextJoinedCiApres) {
  // `pdftotext` joins « ci-⏎après » without its hyphen: the role clause starts there all the same.
  for (const char* clause : {"Représentée par Paul Durand, directeur, ci-après dénommée « le délégataire »,",
                             "Représentée par Paul Durand, directeur, ciaprès dénommée « le délégataire »,",
                             "Représentée par Paul Durand, directeur, désignée ci-après comme « le délégataire »,"}) {
    const std::string text = with(clean_convention(), "Représentée par Paul Durand, directeur,\nCi-après dénommée « le délégataire »,", clause);
    const auto linted = lint_text(text);
    expect_none(linted, rule);
    expect_none(linted, "structure/parties");
    ASSERT_EQ(linted.parsed.document.parties.size(), 2u) << clause;
    ASSERT_TRUE(linted.parsed.document.parties[1].representative.has_value()) << clause;
    EXPECT_EQ(linted.parsed.document.parties[1].representative->view(), "Paul Durand, directeur") << clause;
  }
}

TEST(Rule_structure_representative, ReadsAPartyWhoseNameAWrapCutBeforeEt) {
  // A PDF conversion wraps a long name so that a line starts with « et »: the sentence goes on, no party starts there.
  for (const char* wrapped : {"Le ministère des Sports\net des jeux Olympiques, représenté par Jeanne Roy,",
                              "Le ministère des Sports, de la jeunesse\net de la vie associative,\nReprésenté par Jeanne Roy,"}) {
    const std::string text = with(clean_convention(), "Le ministère des Sports,\nAdresse : 95 avenue de France, 75013 Paris\nReprésenté par Jeanne Roy,", wrapped);
    const auto linted = lint_text(text);
    expect_none(linted, rule);
    expect_none(linted, "structure/parties");
    EXPECT_EQ(linted.parsed.document.parties.size(), 2u) << wrapped;
  }
  // « Et » with a capital opens the next party, even at the start of a line under an unfinished one.
  const std::string text = with(clean_convention(), "Ci-après dénommé « le délégant »,\n\nEt\n\n", "Ci-après dénommé « le délégant »\nEt\n");
  EXPECT_EQ(lint_text(text).parsed.document.parties.size(), 2u);
}

TEST(Rule_structure_representative, EndsTheRepresentativeWhereTheRoleClauseStarts) {
  const char* forms[][2] = {
      {"Représentée par Paul Durand, directeur,\nCi-après dénommée « le délégataire »,", "représentée par M. Paul Durand, et désignée ci-après comme « le délégataire »,"},
      {"Représentée par Paul Durand, directeur,\nCi-après dénommée « le délégataire »,", "représentée par Paul Durand, directeur,\nci-après désignée « le délégataire »,"},
      {"Représentée par Paul Durand, directeur,\nCi-après dénommée « le délégataire »,", "représentée par Paul Durand, agissant en qualité de délégataire,"},
  };
  const char* expected[] = {"M. Paul Durand", "Paul Durand, directeur", "Paul Durand"};
  for (size_t i = 0; i < std::size(forms); ++i) {
    const auto linted = lint_text(with(clean_convention(), forms[i][0], forms[i][1]));
    expect_none(linted, rule);
    ASSERT_EQ(linted.parsed.document.parties.size(), 2u) << forms[i][1];
    EXPECT_EQ(linted.parsed.document.parties[1].representative->str(), expected[i]);
  }
}

TEST(Rule_structure_representative, ReadsEveryWayOfNamingTheRepresentative) {
  for (const std::string named : {"prise en la personne de son directeur, Paul Durand,", "en la personne de Paul Durand, directeur,",
                                  "agissant par son directeur, Paul Durand,", "sous la signature de Paul Durand, directeur,"}) {
    const auto linted = lint_text(with(clean_convention(), "Représentée par Paul Durand, directeur,", named));
    expect_none(linted, rule);
    ASSERT_TRUE(linted.parsed.document.parties.at(1).representative.has_value()) << named;
    EXPECT_NE(linted.parsed.document.parties[1].representative->str().find("Paul Durand"), std::string::npos) << named;
  }
  const std::string text = with(clean_convention(), "Représentée par Paul Durand, directeur,", "dont le siège est à Paris,");
  expect_finding(lint_text(text), rule, Severity::warning, position_in(text, "La Direction interministérielle"));
}

}  // namespace
}  // namespace convlint::testing
