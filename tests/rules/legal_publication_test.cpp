#include "rule_test_support.hpp"

namespace convlint::testing {
namespace {

using rules::Severity;
const std::string rule = "legal/publication";

TEST(Rule_legal_publication, ReadsAnArticleWhoseTextIsOnItsHeadingsLine) {
  // The official bulletins' form: « Art. 7. – Publication. – La présente convention … ».
  for (const char* inline_article : {"Art. 7. – Publication. – La présente convention est publiée au bulletin officiel du ministère des Sports.",
                                     "Article 7. - Publication. - La présente convention sera publiée au recueil des actes administratifs."}) {
    const std::string text = with(clean_convention(), "Article 7 : Publication\n\nLa présente convention est publiée au bulletin officiel du ministère des Sports.", inline_article);
    const auto linted = lint_text(text);
    expect_none(linted, rule);
    ASSERT_EQ(linted.parsed.document.articles.size(), 7u);
    EXPECT_EQ(linted.parsed.document.articles[6].title.str(), "Publication") << inline_article;
  }
  // A title alone on its line after « Art. 7. – » keeps its article empty: the publication is missing.
  const std::string text = with(clean_convention(), "Article 7 : Publication\n\nLa présente convention est publiée au bulletin officiel du ministère des Sports.", "Art. 7. – Publication.");
  expect_finding(lint_text(text), rule, Severity::warning, position_in(text, "Art. 7. – Publication."));
}

}  // namespace
}  // namespace convlint::testing
