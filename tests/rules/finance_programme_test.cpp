#include "rule_test_support.hpp"

namespace convlint::testing {
namespace {

using rules::Severity;
const std::string rule = "finance/programme";

TEST(Rule_finance_programme, FlagsACodeOfAnotherProgramme) {
  const std::string text = with(clean_convention(), "Domaine fonctionnel :\t0219-03", "Domaine fonctionnel :\t0129-03");
  expect_finding(lint_text(text), rule, Severity::error, position_in(text, "0129-03"));
}

TEST(Rule_finance_programme, FlagsAProgrammeOrUoOfTheProseThatChorusDoesNotHave) {
  const std::string programme = with(clean_convention(), "certifie le service fait.", "certifie le service fait sur le BOP 129.");
  expect_finding(lint_text(programme), rule, Severity::error, position_in(programme, "BOP 129"));
  const std::string uo = with(clean_convention(), "sur l'UO 0219-CSPO-DNUM.", "sur l'UO 0219-CSPO-AUTR.");
  expect_finding(lint_text(uo), rule, Severity::error, position_in(uo, "0219-CSPO-AUTR"));
}

TEST(Rule_finance_programme, AcceptsTheSameProgrammeWrittenInAnyWay) {
  expect_none(lint_text(clean_convention()), rule);
  expect_none(lint_text(with(clean_convention(), "certifie le service fait.", "certifie le service fait sur le programme 219.")), rule);
  expect_none(lint_text(with(clean_convention(), "Références Chorus :\t\n", "Programme 219\t\n")), rule);
}

}  // namespace
}  // namespace convlint::testing
