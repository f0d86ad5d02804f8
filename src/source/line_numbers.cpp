#include "source/line_numbers.hpp"

#include <algorithm>
#include <string_view>
#include <vector>

namespace convlint::source {

namespace {

struct NumberedLine {
  size_t digits_begin, digits_end;
  long value;
  bool after_page_break;
};

// The number opening `line` in the margin: at most four spaces (after a page break's form feed), one to five digits,
// then a space or the line's end.
bool margin_number(std::string_view line, size_t& begin, size_t& end) {
  begin = line.find_first_not_of(" \f");
  if (begin == std::string_view::npos || begin > 4) return false;
  end = begin;
  while (end < line.size() && line[end] >= '0' && line[end] <= '9') ++end;
  if (end == begin || end - begin > 5) return false;
  return end == line.size() || line[end] == ' ';
}

// Whether some of the first lines open with a margin number, as a numbered draft's do from its first page on: the
// cheap test that most texts fail before anything is kept.
bool first_lines_open_with_digits(std::string_view text) {
  constexpr size_t first_lines = 80, fewest = 6;  // every fifth line numbered, blank ones too
  size_t found = 0, lines = 0;
  for (size_t begin = 0; begin < text.size() && found < fewest && lines++ < first_lines;) {
    const size_t end = std::min(text.find('\n', begin), text.size());
    size_t digits_begin = 0, digits_end = 0;
    found += margin_number(text.substr(begin, end - begin), digits_begin, digits_end);
    begin = end + 1;
  }
  return found >= fewest;
}

}  // namespace

bool blank_margin_line_numbers(std::string& text) {
  constexpr size_t fewest = 10;
  if (!first_lines_open_with_digits(text)) return false;
  std::vector<NumberedLine> numbered;
  std::vector<size_t> other_indents;  // of the lines with text and no number
  size_t text_column = std::string::npos;  // where the text after the numbers starts, at the least
  bool page_break = false;
  for (size_t begin = 0; begin < text.size();) {
    size_t end = text.find('\n', begin);
    if (end == std::string::npos) end = text.size();
    const std::string_view line(text.data() + begin, end - begin);
    size_t digits_begin = 0, digits_end = 0;
    if (line.find_first_not_of(" \t\f") == std::string_view::npos) {
      page_break = page_break || line.find('\f') != std::string_view::npos;
    } else if (margin_number(line, digits_begin, digits_end)) {
      page_break = page_break || line.front() == '\f';
      numbered.push_back({begin + digits_begin, begin + digits_end, std::stol(std::string(line.substr(digits_begin, digits_end - digits_begin))), page_break});
      if (const size_t words = line.find_first_not_of(' ', digits_end); words != std::string_view::npos)
        text_column = std::min(text_column, words);
      page_break = false;
    } else {
      other_indents.push_back(line.find_first_not_of(" \f"));
      page_break = line.front() == '\f';
    }
    begin = end + 1;
  }
  if (numbered.size() < fewest || text_column == std::string::npos) return false;
  size_t counting = 0;
  for (size_t n = 1; n < numbered.size(); ++n)
    counting += numbered[n].value > numbered[n - 1].value || (numbered[n].after_page_break && numbered[n].value <= 5);
  if (counting * 10 < (numbered.size() - 1) * 9) return false;
  size_t indented = 0;
  for (const size_t indent : other_indents) indented += indent + 1 >= text_column;
  if (indented * 10 < other_indents.size() * 9) return false;
  for (const NumberedLine& line : numbered)
    for (size_t at = line.digits_begin; at < line.digits_end; ++at) text[at] = ' ';
  return true;
}

}  // namespace convlint::source
