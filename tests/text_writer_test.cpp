// The text report: compiler-style line, the source line with a caret under the exact words, notes, summary.
#include <gtest/gtest.h>

#include <sstream>

#include "report/text_writer.hpp"
#include "rules/rule_test_support.hpp"

namespace convlint::testing {
namespace {

std::string render(const std::string& text, Language language = Language::fr) {
  auto linted = lint_text(text, "signed", language);
  report::FileResult result;
  result.path = "c.txt";
  result.findings = linted.of("legal/preavis");
  result.source = std::make_shared<source::SourceText>(*linted.parsed.source);
  std::ostringstream out;
  report::TextWriter writer(out, language, false);
  report::Summary summary;
  summary.add(result);
  writer.file(result);
  writer.end(summary);
  return out.str();
}

TEST(TextWriter, UnderlinesTheExactWordsOfTheFinding) {
  const std::string text = with(clean_convention(), "préavis de trois mois", "préavis d'un mois");
  const std::string out = render(text);
  const auto at = position_in(text, "un mois");
  EXPECT_NE(out.find("c.txt:" + std::to_string(at.line) + ":" + std::to_string(at.column) + ": erreur: "), std::string::npos) << out;
  // The caret line: its ^ stands under « un mois » in the excerpt line above it, ~ under the rest of the words.
  const size_t excerpt = out.find(" | ");
  const size_t excerpt_end = out.find('\n', excerpt);
  const size_t caret_line = excerpt_end + 1;
  const std::string shown = out.substr(excerpt + 3, excerpt_end - excerpt - 3);
  const std::string carets = out.substr(out.find(" | ", caret_line) + 3, out.find('\n', caret_line) - out.find(" | ", caret_line) - 3);
  const size_t column = source::count_code_points(std::string_view(shown).substr(0, shown.find("un mois")));
  EXPECT_EQ(carets, std::string(column, ' ') + "^~~~~~~") << shown << "\n" << carets;
  EXPECT_NE(out.find("note: base : Décret n° 2004-1085, art. 5"), std::string::npos);
  EXPECT_NE(out.find("note: suggestion : trois mois"), std::string::npos);
  EXPECT_NE(out.find("1 fichier, 1 erreur, 0 avertissement, 0 info, 0 entrée illisible"), std::string::npos);
}

TEST(TextWriter, SpeaksEnglishWhenAsked) {
  const std::string out = render(with(clean_convention(), "préavis de trois mois", "préavis d'un mois"), Language::en);
  EXPECT_NE(out.find(": error: notice of « un mois »"), std::string::npos) << out;
  EXPECT_NE(out.find("1 file, 1 error, 0 warnings, 0 infos, 0 unreadable inputs"), std::string::npos) << out;
}

}  // namespace
}  // namespace convlint::testing
