// Lints every file of corpus/ and compares with the findings kept beside it (FILE.expected, one line per finding:
// line:column severity rule message). Set CONVLINT_UPDATE_SNAPSHOTS=1 to rewrite them, then review the diff.
#include <gtest/gtest.h>

#include <fstream>
#include <set>

#include "rules/rule_test_support.hpp"

namespace convlint::testing {
namespace {

std::vector<std::filesystem::path> corpus_files() {
  std::vector<std::filesystem::path> files;
  for (const auto& entry : std::filesystem::directory_iterator(corpus_dir())) {
    const auto extension = entry.path().extension();
    if (extension == ".txt" || extension == ".md") files.push_back(entry.path());
  }
  std::sort(files.begin(), files.end());
  return files;
}

std::string snapshot(const std::filesystem::path& file) {
  const auto linted = lint_text(read_file(file));
  std::string out;
  for (const auto& finding : linted.findings) {
    const auto at = linted.position(finding);
    out += std::to_string(at.line) + ":" + std::to_string(at.column) + " " + std::string(rules::severity_name(finding.severity)) +
           " " + finding.rule + " " + finding.message + "\n";
  }
  return out;
}

TEST(CorpusSnapshot, FindingsMatchTheReviewedSnapshots) {
  const bool update = std::getenv("CONVLINT_UPDATE_SNAPSHOTS") != nullptr;
  for (const auto& file : corpus_files()) {
    const std::string actual = snapshot(file);
    const auto expected_path = std::filesystem::path(file.string() + ".expected");
    if (update) {
      std::ofstream(expected_path, std::ios::binary) << actual;
      continue;
    }
    ASSERT_TRUE(std::filesystem::exists(expected_path)) << expected_path << " is missing";
    EXPECT_EQ(actual, read_file(expected_path)) << file;
  }
}

TEST(CorpusSnapshot, EveryRuleFiresSomewhereInTheCorpus) {
  std::set<std::string> fired;
  for (const auto& file : corpus_files()) {
    for (const auto& finding : lint_text(read_file(file)).findings) fired.insert(finding.rule);
  }
  auto catalog = rules::builtin_catalog();
  ASSERT_TRUE(catalog.has_value());
  for (const auto& rule : catalog->rules) EXPECT_TRUE(fired.count(rule.id)) << rule.id << " never fires on corpus/";
}

TEST(CorpusSnapshot, WellFormedConventionsOfEveryVariantHaveNoFinding) {
  for (const auto& file : corpus_files()) {
    if (file.filename().string().find("defauts") != std::string::npos) continue;
    EXPECT_EQ(snapshot(file), "") << file;
  }
}

}  // namespace
}  // namespace convlint::testing
