#pragma once
// Run configuration: `.convlint.yaml` merged with command-line options.

#include <map>
#include <optional>
#include <string>
#include <vector>

#include "rules/catalog.hpp"

namespace convlint::rules {

struct Config {
  std::string profile = "signed";  // "signed" or "draft"
  struct Override {
    std::optional<Severity> severity;  // nullopt: the rule is off
    int line = 0;
  };
  std::map<std::string, Override> overrides;
  std::vector<std::string> select;  // ids or category prefixes; empty means all
  std::vector<std::string> ignore;
  std::vector<std::string> extra_rules;  // paths, resolved against the configuration file's folder
  std::string file;                      // the configuration file, empty for defaults

  // Is rule `id` (with its profile) enabled by this configuration?
  bool enables(const RuleSpec& rule) const;
  // The severity the configuration sets for the rule, if it sets one.
  std::optional<Severity> severity_of(const RuleSpec& rule) const;
};

// Reads a `.convlint.yaml`.
Expected<Config, LoadError> load_config(const std::string& path);

// The nearest `.convlint.yaml` in the folder of `input` or above it; empty when none.
std::string find_config_for(const std::string& input);

// Reports a configuration that names a rule the catalog does not know (with « did you mean »).
std::optional<LoadError> check_rule_ids(const Config& config, const Catalog& catalog);

// True when `id` is selected by `pattern`: the same id, or a category prefix (« finance/ » or « finance »).
bool matches_rule(std::string_view pattern, std::string_view id);

}  // namespace convlint::rules
