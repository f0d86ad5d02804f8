#include "rule_test_support.hpp"

namespace convlint::testing {
namespace {

using rules::Severity;
const std::string rule = "structure/parties";

TEST(Rule_structure_parties, FlagsAPartyWithoutRole) {
  const std::string text = with(clean_convention(), "Ci-après dénommée « le délégataire »,\n", "");
  expect_finding(lint_text(text), rule, Severity::error, position_in(text, "La Direction interministérielle"));
}

TEST(Rule_structure_parties, FlagsAMissingPartiesBlock) {
  const std::string text = "Convention de délégation de gestion\n\nArticle 1 : Objet\n\nTexte.\n";
  expect_finding(lint_text(text), rule, Severity::error, position_in(text, "Convention"));
}

TEST(Rule_structure_parties, AcceptsEveryWayOfDefiningRoles) {
  expect_none(lint_text(clean_convention()), rule);
  expect_none(lint_text(with(clean_convention(), "Ci-après dénommée « le délégataire »", "désignée sous le terme de \"délégataire\"")), rule);
  expect_none(lint_text(with(clean_convention(), "Ci-après dénommée « le délégataire »", "ci-après désignées ensemble « les co-délégataires »")), rule);
  expect_none(lint_text(with(clean_convention(), "« le délégataire »", "« le partenaire-délégataire »")), rule);
}

TEST(Rule_structure_parties, AcceptsGuillemetsThatOcrReadAsAngleBrackets) {
  for (const std::string quoted : {"<< le délégataire >>", "« le délégataire >»", "<le délégataire>"}) {
    const auto findings = lint_text(with(clean_convention(), "« le délégataire »", quoted));
    expect_none(findings, rule);
    expect_none(findings, "terms/roles");
  }
}

}  // namespace
}  // namespace convlint::testing
