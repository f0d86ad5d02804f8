#include "rule_test_support.hpp"

namespace convlint::testing {
namespace {

using rules::Severity;
const std::string rule = "signature/date";

// A convention dated at its head as a letter is, above its title: that is its date.

TEST(Rule_signature_date, ReadsADateCutBeforeItsMonthOrYearAtTheLineEnd) {
  for (const char* wrapped : {"Fait en deux exemplaires, à Paris le 1er février 2025 et à Lyon le 3\nfévrier 2025.",
                              "Fait à Paris, le 3 février\n2025", "Fait à Paris, le 3\nfévrier 2025"}) {
    const auto linted = lint_text(with(clean_convention(), "Fait à Paris, le 3 février 2025", wrapped));
    expect_none(linted, rule);
    ASSERT_TRUE(linted.parsed.document.signature && linted.parsed.document.signature->date) << wrapped;
    EXPECT_EQ(linted.parsed.document.signature->date->iso(), "2025-02-03") << wrapped;
  }
  // A line below that holds no year does not complete the date.
  const std::string text = with(clean_convention(), "Fait à Paris, le 3 février 2025", "Fait à Paris, le 3\nLe directeur");
  expect_finding(lint_text(text), rule, Severity::warning, position_in(text, "Fait à Paris"));
}

TEST(Rule_signature_date, ReadsAPlaceAndDateWithoutFaitA) {
  const std::string line = "Fait à Paris, le 3 février 2025";
  for (const char* signed_at : {"Paris, le 24 février 2025", "Saint-Germain-en-Laye, le 1er mars 2025", "Le Havre, le 03/02/2025", "Paris, Le 24 février 2025",
                                "Paris, le 24 février 2025          Lyon, le 25 février 2025"}) {
    const std::string text = with(clean_convention(), line, signed_at);
    const auto linted = lint_text(text);
    expect_none(linted, rule);
    ASSERT_TRUE(linted.parsed.document.signature.has_value()) << signed_at;
    EXPECT_TRUE(linted.parsed.document.signature->date.has_value()) << signed_at;
  }
  EXPECT_EQ(lint_text(with(clean_convention(), line, "Le Havre, le 03/02/2025")).parsed.document.signature->place, "Le Havre");
  // Left blank for the hand, it is where the date is missing; a sentence that opens with a name is no such line.
  const std::string blank = with(clean_convention(), line, "Saint-Denis, le");
  expect_finding(lint_text(blank), rule, Severity::warning, position_in(blank, "Saint-Denis, le"));
  EXPECT_FALSE(lint_text(with(clean_convention(), line, "Le délégant, le délégataire")).parsed.document.signature.has_value());
}

TEST(Rule_signature_date, ReadsThePlaceAndDateOnTheLineBelowAnOpeningWithoutThem) {
  const std::string line = "Fait à Paris, le 3 février 2025";
  for (const char* signed_below :
       {"Fait en deux exemplaires originaux.\n\nÀ Rennes, le 14 janvier 2025                À Rennes, le 16 janvier 2025",
        "Fait en trois exemplaires.\nA Paris, le 3 février 2025", "Fait en double exemplaire, à Paris.\nLe 3 février 2025",
        "Fait en deux exemplaires\nLe 03/02/2025"}) {
    const std::string text = with(clean_convention(), line, signed_below);
    expect_none(lint_text(text), rule);
    EXPECT_TRUE(lint_text(text).parsed.document.signature->date.has_value()) << signed_below;
  }
  // Below an opening without a date, a place line without one is where the date is missing.
  const std::string blank = with(clean_convention(), line, "Fait en deux exemplaires originaux.\n\nÀ Rennes, le");
  expect_finding(lint_text(blank), rule, Severity::warning, position_in(blank, "À Rennes, le"));
  // A signatory's line is no date.
  const std::string unsigned_copy = with(clean_convention(), line, "Fait en deux exemplaires originaux.\n\nLe délégant");
  expect_finding(lint_text(unsigned_copy), rule, Severity::warning, position_in(unsigned_copy, "Fait en deux"));
}

TEST(Rule_signature_date, ReadsTheDateEachPartyGivesInItsOwnBlock) {
  const std::string line = "Fait à Paris, le 3 février 2025";
  for (const char* blocks :
       {"Fait en deux exemplaires.\n\nPour le ministère des Sports,\nÀ Paris, le 12 décembre 2025\nLa secrétaire générale\n\n"
        "Pour la DINUM,\nÀ Paris, le 18 décembre 2025\nLe directeur",
        "Fait en deux exemplaires originaux.\n\nPour le délégant,                       Pour le délégataire,\n"
        "des sports,                               À Lyon, le 18/12/2025\nÀ Paris, le 12/12/2025",
        "Fait en deux exemplaires.\n\nPour le délégant\tPour le délégataire\nLe 12 décembre 2025\tLe 18 décembre 2025"}) {
    const std::string text = with(clean_convention(), line, blocks);
    const auto linted = lint_text(text);
    expect_none(linted, rule);
    ASSERT_TRUE(linted.parsed.document.signature.has_value()) << blocks;
    EXPECT_TRUE(linted.parsed.document.signature->date.has_value()) << blocks;
  }
  // A date in a signatory's title is no signing date; the missing date is reported at the opening line.
  const std::string undated = with(clean_convention(), line,
                                   "Fait en deux exemplaires.\n\nPour le délégant,\nLa secrétaire générale nommée le 3 mars 2024\n\n"
                                   "Pour le délégataire,\nLe directeur");
  expect_finding(lint_text(undated), rule, Severity::warning, position_in(undated, "Fait en deux"));
}

TEST(Rule_signature_date, ReadsThePlaceAfterAnOpeningA) {
  for (const char* line : {"À Paris, le 3 février 2025", "A Paris, le 3 février 2025", "Fait à Paris, le 3 février 2025"}) {
    const auto linted = lint_text(with(clean_convention(), "Fait à Paris, le 3 février 2025", line));
    expect_none(linted, rule);
    ASSERT_TRUE(linted.parsed.document.signature.has_value()) << line;
    EXPECT_EQ(linted.parsed.document.signature->place, "Paris") << line;
  }
}

}  // namespace
}  // namespace convlint::testing
