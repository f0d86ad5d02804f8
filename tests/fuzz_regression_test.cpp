// Inputs the fuzzers found crashing (tools/fuzz), kept as regression tests: each must go through decoding, parsing
// and every rule without a sanitizer report.
#include <gtest/gtest.h>

#include "inline.hpp"
#include "rules/rule_test_support.hpp"

namespace convlint::testing {
namespace {

TEST(FuzzRegressions, EveryRecordedInputIsLintedCleanly) {
  const auto dir = project_dir() / "tests" / "fuzz_regressions";
  size_t count = 0;
  for (const auto& entry : std::filesystem::directory_iterator(dir)) {
    const std::string bytes = read_file(entry.path());
    auto source = source::decode(entry.path().string(), bytes);
    if (!source) continue;
    const auto document = document::build_document(*source, {.lexicon = &rules::builtin_lexicon()});
    auto catalog = rules::builtin_catalog();
    auto engine = rules::Engine::create(std::move(catalog.value()), {});
    for (const auto& finding : engine.value()->run(document, Language::fr)) {
      EXPECT_LE(finding.span.end, source->text.size()) << entry.path() << " " << finding.rule;
      EXPECT_LE(finding.span.begin, finding.span.end) << entry.path() << " " << finding.rule;
    }
    ++count;
  }
  EXPECT_GE(count, 1u);
}

TEST(FuzzRegressions, EveryRecordedInputGoesThroughTheInlineGrammar) {
  for (const auto& entry : std::filesystem::directory_iterator(project_dir() / "tests" / "fuzz_regressions")) {
    const auto facts = grammar::scan_inline(read_file(entry.path()));
    for (const auto& amount : facts.amounts) EXPECT_GE(amount.cents, 0) << entry.path();
  }
}

TEST(FuzzRegressions, AnAmountTooLargeToCountIsNoAmount) {
  EXPECT_TRUE(grammar::scan_inline("222222222222 M€").amounts.empty());
  EXPECT_EQ(grammar::scan_inline("2 M€").amounts.at(0).cents, 200000000);
}

TEST(FuzzRegressions, ALongRunOfSuperscriptsIsOneMarkWithoutOverflow) {
  std::string marks = "Article 1 : Objet\n\nTexte";
  for (int i = 0; i < 30; ++i) marks += "\xC2\xB9";
  const auto many = parse_bytes(marks + "\n");
  ASSERT_EQ(many.document.footnote_marks.size(), 1u);
}

}  // namespace
}  // namespace convlint::testing
