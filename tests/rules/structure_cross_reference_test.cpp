#include "rule_test_support.hpp"

namespace convlint::testing {
namespace {

using rules::Severity;
const std::string rule = "structure/cross-reference";

TEST(Rule_structure_cross_reference, FlagsAReferenceToAMissingArticle) {
  const std::string text = with(clean_convention(), "sur l'UO mentionnée à l'article 1", "sur l'UO mentionnée à l'article 9");
  expect_finding(lint_text(text), rule, Severity::error, position_in(text, "article 9"));
}

TEST(Rule_structure_cross_reference, FlagsAReferenceToAMissingAnnex) {
  const std::string text = with(clean_convention(), "certifie le service fait.", "certifie le service fait selon l'annexe 2.");
  expect_finding(lint_text(text), rule, Severity::error, position_in(text, "annexe 2"));
}

TEST(Rule_structure_cross_reference, WarnsWhenTheTargetDoesNotHoldWhatIsAnnounced) {
  const std::string text = with(clean_convention(), "sur l'UO mentionnée à l'article 1", "sur l'UO mentionnée à l'article 2");
  const auto linted = lint_text(text);
  expect_finding(linted, rule, Severity::warning, position_in(text, "article 2 :\n"));
  EXPECT_EQ(linted.of(rule)[0].suggestion, "l'article 1");
}

TEST(Rule_structure_cross_reference, AcceptsReferencesIntoOtherTexts) {
  expect_none(lint_text(clean_convention()), rule);
  expect_none(lint_text(with(clean_convention(), "certifie le service fait.", "certifie le service fait (article 9 du décret n° 2012-1246).")), rule);
  expect_none(lint_text(with(clean_convention(), "certifie le service fait.", "certifie le service fait, conformément à l'article 5 du décret 2004-1085 visé en référence.")), rule);
}

TEST(Rule_structure_cross_reference, ReadsAPossessiveArticleAsAnotherTexts) {
  // « son article 76 » is the article of a text named before it (a décret), not this convention's.
  for (const std::string applies : {" Il applique le décret n° 2012-1246 du 7 novembre 2012, notamment son article 76.",
                                    " Il applique le décret n° 2012-1246 du 7 novembre 2012 et ses articles 76 et 77."})
    expect_none(lint_text(with(clean_convention(), "et certifie le service fait.", "et certifie le service fait." + applies)), rule);
  const std::string text = with(clean_convention(), "sur l'UO 0219-CSPO-DNUM.", "sur l'UO 0219-CSPO-DNUM, dans les conditions de l'article 9.");
  expect_finding(lint_text(text), rule, Severity::error, position_in(text, "article 9"));
}

TEST(Rule_structure_cross_reference, ReadsNoArticleInAnAmountAfterTheReference) {
  // « l'UO mentionnée à l'article 1, 100 000 € »: the amount after the comma continues no list of articles.
  for (const std::string amount : {", 100 000 € en AE", ", 2 500 000 EUR", ", 150 k€", ", 100.000 euros", ", 5 000€"})
    expect_none(lint_text(with(clean_convention(), "sur l'UO mentionnée à l'article 1 :", "sur l'UO mentionnée à l'article 1" + amount + " :")), rule);
  const std::string text = with(clean_convention(), "sur l'UO mentionnée à l'article 1 :", "sur l'UO mentionnée aux articles 1 et 12 :");
  expect_finding(lint_text(text), rule, Severity::error, position_in(text, "articles 1 et 12"));
}

}  // namespace
}  // namespace convlint::testing
