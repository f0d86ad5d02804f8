#pragma once

#include <memory>
#include <vector>

#include "rules/catalog.hpp"
#include "rules/check.hpp"
#include "rules/config.hpp"
#include "rules/required_patterns.hpp"

namespace convlint::rules {

// The rules of a catalog enabled by a configuration, ready to run on any number of documents (thread-safe: run()
// changes nothing).
class Engine {
 public:
  // Loads the configuration's extra rule files, checks its rule ids, and builds every enabled check.
  static Expected<std::shared_ptr<const Engine>, LoadError> create(Catalog catalog, const Config& config);

  // Every finding of the enabled rules on `document`, sorted by place then rule.
  std::vector<Finding> run(const document::Document& document, Language language) const;

  const Catalog& catalog() const { return catalog_; }

 private:
  struct ActiveRule {
    const RuleSpec* spec;
    std::optional<Severity> severity;  // set by the configuration
    std::unique_ptr<Check> check;
  };
  Catalog catalog_;
  std::vector<ActiveRule> active_;
  std::unique_ptr<RequiredPatterns> required_;
};

}  // namespace convlint::rules
