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

TEST(Rule_legal_visa_decret_2004_1085, AcceptsEveryWrittenForm) {
  for (const std::string form : {"décret n°2004-1085", "décret no 2004-1085", "décret n 2004-1085", "décret 2004-1085", "DÉCRET N° 2004-1085"}) {
    expect_none(lint_text(with(clean_convention(), "décret n° 2004-1085 du 14 octobre", form + " du 14 octobre")), rule);
  }
  expect_none(lint_text(with(clean_convention(), "Vu le décret n° 2004-1085 du 14 octobre 2004 modifié relatif à la délégation de gestion dans les services de l'État ;\nVu le décret n° 2012-1246 du 7 novembre 2012 relatif à la gestion budgétaire et comptable publique ;",
                             "Vu décret n° 2004-1085 du 14-10-2004 modifié ; décret n° 2012-1246 du 7-11-2012 ;")), rule);
}

}  // namespace
}  // namespace convlint::testing
