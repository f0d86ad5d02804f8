#include "source/list_numbers.hpp"

#include <utility>

namespace convlint::source {

namespace {

std::string roman(int number) {
  static constexpr std::pair<int, const char*> digits[] = {{1000, "M"}, {900, "CM"}, {500, "D"}, {400, "CD"}, {100, "C"},
                                                           {90, "XC"},  {50, "L"},   {40, "XL"}, {10, "X"},   {9, "IX"},
                                                           {5, "V"},    {4, "IV"},   {1, "I"}};
  std::string out;
  for (const auto& [value, letters] : digits)
    for (; number >= value; number -= value) out += letters;
  return out;
}

std::string lowercase_ascii(std::string text) {
  for (char& c : text)
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  return text;
}

// Word's letter numbering: A…Z, then AA…ZZ, then AAA…
std::string letters(int number) {
  const int repeat = (number - 1) / 26 + 1;
  return std::string(static_cast<size_t>(repeat), static_cast<char>('A' + (number - 1) % 26));
}

}  // namespace

std::string format_list_number(int number, std::string_view format) {
  if (format == "none") return {};
  constexpr int largest_spelt = 3999;
  if (number <= 0 || number > largest_spelt) return std::to_string(number);
  if (format == "upperRoman") return roman(number);
  if (format == "lowerRoman") return lowercase_ascii(roman(number));
  if (format == "upperLetter") return letters(number);
  if (format == "lowerLetter") return lowercase_ascii(letters(number));
  if (format == "decimalZero") return (number < 10 ? "0" : "") + std::to_string(number);
  if (format == "ordinal") return std::to_string(number) + (number == 1 ? "er" : "e");
  return std::to_string(number);
}

std::string bullet_text(std::string_view text) {
  if (text.empty()) return "\xE2\x80\xA2";
  const auto lead = static_cast<unsigned char>(text[0]);
  return lead == 0xEF ? "\xE2\x80\xA2" : std::string(text);
}

}  // namespace convlint::source
