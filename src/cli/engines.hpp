#pragma once

#include <map>
#include <memory>
#include <string>

#include "rules/engine.hpp"
#include "source/inputs.hpp"

namespace convlint::cli {

// Command-line settings that apply on top of every configuration file.
struct RuleSettings {
  std::optional<std::string> profile;
  std::vector<std::string> rule_files;
  std::vector<std::string> select, ignore;
  std::string config;  // --config: one file for every input, instead of the nearest .convlint.yaml
};

// One engine per configuration file in use, built before any output is written so that a bad configuration stops
// the run cleanly.
class Engines {
 public:
  // Builds the engines every input needs; the error names the file and line at fault.
  static Expected<Engines, rules::LoadError> prepare(const std::vector<source::Input>& inputs, const RuleSettings& settings);
  const rules::Engine& for_input(const source::Input& input) const;
  // The engine of --config or of the built-in defaults (its catalog lists the rules for SARIF).
  const rules::Engine& default_engine() const { return *by_config_.at(default_config_); }

 private:
  static Expected<std::shared_ptr<const rules::Engine>, rules::LoadError> build(const rules::Catalog& catalog, const std::string& config_path,
                                                                                 const RuleSettings& settings);
  std::map<std::string, std::shared_ptr<const rules::Engine>> by_config_;
  std::map<std::string, std::string> config_of_input_;
  std::string default_config_;  // --config, or "" for built-in defaults
};

}  // namespace convlint::cli
