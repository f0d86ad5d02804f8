#include <gtest/gtest.h>

#include <random>

#include "test_support.hpp"

namespace convlint {
namespace {

using testing::parse_bytes;

TEST(Robustness, RandomBytesNeverCrashTheParser) {
  std::mt19937 random(2004);
  std::uniform_int_distribution<int> byte(0, 255);
  for (int round = 0; round < 300; ++round) {
    std::string bytes(static_cast<size_t>(random() % 4000) + 1, ' ');
    for (char& c : bytes) c = static_cast<char>(byte(random));
    auto decoded = source::decode("random", bytes);
    if (!decoded) continue;
    const document::Document document = document::build_document(*decoded, {.lexicon = &rules::builtin_lexicon()});
    EXPECT_LE(document.articles.size(), bytes.size());
  }
}

TEST(Robustness, RandomLinesOfConventionWordsNeverCrash) {
  const std::vector<std::string> pieces = {"Article 1 :", "Entre", "Et", "Vu ", "\t", "| a |", "- ", "¹ ", "Fait à ",
                                           "Annexe 2", "« le délégant »", "\n", "\n\n\n", "\f", "représenté par ",
                                           "ci-après", "2024\t1 €\t2 €", "---|---", "1. Objet", "[^1]"};
  std::mt19937 random(1085);
  for (int round = 0; round < 300; ++round) {
    std::string text;
    for (int i = 0; i < 200; ++i) text += pieces[random() % pieces.size()];
    const auto parsed = parse_bytes(text);
    EXPECT_GE(parsed.document.articles.size() + parsed.document.diagnostics.size(), 1u);
  }
}

TEST(Robustness, TruncatedCorpusFilesStillParse) {
  for (const auto& entry : std::filesystem::directory_iterator(testing::corpus_dir())) {
    const std::string bytes = testing::read_file(entry.path());
    for (size_t cut = 1; cut < bytes.size(); cut += 97) {
      auto decoded = source::decode(entry.path().string(), bytes.substr(0, cut));
      if (decoded) document::build_document(*decoded, {.lexicon = &rules::builtin_lexicon()});
    }
  }
}

TEST(Robustness, TenThousandNestedListLevelsAreCapped) {
  std::string text = "Article 1 : Objet\n\n";
  for (int depth = 0; depth < 10000; ++depth) text += std::string(static_cast<size_t>(depth), ' ') + "- point\n";
  const auto parsed = parse_bytes(text, "deep.txt", text.size());
  ASSERT_EQ(parsed.document.articles.size(), 1u);
  EXPECT_EQ(parsed.document.articles[0].blocks.size(), 10000u);
  for (const auto& block : parsed.document.articles[0].blocks) EXPECT_LT(block.level, document::BuildOptions{}.max_list_depth);
}

}  // namespace
}  // namespace convlint

namespace convlint {
namespace {

TEST(Robustness, TruncatedSeedsStillParse) {
  if (testing::seeds_dir().empty()) GTEST_SKIP() << "../shared/seeds is absent";
  for (const auto& entry : std::filesystem::directory_iterator(testing::seeds_dir())) {
    const std::string bytes = testing::read_file(entry.path());
    for (size_t cut = 1; cut < bytes.size(); cut += 211) {
      auto decoded = source::decode(entry.path().string(), bytes.substr(0, cut));
      if (!decoded) continue;
      const auto document = document::build_document(*decoded, {.lexicon = &rules::builtin_lexicon()});
      EXPECT_LE(document.articles.size(), 10u);
    }
  }
}

TEST(Robustness, NestingDepthIsAnOption) {
  std::string text = "Article 1 : Objet\n\n";
  for (int depth = 0; depth < 10; ++depth) text += std::string(static_cast<size_t>(depth) * 2, ' ') + "- point\n";
  auto decoded = source::decode("t", text);
  const auto shallow = document::build_document(*decoded, {3, &rules::builtin_lexicon()});
  int deepest = 0;
  for (const auto& block : shallow.articles[0].blocks) deepest = std::max(deepest, block.level);
  EXPECT_EQ(deepest, 2);
}

}  // namespace
}  // namespace convlint
