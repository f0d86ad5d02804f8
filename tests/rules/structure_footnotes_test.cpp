#include "rule_test_support.hpp"

namespace convlint::testing {
namespace {

using rules::Severity;
const std::string rule = "structure/footnotes";

TEST(Rule_structure_footnotes, FlagsAMarkWithoutText) {
  const std::string text = with(clean_convention(), "« Sport Pass »", "« Sport Pass »¹");
  expect_finding(lint_text(text), rule, Severity::warning, position_in(text, "¹"));
}

TEST(Rule_structure_footnotes, FlagsAnUnreferencedNote) {
  const std::string text = with(clean_convention(), "Article 2 : Obligations", "² Note sans appel.\n\nArticle 2 : Obligations");
  expect_finding(lint_text(text), rule, Severity::warning, position_in(text, "² Note"));
}

TEST(Rule_structure_footnotes, AcceptsANoteWhoseCallOcrMisreadOnAScan) {
  // OCR reads a raised call as a mark glued to the word before it: the note's call may be that mark, it is not reported.
  const std::string note = "¹ Service numérique du ministère.\n\nArticle 2 : Obligations";
  for (const char* misread : {"« Sport Pass »:", "« Sport Pass »?", "« Sport Pass »*", "« Sport Pass »:."}) {
    SCOPED_TRACE(misread);
    const std::string text = with(with(clean_convention(), "« Sport Pass »", misread), "Article 2 : Obligations", note);
    expect_none(lint_scanned_text(text), rule);
    expect_finding(lint_text(text), rule, Severity::warning, position_in(text, "¹ Service"));
  }
  const std::string call = with(clean_convention(), "« Sport Pass »", "« Sport Pass »¹");
  expect_finding(lint_scanned_text(call), rule, Severity::warning, position_in(call, "¹"));
}

TEST(Rule_structure_footnotes, FlagsAnUnreferencedNoteOnAScanWithNoMarkThatCouldBeItsCall) {
  // Calls read as they are printed, or no glued mark at all: the note's call is not on the page.
  const std::string note = "² Cahier des charges disponible auprès du délégant.\n\nArticle 2 : Obligations";
  const std::string text = with(clean_convention(), "Article 2 : Obligations", note);
  expect_finding(lint_scanned_text(text), rule, Severity::warning, position_in(text, "² Cahier"));
  const std::string spaced = with(with(clean_convention(), "« Sport Pass »", "« Sport Pass » : le service"), "Article 2 : Obligations", note);
  expect_finding(lint_scanned_text(spaced), rule, Severity::warning, position_in(spaced, "² Cahier"));
}

TEST(Rule_structure_footnotes, AcceptsMatchedMarksOfBothForms) {
  expect_none(lint_text(clean_convention()), rule);
  const std::string superscript = with(with(clean_convention(), "« Sport Pass »", "« Sport Pass »¹"), "Article 2 : Obligations",
                                       "¹ Service numérique du ministère.\n\nArticle 2 : Obligations");
  expect_none(lint_text(superscript), rule);
  const std::string markdown = with(clean_convention(), "« Sport Pass »", "« Sport Pass »[^1]") + "\n[^1]: Service du ministère.\n";
  expect_none(lint_text(markdown), rule);
  expect_none(lint_text(with(clean_convention(), "75013 Paris", "75013 Paris, 120 m² de bureaux")), rule);
}

}  // namespace
}  // namespace convlint::testing
