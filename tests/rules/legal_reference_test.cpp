#include "rule_test_support.hpp"

namespace convlint::testing {
namespace {

using rules::Severity;
const std::string rule = "legal/reference";

TEST(Rule_legal_reference, FlagsAWrongNumberForAKnownDate) {
  const std::string text = with(clean_convention(), "décret n° 2004-1085 du 14 octobre 2004 modifié", "décret n° 2014-1085 du 14 octobre 2004 modifié");
  const auto linted = lint_text(text);
  expect_finding(linted, rule, Severity::error, position_in(text, "décret n° 2014-1085"));
  EXPECT_NE(linted.of(rule)[0].message.find("2004-1085"), std::string::npos) << "the message names the expected text";
}

TEST(Rule_legal_reference, TakesADigitMoreLessOrLookingAlikeOnAScannedPageForAnOcrMisreading) {
  // The same text read by OCR from page 1 of a scan: « 2004-10855 » (a digit more) and « 2004-1035 » (a 3 for an 8)
  // are OCR's.
  const std::string misread = with(clean_convention(), "n° 2004-1085 du 14 octobre 2004 modifié", "n° 2004-10855 du 14 octobre 2004 modifié");
  expect_none(lint_scanned_text(misread), rule);
  expect_finding(lint_text(misread), rule, Severity::error, position_in(misread, "décret n° 2004-10855"));
  for (const char* look_alike : {"n° 2004-1035 du", "n° 2004-1086 du", "n° 2004-7085 du", "n° 2004-1095 du"}) {
    SCOPED_TRACE(look_alike);
    expect_none(lint_scanned_text(with(clean_convention(), "n° 2004-1085 du", look_alike)), rule);
  }
  // Two digits changed, or one for a digit of another shape (« 2014 » for « 2004 »): the drafter's error, even on a scan.
  for (const char* wrong_number : {"n° 2014-1185 du", "n° 2014-1085 du", "n° 2004-1025 du", "n° 2004-2085 du"}) {
    const std::string wrong = with(clean_convention(), "n° 2004-1085 du", wrong_number);
    expect_finding(lint_scanned_text(wrong), rule, Severity::error, position_in(wrong, std::string("décret ") + wrong_number));
  }
}

TEST(Rule_legal_reference, FlagsAWrongDateForAKnownNumber) {
  const std::string text = with(clean_convention(), "2012-1246 du 7 novembre 2012", "2012-1246 du 7 novembre 2013");
  expect_finding(lint_text(text), rule, Severity::error, position_in(text, "décret n° 2012-1246"));
}

TEST(Rule_legal_reference, FlagsANumberWhoseYearIsNotTheDate) {
  const std::string text = with(clean_convention(), "certifie le service fait.", "certifie le service fait (décret n° 2015-1100 du 3 mars 2016).");
  expect_finding(lint_text(text), rule, Severity::error, position_in(text, "décret n° 2015-1100"));
}

TEST(Rule_legal_reference, AcceptsKnownTextsInEveryForm) {
  expect_none(lint_text(clean_convention()), rule);
  expect_none(lint_text(with(clean_convention(), "14 octobre 2004", "14-10-2004")), rule);
  expect_none(lint_text(with(clean_convention(), "certifie le service fait.",
                             "certifie le service fait, selon la circulaire du Premier ministre 5608/SG du 19 septembre 2012 et l'ordonnance n° 2022-408 du 23 mars 2022.")),
              rule);
}

}  // namespace
}  // namespace convlint::testing
