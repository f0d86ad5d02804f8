// Runs every case of tests/rules/cases/ (the format is in rule_cases.hpp): the findings of the rules a case is about
// are exactly its marks.
#include <map>
#include <set>

#include "rule_cases.hpp"
#include "rule_test_support.hpp"

namespace convlint::testing {
namespace {

// « 12:7 error » and, when asked, the suggestion: what a mark and a finding are compared by.
std::string describe(const std::string& rule, rules::Severity severity, uint32_t line, uint32_t column,
                     const std::optional<std::string>& suggestion) {
  std::string text = rule + " " + std::string(rules::severity_name(severity)) + " at " + std::to_string(line) + ":" + std::to_string(column);
  if (suggestion) text += " → " + *suggestion;
  return text;
}

class RuleCases : public ::testing::TestWithParam<RuleCase> {};

TEST_P(RuleCases, FindingsAreTheMarks) {
  const RuleCase& rule_case = GetParam();
  SCOPED_TRACE(rule_case.file.string() + ":" + std::to_string(rule_case.file_line) + ": " + rule_case.name);
  ASSERT_TRUE(rule_case.problem.empty()) << rule_case.problem;
  const LintedText linted = rule_case.scan_confidence ? lint_scanned_text(rule_case.text, *rule_case.scan_confidence) : lint_text(rule_case.text, rule_case.profile);
  std::set<std::string> rules_named(rule_case.silent.begin(), rule_case.silent.end());
  rules_named.insert(rule_case.rule);
  std::multiset<std::string> expected, found;
  for (const ExpectedFinding& mark : rule_case.expected) {
    rules_named.insert(mark.rule);
    expected.insert(describe(mark.rule, mark.severity, mark.line, mark.column, mark.suggestion));
  }
  std::set<std::string> suggestions_asked;
  for (const ExpectedFinding& mark : rule_case.expected)
    if (mark.suggestion) suggestions_asked.insert(describe(mark.rule, mark.severity, mark.line, mark.column, std::nullopt));
  std::string messages;
  for (const rules::Finding& finding : linted.findings) {
    if (!rules_named.contains(finding.rule)) continue;
    const source::Position at = linted.position(finding);
    const std::string place = describe(finding.rule, finding.severity, at.line, at.column, std::nullopt);
    const bool with_suggestion = suggestions_asked.contains(place);
    found.insert(describe(finding.rule, finding.severity, at.line, at.column,
                          with_suggestion ? std::optional<std::string>(finding.suggestion) : std::nullopt));
    messages += "\n  " + place + ": " + finding.message;
  }
  EXPECT_EQ(found, expected) << "findings:" << (messages.empty() ? " none" : messages);
}

std::string case_name(const ::testing::TestParamInfo<RuleCase>& param) {
  std::string name = param.param.rule + "_" + std::to_string(param.index);
  std::replace_if(name.begin(), name.end(), [](char c) { return !std::isalnum(static_cast<unsigned char>(c)); }, '_');
  return name;
}

INSTANTIATE_TEST_SUITE_P(Rules, RuleCases, ::testing::ValuesIn(all_rule_cases()), case_name);

// Every rule of the catalog has its case file, with a case where it reports and a case where it stays silent; every
// case file is a rule's.
TEST(RuleCaseFiles, EveryRuleHasConformingAndNonConformingCases) {
  auto catalog = rules::builtin_catalog();
  ASSERT_TRUE(catalog.has_value());
  std::map<std::string, std::pair<int, int>> counts;  // rule → (silent cases, reporting cases)
  for (const RuleCase& rule_case : all_rule_cases()) {
    const bool reports = std::any_of(rule_case.expected.begin(), rule_case.expected.end(),
                                     [&](const ExpectedFinding& mark) { return mark.rule == rule_case.rule; });
    auto& [silent, reporting] = counts[rule_case.rule];
    (reports ? reporting : silent) += 1;
  }
  std::set<std::string> ids;
  for (const rules::RuleSpec& rule : catalog->rules) {
    ids.insert(rule.id);
    EXPECT_GT(counts[rule.id].first, 0) << rule.id << ": no conforming case in tests/rules/cases/" << rule.id << ".txt";
    EXPECT_GT(counts[rule.id].second, 0) << rule.id << ": no non-conforming case in tests/rules/cases/" << rule.id << ".txt";
  }
  for (const auto& [rule, count] : counts) EXPECT_TRUE(ids.contains(rule)) << "tests/rules/cases/" << rule << ".txt: no such rule";
}

// The runner's own format: marks read at their place, the case's problems said.
TEST(RuleCaseFiles, MarksStandWhereTheyAreWritten) {
  const auto file = scratch("cases") / "legal" / "preavis.txt";
  std::filesystem::create_directories(file.parent_path());
  std::ofstream(file) << "# a comment\n=== one\n- préavis de trois mois\n+ préavis d'⟦error → trois mois⟧un mois\n"
                         "=== two\ntext:\nÉté ⟦warning other/rule⟧x\n\n=== three\n- absent words\n+ x\n";
  const auto cases = read_rule_cases(file);
  ASSERT_EQ(cases.size(), 3u);
  ASSERT_EQ(cases[0].expected.size(), 1u);
  EXPECT_EQ(cases[0].expected[0].suggestion, "trois mois");
  EXPECT_EQ(cases[0].expected[0].column, position_in(cases[0].text, "un mois").column);
  EXPECT_EQ(cases[0].expected[0].line, position_in(cases[0].text, "un mois").line);
  EXPECT_EQ(cases[1].text, "Été x\n");
  EXPECT_EQ(cases[1].expected[0].rule, "other/rule");
  EXPECT_EQ(cases[1].expected[0].severity, rules::Severity::warning);
  EXPECT_EQ(cases[1].expected[0].column, 5u);
  EXPECT_FALSE(cases[2].problem.empty());
}

}  // namespace
}  // namespace convlint::testing
