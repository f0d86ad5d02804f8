// Safe fixes: which findings carry one, what it writes where, and that making them leaves no such finding.
#include "rule_test_support.hpp"
#include "source/text_edit.hpp"

namespace convlint::testing {
namespace {

using rules::Severity;

// The text of `text` a fix replaces, and what it puts there.
std::pair<std::string, std::string> change_of(const std::string& text, const rules::Finding& finding) {
  EXPECT_TRUE(finding.fix.has_value()) << finding.rule << ": " << finding.message;
  if (!finding.fix) return {};
  return {text.substr(finding.fix->span.begin, finding.fix->span.size()), finding.fix->replacement};
}

// `text` with every safe fix of its findings made, as `check --fix` makes them.
std::string fixed(const std::string& text) {
  const auto linted = lint_text(text);
  std::vector<source::TextEdit> edits;
  for (const auto& finding : linted.findings) {
    if (finding.fix)
      edits.push_back({linted.parsed.source->position(finding.fix->span.begin), linted.parsed.source->position(finding.fix->span.end),
                       finding.fix->replacement, finding.fix->own_paragraph});
  }
  return source::edit_text(text, source::Encoding::utf8, edits).bytes;
}

TEST(SafeFixes, NoticeDurationIsWrittenAsThreeMonthsWithItsPreposition) {
  const std::pair<std::string, std::pair<std::string, std::string>> cases[] = {
      {"préavis d'un mois", {"d'un mois", "de trois mois"}},
      {"préavis d\u2019un mois", {"d\u2019un mois", "de trois mois"}},
      {"préavis de trente jours", {"trente jours", "trois mois"}},
      {"préavis de 2 mois", {"2 mois", "trois mois"}},
      {"préavis de six (6) mois", {"six (6) mois", "trois mois"}},
      {"PRÉAVIS D'UN MOIS", {"D'UN MOIS", "DE TROIS MOIS"}},
  };
  for (const auto& [written, change] : cases) {
    SCOPED_TRACE(written);
    const std::string text = with(clean_convention(), "préavis de trois mois", written);
    const auto found = lint_text(text).of("legal/preavis");
    ASSERT_EQ(found.size(), 1u);
    EXPECT_EQ(change_of(text, found[0]), change);
  }
}

TEST(SafeFixes, MisspeltRoleKeepsTheWordsCapitals) {
  for (const auto& [written, replacement] : std::vector<std::pair<std::string, std::string>>{
           {"Le délégatiare passe", "délégataire"}, {"Le Délégatiare passe", "Délégataire"}, {"Le DÉLÉGATIARE passe", "DÉLÉGATAIRE"}}) {
    SCOPED_TRACE(written);
    const std::string text = with(clean_convention(), "Le délégataire passe", written);
    const auto found = lint_text(text).of("terms/roles");
    ASSERT_EQ(found.size(), 1u);
    EXPECT_EQ(change_of(text, found[0]).second, replacement);
  }
}

TEST(SafeFixes, RegisteredTextGetsItsNumberOrItsDateWrittenAsTheTextWritesDates) {
  const std::string number = with(clean_convention(), "n° 2004-1085 du 14 octobre 2004", "n° 2014-1085 du 14 octobre 2004");
  EXPECT_EQ(change_of(number, lint_text(number).of("legal/reference").at(0)), std::make_pair(std::string("2014-1085"), std::string("2004-1085")));
  const std::string date = with(clean_convention(), "2012-1246 du 7 novembre 2012", "2012-1246 du 17 novembre 2012");
  EXPECT_EQ(change_of(date, lint_text(date).of("legal/reference").at(0)),
            std::make_pair(std::string("17 novembre 2012"), std::string("7 novembre 2012")));
  const std::string figures = with(clean_convention(), "2012-1246 du 7 novembre 2012", "2012-1246 du 17/11/2012");
  EXPECT_EQ(change_of(figures, lint_text(figures).of("legal/reference").at(0)),
            std::make_pair(std::string("17/11/2012"), std::string("07/11/2012")));
}

TEST(SafeFixes, MissingVisaIsAParagraphOfItsOwnAfterTheLastVisa) {
  const std::string text = with(clean_convention(), "Vu le décret n° 2012-1246 du 7 novembre 2012 relatif à la gestion budgétaire et comptable publique ;\n", "");
  const auto found = lint_text(text).of("legal/visa-gbcp");
  ASSERT_EQ(found.size(), 1u);
  ASSERT_TRUE(found[0].fix);
  EXPECT_TRUE(found[0].fix->own_paragraph);
  EXPECT_EQ(found[0].fix->span.size(), 0u);
  const std::string last_visa = "relatif à la direction interministérielle du numérique ;";
  EXPECT_EQ(found[0].fix->span.begin, text.find(last_visa) + last_visa.size());
  EXPECT_EQ(found[0].fix->replacement.rfind("Vu le décret n° 2012-1246 du 7 novembre 2012", 0), 0u) << found[0].fix->replacement;
}

TEST(SafeFixes, AVisaIsNotPutInThePlaceOfTheTitleOfAConventionWithoutVisas) {
  std::string text = clean_convention();
  const size_t first = text.find("Vu le décret n° 2004-1085"), end = text.find("Il a été convenu");
  text = text.substr(0, first) + "En application du décret n° 2004-1085 du 14 octobre 2004 relatif à la délégation de gestion, " + text.substr(end);
  const auto found = lint_text(text).of("legal/visa-gbcp");
  ASSERT_EQ(found.size(), 1u);
  EXPECT_TRUE(found[0].suggestion.has_value()) << "the visa to add is still suggested";
  EXPECT_FALSE(found[0].fix) << "where visas would go is a guess";
}

TEST(SafeFixes, FindingsWithoutACertainCorrectionHaveNone) {
  const std::string undefined = with(clean_convention(), "Le délégant fournit", "Le délégué fournit");
  ASSERT_EQ(lint_text(undefined).of("terms/roles").size(), 1u);
  EXPECT_FALSE(lint_text(undefined).of("terms/roles")[0].fix) << "a role the parties never define is a guess";
  const std::string no_notice = with(clean_convention(), ", sous réserve d'un préavis de trois mois", "");
  ASSERT_EQ(lint_text(no_notice).of("legal/preavis").size(), 1u);
  EXPECT_FALSE(lint_text(no_notice).of("legal/preavis")[0].fix);
  const std::string year = with(clean_convention(), "certifie le service fait.", "certifie le service fait (décret n° 2015-1100 du 3 mars 2016).");
  EXPECT_FALSE(lint_text(year).of("legal/reference").at(0).fix) << "which of the number and the date is wrong is not known";
}

TEST(SafeFixes, MakingThemLeavesNoneOfTheirFindingsAndNothingNew) {
  std::string text = with(clean_convention(), "préavis de trois mois", "préavis d'un mois");
  text = with(text, "Le délégataire passe", "Le Délégatiare passe");
  text = with(text, "n° 2004-1085 du 14 octobre 2004", "n° 2014-1085 du 14 octobre 2004");
  text = with(text, "Vu le décret n° 2012-1246 du 7 novembre 2012 relatif à la gestion budgétaire et comptable publique ;\n", "");
  const auto before = lint_text(text);
  EXPECT_EQ(std::count_if(before.findings.begin(), before.findings.end(), [](const auto& finding) { return finding.fix.has_value(); }), 4);
  const auto after = lint_text(fixed(text));
  for (const auto& finding : after.findings) ADD_FAILURE() << finding.rule << ": " << finding.message;
  EXPECT_EQ(lint_text(clean_convention()).findings.size(), 0u);
}

}  // namespace
}  // namespace convlint::testing
