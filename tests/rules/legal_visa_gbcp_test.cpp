#include "rule_test_support.hpp"

namespace convlint::testing {
namespace {

using rules::Severity;
const std::string rule = "legal/visa-gbcp";
const std::string gbcp_visa = "Vu le décret n° 2012-1246 du 7 novembre 2012 relatif à la gestion budgétaire et comptable publique ;\n";

TEST(Rule_legal_visa_gbcp, FlagsDelegatedCreditsWithoutTheGbcpVisa) {
  const std::string text = with(clean_convention(), gbcp_visa, "");
  expect_finding(lint_text(text), rule, Severity::warning, position_in(text, "Vu le décret n° 2004-1085"));
}

TEST(Rule_legal_visa_gbcp, AcceptsTheVisaAndConventionsWithoutCredits) {
  expect_none(lint_text(clean_convention()), rule);
  expect_none(lint_text(with(clean_convention(), "décret n° 2012-1246 du 7 novembre 2012", "décret n°2012-1246 du 7-11-2012")), rule);
  const std::string no_credits = "Entre\n\nLe ministère,\nReprésenté par A,\nCi-après dénommé « le délégant »,\n\nEt\n\n"
                                 "La DILA,\nReprésentée par B,\nCi-après dénommée « le délégataire »,\n\n"
                                 "Vu le décret n° 2004-1085 du 14 octobre 2004 ;\n\nArticle 1 : Objet\n\nLa DILA traduit les textes.\n";
  expect_none(lint_text(no_credits), rule);
}

}  // namespace
}  // namespace convlint::testing
