#pragma once
// The explicit list of built-in checks (no static-initialisation tricks): name → factory.

#include <array>
#include <memory>
#include <optional>
#include <span>
#include <string_view>

#include "rules/check.hpp"

namespace convlint::rules {

using CheckFactory = std::unique_ptr<Check> (*)(const RuleSpec& rule, const Catalog& catalog);

struct BuiltinCheck {
  std::string_view name;
  CheckFactory make;
  std::array<std::string_view, 6> messages;  // the message keys it reports (the rest empty): each rule running it gives them
};

std::span<const BuiltinCheck> builtin_checks();
bool is_builtin_check(std::string_view name);

struct LoadError;
// A rule running a built-in check whose rule file lacks one of the check's messages, named with the rule and the key.
std::optional<LoadError> check_messages(const Catalog& catalog);

// The check a rule runs: its built-in check, or the declarative pattern or clause check. `catalog` holds the
// lexicon whose concepts the check reads.
std::unique_ptr<Check> make_check(const RuleSpec& rule, const Catalog& catalog);

}  // namespace convlint::rules
