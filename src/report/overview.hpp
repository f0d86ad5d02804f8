#pragma once
// The archive at a glance: findings by rule, conventions by party and year of signature, credits delegated by
// programme and year and by délégataire. Built one file at a time from the findings and the extract record, so that
// memory grows with the number of distinct rules, parties, programmes and years, not with the number of files.

#include <cstdint>
#include <map>
#include <string>
#include <vector>

#include "report/file_result.hpp"

namespace convlint::report {

// One line of a tally: conventions and findings counted, credits summed (cents).
struct Tally {
  std::string label;
  size_t conventions = 0;
  size_t findings = 0;
  int64_t ae = 0;
  int64_t cp = 0;
};

struct RuleTally {
  std::string rule;
  rules::Severity severity = rules::Severity::info;
  size_t findings = 0;
  size_t conventions = 0;
};

struct CreditTally {
  std::string programme;  // « 152 », or empty when no schedule or Chorus block names it
  int year = 0;
  int64_t ae = 0;
  int64_t cp = 0;
  size_t conventions = 0;
};

class Overview {
 public:
  void add(const FileResult& result);

  size_t conventions() const { return conventions_; }
  // By findings, most first; then by rule id.
  std::vector<RuleTally> rules() const;
  // By conventions, most first; then by name. Parties are grouped by their folded name.
  std::vector<Tally> delegants() const { return by_count(delegants_); }
  std::vector<Tally> delegataires() const { return by_count(delegataires_); }
  // By year of signature, in order; label "" for conventions without a signature date.
  std::vector<Tally> years() const;
  // By programme, then year.
  std::vector<CreditTally> credits() const;
  // Credits by délégataire (the convention's first délégataire), most AE first.
  std::vector<Tally> credits_by_delegataire() const;

 private:
  static std::vector<Tally> by_count(const std::map<std::string, Tally>& tallies);

  size_t conventions_ = 0;
  std::map<std::pair<std::string, rules::Severity>, RuleTally> rules_;
  std::map<std::string, Tally> delegants_, delegataires_;
  std::map<int, Tally> years_;
  std::map<std::pair<std::string, int>, CreditTally> credits_;
};

}  // namespace convlint::report
