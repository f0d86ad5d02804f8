#include "rule_test_support.hpp"
#include "rules/text_distance.hpp"

namespace convlint::testing {
namespace {

using rules::Severity;
const std::string rule = "terms/roles";

TEST(Rule_terms_roles, FlagsAMisspeltRoleWithTheDefinedOneAsSuggestion) {
  const std::string text = with(clean_convention(), "Le délégataire passe les commandes", "Le délégatiare passe les commandes");
  const auto linted = lint_text(text);
  expect_finding(linted, rule, Severity::warning, position_in(text, "délégatiare"));
  EXPECT_EQ(linted.of(rule)[0].suggestion, "délégataire");
}

TEST(Rule_terms_roles, FlagsARoleTheParttiesNeverDefine) {
  const std::string text = with(clean_convention(), "Le délégant fournit", "Le délégué fournit");
  const auto linted = lint_text(text);
  expect_finding(linted, rule, Severity::warning, position_in(text, "délégué fournit"));
  EXPECT_EQ(linted.of(rule)[0].suggestion, "délégant");
}

TEST(Rule_terms_roles, FlagsAMisspeltDefinitionAndItsUses) {
  std::string text = with(clean_convention(), "« le délégataire »", "« le partenaire-déléataire »");
  text = with(text, "Le délégataire passe", "Le partenaire-déléataire passe");
  const auto linted = lint_text(text);
  expect_finding(linted, rule, Severity::warning, position_in(text, "partenaire-déléataire"), 2);
  EXPECT_EQ(linted.of(rule)[0].suggestion, "partenaire-délégataire");
}

TEST(Rule_terms_roles, AcceptsDefinedRolesAliasesAndOrdinaryWords) {
  expect_none(lint_text(clean_convention()), rule);
  expect_none(lint_text(with(clean_convention(), "certifie le service fait.", "certifie le service fait sur les crédits délégués et la délégation.")), rule);
  std::string compound = with(clean_convention(), "« le délégataire »", "« le partenaire-délégataire »");
  expect_none(lint_text(compound), rule);
  expect_none(lint_text(with(clean_convention(), "Le délégataire passe", "Les partenaires et le DÉLÉGATAIRE passent")), rule);
  for (const std::string prefixed : {"toute sous-délégation est exclue", "aucune co-délégation n'est prévue", "les sous-délégations sont interdites"}) {
    expect_none(lint_text(with(clean_convention(), "certifie le service fait.", "certifie le service fait ; " + prefixed + ".")), rule);
  }
  const std::string misspelt = with(clean_convention(), "certifie le service fait.", "certifie le service fait avec le sous-délégatiare.");
  expect_finding(lint_text(misspelt), rule, Severity::warning, position_in(misspelt, "sous-délégatiare"));
}

TEST(Rule_terms_roles, AcceptsAnOfficeCalledDelegueButNotTheWordAsARole) {
  // « délégué » as part of an office's name is a person's title, not a party's role.
  for (const std::string office : {"Le délégué régional académique au numérique", "La déléguée interministérielle",
                                   "Le délégué à la forêt", "Le délégué du préfet", "Le délégué général adjoint"}) {
    expect_none(lint_text(with(clean_convention(), "Le délégant fournit", office + " est informé ; le délégant fournit")), rule);
  }
  const std::string text = with(clean_convention(), "Le délégant fournit", "Le délégué, qui fournit");
  expect_finding(lint_text(text), rule, Severity::warning, position_in(text, "délégué, qui"));
}

TEST(Rule_terms_roles, ReadsARoleNamedByTheWordThatQualifiesItsNoun) {
  // « le service délégant », « la partie délégante », « l'administration délégataire »: the body may say « le délégant ».
  for (const auto& [delegant, delegataire] : {std::pair{"« le service délégant »", "« le service délégataire »"},
                                              std::pair{"« la partie délégante »", "« l'administration délégataire »"}}) {
    const std::string text = with(with(clean_convention(), "« le délégant »", delegant), "« le délégataire »", delegataire);
    const auto linted = lint_text(text);
    expect_none(linted, rule);
    expect_none(linted, "structure/parties");
  }
  // A word that is no role's spelling is still reported.
  const std::string text = with(with(clean_convention(), "« le délégant »", "« le service délégant »"), "Le délégant fournit", "Le délégué fournit");
  expect_finding(lint_text(text), rule, Severity::warning, position_in(text, "délégué fournit"));
}

TEST(Rule_terms_roles, BoundedEditDistanceAgreesWithTheFullOneWithinItsLimit) {
  const std::vector<std::pair<std::string, std::string>> pairs = {
      {"delegataire", "delegataire"}, {"delegataire", "delegatiare"}, {"delegataire", "deleataire"},
      {"delegant", "delegataire"},    {"delegant", "delegue"},         {"partenaire-delegataire", "partenaire-deleataire"},
      {"delegant", ""},               {"", "delegant"},                {"delegant", "tnageled"}};
  for (const auto& [a, b] : pairs) {
    const size_t full = rules::edit_distance(a, b);
    for (size_t limit = 0; limit <= 4; ++limit) {
      const size_t bounded = rules::edit_distance(a, b, limit);
      if (full <= limit) EXPECT_EQ(bounded, full) << a << " / " << b << " limit " << limit;
      else EXPECT_GT(bounded, limit) << a << " / " << b << " limit " << limit;
    }
  }
}

}  // namespace
}  // namespace convlint::testing
