#pragma once

#include <optional>
#include <string>

#include "rules/severity.hpp"
#include "source/span.hpp"

namespace convlint::rules {

// One problem found in a convention, in the language the run asked for.
struct Finding {
  std::string rule;                       // "legal/preavis"
  Severity severity = Severity::warning;
  std::string message;
  Span span;                              // in the normalised text
  std::optional<std::string> suggestion;
  std::string basis;                      // legal or practical basis, shown as a note
};

}  // namespace convlint::rules
