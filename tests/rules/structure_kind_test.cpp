#include "rule_test_support.hpp"

namespace convlint::testing {
namespace {

using rules::Severity;
const std::string rule = "structure/kind";

const std::string subsidy = R"(Convention attributive de subvention

Entre

L'État, ministère de la Culture, représenté par Jean Dupuis, directeur général de la création artistique,

Et

L'association « Les Arts de la rue », représentée par Marie Léger, présidente,

Article 1 – Objet

La présente convention fixe les conditions du soutien de l'État au festival de l'association.

Article 2 – Montant

La subvention s'élève à 45 000 €, versés à la signature.

Fait à Lyon, le 4 avril 2025
)";

TEST(Rule_structure_kind, FlagsOnceAnotherAgreementAndAppliesNoDelegationRuleToIt) {
  const auto linted = lint_text(subsidy);
  expect_finding(linted, rule, Severity::info, position_in(subsidy, "Convention attributive"));
  ASSERT_EQ(linted.findings.size(), 1u) << linted.findings[1].rule;
}

TEST(Rule_structure_kind, AcceptsConventionsAndAvenants) {
  expect_none(lint_text(clean_convention()), rule);
  const auto avenant = lint_text(read_file(project_dir() / "tests" / "fixtures" / "avenant.txt"));
  EXPECT_TRUE(avenant.findings.empty()) << avenant.findings[0].rule;  // no préavis, publication or required clauses asked
}

}  // namespace
}  // namespace convlint::testing
