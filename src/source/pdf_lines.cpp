#include "source/pdf_lines.hpp"

#include <algorithm>
#include <cmath>

#include "source/extracted_text.hpp"
#include "source/pdf_columns.hpp"
#include "source/line_map.hpp"

namespace convlint::source::pdf_lines {

namespace {

constexpr double column_gap = 1.5;  // a gap wider than this many font sizes separates table columns
constexpr double tab_gap = 0.4;     // a gap narrower than this many font sizes is a space, not a tab

bool overlaps_vertically(const PdfWord& word, const Line& line) {
  const double overlap = std::min(word.bottom, line.bottom) - std::max(word.top, line.top);
  return overlap > 0.5 * std::min(word.bottom - word.top, line.bottom - line.top);
}

bool all_digits(std::string_view text) {
  return !text.empty() && std::all_of(text.begin(), text.end(), [](char c) { return c >= '0' && c <= '9'; });
}

// A footnote call set smaller and raised above the line's baseline.
bool is_raised_number(const PdfWord& word, const Line& line) {
  return all_digits(word.text) && word.font_size < 0.8 * line.font_size &&
         word.bottom < line.bottom - 0.2 * line.font_size;
}

// Typographic ligatures (ﬁ, ﬂ…) spelt out, and a soft hyphen kept only where it cut the word at the line end.
std::string plain_word(std::string_view text) {
  static constexpr std::string_view ligatures[] = {"ff", "fi", "fl", "ffi", "ffl", "st", "st"};  // U+FB00…U+FB06
  std::string out;
  for (size_t i = 0; i < text.size(); ++i) {
    const auto byte = static_cast<unsigned char>(text[i]);
    const auto next = i + 1 < text.size() ? static_cast<unsigned char>(text[i + 1]) : 0;
    const auto third = i + 2 < text.size() ? static_cast<unsigned char>(text[i + 2]) : 0;
    if (byte == 0xEF && next == 0xAC && third >= 0x80 && third <= 0x86) {
      out += ligatures[third - 0x80];
      i += 2;
    } else if (byte == 0xC2 && next == 0xAD) {
      if (i + 2 == text.size()) out += '-';
      ++i;
    } else {
      out += text[i];
    }
  }
  return out;
}

// « compte » then « -rendu »: a hyphen glued to a lowercase second half never follows a space in French (OCR, or a
// reading that split the line, set one there); a dash between spaces (« Article 2 - Objet ») is another thing.
bool glued_hyphen(std::string_view before, std::string_view word) {
  const auto letter = [](char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || static_cast<unsigned char>(c) >= 0x80; };
  return word.size() > 1 && word[0] == '-' && word[1] >= 'a' && word[1] <= 'z' && !before.empty() && letter(before.back());
}

std::string joined(const std::vector<Cell>& cells) {
  std::string text;
  for (size_t i = 0; i < cells.size(); ++i) text += (i > 0 ? "\t" : "") + cells[i].text;
  return text;
}

// The cells of `line` from its words: a new cell where the gap before a word is wider than the column gap, or
// where `starts_cell(index)` says so.
template <class StartsCell>
void fill_cells(Line& line, StartsCell&& starts_cell) {
  line.cells.clear();
  line.right = 0;
  const PdfWord* previous = nullptr;
  for (size_t i = 0; i < line.words.size(); ++i) {
    const PdfWord& word = line.words[i];
    if (previous == nullptr || word.left - previous->right > column_gap * line.font_size || starts_cell(i)) {
      // A footnote's own number opens its text raised, as its call is: « ¹ Nommé par décret … ».
      const bool note_number = previous == nullptr && line.words.size() > 1 && is_raised_number(word, line);
      line.cells.push_back({note_number ? superscript_digits(word.text) : plain_word(word.text), word.left, word.right});
    } else if (is_raised_number(word, line)) {
      line.cells.back().text += superscript_digits(word.text);
    } else {
      if ((previous->space_after || word.left - previous->right > 0.15 * line.font_size) && !glued_hyphen(previous->text, word.text))
        line.cells.back().text += ' ';
      line.cells.back().text += plain_word(word.text);
    }
    line.cells.back().right = std::max(line.cells.back().right, word.right);
    line.right = std::max(line.right, word.right);
    previous = &word;
  }
  line.has_columns = line.cells.size() > 1;
  line.text = joined(line.cells);
}

Line make_line(std::vector<PdfWord> words) {
  std::sort(words.begin(), words.end(), [](const PdfWord& a, const PdfWord& b) { return a.left < b.left; });
  Line line;
  line.left = words.front().left;
  line.top = words.front().top;
  line.bottom = words.front().bottom;
  for (const PdfWord& word : words) {
    line.font_size = std::max(line.font_size, word.font_size);
    line.top = std::min(line.top, word.top);
    line.bottom = std::max(line.bottom, word.bottom);
  }
  line.first_word_width = words.front().right - words.front().left;
  line.words = std::move(words);
  fill_cells(line, [](size_t) { return false; });
  return line;
}

// The width of a space in `rows` (the usual gap between two words; fixed-width fonts make it wide).
double space_width(const std::vector<const Line*>& rows) {
  std::vector<double> gaps;
  for (const Line* row : rows) {
    for (size_t w = 1; w < row->words.size(); ++w) gaps.push_back(row->words[w].left - row->words[w - 1].right);
  }
  if (gaps.empty()) return 0;
  // The lower quartile: in a short table most gaps are tabs.
  std::nth_element(gaps.begin(), gaps.begin() + static_cast<std::ptrdiff_t>(gaps.size() / 4), gaps.end());
  return gaps[gaps.size() / 4];
}

// Where words of `rows` start after a tab, a gap wider than a space: the tab stops.
std::vector<double> tab_stops(const std::vector<const Line*>& rows) {
  const double space = space_width(rows);
  std::vector<double> stops;
  for (const Line* row : rows) {
    for (size_t w = 1; w < row->words.size(); ++w) {
      const double gap = row->words[w].left - row->words[w - 1].right;
      if (gap >= tab_gap * row->font_size && gap >= 1.5 * space) stops.push_back(row->words[w].left);
    }
  }
  return stops;
}

// A word that is only punctuation (« : », « ; », « » »): French sets it after a narrow space, no measure of a space.
bool is_punctuation(std::string_view word) {
  return !word.empty() && word.find_first_not_of(":;!?.,\xC2\xBB\xAB") == std::string_view::npos;
}

// Whether `line` may be a table row: it has columns, or a gap between two words much wider than its narrowest one
// (a tab; justified prose widens all its gaps alike).
bool may_be_row(const Line& line) {
  if (line.has_columns) return true;
  double narrowest = 1e300, widest = 0;
  for (size_t w = 1; w < line.words.size(); ++w) {
    const double gap = line.words[w].left - line.words[w - 1].right;
    if (gap <= 0) continue;
    if (!is_punctuation(line.words[w].text) && !is_punctuation(line.words[w - 1].text)) narrowest = std::min(narrowest, gap);
    widest = std::max(widest, gap);
  }
  return widest >= tab_gap * line.font_size && widest >= 1.8 * narrowest;
}

// Whether `word` is the next group of thousands of the number `before` ends with (« 1 250 » then « 000,00 »): a tab
// stop of another row that falls there does not cut the amount.
bool continues_number(std::string_view before, std::string_view word) {
  auto digit = [](char c) { return c >= '0' && c <= '9'; };
  const bool group_before = !before.empty() && before.size() <= 3 && std::all_of(before.begin(), before.end(), digit);
  const bool group_here = word.size() >= 3 && std::all_of(word.begin(), word.begin() + 3, digit) && (word.size() == 3 || !digit(word[3]));
  return group_before && group_here;
}

// Whether `word` is the currency of the figure `before` ends with (« 2 450 000 » then « € »): right-aligned cells put
// it where another row's dash starts, which is no tab stop of its own.
bool is_currency_after_figure(std::string_view before, std::string_view word) {
  const bool figure = !before.empty() && before.back() >= '0' && before.back() <= '9';
  return figure && (word == "\u20AC" || word == "EUR" || word == "euros" || word == "k\u20AC" || word == "M\u20AC");
}

// Tab stops narrower than the column gap (Word, LibreOffice): in consecutive rows (lines that have columns or a tab
// gap, one of them at least with columns), a word that starts at a tab stop of these rows opens a cell, even after
// a gap no wider than a space (a word that ends just before the stop: « Année ⇥ AE » above « 2025 ⇥ 200 000 € »).
// A row alone (cut from its table by footnotes) takes the stops of every row of its page that has columns.
void split_at_tab_stops(std::vector<Line>& lines) {
  std::vector<const Line*> page_rows;
  for (const Line& line : lines) {
    if (line.has_columns) page_rows.push_back(&line);
  }
  const std::vector<double> page_stops = tab_stops(page_rows);
  for (size_t start = 0; start < lines.size();) {
    size_t end = start;
    bool columns = false;
    for (; end < lines.size() && may_be_row(lines[end]); ++end) {
      if (lines[end].has_columns) columns = true;
    }
    if (!columns) {
      start = std::max(end, start + 1);
      continue;
    }
    std::vector<const Line*> rows;
    for (size_t i = start; i < end; ++i) rows.push_back(&lines[i]);
    const std::vector<double> stops = rows.size() > 1 ? tab_stops(rows) : page_stops;
    for (size_t i = start; i < end; ++i) {
      Line& row = lines[i];
      const double tolerance = 0.2 * row.font_size;
      fill_cells(row, [&](size_t index) {
        const double left = row.words[index].left;
        if (index == 0 || left - row.words.front().left < tolerance) return false;
        if (continues_number(row.words[index - 1].text, row.words[index].text)) return false;
        if (is_currency_after_figure(row.words[index - 1].text, row.words[index].text)) return false;
        return std::any_of(stops.begin(), stops.end(), [&](double stop) { return std::abs(stop - left) < tolerance; });
      });
    }
    start = end;
  }
}

double horizontal_overlap(const Cell& a, const Cell& b) { return std::min(a.right, b.right) - std::max(a.left, b.left); }

// The column of `columns` that `cell` sits under, never left of `from`: the one it starts at (a tab stop), else the
// one whose start it spans (a tab stop reached past a full cell of the row above: « 2025 ⇥ ⇥ 110 000 € » in Word's
// default tab stops), else the one it overlaps most, else the nearest.
size_t column_of(const Cell& cell, const std::vector<Cell>& columns, size_t from, double tolerance) {
  for (size_t j = from; j < columns.size(); ++j) {
    if (std::abs(columns[j].left - cell.left) < tolerance) return j;
  }
  for (size_t j = from; j < columns.size(); ++j) {
    if (columns[j].left > cell.left && columns[j].left < cell.right && (j == 0 || columns[j - 1].left < cell.left)) return j;
  }
  size_t best = from;
  double best_score = -1e300;
  for (size_t j = from; j < columns.size(); ++j) {
    const double overlap = horizontal_overlap(cell, columns[j]);
    const double score = overlap > 0 ? overlap : overlap - 1e6;  // any overlap beats the nearest miss
    if (score > best_score) best = j, best_score = score;
  }
  return best;
}

// Rows of a table that have lost an empty cell (« 2025 ⇥ ⇥ 110 000 € » read as « 2025 ⇥ 110 000 € ») get it back:
// each cell goes under the column of the fullest row it lines up with.
void align_columns(std::vector<Line>& lines) {
  // A header cell wrapped over two lines (« Autorisations » over « d'engagement »): its second line, between two rows,
  // right of the first column, is a row of one cell under its column.
  constexpr size_t most_wrapped_words = 4;
  for (size_t i = 1; i + 1 < lines.size(); ++i) {
    Line& line = lines[i];
    const Line& above = lines[i - 1];
    if (line.has_columns || !above.has_columns || !lines[i + 1].has_columns || line.words.size() > most_wrapped_words) continue;
    // Right of the first column: of the row above, or of the row below when the header above lost its empty first
    // cell (a two-row header, « Autorisations ⇥ Crédits de paiement » under « Exercice ⇥ Crédits délégués »).
    if (line.left > std::min(above.cells.front().right, lines[i + 1].cells.front().right)) line.has_columns = true;
  }
  for (size_t start = 0; start < lines.size();) {
    size_t end = start;
    while (end < lines.size() && lines[end].has_columns) ++end;
    if (end == start) {
      ++start;
      continue;
    }
    const auto fullest = std::max_element(lines.begin() + static_cast<std::ptrdiff_t>(start), lines.begin() + static_cast<std::ptrdiff_t>(end),
                                          [](const Line& a, const Line& b) { return a.cells.size() < b.cells.size(); });
    const std::vector<Cell> columns = fullest->cells;
    for (size_t i = start; i < end; ++i) {
      Line& row = lines[i];
      if (row.cells.size() >= columns.size()) continue;
      std::vector<Cell> placed(columns.size());
      size_t next = 0;
      for (Cell& cell : row.cells) {
        const size_t column = next < columns.size() ? column_of(cell, columns, next, 0.2 * row.font_size) : columns.size() - 1;
        placed[column].text += (placed[column].text.empty() ? "" : " ") + cell.text;
        next = column + 1;
      }
      row.cells = std::move(placed);
      row.text = joined(row.cells);
    }
    start = end;
  }
}

}  // namespace

bool is_superscript_number(std::string_view text) {
  if (text.empty()) return false;
  for (size_t at = 0; at < text.size();) {
    const size_t length = superscript_digit_length(text, at);
    if (length == 0) return false;
    at += length;
  }
  return true;
}

// A draft's watermark (« PROJET », « DOCUMENT DE TRAVAIL » across the page) in type several times the body's: its
// tall letters would join a dozen body lines into one. Turned on the page, it comes as one glyph a word: words of a
// letter or two in more than `watermark_scale` times the page's median font size are left out (a cover page's large
// title, whole words, is kept).
void drop_watermark(std::vector<PdfWord>& words) {
  constexpr double watermark_scale = 3;
  constexpr size_t fewest_words = 20;  // a page of a few words has no body size to measure against
  if (words.size() < fewest_words) return;
  std::vector<double> sizes;
  for (const PdfWord& word : words) sizes.push_back(word.font_size);
  std::nth_element(sizes.begin(), sizes.begin() + static_cast<std::ptrdiff_t>(sizes.size() / 2), sizes.end());
  const double median = sizes[sizes.size() / 2];
  if (median <= 0) return;
  constexpr size_t longest_glyph_word = 2;  // code points
  std::erase_if(words, [&](const PdfWord& word) {
    return word.font_size > watermark_scale * median && count_code_points(word.text) <= longest_glyph_word;
  });
}

// A draft with its lines numbered in the margin (Word's line numbering): a number before each line (or every fifth),
// aligned in a column left of the text, counting down the page. Those numbers are not the convention's: they are
// left out. A year opening each row of a table stands at the text's own left edge, and is kept.
void drop_line_numbers(std::vector<std::vector<PdfWord>>& lines) {
  struct Number {
    size_t line, word;
    long value;
  };
  std::vector<Number> numbers;
  std::vector<double> text_lefts;
  for (size_t l = 0; l < lines.size(); ++l) {
    const std::vector<PdfWord>& words = lines[l];
    std::vector<size_t> order(words.size());
    for (size_t w = 0; w < order.size(); ++w) order[w] = w;
    std::sort(order.begin(), order.end(), [&](size_t a, size_t b) { return words[a].left < words[b].left; });
    const PdfWord& first = words[order[0]];
    const bool apart = order.size() == 1 || words[order[1]].left - first.right > first.font_size;
    if (first.text.size() <= 5 && all_digits(first.text) && apart) {
      numbers.push_back({l, order[0], std::stol(first.text)});
      if (order.size() > 1) text_lefts.push_back(words[order[1]].left);
    } else {
      text_lefts.push_back(first.left);
    }
  }
  constexpr size_t fewest = 3;
  if (numbers.size() < fewest || text_lefts.empty()) return;
  const double text_left = *std::min_element(text_lefts.begin(), text_lefts.end());
  size_t counting = 0;
  for (size_t n = 0; n < numbers.size(); ++n) {
    const PdfWord& word = lines[numbers[n].line][numbers[n].word];
    if (word.right > text_left - 0.5 * word.font_size) return;  // not in the margin
    if (std::abs(word.right - lines[numbers[0].line][numbers[0].word].right) > 0.5 * word.font_size) return;  // not a column
    counting += n > 0 && numbers[n].value > numbers[n - 1].value;
  }
  if (counting * 10 < (numbers.size() - 1) * 9) return;
  for (auto n = numbers.rbegin(); n != numbers.rend(); ++n) lines[n->line].erase(lines[n->line].begin() + static_cast<std::ptrdiff_t>(n->word));
  std::erase_if(lines, [](const std::vector<PdfWord>& words) { return words.empty(); });
}

namespace {

// Words grouped into rows by vertical overlap, top to bottom.
std::vector<std::vector<PdfWord>> word_rows(std::vector<PdfWord> words) {
  std::stable_sort(words.begin(), words.end(), [](const PdfWord& a, const PdfWord& b) { return a.top < b.top; });
  std::vector<std::vector<PdfWord>> groups;
  std::vector<Line> bounds;  // the vertical extent of each group so far
  for (PdfWord& word : words) {
    if (word.text.empty()) continue;
    if (!bounds.empty() && overlaps_vertically(word, bounds.back())) {
      bounds.back().top = std::min(bounds.back().top, word.top);
      bounds.back().bottom = std::max(bounds.back().bottom, word.bottom);
      groups.back().push_back(std::move(word));
    } else {
      Line extent;
      extent.top = word.top;
      extent.bottom = word.bottom;
      bounds.push_back(extent);
      groups.push_back({std::move(word)});
    }
  }
  return groups;
}

std::vector<Line> lines_of(std::vector<std::vector<PdfWord>> groups) {
  drop_line_numbers(groups);
  std::vector<Line> lines;
  for (auto& group : groups) lines.push_back(make_line(std::move(group)));
  split_at_tab_stops(lines);
  align_columns(lines);
  return lines;
}

// A page in two columns read as a reader reads it: the rows above the columns that run across the gutter (a title
// over both), the left column, the right column, then the rows across below them.
std::vector<Line> column_by_column(std::vector<std::vector<PdfWord>> rows, double gutter) {
  auto across = [&](const std::vector<PdfWord>& row) {
    return std::any_of(row.begin(), row.end(), [&](const PdfWord& word) { return word.left < gutter && word.right > gutter; });
  };
  const auto first_split = std::find_if_not(rows.begin(), rows.end(), across);
  std::vector<std::vector<PdfWord>> above(rows.begin(), first_split), below;
  std::vector<PdfWord> left, right;
  for (auto row = first_split; row != rows.end(); ++row) {
    if (across(*row)) {
      below.push_back(std::move(*row));
      continue;
    }
    for (PdfWord& word : *row) (word.left >= gutter ? right : left).push_back(std::move(word));
  }
  std::vector<Line> lines = lines_of(std::move(above));
  for (auto* column : {&left, &right}) {
    std::vector<Line> more = lines_of(word_rows(std::move(*column)));
    lines.insert(lines.end(), std::make_move_iterator(more.begin()), std::make_move_iterator(more.end()));
  }
  std::vector<Line> more = lines_of(std::move(below));
  lines.insert(lines.end(), std::make_move_iterator(more.begin()), std::make_move_iterator(more.end()));
  return lines;
}

}  // namespace

std::vector<Line> page_lines(const PdfPage& page) {
  std::vector<PdfWord> words = page.words;
  drop_watermark(words);
  std::vector<std::vector<PdfWord>> rows = word_rows(std::move(words));
  if (const auto gutter = column_gutter(rows)) return column_by_column(std::move(rows), *gutter);
  return lines_of(std::move(rows));
}

}  // namespace convlint::source::pdf_lines
