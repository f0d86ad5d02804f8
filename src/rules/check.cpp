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
    if (!fix && known && !spec->second.suggestion.empty()) fix = replacing(text_, finding.span, spec->second.suggestion);
    finding.fix = std::move(fix);
  }
  finding.suggestion = std::move(suggestion);
  finding.message = fill(known ? spec->second.text.in(language_) : rule_.title.in(language_), args);
  finding.severity = configured_ ? *configured_ : known && spec->second.severity ? *spec->second.severity : rule_.severity;
  out_.push_back(std::move(finding));
}

namespace {

// `replacement` written in capitals when all the letters of `original` are, with a capital first letter when its
// first letter is one.
std::string in_case_of(std::string_view original, const std::string& replacement) {
  const icu::UnicodeString was = icu::UnicodeString::fromUTF8(original);
  int32_t letters = 0, capitals = 0;
  for (int32_t i = 0; i < was.length(); ++i) {
    letters += u_isalpha(was.charAt(i)) ? 1 : 0;
    capitals += u_isupper(was.charAt(i)) ? 1 : 0;
  }
  icu::UnicodeString now = icu::UnicodeString::fromUTF8(replacement);
  if (letters > 1 && capitals == letters) now.toUpper();
  else if (!was.isEmpty() && u_isupper(was.char32At(0)) && !now.isEmpty())
    now.replace(0, U16_LENGTH(now.char32At(0)), icu::UnicodeString(static_cast<UChar32>(u_toupper(now.char32At(0)))));
  std::string written;
  now.toUTF8String(written);
  return written;
}

// The elided word (« d' », « qu' ») that ends `before`, or nothing.
std::string_view elided_word_before(std::string_view before) {
  for (const std::string_view elided : {"d'", "d\u2019", "qu'", "qu\u2019", "D'", "D\u2019", "QU'", "QU\u2019", "Qu'", "Qu\u2019"}) {
    const size_t word = before.size() - std::min(before.size(), elided.size());
    if (before.ends_with(elided) && (word == 0 || !u_isalpha(static_cast<unsigned char>(before[word - 1])))) return before.substr(word);
  }
  return {};
}

}  // namespace

Fix replacing(std::string_view text, Span span, std::string replacement) {
  if (span.end > text.size() || span.begin > span.end) return Fix{span, std::move(replacement)};
  const std::string_view original = text.substr(span.begin, span.size());
  static constexpr std::string_view vowels = "aeiouyhAEIOUYH";
  const std::string_view elided = elided_word_before(text.substr(0, span.begin));
  if (elided.empty() || replacement.empty() || vowels.find(replacement.front()) != std::string_view::npos)
    return Fix{span, in_case_of(original, replacement)};
  // « d'un mois » → « de trois mois », « D'UN MOIS » → « DE TROIS MOIS ».
  const std::string_view word = elided.substr(0, elided.find_first_of("'\xE2"));
  return Fix{{static_cast<uint32_t>(span.begin - elided.size()), span.end}, in_case_of(original, std::string(word) + "e " + replacement)};
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
