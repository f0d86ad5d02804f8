#include "rule_test_support.hpp"

namespace convlint::testing {
namespace {

using rules::Severity;
const std::string rule = "parse/structure";

TEST(Rule_parse_structure, FlagsATextWithoutArticles) {
  const std::string text = "Note au directeur\n\nMerci de signer la convention jointe.\n";
  expect_finding(lint_text(text), rule, Severity::info, position_in(text, "Note au directeur"));
}

TEST(Rule_parse_structure, FlagsTextLeftAfterTheParties) {
  const std::string text = with(clean_convention(), "Ci-après dénommée « le délégataire »,\n",
                                "Ci-après dénommée « le délégataire »,\n\nEt ensemble, « les parties »\n\nTexte égaré.\n");
  expect_finding(lint_text(text), rule, Severity::info, position_in(text, "Texte égaré"));
}

TEST(Rule_parse_structure, FlagsReplacedBytes) {
  const std::string text = clean_convention() + "Octet \xFF invalide.\n";
  expect_finding(lint_text(text), rule, Severity::info, position_in(text, "\xFF"));
}

TEST(Rule_parse_structure, AcceptsAWellFormedConvention) { expect_none(lint_text(clean_convention()), rule); }

}  // namespace
}  // namespace convlint::testing
