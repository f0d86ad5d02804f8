#include "rule_test_support.hpp"

namespace convlint::testing {
namespace {

using rules::Severity;
const std::string rule = "parse/ocr";

// The clean convention as if read from a scan of two pages (its second half on page 2), each page read by OCR with
// the given mean confidence.
LintedText lint_scan(float first_page, float second_page) {
  const std::string text = clean_convention();
  auto catalog = rules::builtin_catalog();
  auto engine = rules::Engine::create(std::move(catalog.value()), rules::Config{});
  LintedText linted{parse_bytes(text), {}};
  source::SourceText& source = *linted.parsed.source;
  source.format = source::DocumentFormat::pdf;
  const uint32_t lines = source.lines.line_count();
  for (uint32_t line = 0; line < lines; ++line) source.line_origins.push_back(line < lines / 2 ? 1 : 2);
  source.ocr_pages = {{1, first_page}, {2, second_page}};
  linted.findings = engine.value()->run(linted.parsed.document, Language::fr);
  return linted;
}

TEST(Rule_parse_ocr, FlagsEachPageReadWithLowConfidenceAtItsFirstLine) {
  const auto linted = lint_scan(91, 54);
  const std::string text = clean_convention();
  const auto found = linted.of(rule);
  ASSERT_EQ(found.size(), 1u);
  EXPECT_EQ(found[0].severity, Severity::warning);
  EXPECT_EQ(linted.position(found[0]).line, linted.parsed.source->lines.line_count() / 2 + 1);
  EXPECT_EQ(linted.position(found[0]).column, 1u);
  EXPECT_NE(found[0].message.find("page 2"), std::string::npos) << found[0].message;
  EXPECT_NE(found[0].message.find("54 %"), std::string::npos) << found[0].message;
  EXPECT_EQ(lint_scan(40, 30).of(rule).size(), 2u);
}

TEST(Rule_parse_ocr, AcceptsPagesReadWithConfidenceAndTextsNotScanned) {
  expect_none(lint_scan(88, 70), rule);
  expect_none(lint_text(clean_convention()), rule);
}

}  // namespace
}  // namespace convlint::testing
