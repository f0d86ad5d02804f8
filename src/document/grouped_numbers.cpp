#include "document/grouped_numbers.hpp"

#include <array>

namespace convlint::document {

namespace {

constexpr size_t most_tokens = 24;  // a row of a few amounts; a longer run of digits is not one

struct Token {
  Span span;
  size_t digits = 0;          // before the decimal comma
  bool leading_zero = false;  // « 000 » continues a number, never opens one
  bool decimals = false;      // « 000,00 »: the number ends here
};

// The separators between groups: a space, a no-break space, a narrow no-break space.
size_t separator_at(std::string_view text, size_t at) {
  if (text[at] == ' ') return 1;
  if (text.substr(at).starts_with("\xC2\xA0")) return 2;
  if (text.substr(at).starts_with("\xE2\x80\xAF")) return 3;
  return 0;
}

bool is_digit(char c) { return c >= '0' && c <= '9'; }

// The digit groups of `text`, or nullopt when it holds anything else.
std::optional<std::vector<Token>> tokens_of(std::string_view text) {
  std::vector<Token> tokens;
  size_t at = 0;
  while (at < text.size()) {
    if (const size_t separator = separator_at(text, at); separator > 0) {
      at += separator;
      continue;
    }
    Token token;
    token.span.begin = static_cast<uint32_t>(at);
    while (at < text.size() && is_digit(text[at])) ++at;
    token.digits = at - token.span.begin;
    if (token.digits == 0 || tokens.size() == most_tokens) return std::nullopt;
    token.leading_zero = text[token.span.begin] == '0';
    if (at + 1 < text.size() && text[at] == ',' && is_digit(text[at + 1])) {
      const size_t decimals_begin = ++at;
      while (at < text.size() && is_digit(text[at])) ++at;
      if (at - decimals_begin > 2) return std::nullopt;
      token.decimals = true;
    }
    if (at < text.size() && separator_at(text, at) == 0) return std::nullopt;
    token.span.end = static_cast<uint32_t>(at);
    tokens.push_back(token);
  }
  return tokens;
}

class Reader {
 public:
  explicit Reader(const std::vector<Token>& tokens) : tokens_(tokens) {}

  // How many ways (0, 1, or 2 for « several ») tokens[from..] read as `count` numbers.
  int ways(size_t from, size_t count) const {
    if (from == tokens_.size()) return count == 0 ? 1 : 0;
    if (count == 0 || !opens(tokens_[from])) return 0;
    int total = 0;
    for (size_t last = from; last < tokens_.size() && total < 2; ++last) {
      if (last > from && !continues(tokens_[last - 1], tokens_[last])) break;
      total += ways(last + 1, count - 1);
    }
    return std::min(total, 2);
  }

  // The last token of the number that opens at `from` in the one reading.
  size_t end_of(size_t from, size_t count) const {
    for (size_t last = from;; ++last) {
      if (ways(last + 1, count - 1) == 1) return last;
    }
  }

 private:
  static bool opens(const Token& token) { return !token.leading_zero || (token.digits == 1); }
  // « 0 » alone is a number that no group continues; « 000 » continues one.
  static bool continues(const Token& before, const Token& token) {
    return before.digits <= 3 && !before.decimals && !(before.leading_zero && before.digits == 1) && token.digits == 3;
  }

  const std::vector<Token>& tokens_;
};

}  // namespace

std::optional<std::vector<Span>> split_grouped_numbers(std::string_view text, size_t count) {
  const auto tokens = tokens_of(text);
  if (!tokens || tokens->empty()) return std::nullopt;
  const Reader reader(*tokens);
  if (reader.ways(0, count) != 1) return std::nullopt;
  std::vector<Span> numbers;
  for (size_t from = 0; numbers.size() < count;) {
    const size_t last = reader.end_of(from, count - numbers.size());
    numbers.push_back({(*tokens)[from].span.begin, (*tokens)[last].span.end});
    from = last + 1;
  }
  return numbers;
}

}  // namespace convlint::document
