#pragma once

#include <string>
#include <vector>

namespace convlint::cli {

// `convlint rules`: every rule with its default severity, category and title.
int run_rules(const std::vector<std::string>& rule_files, const std::string& lang);

// `convlint explain RULE`: what the rule checks, why, how to fix, and examples.
int run_explain(const std::string& id, const std::vector<std::string>& rule_files, const std::string& lang);

}  // namespace convlint::cli
