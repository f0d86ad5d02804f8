// Facts read from the shared seeds (skipped when ../shared is absent) and from the corpus (always).
#include <gtest/gtest.h>

#include "test_support.hpp"

namespace convlint {
namespace {

using document::Document;

testing::Parsed parse_path(const std::filesystem::path& path) {
  return testing::parse_bytes(testing::read_file(path), path.string());
}

#define REQUIRE_SEEDS() \
  if (testing::seeds_dir().empty()) GTEST_SKIP() << "../shared/seeds is absent"

struct Row {
  int year;
  std::optional<int64_t> ae;  // euros; nullopt for an empty cell
  std::optional<int64_t> cp;
};

void expect_schedule(const Document& document, const std::vector<Row>& expected) {
  ASSERT_EQ(document.facts.schedules.size(), 1u);
  const auto& rows = document.facts.schedules[0].rows;
  ASSERT_EQ(rows.size(), expected.size());
  for (size_t i = 0; i < rows.size(); ++i) {
    EXPECT_EQ(rows[i].year, expected[i].year);
    EXPECT_EQ(rows[i].ae.amounts.empty() ? std::nullopt : std::optional<int64_t>(rows[i].ae.value() / 100), expected[i].ae);
    EXPECT_EQ(rows[i].cp.amounts.empty() ? std::nullopt : std::optional<int64_t>(rows[i].cp.value() / 100), expected[i].cp);
  }
}

TEST(SeedFacts, MeaeScheduleRowsAcrossFootnotes) {
  REQUIRE_SEEDS();
  const auto parsed = parse_path(testing::seed("000_1e00e999631c2ef0.txt"));
  expect_schedule(parsed.document, {{2024, 150000, 150000}, {2025, 0, 0}});
  EXPECT_EQ(parsed.document.facts.term.end->iso(), "2024-12-31");
}

TEST(SeedFacts, MenjScheduleWithAnEmptyCell) {
  REQUIRE_SEEDS();
  const auto parsed = parse_path(testing::seed("004_36224115ba534ac2.txt"));
  expect_schedule(parsed.document, {{2024, 120000, 10000}, {2025, std::nullopt, 110000}});
  EXPECT_TRUE(parsed.document.facts.term.until_settlement);
  EXPECT_EQ(parsed.document.facts.term.end->iso(), "2025-12-31");
  ASSERT_EQ(parsed.document.facts.chorus.size(), 1u);
  EXPECT_EQ(parsed.document.facts.chorus[0].programme, 214);
  EXPECT_EQ(parsed.document.facts.chorus[0].code_comptable->value, "FAC9460075");
}

TEST(SeedFacts, DossierFacileTwoChorusBlocksAndQualifiedAmounts) {
  REQUIRE_SEEDS();
  const auto parsed = parse_path(testing::seed("002_230b15d363ffd33a.txt"));
  const auto& chorus = parsed.document.facts.chorus;
  ASSERT_EQ(chorus.size(), 2u);
  EXPECT_EQ(chorus[0].label, "Pour la DGALN");
  EXPECT_EQ(chorus[0].domaine_fonctionnel->value, "0135-05-04");
  EXPECT_EQ(chorus[1].label, "Pour le SG");
  EXPECT_EQ(chorus[1].centre_financier->value, "0217-SGAC-ELAB");
  ASSERT_FALSE(parsed.document.facts.schedules.empty());
  const auto& cell = parsed.document.facts.schedules[0].rows[0].ae;
  ASSERT_EQ(cell.amounts.size(), 3u);
  EXPECT_EQ(cell.amounts[0].cents, 27900000);
  EXPECT_EQ(cell.amounts[1].cents, 30000000);
  EXPECT_EQ(cell.amounts[2].cents, 3000000);
  EXPECT_EQ(parsed.document.signature->date->iso(), "2020-03-26");
}

TEST(SeedFacts, SparteEmptyCentreDeCout) {
  REQUIRE_SEEDS();
  const auto parsed = parse_path(testing::seed("003_6b6ffe7a0f1be0fd.txt"));
  ASSERT_EQ(parsed.document.facts.chorus.size(), 1u);
  ASSERT_TRUE(parsed.document.facts.chorus[0].centre_de_cout.has_value());
  EXPECT_EQ(parsed.document.facts.chorus[0].centre_de_cout->value, "");
  expect_schedule(parsed.document, {{2023, 180000, 180000}});
}

TEST(SeedFacts, OzEnsembleSignatureDateAndVisaReferences) {
  REQUIRE_SEEDS();
  const auto parsed = parse_path(testing::seed("001_4b49881e080835e2.txt"));
  ASSERT_TRUE(parsed.document.signature->date);
  EXPECT_EQ(parsed.document.signature->date->iso(), "2024-03-20");
  ASSERT_EQ(parsed.document.visas.size(), 4u);
  EXPECT_EQ(parsed.document.visas[0].references[0].kind, document::LegalKind::ordonnance);
  EXPECT_EQ(parsed.document.visas[1].references[0].number, "2004-1085");
  EXPECT_TRUE(parsed.document.visas[1].references[0].amended);
}

TEST(CorpusFacts, ScheduleContinuedAfterFootnotesAndPageBreak) {
  const auto parsed = parse_path(testing::corpus_dir() / "05-sauts-de-page.txt");
  expect_schedule(parsed.document, {{2025, 80000, 50000}, {2026, 40000, 50000}, {2027, 0, 20000}});
  EXPECT_EQ(parsed.document.facts.term.end->iso(), "2027-12-31");
}

TEST(CorpusFacts, Windows1252AmountsAndMultiTextVisa) {
  const auto parsed = parse_path(testing::corpus_dir() / "02-interieur-dila-cp1252.txt");
  expect_schedule(parsed.document, {{2025, 150000, 150000}});
  ASSERT_EQ(parsed.document.visas[0].references.size(), 2u);
  EXPECT_EQ(parsed.document.visas[0].references[1].date->iso(), "2012-11-07");
  EXPECT_EQ(parsed.document.facts.term.start->iso(), "2025-01-01");
  EXPECT_EQ(parsed.document.facts.term.end->iso(), "2025-12-31");
  const auto notice = std::find_if(parsed.document.facts.durations.begin(), parsed.document.facts.durations.end(),
                                   [](const auto& duration) { return duration.notice; });
  ASSERT_NE(notice, parsed.document.facts.durations.end());
  EXPECT_EQ(notice->months(), 3);
}

TEST(CorpusFacts, MillionsAndNumberedArticles) {
  const auto parsed = parse_path(testing::corpus_dir() / "04-numerote-codelegataires.txt");
  ASSERT_FALSE(parsed.document.facts.amounts.empty());
  EXPECT_EQ(parsed.document.facts.amounts[0].cents, 120000000);
  expect_schedule(parsed.document, {{2025, 700000, 500000}, {2026, 500000, 700000}});
}

TEST(CorpusFacts, PipeTableChorusAndInlineTerm) {
  const auto markdown = parse_path(testing::corpus_dir() / "03-transition-ecologique.md");
  ASSERT_EQ(markdown.document.facts.chorus.size(), 1u);
  EXPECT_EQ(markdown.document.facts.chorus[0].activite->value, "018110020304");
  const auto armees = parse_path(testing::corpus_dir() / "06-armees-inline.txt");
  EXPECT_EQ(armees.document.facts.term.start->iso(), "2025-09-01");
  EXPECT_EQ(armees.document.facts.term.end->iso(), "2026-08-31");
  EXPECT_EQ(armees.document.facts.legal_refs[0].kind, document::LegalKind::loi_organique);
}

}  // namespace
}  // namespace convlint
