#pragma once
// The confusions of OCR a convention cannot afford, corrected word by word (no Tesseract here: the tests read it).

#include <algorithm>
#include <string>
#include <string_view>

namespace convlint::source {

inline bool is_ascii_digit(char c) { return c >= '0' && c <= '9'; }

// A Chorus code opens with its programme, a zero and three digits (« 0206-CDGA-DGDI », « 0206-02 »): OCR reads that
// zero as a 6, an 8 or a capital O, or reads a rule before it as one more 6 or an O.
inline void correct_chorus_programme(std::string& word) {
  size_t hyphen = word.find('-');
  // « O141-RBRE-R035 »: the zero read as a capital O; « O0111-DR21 »: a rule before the code read as one
  if (hyphen == 4 && word[0] == 'O' && std::all_of(word.begin() + 1, word.begin() + 4, is_ascii_digit)) word[0] = '0';
  if (hyphen == 5 && word[0] == 'O' && word[1] == '0' && std::all_of(word.begin() + 2, word.begin() + 5, is_ascii_digit)) {
    word.erase(0, 1);
    hyphen = 4;
  }
  if (hyphen == std::string::npos || hyphen + 1 >= word.size() || std::any_of(word.begin(), word.begin() + static_cast<std::ptrdiff_t>(hyphen), [](char c) { return !is_ascii_digit(c); }))
    return;
  if (hyphen == 5 && word[0] == '6' && word[1] == '0') word.erase(0, 1);
  else if (hyphen == 4 && (word[0] == '6' || word[0] == '8')) word[0] = '0';
}

// The confusions of OCR a convention cannot afford: « ler » for the ordinal « 1er » (« Article 1er »), and the
// letters O and l read for the digits 0 and 1 in a figure or a code (« O0 », « DGPCULTO75 », « 2O24 »).
inline void correct_ocr_word(std::string& word) {
  correct_chorus_programme(word);
  const size_t stop = word.find_last_not_of(".,;:") + 1;  // « Art. ler. — Objet »
  const std::string_view bare = std::string_view(word).substr(0, stop);
  if (bare == "ler" || bare == "Ier" || bare == "1ER" || bare == "lER") {
    word = "1er" + word.substr(stop);
    return;
  }
  if (word == "O" || word == "o") {  // « 0 € » in a table, read as a letter
    word = "0";
    return;
  }
  if (word == "-." || word == "-," || word == "\u2022.") {  // a bullet with a speck beside it
    word.pop_back();
    return;
  }
  // « 120 000.€ »: a speck between a figure and its currency (no decimal separator stands there).
  if (const size_t euro = word.find("\u20AC"); euro >= 2 && euro != std::string::npos && (word[euro - 1] == '.' || word[euro - 1] == ',') &&
                                                 is_ascii_digit(word[euro - 2]))
    word.erase(euro - 1, 1);
  // A figure with a zero read as a capital O: « O0 », « 1O » (a lowercase o after a digit is often « ° »: « 1o »).
  if (word.find_first_not_of("0123456789O") == std::string::npos && word.find_first_of("0123456789") != std::string::npos) {
    std::replace(word.begin(), word.end(), 'O', '0');
    return;
  }
  size_t digits = 0;
  for (const char c : word) digits += is_ascii_digit(c);
  if (digits < 2) return;
  // « 0135-:CIDF-DD77 », « 0135.-05 »: a speck beside a hyphen inside a code, between two of its characters.
  auto code_character = [](char c) { return is_ascii_digit(c) || (c >= 'A' && c <= 'Z'); };
  for (size_t i = 1; i + 1 < word.size(); ++i) {
    const bool speck = word[i] == ':' || word[i] == '.' || word[i] == ',' || word[i] == '\'';
    const bool beside_hyphen = (word[i - 1] == '-' && code_character(word[i + 1])) || (word[i + 1] == '-' && code_character(word[i - 1]));
    if (speck && beside_hyphen) word.erase(i--, 1);
  }
  for (size_t i = 0; i < word.size(); ++i) {
    const bool digit_after = i + 1 < word.size() && is_ascii_digit(word[i + 1]);
    const bool digit_before = i > 0 && is_ascii_digit(word[i - 1]);
    const bool code_before = i > 0 && (is_ascii_digit(word[i - 1]) || (word[i - 1] >= 'A' && word[i - 1] <= 'Z'));
    if (word[i] == 'O' && digit_after && code_before) word[i] = '0';
    else if ((word[i] == 'l' || word[i] == 'I') && digit_after && digit_before) word[i] = '1';
  }
}

}  // namespace convlint::source
