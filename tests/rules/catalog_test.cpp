// The catalog as a whole: every rule of RULES.md has a check, documentation and messages (its conforming and
// non-conforming cases are checked by RuleCaseFiles, in rule_cases_test.cpp).
#include <algorithm>
#include <regex>
#include <set>

#include "rule_test_support.hpp"
#include "rules/registry.hpp"

namespace convlint::testing {
namespace {

// The rules RULES.md specifies: the catalog must hold them all (it may hold more; the tests below go over the
// catalog itself, so that a new rule is one YAML entry and its cases).
const std::vector<std::string> specified_ids = {
    "structure/parties", "structure/representative", "structure/article-numbering", "structure/required-clauses",
    "structure/cross-reference", "structure/footnotes", "legal/visa-decret-2004-1085", "legal/visa-gbcp", "legal/visa-dinum",
    "legal/reference", "legal/preavis", "legal/publication", "legal/amendment", "finance/schedule", "finance/ae-cp",
    "finance/amounts", "finance/schedule-years", "finance/chorus", "finance/programme", "finance/accountant",
    "finance/credit-limit", "terms/roles", "dates/valid", "dates/term", "signature/date", "signature/signatories",
    "parse/structure", "parse/ocr", "structure/kind", "avenant/convention", "avenant/transmission", "avenant/amounts"};

TEST(Catalog, HoldsEveryRuleOfTheSpecification) {
  auto catalog = rules::builtin_catalog();
  ASSERT_TRUE(catalog.has_value()) << catalog.error().describe(Language::en);
  std::set<std::string> ids;
  for (const auto& rule : catalog->rules) ids.insert(rule.id);
  for (const std::string& id : specified_ids) EXPECT_TRUE(ids.contains(id)) << id;
}

TEST(Catalog, EveryPatternOfTheBuiltInRuleFilesCompiles) {
  // The binary trusts its embedded rule files and does not compile their regexes twice at start-up: this checks
  // them the way a user's rule file is checked.
  rules::Catalog catalog;
  const auto problem = rules::load_path((project_dir() / "rules").string(), catalog);
  EXPECT_FALSE(problem.has_value()) << (problem ? problem->describe(Language::en) : "");
  EXPECT_EQ(catalog.rules.size(), rules::builtin_catalog()->rules.size());
  const auto concepts = rules::check_concepts(catalog);
  EXPECT_FALSE(concepts.has_value()) << (concepts ? concepts->describe(Language::en) : "");
}

TEST(Catalog, EveryRuleHasACheckDocumentationAndMessagesInBothLanguages) {
  auto catalog = rules::builtin_catalog();
  ASSERT_TRUE(catalog.has_value());
  for (const auto& rule : catalog->rules) {
    EXPECT_NE(rules::make_check(rule, *catalog), nullptr) << rule.id;
    EXPECT_FALSE(rule.what.fr.empty() || rule.what.en.empty()) << rule.id;
    EXPECT_FALSE(rule.why.fr.empty() || rule.how_to_fix.fr.empty()) << rule.id;
    EXPECT_FALSE(rule.conforming.empty() || rule.non_conforming.empty()) << rule.id;
    EXPECT_FALSE(rule.title.en.empty() || rule.basis.empty()) << rule.id;
    for (const auto& [key, message] : rule.messages) EXPECT_FALSE(message.text.en.empty()) << rule.id << " " << key;
  }
}

// The keys each built-in check passes to report() in its source are the ones the registry declares for it (so that
// creating the engine, which checks the declared keys against the rule files, covers every message reported).
TEST(Catalog, EveryBuiltInCheckDeclaresTheMessagesItReports) {
  const std::regex call(R"re(report\(\s*(?:[^"();]*\?\s*)?"([a-z_]+)"(?:\s*:\s*"([a-z_]+)")?)re");
  for (const rules::BuiltinCheck& check : rules::builtin_checks()) {
    std::string file(check.name);
    std::replace(file.begin(), file.end(), '-', '_');
    const std::string source = read_file(project_dir() / "src" / "rules" / "checks" / (file + ".cpp"));
    ASSERT_FALSE(source.empty()) << file;
    std::set<std::string> reported, declared;
    for (auto match = std::sregex_iterator(source.begin(), source.end(), call); match != std::sregex_iterator(); ++match) {
      for (size_t group = 1; group < match->size(); ++group)
        if ((*match)[group].matched) reported.insert((*match)[group].str());
    }
    for (const std::string_view key : check.messages)
      if (!key.empty()) declared.insert(std::string(key));
    EXPECT_EQ(reported, declared) << check.name;
  }
}

TEST(Catalog, ARuleLackingAMessageItsCheckReportsStopsTheEngineWithRuleAndKey) {
  auto catalog = rules::builtin_catalog();
  ASSERT_TRUE(catalog.has_value());
  for (auto& rule : catalog->rules)
    if (rule.id == "legal/preavis") rule.messages.erase("wrong");
  const auto engine = rules::Engine::create(std::move(*catalog), {});
  ASSERT_FALSE(engine.has_value());
  const std::string message = engine.error().describe(Language::en);
  EXPECT_NE(message.find("legal/preavis"), std::string::npos) << message;
  EXPECT_NE(message.find("« wrong »"), std::string::npos) << message;
}

}  // namespace
}  // namespace convlint::testing
