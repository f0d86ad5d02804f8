#pragma once
// Baselines: findings already accepted, keyed by file, rule and a fingerprint of the text around the finding (not
// its line), so that an edit elsewhere in the file keeps the baseline valid.

#include <map>
#include <optional>
#include <string>
#include <tuple>
#include <vector>

#include "rules/catalog.hpp"
#include "rules/finding.hpp"
#include "source/source_text.hpp"

namespace convlint::rules {

// Hex fingerprint of a finding: its rule, the words it points at and its line, white space folded.
std::string fingerprint(const Finding& finding, const source::SourceText& source);

class Baseline {
 public:
  static Expected<Baseline, LoadError> load(const std::string& path);

  void add(const std::string& path, const Finding& finding, const source::SourceText& source);
  // Removes from `findings` those the baseline accepts (each baseline entry accepts one finding).
  void filter(const std::string& path, std::vector<Finding>& findings, const source::SourceText& source) const;
  std::optional<LoadError> save(const std::string& path) const;

 private:
  std::map<std::tuple<std::string, std::string, std::string>, int> entries_;  // (path, rule, fingerprint) → count
};

}  // namespace convlint::rules
