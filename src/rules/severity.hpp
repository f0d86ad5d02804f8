#pragma once

#include <optional>
#include <string_view>

namespace convlint::rules {

enum class Severity { info = 0, warning = 1, error = 2 };

std::string_view severity_name(Severity severity);
std::optional<Severity> parse_severity(std::string_view name);

}  // namespace convlint::rules
