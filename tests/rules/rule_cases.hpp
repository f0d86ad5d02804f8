#pragma once
// Rule cases as data, one file per rule: tests/rules/cases/<category>/<name>.txt holds the cases of rule
// <category>/<name>. A file opens with comment lines (« # ») saying what the rule checks, then cases:
//
//   === a notice of one month is wrong                  the case's name
//   profile: draft                                      optional: the profile (signed by default)
//   base: avenant.txt                                   optional: a file of tests/fixtures instead of the clean convention
//   read: scan                                          optional: the text as OCR read it, from page 1 of a scan
//   read: scan 54                                       …that OCR read with a mean confidence of 54 %
//   silent: finance/schedule                            optional: another rule that must not report
//   - préavis de trois mois                             replace the first « préavis de trois mois » of the base…
//   + préavis d'⟦error → trois mois⟧un mois             …by this (« \n », « \t », « \f », « \xFF » and « \\ » are escapes; « + » alone deletes)
//
// or, instead of the « - »/« + » pairs, « text: » and the case's whole text on the following lines, up to the next
// « === ». A mark ⟦severity⟧ stands where a finding of the file's rule starts; ⟦severity rule⟧ names another rule;
// « → words » asks for that suggestion. For the file's rule and every rule a mark names, the findings are exactly
// the marks: a case without marks says the rule stays silent.

#include <filesystem>
#include <optional>
#include <ostream>
#include <string>
#include <vector>

#include "rules/severity.hpp"

namespace convlint::testing {

struct ExpectedFinding {
  std::string rule;
  rules::Severity severity = rules::Severity::error;
  uint32_t line = 0;
  uint32_t column = 0;  // in code points, from 1
  std::optional<std::string> suggestion;
};

struct RuleCase {
  std::string rule;
  std::string name;
  std::filesystem::path file;
  int file_line = 0;  // where the case opens
  std::string profile = "signed";
  std::optional<float> scan_confidence;  // read as OCR read it, from page 1 of a scan
  std::string text;  // marks removed
  std::vector<ExpectedFinding> expected;
  std::vector<std::string> silent;  // other rules that must not report
  std::string problem;  // a case the runner cannot build (a « - » text absent from the base, a bad mark…)
};

// What gtest prints of a case: its file, line and name.
inline void PrintTo(const RuleCase& rule_case, std::ostream* out) {
  *out << rule_case.file.filename().string() << ":" << rule_case.file_line << " « " << rule_case.name << " »";
}

std::filesystem::path rule_cases_dir();
std::vector<RuleCase> read_rule_cases(const std::filesystem::path& file);
std::vector<RuleCase> all_rule_cases();

}  // namespace convlint::testing
