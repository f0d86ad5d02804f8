// The findings on the shared seeds (skipped when ../shared is absent): the real defects of these five conventions,
// and nothing a legal reviewer would call wrong. Each expected finding says what it is and why.
#include <gtest/gtest.h>

#include "rules/rule_test_support.hpp"

namespace convlint::testing {
namespace {

struct Expected {
  uint32_t line;
  uint32_t column;
  const char* rule;
  const char* why;
};

void expect_findings(const std::string& seed_name, const std::vector<Expected>& expected) {
  if (seeds_dir().empty()) GTEST_SKIP() << "../shared/seeds is absent";
  const auto linted = lint_text(read_file(seed(seed_name)));
  std::vector<std::tuple<uint32_t, uint32_t, std::string>> found, wanted;
  for (const auto& finding : linted.findings) {
    const auto at = linted.position(finding);
    found.emplace_back(at.line, at.column, finding.rule);
  }
  for (const auto& item : expected) wanted.emplace_back(item.line, item.column, item.rule);
  std::sort(found.begin(), found.end());
  std::sort(wanted.begin(), wanted.end());
  EXPECT_EQ(found, wanted) << seed_name;
}

TEST(SeedFindings, MeaeCoachingConvention) {
  expect_findings("000_1e00e999631c2ef0.txt",
                  {{159, 1, "signature/date", "« Fait à Paris, le » with no date on a convention as published"}});
}

TEST(SeedFindings, OzEnsembleConvention) {
  expect_findings(
      "001_4b49881e080835e2.txt",
      {{31, 24, "terms/roles", "the parties block defines « partenaire-déléataire », a typo for partenaire-délégataire"},
       {88, 318, "terms/roles", "« partenaire-délégué »: a role the parties block never defines"},
       {92, 16, "terms/roles", "« partenaire-délégué » again"},
       {94, 23, "terms/roles", "« partenaire-délégué » again"},
       {113, 23, "terms/roles", "« partenaire-délégué » again"},
       {130, 387, "terms/roles", "« partenaire-délégué » again"},
       {140, 4, "terms/roles", "« partenaire-délégué » again"},
       {142, 4, "terms/roles", "« partenaire-délégué » again"},
       {155, 24, "finance/schedule-years", "« met à disposition en 2023 » while the AE/CP table is for 2024"}});
}

TEST(SeedFindings, DossierFacileConvention) {
  expect_findings(
      "002_230b15d363ffd33a.txt",
      {{25, 1, "legal/visa-dinum", "the DINUM is a party and décret n° 2019-1088 is not among the visas"},
       {159, 1, "dates/term", "« prend effet à la date de publication » and no end date: the delegation must be limited in time"}});
}

TEST(SeedFindings, SparteConvention) {
  expect_findings(
      "003_6b6ffe7a0f1be0fd.txt",
      {{21, 24, "terms/roles", "the definition « partenaire-déléataire » is misspelt"},
       {98, 23, "terms/roles", "« partenaire-déléguataire »: misspelt"},
       {118, 407, "terms/roles", "« partenaire-délégué »: not a defined role"},
       {124, 4, "terms/roles", "« partenaire-délégué »"},
       {126, 53, "terms/roles", "« partenaire-délégué »"},
       {126, 179, "structure/cross-reference", "« l'UO mentionnée à l'article 1 »: the UO is in article 4, not 1"},
       {128, 43, "terms/roles", "« partenaire-délégué »"},
       {133, 24, "finance/schedule-years", "« met à disposition en 2022 » while the AE/CP table is for 2023"},
       {133, 237, "terms/roles", "« partenaire-délégué »"},
       {138, 31, "terms/roles", "« partenaire-délégué »"},
       {138, 154, "structure/cross-reference", "« l'unité opérationnelle mentionnée à l'article 3 »: it is in article 4"},
       {144, 1, "finance/chorus", "the centre de coût field of the Chorus references is empty"},
       {146, 4, "terms/roles", "the misspelt « partenaire-déléataire » used in the body"},
       {148, 56, "terms/roles", "« partenaire-déléataire »"},
       {148, 175, "terms/roles", "« partenaire-déléataire »"},
       {150, 4, "terms/roles", "« partenaire-déléataire »"},
       {152, 37, "terms/roles", "« partenaire-déléataire »"},
       {152, 161, "terms/roles", "« partenaire-déléataire »"},
       {152, 256, "terms/roles", "« partenaire-déléataire »"},
       {152, 427, "terms/roles", "« partenaire-déléataire »"},
       {156, 276, "terms/roles", "« partenaire-déléataire »"},
       {168, 1, "signature/date", "« Fait à Paris, le » with no date"},
       {170, 4, "terms/roles", "« partenaire-déléataire » in the signature block"}});
}

TEST(SeedFindings, MenjVisioConvention) {
  expect_findings(
      "004_36224115ba534ac2.txt",
      {{27, 1, "legal/visa-dinum", "the DINUM is a party and décret n° 2019-1088 is not among the visas"},
       {27, 1, "legal/visa-gbcp", "credits are delegated (AE/CP table, Chorus codes) and décret n° 2012-1246 is not cited"},
       {83, 268, "terms/roles", "« présidé par le délégué »: « délégué » is no role of this convention (délégant?)"},
       {87, 1, "finance/credit-limit", "nothing bounds the commitments by the amount delegated"},
       {89, 4, "terms/roles", "« Le délégué : » opens the financial article: délégant is meant"},
       {100, 66, "terms/roles", "« par le délégué »"},
       {135, 1, "signature/date", "« Fait à Paris, le » with no date"}});
}

}  // namespace
}  // namespace convlint::testing
