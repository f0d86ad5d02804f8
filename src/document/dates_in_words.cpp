#include "document/dates_in_words.hpp"

#include <string.h>

#include <algorithm>
#include <array>
#include <string>

#include "document/facts_extraction.hpp"
#include "number_words.hpp"

namespace convlint::document {

namespace {

constexpr std::string_view year_words = "deux mille";
constexpr std::array<std::string_view, 12> months = {"janvier", "fevrier", "mars", "avril", "mai", "juin",
                                                     "juillet", "aout", "septembre", "octobre", "novembre", "decembre"};

bool is_word_letter(char c) { return (c >= 'a' && c <= 'z') || c == '-'; }

// A word that counts (« vingt », « trente-et-un » cut at its hyphens, the « et » of « vingt et un »).
bool is_number_word(std::string_view word) {
  static constexpr std::string_view counts[] = {"un", "une", "deux", "trois", "quatre", "cinq", "six", "sept", "huit", "neuf",
                                                "dix", "onze", "douze", "treize", "quatorze", "quinze", "seize", "vingt", "vingts",
                                                "trente", "quarante", "cinquante", "soixante", "et"};
  for (size_t at = 0; at <= word.size();) {
    const size_t end = std::min(word.find('-', at), word.size());
    if (std::find(std::begin(counts), std::end(counts), word.substr(at, end - at)) == std::end(counts)) return false;
    at = end + 1;
  }
  return !word.empty();
}

// The word that ends just before `end` (spaces skipped), as [begin, end).
std::pair<size_t, size_t> word_before(std::string_view text, size_t end) {
  while (end > 0 && text[end - 1] == ' ') --end;
  size_t begin = end;
  while (begin > 0 && (is_word_letter(text[begin - 1]) || (text[begin - 1] >= '0' && text[begin - 1] <= '9'))) --begin;
  return {begin, end};
}

}  // namespace

void add_dates_in_words(const Document& document, std::vector<Date>& dates) {
  const std::string_view text = document.folded.view();
  auto find_from = [&](size_t from) {
    const void* found = ::memmem(text.data() + from, text.size() - from, year_words.data(), year_words.size());
    return found == nullptr ? std::string_view::npos : static_cast<size_t>(static_cast<const char*>(found) - text.data());
  };
  for (size_t at = find_from(0); at != std::string_view::npos; at = find_from(at + 1)) {
    // The year: « deux mille » and the count after it (« vingt-six », « vingt et un »).
    size_t year_end = at + year_words.size();
    std::string count;
    for (size_t next = year_end; next < text.size();) {
      while (next < text.size() && text[next] == ' ') ++next;
      size_t end = next;
      while (end < text.size() && is_word_letter(text[end])) ++end;
      const std::string_view word = text.substr(next, end - next);
      if (!is_number_word(word)) break;
      count += std::string(word) + " ";
      year_end = next = end;
    }
    const int year = 2000 + (count.empty() ? 0 : grammar::number_in_words(count));
    // The month before it, and the day before the month (« premier », « 1er », « 15 », « trente et un »).
    const auto [month_begin, month_end] = word_before(text, at);
    const auto month = std::find(months.begin(), months.end(), text.substr(month_begin, month_end - month_begin));
    if (month == months.end()) continue;
    size_t day_begin = month_begin;
    std::string day_words;
    int day = 0;
    for (int words = 0; words < 3; ++words) {
      const auto [begin, end] = word_before(text, day_begin);
      const std::string_view word = text.substr(begin, end - begin);
      if (words == 0 && (word == "premier" || word == "1er")) {
        day = 1, day_begin = begin;
        break;
      }
      if (words == 0 && !word.empty() && word.size() <= 2 && std::all_of(word.begin(), word.end(), [](char c) { return c >= '0' && c <= '9'; })) {
        day = std::stoi(std::string(word)), day_begin = begin;
        break;
      }
      if (!is_number_word(word)) break;
      day_words = std::string(word) + " " + day_words;
      day_begin = begin;
    }
    if (day == 0 && !day_words.empty()) day = grammar::number_in_words(day_words);
    if (day < 1 || day > 31 || year < 2000 || year > 2099) continue;
    const auto begin = document.folded.original_offset(static_cast<uint32_t>(day_begin));
    const auto end = document.folded.original_offset(static_cast<uint32_t>(year_end));
    dates.push_back(make_date(year, static_cast<int>(month - months.begin()) + 1, day, {begin, end}));
  }
}

}  // namespace convlint::document
