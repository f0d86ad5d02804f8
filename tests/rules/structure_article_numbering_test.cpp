#include "rule_test_support.hpp"

namespace convlint::testing {
namespace {

using rules::Severity;
const std::string rule = "structure/article-numbering";

TEST(Rule_structure_article_numbering, AcceptsAnArticleInsertedAsBisOrTer) {
  for (const char* inserted : {"Article 2 bis : Comité de suivi", "ARTICLE 2 TER - COMITÉ", "Article 2 quater – Comité"}) {
    const auto linted = lint_text(with(clean_convention(), "Article 3 : Obligations", std::string(inserted) + "\n\nUn comité se réunit.\n\nArticle 3 : Obligations"));
    expect_none(linted, rule);
    ASSERT_EQ(linted.parsed.document.articles.size(), 8u) << inserted;
    EXPECT_TRUE(linted.parsed.document.articles[2].inserted) << inserted;
    EXPECT_EQ(linted.parsed.document.articles[2].number, 2) << inserted;
  }
  // The articles around it still run in order.
  const std::string text = with(clean_convention(), "Article 3 : Obligations", "Article 2 bis : Comité\n\nTexte.\n\nArticle 4 : Obligations");
  expect_finding(lint_text(text), rule, Severity::error, position_in(text, "Article 4 : Obligations"), 2);
}

TEST(Rule_structure_article_numbering, ReadsATableOfContentsAsNoArticles) {
  // Word's table of contents, as Word (a tab before the page), `pdftotext` (a dot leader), `pandoc -t plain` (a space)
  // and a long title wrapped over two lines leave it.
  for (const std::string contents :
       {"SOMMAIRE\n\nArticle 1 : Objet de la délégation\t2\n\nArticle 2 : Obligations du délégant\t2\n\nArticle 4 : Exécution financière\t3\n",
        "Table des matières :\nArticle 1 : Objet de la délégation.............................. 2\nArticle 2 : Obligations du délégant........................2\n",
        "Sommaire\n\nArticle 1 : Objet de la délégation 2\n\nArticle 2 : Obligations du délégant 2\n\nAnnexe 1 : Coordonnées 5\n",
        "SOMMAIRE\nArticle 1 : Objet de la\ndélégation ........................ 2\nArticle 2 : Obligations du délégant …… 2\n",
        // `pdftotext` without -layout: a page number set far right on a line of its own after some entries.
        "SOMMAIRE\nArticle 1 : Objet de la délégation 2\nArticle 2 : Obligations du délégant\n2\nArticle 4 : Exécution financière\n3\n",
        // A scan: OCR lost the page numbers in the dot leaders.
        "SOMMAIRE\n\nArticle 1 : Objet de la délégation\n\nArticle 2 : Obligations du délégant....sss\n\nArticle 4 : Exécution financière... issues\n"}) {
    const std::string text = with(clean_convention(), "Convention de délégation de gestion\n", "Convention de délégation de gestion\n\n" + contents + "\n");
    const auto linted = lint_text(text);
    expect_none(linted, rule);
    expect_none(linted, "structure/parties");
    EXPECT_EQ(linted.parsed.document.title->str(), "Convention de délégation de gestion") << contents;
    EXPECT_EQ(linted.parsed.position(linted.parsed.document.articles[0].heading.span()), position_in(text, "Article 1 : Objet de la délégation\n\nLa"));
  }
  // Articles without a body that no later heading repeats are articles, page number or not.
  const std::string empty = with(clean_convention(), "Article 5 : Modification", "Article 5 : Modification 2\n\nArticle 6 : Publication 3\n\nArticle 7 : Modification");
  expect_finding(lint_text(empty), rule, Severity::error, position_in(empty, "Article 6 : Durée"));
}

TEST(Rule_structure_article_numbering, ReadsArticlesNumberedInRomanNumerals) {
  std::string roman = clean_convention();
  const char* headings[][2] = {{"Article 1 : Objet", "ARTICLE Ier – OBJET"}, {"Article 2 : Obligations", "ARTICLE II – OBLIGATIONS"},
                               {"Article 3 : Obligations", "Article III : Obligations"}, {"Article 4 : Exécution", "Article IV. Exécution"},
                               {"Article 5 : Modification", "ARTICLE V - MODIFICATION"}, {"Article 6 : Durée", "Article VI – Durée"},
                               {"Article 7 : Publication", "ARTICLE VII"}};
  for (const auto& [arabic, numeral] : headings) roman = with(roman, arabic, numeral);
  const auto linted = lint_text(roman);
  expect_none(linted, rule);
  expect_none(linted, "structure/required-clauses");
  ASSERT_EQ(linted.parsed.document.articles.size(), 7u);
  EXPECT_EQ(linted.parsed.document.articles[3].number, 4);
  const std::string gap = with(roman, "ARTICLE V - MODIFICATION", "ARTICLE VIII - MODIFICATION");
  expect_finding(lint_text(gap), rule, Severity::error, position_in(gap, "ARTICLE VIII"), 2);
}

}  // namespace
}  // namespace convlint::testing
