#include "rule_test_support.hpp"

namespace convlint::testing {
namespace {

using rules::Severity;
const std::string rule = "legal/visa-dinum";

TEST(Rule_legal_visa_dinum, FlagsADinumPartyWithoutItsDecree) {
  const std::string text = with(clean_convention(), "Vu le décret n° 2019-1088 du 25 octobre 2019 relatif à la direction interministérielle du numérique ;\n", "");
  expect_finding(lint_text(text), rule, Severity::info, position_in(text, "Vu le décret n° 2004-1085"));
}

TEST(Rule_legal_visa_dinum, AcceptsTheDecreeAndConventionsWithoutTheDinum) {
  expect_none(lint_text(clean_convention()), rule);
  std::string other = with(clean_convention(), "La Direction interministérielle du numérique (DINUM),", "La Direction de l'information légale et administrative,");
  other = with(other, "Vu le décret n° 2019-1088 du 25 octobre 2019 relatif à la direction interministérielle du numérique ;\n", "");
  expect_none(lint_text(other), rule);
}

}  // namespace
}  // namespace convlint::testing
