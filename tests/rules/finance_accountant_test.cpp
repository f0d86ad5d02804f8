#include "rule_test_support.hpp"

namespace convlint::testing {
namespace {

using rules::Severity;
const std::string rule = "finance/accountant";

TEST(Rule_finance_accountant, AcceptsAClauseWrappedOverTwoLines) {
  // Text converted from a PDF keeps the line ends of the page: the clause reads the same.
  const std::string text = with(clean_convention(), "Le comptable assignataire de la dépense",
                                "Le comptable\nassignataire de la dépense");
  ASSERT_NE(text.find("comptable\nassignataire"), std::string::npos);
  expect_none(lint_text(text), rule);
}

}  // namespace
}  // namespace convlint::testing
