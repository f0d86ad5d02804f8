#pragma once
// What every check file of this folder includes, and the factories of the declarative checks (pattern, clause).
// The built-in checks' factories are declared by their line in rules/registry.cpp.

#include <memory>

#include "rules/check.hpp"

namespace convlint::rules::checks {

std::unique_ptr<Check> make_pattern(const RuleSpec& rule, const Catalog&);
std::unique_ptr<Check> make_clause(const RuleSpec& rule, const Catalog& catalog);

}  // namespace convlint::rules::checks
