#pragma once
// PDF words into lines: the first step of lay_out_pages (pdf_layout.cpp), kept apart for its size.

#include <string>
#include <string_view>
#include <vector>

#include "source/pdf_layout.hpp"

namespace convlint::source::pdf_lines {

struct Cell {
  std::string text;
  double left = 0, right = 0;
};

struct Line {
  std::string text;
  std::vector<Cell> cells;  // more than one for a table row
  double left = 0, top = 0, right = 0, bottom = 0;
  double font_size = 0;
  bool has_columns = false;
  double first_word_width = 0;
  std::vector<PdfWord> words;  // left to right
};

// The lines of a page, top to bottom: words grouped by vertical overlap, ordered left to right, table columns as
// cells (a gap wider than 1.5 × the font size, or, in rows that have columns, a word that starts where a word of
// another row of the table starts: a tab stop), small raised digits as superscript footnote calls.
std::vector<Line> page_lines(const PdfPage& page);

// ¹², ⁴… and nothing else.
bool is_superscript_number(std::string_view text);

}  // namespace convlint::source::pdf_lines
