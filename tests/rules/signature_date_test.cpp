#include "rule_test_support.hpp"

namespace convlint::testing {
namespace {

using rules::Severity;
const std::string rule = "signature/date";

TEST(Rule_signature_date, FlagsASignatureLineWithoutDate) {
  const std::string text = with(clean_convention(), "Fait à Paris, le 3 février 2025", "Fait à Paris, le");
  expect_finding(lint_text(text), rule, Severity::warning, position_in(text, "Fait à Paris"));
}

TEST(Rule_signature_date, AcceptsDatesInEveryFormAndDraftsWithoutDate) {
  expect_none(lint_text(clean_convention()), rule);
  expect_none(lint_text(with(clean_convention(), "Fait à Paris, le 3 février 2025", "Fait à Paris, en deux originaux, le **3 février 2025**")), rule);
  expect_none(lint_text(with(clean_convention(), "Fait à Paris, le 3 février 2025", "Fait à Paris, le 03/02/2025")), rule);
  expect_none(lint_text(with(clean_convention(), "Fait à Paris, le 3 février 2025", "Fait à Paris, le"), "draft"), rule);
}

TEST(Rule_signature_date, ReadsTheDateAPdfConversionPutOnTheNextLine) {
  expect_none(lint_text(with(clean_convention(), "Fait à Paris, le 3 février 2025", "Fait à Paris, le\n3 février 2025")), rule);
  // After a blank line, the date is no longer the signature line's.
  const std::string apart = with(clean_convention(), "Fait à Paris, le 3 février 2025", "Fait à Paris, le\n\n3 février 2025");
  expect_finding(lint_text(apart), rule, Severity::warning, position_in(apart, "Fait à Paris"));
}

}  // namespace
}  // namespace convlint::testing
