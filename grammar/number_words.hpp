#pragma once
// The value of a number written in words: a cardinal (« quatre-vingt-dix », « deux cent quarante ») or, for headings,
// an ordinal (« deuxième », « vingt et unième », « second »).

#include <algorithm>
#include <string>
#include <string_view>
#include <utility>

namespace convlint::grammar {

// The value of a number written in words, as count_word matched it (« quatre-vingt-dix », « deux cent quarante »).
inline int number_in_words(std::string_view words) {
  static constexpr std::pair<std::string_view, int> values[] = {
      {"un", 1},       {"une", 1},      {"deux", 2},      {"trois", 3},     {"quatre", 4},       {"cinq", 5},       {"six", 6},
      {"sept", 7},     {"huit", 8},     {"neuf", 9},      {"dix", 10},      {"onze", 11},        {"douze", 12},     {"treize", 13},
      {"quatorze", 14}, {"quinze", 15}, {"seize", 16},    {"vingt", 20},    {"vingts", 20},      {"trente", 30},    {"quarante", 40},
      {"cinquante", 50}, {"soixante", 60}};
  std::string lowered(words);
  for (char& c : lowered) c = c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : (c == '-' || c == '\n' || c == '\r' || c == '\t') ? ' ' : c;
  int value = 0;
  std::string_view previous;
  std::string_view rest = lowered;
  while (!rest.empty()) {
    const size_t start = rest.find_first_not_of(' ');
    if (start == std::string_view::npos) break;
    rest.remove_prefix(start);
    std::string_view word = rest.substr(0, rest.find(' '));
    rest.remove_prefix(word.size());
    if (word.starts_with("quatrevingt")) {  // the hyphen removed with the line break
      value += 80;
      previous = "vingt";
      continue;
    }
    if (word == "cent" || word == "cents") {
      value = std::max(value, 1) * 100;
    } else if (word.starts_with("vingt") && previous == "quatre") {
      value += 80 - 4;
    } else {
      for (const auto& [name, number] : values) {
        if (name == word) value += number;
      }
    }
    previous = word;
  }
  return value;
}

// Lowercase ASCII with « é », « è », « ê » (either case) as « e »; other bytes kept.
inline std::string lowered_letters(std::string_view words) {
  std::string out;
  for (size_t i = 0; i < words.size(); ++i) {
    const auto c = static_cast<unsigned char>(words[i]);
    if (c == 0xC3 && i + 1 < words.size()) {
      const auto next = static_cast<unsigned char>(words[i + 1]);
      if (next == 0xA9 || next == 0xA8 || next == 0xAA || next == 0x89 || next == 0x88 || next == 0x8A) {
        out += 'e';
        ++i;
        continue;
      }
    }
    out += c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : static_cast<char>(c);
  }
  return out;
}

// « deuxième » → 2, « vingt et unième » → 21, « second(e) » → 2, « premier », « première » → 1; 0 when the words are
// no ordinal. The ordinal suffix « ième » follows the cardinal without its final « e » (« quatrième », « onzième »),
// with « cinq » as « cinqu- » and « neuf » as « neuv- ».
inline int ordinal_in_words(std::string_view words) {
  const std::string lowered = lowered_letters(words);
  if (lowered == "premier" || lowered == "premiere") return 1;
  if (lowered == "second" || lowered == "seconde") return 2;
  if (!lowered.ends_with("ieme")) return 0;
  std::string cardinal = lowered.substr(0, lowered.size() - 4);
  if (cardinal.ends_with("cinqu")) cardinal.pop_back();
  else if (cardinal.ends_with("neuv")) cardinal.back() = 'f';
  else if (cardinal.ends_with("un") || cardinal.ends_with("deux") || cardinal.ends_with("trois") || cardinal.ends_with("six") ||
           cardinal.ends_with("sept") || cardinal.ends_with("huit") || cardinal.ends_with("dix") || cardinal.ends_with("vingt") ||
           cardinal.ends_with("cent")) {
  } else {
    cardinal += 'e';  // quatr-, onz-, douz-, treiz-, quatorz-, quinz-, seiz-, trent-, quarant-, cinquant-, soixant-
  }
  const int value = number_in_words(cardinal);
  return cardinal == "un" ? 0 : value;  // « unième » stands only after a ten
}

// The number an article heading writes in words (« DEUX », « dix-sept », « vingt et un », « deuxième », « unique »),
// 0 when a word is not part of a number.
inline int heading_number_in_words(std::string_view words) {
  const std::string lowered = lowered_letters(words);
  if (lowered == "unique") return 1;
  if (const int ordinal = ordinal_in_words(lowered)) return ordinal;
  static constexpr std::string_view known[] = {"un", "une", "deux", "trois", "quatre", "cinq", "six", "sept", "huit", "neuf",
                                               "dix", "onze", "douze", "treize", "quatorze", "quinze", "seize", "vingt",
                                               "vingts", "trente", "quarante", "cinquante", "soixante", "cent", "cents", "et"};
  std::string spaced = lowered;
  std::replace(spaced.begin(), spaced.end(), '-', ' ');
  for (size_t at = 0; at < spaced.size();) {
    const size_t end = std::min(spaced.find(' ', at), spaced.size());
    const std::string_view word = std::string_view(spaced).substr(at, end - at);
    if (!word.empty() && std::find(std::begin(known), std::end(known), word) == std::end(known)) return 0;
    at = end + 1;
  }
  return number_in_words(lowered);
}

}  // namespace convlint::grammar
