#include "rule_test_support.hpp"

namespace convlint::testing {
namespace {

using rules::Severity;
const std::string rule = "structure/article-numbering";

TEST(Rule_structure_article_numbering, FlagsAGap) {
  const std::string text = with(clean_convention(), "Article 5 : Modification", "Article 6 : Modification");
  const auto linted = lint_text(text);
  expect_finding(linted, rule, Severity::error, position_in(text, "Article 6 : Modification"), 2);
}

TEST(Rule_structure_article_numbering, FlagsADuplicate) {
  const std::string text = with(clean_convention(), "Article 3 : Obligations", "Article 2 : Obligations");
  expect_finding(lint_text(text), rule, Severity::error, position_in(text, "Article 2 : Obligations", 2), 2);
}

TEST(Rule_structure_article_numbering, AcceptsFirstWrittenAsPremierOrEr) {
  expect_none(lint_text(clean_convention()), rule);
  expect_none(lint_text(with(clean_convention(), "Article 1 : Objet", "Article 1er – Objet")), rule);
  expect_none(lint_text(with(clean_convention(), "Article 1 : Objet", "Article premier : Objet")), rule);
  expect_none(lint_text(with(clean_convention(), "Article 2 : Obligations", "ARTICLE 2 - OBLIGATIONS")), rule);
}

}  // namespace
}  // namespace convlint::testing
