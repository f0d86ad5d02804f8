#pragma once

#include <optional>
#include <string>

#include "base/span.hpp"
#include "rules/severity.hpp"

namespace convlint::rules {

// A correction certain enough to apply unread (the rule's `fix:` in YAML names the messages that carry one):
// `replacement` takes the place of the text at `span`, or is inserted there when the span is empty; with
// `own_paragraph`, it is a paragraph of its own, placed after the one where `span` ends.
struct Fix {
  Span span;
  std::string replacement;
  bool own_paragraph = false;
};

// One problem found in a convention, in the language the run asked for.
struct Finding {
  std::string rule;                       // "legal/preavis"
  Severity severity = Severity::warning;
  std::string message;
  Span span;                              // in the normalised text
  std::optional<std::string> suggestion;
  std::string basis;                      // legal or practical basis, shown as a note
  std::optional<Fix> fix;                 // a safe fix, when the rule declares one for this message
};

}  // namespace convlint::rules
