#include "rules/check.hpp"

#include <algorithm>
#include <cstdlib>

namespace convlint::rules {

namespace {

std::string fill(std::string text, const Args& args) {
  for (const auto& [name, value] : args) {
    const std::string placeholder = "{" + name + "}";
    for (size_t at = text.find(placeholder); at != std::string::npos; at = text.find(placeholder, at + value.size()))
      text.replace(at, placeholder.size(), value);
  }
  return text;
}

}  // namespace

void Reporter::report(std::string_view message, Span span, const Args& args, std::optional<std::string> suggestion) {
  Finding finding;
  finding.rule = rule_.id;
  finding.span = span;
  finding.suggestion = std::move(suggestion);
  finding.basis = rule_.basis;
  finding.severity = severity_;
  const auto spec = rule_.messages.find(std::string(message));
  if (spec == rule_.messages.end()) {
    finding.message = fill(rule_.title.in(language_), args);
  } else {
    finding.message = fill(spec->second.text.in(language_), args);
    // A milder message (« else warning ») stays milder than the rule, whatever the configured severity.
    if (spec->second.severity) finding.severity = std::min(severity_, *spec->second.severity);
  }
  out_.push_back(std::move(finding));
}

std::string format_euros(int64_t cents) {
  const bool negative = cents < 0;
  const int64_t value = std::llabs(cents);
  std::string digits = std::to_string(value / 100);
  std::string grouped;
  for (size_t i = 0; i < digits.size(); ++i) {
    if (i > 0 && (digits.size() - i) % 3 == 0) grouped += "\u202f";
    grouped += digits[i];
  }
  if (value % 100 != 0) {
    const int64_t rest = value % 100;
    grouped += (rest < 10 ? ",0" : ",") + std::to_string(rest);
  }
  return (negative ? "-" : "") + grouped + "\u00a0€";
}

}  // namespace convlint::rules
