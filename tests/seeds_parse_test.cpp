// The parse of every shared seed (when ../shared is present) and of every corpus file, checked against what a
// reader sees in the text: articles, parties and roles, visas, the AE/CP table, Chorus tables, footnotes,
// signature and annexes.
#include <gtest/gtest.h>

#include "source/folded_text.hpp"
#include "test_support.hpp"

namespace convlint {
namespace {

using document::BlockKind;
using document::Document;
using document::Table;

struct Expected {
  std::string file;
  bool seed;
  size_t articles;
  std::vector<std::vector<std::string>> roles;  // per party
  size_t visas;
  size_t footnotes;
  size_t annexes;
  std::vector<std::string> schedule_years;
  size_t chorus_tables;
  std::string signature_date;  // "" when the line has no date
};

// Shown by GoogleTest instead of the parameter's bytes.
void PrintTo(const Expected& expected, std::ostream* out) { *out << expected.file; }

std::vector<const Table*> tables(const Document& document) {
  std::vector<const Table*> result;
  for (const auto& article : document.articles) {
    for (const auto& block : article.blocks) {
      if (block.kind == BlockKind::table) result.push_back(&block.table);
    }
  }
  return result;
}

bool has_cell(const Table& table, std::string_view folded_text) {
  for (const auto& row : table.rows) {
    for (const auto& cell : row.cells) {
      if (source::fold(cell.text.view()).find(folded_text) != std::string::npos) return true;
    }
  }
  return false;
}

class ParseExpectations : public ::testing::TestWithParam<Expected> {};

TEST_P(ParseExpectations, FindsEveryPartOfTheConvention) {
  const Expected& expected = GetParam();
  const auto path = expected.seed ? testing::seed(expected.file) : testing::corpus_dir() / expected.file;
  if (expected.seed && testing::seeds_dir().empty()) GTEST_SKIP() << "../shared/seeds is absent";
  const auto parsed = testing::parse_bytes(testing::read_file(path), path.string());
  const Document& document = parsed.document;

  ASSERT_EQ(document.articles.size(), expected.articles);
  for (size_t i = 0; i < document.articles.size(); ++i) {
    EXPECT_EQ(document.articles[i].number, static_cast<int>(i + 1));
    EXPECT_FALSE(document.articles[i].title.empty()) << "article " << i + 1;
  }
  ASSERT_EQ(document.parties.size(), expected.roles.size());
  for (size_t p = 0; p < document.parties.size(); ++p) {
    std::vector<std::string> roles;
    for (const auto& role : document.parties[p].roles) roles.push_back(role.name);
    EXPECT_EQ(roles, expected.roles[p]) << "party " << p;
    EXPECT_TRUE(document.parties[p].representative.has_value()) << "party " << p;
    EXPECT_FALSE(document.parties[p].name.empty());
  }
  EXPECT_EQ(document.visas.size(), expected.visas);
  EXPECT_EQ(document.footnotes.size(), expected.footnotes);
  EXPECT_EQ(document.annexes.size(), expected.annexes);

  const auto all_tables = tables(document);
  std::vector<std::string> years;
  size_t schedules = 0, chorus = 0;
  for (const Table* table : all_tables) {
    if (has_cell(*table, "domaine fonctionnel")) ++chorus;
    if (!has_cell(*table, "ae") || !has_cell(*table, "cp")) continue;
    ++schedules;
    for (const auto* row : table->content_rows()) {
      const auto first = row->cells.empty() ? std::string_view() : row->cells[0].text.view();
      if (first.size() == 4 && first.find_first_not_of("0123456789") == std::string_view::npos) years.emplace_back(first);
    }
  }
  EXPECT_EQ(schedules, 1u) << "the AE/CP table is one table";
  EXPECT_EQ(years, expected.schedule_years);
  EXPECT_EQ(chorus, expected.chorus_tables);

  ASSERT_TRUE(document.signature.has_value());
  EXPECT_EQ(document.signature->date_text ? std::string(document::trim_decorations(document.signature->date_text->view())) : "",
            expected.signature_date);
  EXPECT_TRUE(document.diagnostics.empty());
}

std::string test_name(const ::testing::TestParamInfo<Expected>& info) {
  std::string name = info.param.file.substr(0, info.param.file.find('.'));
  for (char& c : name) c = std::isalnum(static_cast<unsigned char>(c)) ? c : '_';
  return "f" + name;
}

const std::vector<std::string> delegant = {"délégant"};
const std::vector<std::string> delegataire = {"délégataire"};
const std::vector<std::string> delegataire_dinum = {"délégataire", "DINUM"};
const std::vector<std::string> partenaire_misspelt = {"partenaire-déléataire"};

INSTANTIATE_TEST_SUITE_P(
    Seeds, ParseExpectations,
    ::testing::Values(
        Expected{"000_1e00e999631c2ef0.txt", true, 7, {delegant, delegataire_dinum}, 2, 3, 0, {"2024", "2025"}, 1, ""},
        Expected{"001_4b49881e080835e2.txt", true, 7, {delegant, partenaire_misspelt}, 4, 3, 0, {"2024"}, 1, "20/03/2024"},
        Expected{"002_230b15d363ffd33a.txt", true, 8, {delegant, delegataire_dinum}, 1, 0, 2, {"2020"}, 2,
                 "26 mars 2020** à"},
        Expected{"003_6b6ffe7a0f1be0fd.txt", true, 7, {delegant, partenaire_misspelt}, 2, 3, 0, {"2023"}, 1, ""},
        Expected{"004_36224115ba534ac2.txt", true, 10, {delegant, delegataire_dinum}, 2, 0, 0, {"2024", "2025"}, 1, ""}),
    test_name);

INSTANTIATE_TEST_SUITE_P(
    Corpus, ParseExpectations,
    ::testing::Values(
        Expected{"01-culture-dinum.txt", false, 7, {delegant, delegataire_dinum}, 3, 0, 0, {"2025", "2026"}, 1,
                 "12 février 2025"},
        Expected{"02-interieur-dila-cp1252.txt", false, 7, {delegant, delegataire}, 2, 0, 0, {"2025"}, 1, "20/12/2024"},
        Expected{"03-transition-ecologique.md", false, 7, {delegant, delegataire}, 3, 1, 0, {"2025", "2026"}, 1,
                 "3 mars 2025"},
        Expected{"04-numerote-codelegataires.txt", false, 7, {delegant, {"DGFiP", "co-délégataires"}, {"DGDDI", "co-délégataires"}}, 3, 0,
                 0, {"2025", "2026"}, 1, "15 janvier 2025"},
        Expected{"05-sauts-de-page.txt", false, 7, {delegant, delegataire}, 3, 3, 0, {"2025", "2026", "2027"}, 1,
                 "2 avril 2025"},
        Expected{"06-armees-inline.txt", false, 7, {delegant, delegataire}, 3, 0, 0, {"2025"}, 1, "28 août 2025"}),
    test_name);

}  // namespace
}  // namespace convlint
