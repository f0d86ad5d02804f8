#include "rule_test_support.hpp"

namespace convlint::testing {
namespace {

using rules::Severity;
const std::string rule = "legal/amendment";

TEST(Rule_legal_amendment, FlagsModificationsWithoutAvenant) {
  const std::string text = with(clean_convention(), "Toute modification fait l'objet d'un avenant transmis aux contrôleurs budgétaires et comptables ministériels des parties.",
                                "Toute modification fait l'objet d'un accord écrit des parties.");
  const auto linted = lint_text(text);
  ASSERT_EQ(linted.of(rule).size(), 2u) << "no avenant, and so none transmitted";
  expect_finding(linted, rule, Severity::warning, position_in(text, "Article 5 : Modification"), 2);
}

TEST(Rule_legal_amendment, FlagsAnAvenantNotSentToTheControllers) {
  const std::string text = with(clean_convention(), "avenant transmis aux contrôleurs budgétaires et comptables ministériels des parties", "avenant signé des parties");
  expect_finding(lint_text(text), rule, Severity::warning, position_in(text, "Article 5 : Modification"));
}

TEST(Rule_legal_amendment, AcceptsOtherWordings) {
  expect_none(lint_text(clean_convention()), rule);
  expect_none(lint_text(with(clean_convention(), "avenant transmis aux contrôleurs budgétaires et comptables ministériels des parties",
                             "avenant. Les avenants sont transmis aux autorités chargées du contrôle budgétaire et comptable")), rule);
  expect_none(lint_text(with(clean_convention(), "avenant transmis aux contrôleurs budgétaires et comptables ministériels des parties",
                             "avenant dont un exemplaire est adressé au CBCM")), rule);
}

TEST(Rule_legal_amendment, ReadsTheRecipientsTheSentenceRefersTo) {
  const std::string clause = "Toute modification fait l'objet d'un avenant transmis aux contrôleurs budgétaires et comptables ministériels des parties.";
  // Article 4 sends the convention to the CBCM: an avenant sent to « the recipients named in article 4 » goes there.
  for (const std::string conforming : {"Toute modification donne lieu à un avenant, dont copie est communiquée aux destinataires mentionnés à l'article 4.",
                                       "Tout avenant est adressé aux destinataires visés à l'article 4 de la présente convention.",
                                       "Les avenants sont transmis selon les mêmes modalités que la présente convention."})
    expect_none(lint_text(with(clean_convention(), clause, conforming)), rule);
  // Article 2 sends nothing; « dans les mêmes formes » without a word of sending sends nothing either.
  for (const std::string wrong : {"Toute modification donne lieu à un avenant, dont copie est communiquée aux destinataires mentionnés à l'article 2.",
                                  "Toute modification fait l'objet d'un avenant conclu dans les mêmes formes que la présente convention."}) {
    const std::string text = with(clean_convention(), clause, wrong);
    expect_finding(lint_text(text), rule, Severity::warning, position_in(text, "Article 5 : Modification"));
  }
}

TEST(Rule_legal_amendment, AsksNoTransmissionWhenNoCreditIsManaged) {
  // A delegation of acts alone (no AE/CP, no Chorus, no spending): the décret asks no copy to the controllers.
  const std::string text = delegation_of_acts_only("Les conditions de la présente délégation peuvent être modifiées par avenant signé des deux parties.");
  expect_none(lint_text(text), rule);
  const std::string without_avenant = delegation_of_acts_only("Les conditions de la présente délégation peuvent être modifiées d'un commun accord.");
  expect_finding(lint_text(without_avenant), rule, Severity::warning, position_in(without_avenant, "Article 3 : Modification"));
}

}  // namespace
}  // namespace convlint::testing
