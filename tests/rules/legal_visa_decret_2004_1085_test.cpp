#include "rule_test_support.hpp"

namespace convlint::testing {
namespace {

using rules::Severity;
const std::string rule = "legal/visa-decret-2004-1085";

TEST(Rule_legal_visa_decret_2004_1085, FlagsVisasWithoutTheDecree) {
  const std::string text = with(clean_convention(),
                                "Vu le décret n° 2004-1085 du 14 octobre 2004 modifié relatif à la délégation de gestion dans les services de l'État ;\n", "");
  const auto linted = lint_text(text);
  expect_finding(linted, rule, Severity::error, position_in(text, "Vu le décret n° 2012-1246"));
  EXPECT_TRUE(linted.of(rule)[0].suggestion.has_value());
}

// Without any visa, a convention may state its legal basis where it opens: its préambule or its first article.
TEST(Rule_legal_visa_decret_2004_1085, AcceptsTheBasisStatedInThePreambleOrFirstArticleWhenThereIsNoVisa) {
  const std::string visas = clean_convention().substr(clean_convention().find("Vu le décret n° 2004-1085"),
                                                      clean_convention().find("\nIl a été convenu") - clean_convention().find("Vu le décret n° 2004-1085"));
  const std::string object = "La présente convention a pour objet de confier au délégataire";
  for (const char* basis : {"En application du décret n° 2004-1085 du 14 octobre 2004, la présente convention a pour objet de confier au délégataire",
                                   "Conformément au décret n° 2004-1085 du 14 octobre 2004 modifié, la présente convention a pour objet de confier au délégataire",
                                   "Dans le cadre du décret n° 2004-1085 du 14 octobre 2004 relatif à la délégation de gestion, la présente convention a pour objet de confier au délégataire",
                                   "Sur le fondement de l'article 2 du décret n° 2004-1085 du 14 octobre 2004, la présente convention a pour objet de confier au délégataire"}) {
    SCOPED_TRACE(basis);
    expect_none(lint_text(with(with(clean_convention(), visas, ""), object, basis)), rule);
  }
  const std::string preamble = with(clean_convention(), visas,
                                    "Préambule\n\nLe décret n° 2004-1085 du 14 octobre 2004 permet à un service de l'État de confier à un autre la gestion de crédits.\n");
  expect_none(lint_text(preamble), rule);
  // Cited in a later article only, or with visas that leave it out: reported.
  const std::string later = with(with(clean_convention(), visas, ""), "Toute modification fait l'objet d'un avenant",
                                 "Conformément au décret n° 2004-1085 du 14 octobre 2004, toute modification fait l'objet d'un avenant");
  expect_finding(lint_text(later), rule, Severity::error, position_in(later, "Convention de délégation"));
  const std::string with_visas = with(with(clean_convention(), "Vu le décret n° 2004-1085 du 14 octobre 2004 modifié relatif à la délégation de gestion dans les services de l'État ;\n", ""),
                                      object, "En application du décret n° 2004-1085 du 14 octobre 2004, la présente convention a pour objet de confier au délégataire");
  expect_finding(lint_text(with_visas), rule, Severity::error, position_in(with_visas, "Vu le décret n° 2012-1246"));
}

TEST(Rule_legal_visa_decret_2004_1085, ReadsVisasListedUnderVuOrVisas) {
  const std::string visas = clean_convention().substr(clean_convention().find("Vu le décret n° 2004-1085"),
                                                      clean_convention().find("\nIl a été convenu") - clean_convention().find("Vu le décret n° 2004-1085"));
  const std::string decree = "le décret n° 2004-1085 du 14 octobre 2004 relatif à la délégation de gestion dans les services de l'État ;";
  const std::string gbcp = "le décret n° 2012-1246 du 7 novembre 2012 relatif à la gestion budgétaire et comptable publique ;";
  for (const std::string& listed :
       {"Vu :\n- " + decree + "\n- " + gbcp + "\n", "VU :\n\n– " + decree + "\n\n– " + gbcp + "\n",
        "• Vu " + decree + "\n• Vu " + gbcp + "\n", "VISAS\n\nLe " + decree.substr(3) + "\n\nLe " + gbcp.substr(3) + "\n",
        "Vu :\n- le décret n° 2004-1085 du 14 octobre 2004 relatif à la délégation\nde gestion dans les services de l'État ;\n- " + gbcp + "\n"}) {
    const auto linted = lint_text(with(clean_convention(), visas, listed));
    expect_none(linted, rule);
    expect_none(linted, "legal/visa-gbcp");
    expect_none(linted, "structure/representative");
    EXPECT_GE(linted.parsed.document.visas.size(), 2u) << listed;
  }
  const std::string text = with(clean_convention(), visas, "Vu :\n- " + gbcp + "\n");
  expect_finding(lint_text(text), rule, Severity::error, position_in(text, "- le décret n° 2012-1246"));
}

}  // namespace
}  // namespace convlint::testing
