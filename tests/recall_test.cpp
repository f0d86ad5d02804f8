// Recall and false positives on generated conventions, whose clauses are drawn from the phrasing pools of
// tests/fixtures/phrasings: at least 98 % of the injected defects are reported by their rule, and no rule fires on a
// document that does not carry its defect (tools/gen-corpus writes the manifest).
#include <gtest/gtest.h>

#include <fstream>
#include <map>
#include <nlohmann/json.hpp>
#include <set>
#include <sys/wait.h>

#include "test_support.hpp"

namespace convlint {
namespace {

TEST(Recall, InjectedDefectsAreFoundAndCleanDocumentsStayClean) {
  if (std::system("command -v python3 > /dev/null 2>&1") != 0) GTEST_SKIP() << "python3 is not installed (tools/deps.sh installs it)";
  const auto dir = std::filesystem::temp_directory_path() / ("convlint-recall-" + std::to_string(getpid()));
  const std::string project = testing::project_dir().string();
  ASSERT_EQ(std::system(("cd '" + project + "' && python3 tools/gen-corpus --count 500 --seed 2004 --defect-rate 0.4 --out " + dir.string()).c_str()), 0);
  const auto report = dir / "report.jsonl";
  std::system(("'" + std::string(CONVLINT_BINARY) + "' check --format jsonl --fail-on never " + dir.string() + " > " + report.string()).c_str());

  std::map<std::string, std::set<std::string>> injected, found;
  std::ifstream manifest(dir / "manifest.jsonl");
  for (std::string line; std::getline(manifest, line);) {
    const auto entry = nlohmann::json::parse(line);
    injected[entry["file"]] = entry["defects"].get<std::set<std::string>>();
  }
  std::ifstream results(report);
  for (std::string line; std::getline(results, line);) {
    const auto file = nlohmann::json::parse(line);
    ASSERT_EQ(file["status"], "ok") << file["path"];
    auto& rules = found[std::filesystem::path(file["path"].get<std::string>()).filename().string()];
    for (const auto& finding : file["findings"]) rules.insert(finding["rule"]);
  }
  ASSERT_EQ(found.size(), 500u);
  std::map<std::string, size_t> planted, caught, false_positives;
  for (const auto& [file, defects] : injected) {
    for (const auto& rule : defects) {
      ++planted[rule];
      caught[rule] += found[file].count(rule);
    }
    for (const auto& rule : found[file]) false_positives[rule] += !defects.count(rule);
  }
  for (const auto& [rule, count] : planted) {
    EXPECT_GE(caught[rule] * 100, count * 98) << rule << ": recall " << caught[rule] << "/" << count;
  }
  for (const auto& [rule, count] : false_positives) EXPECT_EQ(count, 0u) << rule << " fired on " << count << " documents without its defect";
  EXPECT_GE(planted.size(), size_t{12}) << "the generator injects most defect kinds";
  std::filesystem::remove_all(dir);
}

}  // namespace
}  // namespace convlint
