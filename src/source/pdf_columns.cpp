#include "source/pdf_columns.hpp"

#include <algorithm>
#include <limits>

namespace convlint::source::pdf_lines {

namespace {

bool has_letter(const PdfWord& word) {
  return std::any_of(word.text.begin(), word.text.end(), [](char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || static_cast<unsigned char>(c) >= 0xC3;
  });
}

// What a candidate gutter at x has on each side, over the rows of a page.
struct Sides {
  size_t crossed = 0;       // rows with a word across x
  size_t left_rows = 0;     // rows with words wholly left of x (none across)
  size_t filled = 0;        // of those, rows whose left words run up to near x
  size_t left_words = 0;    // words left of x in those rows
  size_t right_rows = 0;    // rows with words wholly right of x (none across)
  size_t right_words = 0;   // words with letters right of x in those rows (a column's text, not a table's figures)
};

}  // namespace

std::optional<double> column_gutter(const std::vector<std::vector<PdfWord>>& rows) {
  constexpr size_t fewest_rows = 8, fewest_right_rows = 2;
  constexpr double most_crossed = 0.1, most_crossed_rows = 2, fewest_filled = 0.6, filled_reach = 0.25;
  constexpr double fewest_words_left = 4, fewest_words_right = 2;  // on average a row: prose, not a table's cells
  if (rows.size() < fewest_rows) return std::nullopt;
  double text_left = std::numeric_limits<double>::max(), text_right = std::numeric_limits<double>::lowest();
  for (const auto& row : rows)
    for (const PdfWord& word : row) text_left = std::min(text_left, word.left), text_right = std::max(text_right, word.right);
  const double width = text_right - text_left;
  if (width <= 0) return std::nullopt;
  // Candidate gutters, one point apart, in the middle third of the text.
  const double from = text_left + 0.35 * width;
  const auto bins = static_cast<size_t>(0.3 * width) + 1;
  std::vector<Sides> sides(bins);
  std::vector<PdfWord> sorted;
  for (const auto& row : rows) {
    sorted.assign(row.begin(), row.end());
    std::sort(sorted.begin(), sorted.end(), [](const PdfWord& a, const PdfWord& b) { return a.left < b.left; });
    for (size_t bin = 0; bin < bins; ++bin) {
      const double x = from + static_cast<double>(bin);
      Sides& at = sides[bin];
      const auto after = std::find_if(sorted.begin(), sorted.end(), [&](const PdfWord& word) { return word.right > x; });
      if (after != sorted.end() && after->left < x) {
        ++at.crossed;
        continue;
      }
      if (after != sorted.begin()) {
        ++at.left_rows;
        at.left_words += static_cast<size_t>(after - sorted.begin());
        if (std::prev(after)->right >= x - filled_reach * (x - text_left)) ++at.filled;
      }
      if (after != sorted.end()) {
        ++at.right_rows;
        at.right_words += static_cast<size_t>(std::count_if(after, sorted.end(), has_letter));
      }
    }
  }
  const auto count = static_cast<double>(rows.size());
  auto is_gutter = [&](const Sides& at) {
    const auto left_rows = static_cast<double>(at.left_rows), right_rows = static_cast<double>(at.right_rows);
    return static_cast<double>(at.crossed) <= std::max(most_crossed_rows, most_crossed * count) && at.left_rows >= fewest_rows && at.right_rows >= fewest_right_rows &&
           static_cast<double>(at.filled) >= fewest_filled * left_rows && static_cast<double>(at.left_words) >= fewest_words_left * left_rows &&
           static_cast<double>(at.right_words) >= fewest_words_right * right_rows;
  };
  // The middle of the widest band of candidates.
  size_t best_first = 0, best_length = 0;
  for (size_t bin = 0; bin < bins;) {
    if (!is_gutter(sides[bin])) {
      ++bin;
      continue;
    }
    size_t last = bin;
    while (last + 1 < bins && is_gutter(sides[last + 1])) ++last;
    if (last - bin + 1 > best_length) best_first = bin, best_length = last - bin + 1;
    bin = last + 1;
  }
  // A gutter is wider than the space between two words, which a fixed-width font sets at the same place from line
  // to line.
  std::vector<double> heights;
  for (const auto& row : rows)
    for (const PdfWord& word : row) heights.push_back(word.bottom - word.top);
  std::nth_element(heights.begin(), heights.begin() + static_cast<std::ptrdiff_t>(heights.size() / 2), heights.end());
  constexpr double narrowest_gutter = 1.2;  // type heights
  if (best_length == 0 || static_cast<double>(best_length) < narrowest_gutter * heights[heights.size() / 2]) return std::nullopt;
  return from + static_cast<double>(best_first) + static_cast<double>(best_length - 1) / 2;
}

}  // namespace convlint::source::pdf_lines
