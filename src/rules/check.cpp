#include "rules/check.hpp"

#include <unicode/uchar.h>
#include <unicode/unistr.h>
#include <unicode/utf8.h>

#include <algorithm>
#include <cstdlib>

namespace convlint::rules {

namespace {

// A value quoted from the text on one line: a line break, a tab or a run of spaces reads as one space.
std::string on_one_line(std::string_view value) {
  std::string line;
  bool space = false;
  for (const char c : value) {
    const bool blank = c == ' ' || c == '\n' || c == '\t' || c == '\f' || c == '\r';
    if (blank && !space && !line.empty()) line += ' ';
    else if (!blank) line += c;
    space = blank;
  }
  if (!line.empty() && line.back() == ' ') line.pop_back();
  return line;
}

std::string fill(std::string text, const Args& args) {
  for (const auto& [name, raw] : args) {
    const std::string value = on_one_line(raw);
    const std::string placeholder = "{" + name + "}";
    for (size_t at = text.find(placeholder); at != std::string::npos; at = text.find(placeholder, at + value.size()))
      text.replace(at, placeholder.size(), value);
  }
  return text;
}

}  // namespace

void Reporter::report(std::string_view message, Span span, const Args& args, std::optional<std::string> suggestion,
                      std::optional<Fix> fix) {
  Finding finding;
  finding.rule = rule_.id;
  finding.span = {span.begin, std::max(span.begin, span.end)};
  finding.basis = rule_.basis;
  // A message may carry its own severity (« else warning »); a severity the configuration sets wins over both.
  const auto spec = rule_.messages.find(std::string(message));
  const bool known = spec != rule_.messages.end();
  if (!suggestion && known && !spec->second.suggestion.empty()) suggestion = spec->second.suggestion;
  if (rule_.safe_fixes.count(std::string(message))) {
    if (!fix && suggestion && !suggestion->empty()) fix = replacing(text_, finding.span, *suggestion);
    finding.fix = std::move(fix);
  }
  finding.suggestion = std::move(suggestion);
  finding.message = fill(known ? spec->second.text.in(language_) : rule_.title.in(language_), args);
  finding.severity = configured_ ? *configured_ : known && spec->second.severity ? *spec->second.severity : rule_.severity;
  out_.push_back(std::move(finding));
}

Fix replacing(std::string_view text, Span span, std::string replacement) {
  if (span.end > text.size() || span.begin > span.end) return Fix{span, std::move(replacement)};
  const icu::UnicodeString was = icu::UnicodeString::fromUTF8(text.substr(span.begin, span.size()));
  int32_t letters = 0, capitals = 0;
  for (int32_t i = 0; i < was.length(); ++i) {
    letters += u_isalpha(was.charAt(i)) ? 1 : 0;
    capitals += u_isupper(was.charAt(i)) ? 1 : 0;
  }
  const bool all_capitals = letters > 1 && capitals == letters;
  const bool capital_first = !was.isEmpty() && u_isupper(was.char32At(0));
  Fix fix{span, std::move(replacement)};
  static constexpr std::string_view vowels = "aeiouyhAEIOUYH";
  const bool consonant_first = !fix.replacement.empty() && vowels.find(fix.replacement.front()) == std::string_view::npos;
  const std::string_view before = text.substr(0, span.begin);
  for (const std::string_view apostrophe : {"'", "\u2019"}) {
    for (const std::string_view elided : {"d", "qu", "D", "QU", "Qu"}) {
      const std::string cut = std::string(elided) + std::string(apostrophe);
      const size_t word = before.size() - std::min(before.size(), cut.size());
      if (!consonant_first || !before.ends_with(cut) || (word > 0 && u_isalpha(static_cast<unsigned char>(before[word - 1])))) continue;
      fix.span.begin = static_cast<uint32_t>(word);
      fix.replacement = std::string(elided) + (elided == "QU" ? "E " : "e ") + fix.replacement;
      break;
    }
  }
  icu::UnicodeString now = icu::UnicodeString::fromUTF8(fix.replacement);
  if (all_capitals) now.toUpper();
  else if (capital_first && !now.isEmpty() && fix.span.begin == span.begin)
    now.replace(0, U16_LENGTH(now.char32At(0)), icu::UnicodeString(static_cast<UChar32>(u_toupper(now.char32At(0)))));
  fix.replacement.clear();
  now.toUTF8String(fix.replacement);
  return fix;
}

std::string param(const RuleSpec& rule, const std::string& key, std::string fallback) {
  const auto found = rule.params.find(key);
  return found == rule.params.end() ? fallback : found->second;
}

std::string chorus_label(const document::ChorusBlock& block) {
  const std::string_view label = document::trim_decorations(block.label);
  if (label.empty()) return "";  // the extraction keeps no label that says nothing (« Références Chorus : »)
  return " (" + std::string(label) + ")";
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
