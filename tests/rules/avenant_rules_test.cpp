// The rules of avenants, on the clean avenant of tests/fixtures (more phrasings in fixtures/phrasings/avenant-*.yaml).
#include "rule_test_support.hpp"

namespace convlint::testing {
namespace {

using rules::Severity;

std::string avenant() { return read_file(project_dir() / "tests" / "fixtures" / "avenant.txt"); }

TEST(Rule_avenant_convention, FlagsAnAvenantThatNamesNoConvention) {
  std::string text = avenant();
  for (size_t at = text.find("convention"); at != std::string::npos; at = text.find("convention", at)) text.replace(at, 10, "décision");
  expect_finding(lint_text(text), "avenant/convention", Severity::error, position_in(text, "AVENANT"));
}

TEST(Rule_avenant_amounts, FlagsAStatedChangeThatIsNotTheDifference) {
  const std::string text = with(avenant(), "soit une augmentation de 60 000 €", "soit une augmentation de 50 000 €");
  const auto linted = lint_text(text);
  expect_finding(linted, "avenant/amounts", Severity::warning, position_in(text, "50 000 €"));
  EXPECT_EQ(linted.of("avenant/amounts")[0].suggestion, "60\u202f000\u00a0€");
}

}  // namespace
}  // namespace convlint::testing
