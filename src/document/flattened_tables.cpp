#include "document/flattened_tables.hpp"

#include <algorithm>
#include <optional>

#include "document/grouped_numbers.hpp"
#include "document/flow.hpp"
#include "document/schedule_words.hpp"
#include "document/text.hpp"
#include "inline.hpp"
#include "source/find_word.hpp"
#include "source/folded_text.hpp"

namespace convlint::document {

namespace {

using grammar::LineKind;
using grammar::ParsedLine;

constexpr size_t longest_header = 120;  // bytes: a longer line is prose
constexpr long header_words = 10;       // words: a line of more is prose
constexpr int farthest_row = 3;         // lines (blank ones) between a header or row and the next row
constexpr size_t farthest_column = 8;   // lines between two columns: blank ones, or the labels of a table beside
constexpr size_t longest_stacked_cell = 40;  // bytes of a header cell alone on its line
constexpr size_t max_stacked_lines = 6;     // the year's, the AE's and the CP's cells, each wrapped once at most
constexpr size_t most_rows = 30;            // of a schedule written column by column: years and totals
constexpr size_t max_label_bytes = 100;     // of a row's label: a longer one is a sentence

// Whether `line` may name the AE column (the word « AE », « Autorisation… »), before folding it: most lines do not.
bool may_name_ae(std::string_view line) {
  auto lower = [&](size_t at) { return static_cast<char>(line[at] | 0x20); };
  auto letter = [&](size_t at) { return std::isalpha(static_cast<unsigned char>(line[at])) != 0; };
  constexpr std::string_view rest = "utoris";
  for (size_t at = 0; at + 1 < line.size(); ++at) {
    if (lower(at) != 'a') continue;
    const bool word_start = at == 0 || !letter(at - 1);
    if (word_start && lower(at + 1) == 'e' && (at + 2 == line.size() || !letter(at + 2))) return true;
    if (at + rest.size() < line.size() &&
        std::equal(rest.begin(), rest.end(), line.begin() + static_cast<std::ptrdiff_t>(at + 1), [](char r, char c) { return r == (c | 0x20); }))
      return true;
  }
  return false;
}

// The cells of a header line that names the AE column, then the CP column (« Exercice Autorisations d'engagement
// Crédits de paiement », « Année AE CP »): what stands before each name, and each name with what follows it.
std::optional<std::vector<Span>> header_cells(std::string_view line, Span whole) {
  if (line.size() > longest_header || !may_name_ae(line)) return std::nullopt;
  // A header is a few words without a colon at its end; a sentence that leads into a table is not one.
  const std::string_view trimmed = trim_decorations(line);
  if (trimmed.ends_with(':') || std::count(trimmed.begin(), trimmed.end(), ' ') >= header_words) return std::nullopt;
  const source::FoldedText folded(line);
  const std::string_view view = folded.view();
  const size_t ae = std::min(source::find_whole_word(view, "ae"), view.find("autorisation"));
  const size_t cp = std::min(source::find_whole_word(view, "cp"), view.find("credits de paiement"));
  if (ae == std::string_view::npos || cp == std::string_view::npos || cp <= ae) return std::nullopt;
  if (!is_ae(view.substr(ae, cp - ae)) || !is_cp(view.substr(cp))) return std::nullopt;
  std::vector<Span> cells;
  auto add = [&](size_t begin, size_t end) {
    const std::string_view cell = trim_decorations(line.substr(begin, end - begin));
    const auto at = static_cast<uint32_t>(cell.data() - line.data());
    cells.push_back({whole.begin + at, whole.begin + at + static_cast<uint32_t>(cell.size())});
  };
  add(0, folded.original_offset(static_cast<uint32_t>(ae)));
  add(folded.original_offset(static_cast<uint32_t>(ae)), folded.original_offset(static_cast<uint32_t>(cp)));
  add(folded.original_offset(static_cast<uint32_t>(cp)), line.size());
  return cells;
}

// The amounts that make up all of `text` (nothing else but spaces), as spans from `base`, when there are `fewest` to
// `most` of them: amounts closed by their currency, else bare numbers that read one way only (« 1 800 000 400 000 »).
std::optional<std::vector<Span>> amounts_only(std::string_view text, uint32_t base, size_t fewest, size_t most) {
  const std::string_view trimmed = trim_decorations(text);
  const auto offset = base + static_cast<uint32_t>(trimmed.data() - text.data());
  for (size_t count = most; count >= fewest && count > 0; --count) {
    if (auto numbers = split_grouped_numbers(trimmed, count)) {
      for (Span& number : *numbers) number = {offset + number.begin, offset + number.end};
      return numbers;
    }
  }
  const grammar::InlineFacts facts = grammar::scan_inline(text);
  if (facts.amounts.size() < fewest || facts.amounts.size() > most || !facts.dates.empty()) return std::nullopt;
  std::string uncovered(text);
  for (const auto& amount : facts.amounts) uncovered.replace(amount.span.begin, amount.span.size(), amount.span.size(), ' ');
  if (uncovered.find_first_not_of(" \t") != std::string::npos) return std::nullopt;
  std::vector<Span> cells;
  for (const auto& amount : facts.amounts) cells.push_back({base + amount.span.begin, base + amount.span.end});
  return cells;
}

// One amount and a dash for the empty cell, in either order (« — 200 000 € », « 1 200 000 € — »), as two cells.
std::optional<std::vector<Span>> amount_beside_a_dash(std::string_view text, uint32_t base) {
  const std::string_view trimmed = trim_decorations(text);
  const auto at = [&](std::string_view part) { return base + static_cast<uint32_t>(part.data() - text.data()); };
  const size_t first_space = trimmed.find(' '), last_space = trimmed.rfind(' ');
  if (first_space == std::string_view::npos) return std::nullopt;
  for (const bool dash_first : {true, false}) {
    const std::string_view dash = dash_first ? trimmed.substr(0, first_space) : trimmed.substr(last_space + 1);
    const std::string_view rest = dash_first ? trimmed.substr(first_space + 1) : trimmed.substr(0, last_space);
    if (!is_dash_cell(dash)) continue;
    const auto amount = amounts_only(rest, at(rest), 1, 1);
    if (!amount) return std::nullopt;
    const Span empty{at(dash), at(dash) + static_cast<uint32_t>(dash.size())};
    return dash_first ? std::vector<Span>{empty, amount->front()} : std::vector<Span>{amount->front(), empty};
  }
  return std::nullopt;
}

// A row with one amount (« 2027 70 000 »: a cell left empty, the spaces that told which one gone) takes the column
// that the table's own totals agree with: a « Sous-total » row sums the rows since the last one, a « Total » row all
// rows. Each lone amount gets its empty cell beside it; returns how many rows are kept: all when every lone amount
// has one placement only, else those before the first that has not.
size_t place_lone_amounts(std::string_view text, std::vector<std::pair<std::vector<size_t>, std::vector<Span>>>& rows) {
  constexpr size_t most_lone = 4;  // placements tried: two for each
  std::vector<size_t> lone;
  for (size_t r = 0; r < rows.size(); ++r) {
    if (rows[r].second.size() == 2) lone.push_back(r);
  }
  if (lone.empty()) return rows.size();
  auto cents = [&](Span cell) { return grammar::bare_amount_cents(text.substr(cell.begin, cell.size())).value_or(0); };
  auto is_total = [&](size_t r) { return source::fold(text.substr(rows[r].second[0].begin, 5)) == "total"; };
  auto is_subtotal = [&](size_t r) { return source::fold(text.substr(rows[r].second[0].begin, 4)) == "sous"; };
  // Whether every total agrees when the lone amounts are in the CP column where `in_cp` has their bit.
  auto agrees = [&](unsigned in_cp, bool& checked) {
    int64_t all[2] = {0, 0}, since[2] = {0, 0};
    checked = false;
    for (size_t r = 0, k = 0; r < rows.size(); ++r) {
      const auto& cells = rows[r].second;
      int64_t row[2] = {0, 0};
      if (cells.size() == 2) {
        row[(in_cp >> k++) & 1u] = cents(cells[1]);
      } else if (cells.size() >= 3) {
        row[0] = cents(cells[1]), row[1] = cents(cells[2]);
      }
      if (is_total(r) || is_subtotal(r)) {
        const int64_t* expected = is_subtotal(r) ? since : all;
        if (cells.size() < 3 || row[0] != expected[0] || row[1] != expected[1]) return false;
        checked = checked || k > 0;
        since[0] = since[1] = 0;
        continue;
      }
      for (int c = 0; c < 2; ++c) all[c] += row[c], since[c] += row[c];
    }
    return true;
  };
  std::optional<unsigned> placement;
  const size_t tried = std::min(lone.size(), most_lone);
  for (unsigned in_cp = 0; in_cp < (1u << tried) && lone.size() <= most_lone; ++in_cp) {
    bool checked = false;
    if (!agrees(in_cp, checked) || !checked) continue;
    if (placement) return lone.front();  // two placements agree: none is certain
    placement = in_cp;
  }
  if (!placement) return lone.front();
  for (size_t k = 0; k < lone.size(); ++k) {
    std::vector<Span>& cells = rows[lone[k]].second;
    const Span amount = cells[1];
    if ((*placement >> k) & 1u) cells.insert(cells.begin() + 1, Span{amount.begin, amount.begin});
    else cells.push_back(Span{amount.end, amount.end});
  }
  return rows.size();
}

// A few words without a figure where an amount should stand (« à déterminer », « néant »): a cell all the same.
bool is_words_cell(std::string_view cell) {
  cell = trim_decorations(cell);
  return is_few_words(cell) && cell.size() <= longest_stacked_cell;
}

// The span of a line's text without the spaces and marks around it: a cell alone on its line.
Span trimmed_span(std::string_view text, Span line) {
  const std::string_view cell = trim_decorations(text.substr(line.begin, line.size()));
  const auto begin = static_cast<uint32_t>(cell.data() - text.data());
  return {begin, begin + static_cast<uint32_t>(cell.size())};
}

// Where the year stands in a row that starts with its programme's number (« 219 2026 400 000 400 000 »): after the
// three digits and the spaces; 0 when the row does not start so.
size_t year_after_programme(std::string_view row) {
  auto digits = [&](size_t at, size_t count) {
    return at + count <= row.size() && row.substr(at, count).find_first_not_of("0123456789") == std::string_view::npos &&
           (at + count == row.size() || row[at + count] == ' ');
  };
  if (!digits(0, 3)) return 0;
  const size_t year = row.find_first_not_of(' ', 3);
  return year != std::string_view::npos && digits(year, 4) && row.substr(year, 2) == "20" ? year : 0;
}

// The cells of a row's line: a year (or a word such as « Total »), then two amounts, or one or none when the others
// were put on the next lines (`pdftotext` without -layout). Under a header whose first column is the programme's, a
// row's programme number is left out (« 219 2026 … », « Sous-total 219 … »), and a total's label may take two words
// (« Total général »).
std::optional<std::vector<Span>> row_cells(std::string_view line, Span whole, bool programme_column = false, size_t most_amounts = 2) {
  std::string_view trimmed = trim_decorations(line.substr(std::min(line.find_first_not_of('\f'), line.size())));
  if (programme_column) trimmed.remove_prefix(year_after_programme(trimmed));
  size_t space = trimmed.find(' ');
  const std::string_view label = trimmed.substr(0, space);
  if (label.empty() || !is_row_label(label)) return std::nullopt;
  if (programme_column && !has_digit(label) && space != std::string_view::npos) {
    const size_t next = trimmed.find_first_not_of(' ', space);
    const size_t next_end = std::min(trimmed.find(' ', next), trimmed.size());
    const std::string_view word = trimmed.substr(next, next_end - next);
    if (!has_digit(word) || (word.size() == 3 && word.find_first_not_of("0123456789") == std::string_view::npos))
      space = next_end;  // « Total général », « Sous-total 219 »: the rest is the amounts
  }
  const auto label_at = whole.begin + static_cast<uint32_t>(label.data() - line.data());
  if (space == std::string_view::npos) {
    if (!has_digit(label)) return std::nullopt;  // a year alone, its amounts below; a word alone is no row
    return std::vector<Span>{{label_at, label_at + static_cast<uint32_t>(label.size())}};
  }
  const std::string_view rest = trimmed.substr(space + 1);
  const auto rest_at = whole.begin + static_cast<uint32_t>(rest.data() - line.data());
  auto amounts = amounts_only(rest, rest_at, 1, most_amounts);
  if (!amounts) amounts = amount_beside_a_dash(rest, rest_at);
  if (!amounts) return std::nullopt;
  std::vector<Span> cells{{label_at, label_at + static_cast<uint32_t>(label.size())}};
  cells.insert(cells.end(), amounts->begin(), amounts->end());
  return cells;
}

// The cells of a header written one per line: the lines of `taken`, which name the AE column, then the CP column
// (and may start with the year's). A line that starts in lowercase is the end of a cell wrapped in its column
// (« Autorisations » then « d'engagement »): the cell keeps its first line.
std::optional<std::vector<Span>> stacked_header_cells(std::string_view text, const std::vector<ParsedLine>& lines,
                                                      const std::vector<size_t>& taken) {
  std::vector<Span> cells;
  std::vector<std::string> folded;
  for (const size_t at : taken) {
    const std::string_view cell = trim_decorations(text.substr(lines[at].line.begin, lines[at].line.size()));
    if (!cells.empty() && starts_lowercase(cell)) {
      folded.back() += " " + source::fold(cell);
      continue;
    }
    const auto begin = static_cast<uint32_t>(cell.data() - text.data());
    cells.push_back({begin, begin + static_cast<uint32_t>(cell.size())});
    folded.push_back(source::fold(cell));
  }
  // « Année AE (en €) » over « CP (en €) »: the year's and the AE's cells on one line (`pdftotext` without -layout).
  if (folded.size() == 2 && !is_ae(folded[0])) {
    const std::string_view first = text.substr(cells[0].begin, cells[0].size());
    const source::FoldedText first_folded(first);
    const size_t ae_at = std::min(source::find_whole_word(first_folded.view(), "ae"), first_folded.view().find("autorisation"));
    if (ae_at != std::string_view::npos && ae_at > 0) {
      const uint32_t split = first_folded.original_offset(static_cast<uint32_t>(ae_at));
      const Span year{cells[0].begin, cells[0].begin + static_cast<uint32_t>(trim_decorations(first.substr(0, split)).size())};
      const Span ae{cells[0].begin + split, cells[0].end};
      cells = {year, ae, cells[1]};
      folded = {std::string(trim_decorations(first_folded.view().substr(0, ae_at))), std::string(first_folded.view().substr(ae_at)), folded[1]};
    }
  }
  if (folded.size() < 2 || folded.size() > 3) return std::nullopt;
  const size_t n = folded.size();
  if (!is_cp(folded[n - 1]) || !is_ae(folded[n - 2]) || (n == 3 && (is_ae(folded[0]) || is_cp(folded[0])))) return std::nullopt;
  if (n == 2) cells.insert(cells.begin(), Span{cells.front().begin, cells.front().begin});  // no year cell
  return cells;
}

// A table that `pdftotext` without -layout wrote column by column: a header cell over the rows' labels (« Exercice »,
// « 2025 », « 2026 », « Total »), then the AE column's header over as many amounts, then the CP column's.
class ColumnsOneAfterAnother {
 public:
  ColumnsOneAfterAnother(std::string_view text, std::vector<ParsedLine>& lines) : text_(text), lines_(lines) {}

  // Marks the table whose first header cell is at `at`; returns its last line, or nullopt when there is none.
  std::optional<size_t> mark(size_t at) {
    // Every layout starts with a short line of its own, a header cell or a row's label: most lines are not.
    if (lines_[at].kind != LineKind::text || lines_[at].line.size() > longest_stacked_cell + 8) return std::nullopt;
    if (auto last = mark_labels_beside_ae(at)) return last;
    if (auto last = mark_labels_before_headers(at)) return last;
    if (auto last = mark_headers_before_labels(at)) return last;
    const size_t labels = labels_from(at + 1);
    if (labels == 0 || !is_header(at, nullptr)) return std::nullopt;
    const auto ae = column(at + labels, labels, is_ae);
    const auto cp = ae ? column(ae->back().line, labels, is_cp) : std::nullopt;
    if (!cp) return std::nullopt;
    set_row(at, {line_span(at), (*ae)[0].cell, (*cp)[0].cell});
    for (size_t row = 1; row <= labels; ++row) set_row(at + row, {line_span(at + row), (*ae)[row].cell, (*cp)[row].cell});
    for (const auto* column : {&*ae, &*cp}) {
      for (const Entry& entry : *column) lines_[entry.line].kind = LineKind::blank;  // their text is in the cells
    }
    return cp->back().line;
  }

 private:
  struct Entry {
    size_t line;
    Span cell;
  };

  // The same when the rows' labels and the AE column were close enough to be written together: « Exercice », « AE »,
  // then « 2026 120 000 € » on each row's line, then the CP column's header over as many amounts.
  std::optional<size_t> mark_labels_beside_ae(size_t at) {
    // Cheap tests first: a short line that may name the AE under a short line.
    if (at + 2 >= lines_.size() || lines_[at + 1].kind != LineKind::text || lines_[at].kind != LineKind::text ||
        lines_[at + 1].line.size() > longest_stacked_cell + 8 || lines_[at].line.size() > longest_stacked_cell + 8 ||
        !may_name_ae(view(at + 1)) || !is_header(at + 1, is_ae) || !is_header(at, nullptr))
      return std::nullopt;
    std::vector<std::vector<Span>> rows;
    std::vector<size_t> row_lines, cp_lines;  // each row's CP may stand alone below it, the CP column's header after all
    bool year = false;
    for (size_t line = at + 2; line < lines_.size() && rows.size() < most_rows && lines_[line].kind == LineKind::text; ++line) {
      auto cells = row_cells(view(line), lines_[line].line);
      if (!cells || cells->size() != 2) break;
      year = year || has_digit(text_.substr(cells->front().begin, cells->front().size()));
      row_lines.push_back(line);
      if (cp_below(line)) {
        cells->push_back(line_span(line + 1));
        cp_lines.push_back(++line);
      }
      rows.push_back(std::move(*cells));
    }
    if (rows.empty() || !year) return std::nullopt;
    if (!cp_lines.empty()) return mark_cp_below_each_row(at, row_lines, cp_lines, rows);
    const auto cp = column(at + 1 + rows.size(), rows.size(), is_cp);
    if (!cp) return std::nullopt;
    set_row(at, {line_span(at), line_span(at + 1), (*cp)[0].cell});
    lines_[at + 1].kind = LineKind::blank;
    for (size_t row = 1; row <= rows.size(); ++row) {
      rows[row - 1].push_back((*cp)[row].cell);
      set_row(at + 1 + row, std::move(rows[row - 1]));
    }
    for (const Entry& entry : *cp) lines_[entry.line].kind = LineKind::blank;
    return cp->back().line;
  }

  // Whether the line below row `line` holds that row's CP alone (and is no row of its own).
  bool cp_below(size_t line) const {
    if (line + 1 >= lines_.size() || lines_[line + 1].kind != LineKind::text || !amount_alone(line + 1)) return false;
    const auto cells = row_cells(view(line + 1), lines_[line + 1].line);
    return !cells || cells->size() != 2;
  }

  // « Exercice », « Autorisations d'engagement », then each row's label and AE on a line and its CP alone on the next
  // (« 2026 180 000,00 € » over « 120 000,00 € »), the CP column's header after the last row: `pdftotext` without
  // -layout on a table whose CP column it read last.
  std::optional<size_t> mark_cp_below_each_row(size_t at, const std::vector<size_t>& row_lines, const std::vector<size_t>& cp_lines,
                                               std::vector<std::vector<Span>>& rows) {
    if (cp_lines.size() != rows.size()) return std::nullopt;
    const auto cp_header = next_filled(cp_lines.back());
    if (!cp_header || !is_header(*cp_header, is_cp)) return std::nullopt;
    set_row(at, {line_span(at), line_span(at + 1), line_span(*cp_header)});
    lines_[at + 1].kind = LineKind::blank;
    for (size_t row = 0; row < rows.size(); ++row) {
      set_row(row_lines[row], std::move(rows[row]));
      lines_[cp_lines[row]].kind = LineKind::blank;
    }
    lines_[*cp_header].kind = LineKind::blank;
    return *cp_header;
  }

  // The same when the header's first cell was empty, so that the rows' labels came first (« 2025 », « 2026 »), then
  // the two header cells (« AE », « CP »), then the AE column's amounts, then the CP column's.
  std::optional<size_t> mark_labels_before_headers(size_t at) {
    const size_t labels = labels_from(at);
    if (labels == 0) return std::nullopt;
    const auto ae_header = next_filled(at + labels - 1);
    if (!ae_header || !is_header(*ae_header, is_ae)) return std::nullopt;
    const auto cp_header = next_filled(*ae_header);
    if (!cp_header || !is_header(*cp_header, is_cp)) return std::nullopt;
    const auto ae = amounts(*cp_header, labels);
    const auto cp = ae ? amounts(ae->back().line, labels) : std::nullopt;
    if (!cp) return std::nullopt;
    const Span ae_cell = line_span(*ae_header);
    return mark_columns(*ae_header, {Span{ae_cell.begin, ae_cell.begin}, ae_cell, line_span(*cp_header)}, *cp_header, at, labels, *ae, *cp);
  }

  // The same with the header first: « Année AE » (or « AE ») over « CP », then the rows' labels, then each column.
  std::optional<size_t> mark_headers_before_labels(size_t at) {
    if (lines_[at].line.size() > longest_stacked_cell || has_digit(view(at)) || !may_name_ae(view(at))) return std::nullopt;
    const std::string ae_header = header_word(view(at));
    const size_t ae_word = std::min(source::find_whole_word(ae_header, "ae"), ae_header.find("autorisation"));
    if (ae_word == std::string::npos || !is_ae(std::string_view(ae_header).substr(ae_word))) return std::nullopt;
    const auto cp_header = next_filled(at);
    if (!cp_header || !is_header(*cp_header, is_cp)) return std::nullopt;
    const auto first_label = next_filled(*cp_header);
    if (!first_label) return std::nullopt;
    const size_t labels = labels_from(*first_label);
    if (labels == 0) return std::nullopt;
    const auto ae = amounts(*first_label + labels - 1, labels);
    const auto cp = ae ? amounts(ae->back().line, labels) : std::nullopt;
    if (!cp) return std::nullopt;
    // The header row: the year's cell and the AE's, as the line has them (« Année AE »), and the CP's.
    const std::string_view line = view(at);
    const source::FoldedText folded(line);
    const size_t ae_in_line = std::min(source::find_whole_word(folded.view(), "ae"), folded.view().find("autorisation"));
    const Span whole = line_span(at);
    const uint32_t split = lines_[at].line.begin + folded.original_offset(static_cast<uint32_t>(ae_in_line));
    const Span year_cell{whole.begin, std::max(whole.begin, split > whole.begin ? split - 1 : whole.begin)};
    return mark_columns(at, {year_cell, Span{split, whole.end}, line_span(*cp_header)}, *cp_header, *first_label, labels, *ae, *cp);
  }

  // Rows the table goes on with past its page's footnotes, each cell alone on its line (« 2027 », « 0 € », « 20 000 € »):
  // marked as rows; the last line taken.
  size_t rows_on_the_next_page(size_t last) {
    while (true) {
      size_t label = last + 1;
      while (label < lines_.size() && label - last <= farthest_column &&
             (lines_[label].kind == LineKind::blank || lines_[label].kind == LineKind::footnote_text || lines_[label].kind == LineKind::page_break))
        ++label;
      bool year = false;
      if (label >= lines_.size() || !is_label(label, year) || !year) return last;
      const auto ae = next_filled(label);
      const auto cp = ae ? next_filled(*ae) : std::nullopt;
      // A few words may stand for one of the amounts (« à déterminer »), not for both.
      const auto cell = [&](size_t at) { return amount_alone(at) || (lines_[at].kind == LineKind::text && is_words_cell(view(at))); };
      if (!cp || !cell(*ae) || !cell(*cp) || (!amount_alone(*ae) && !amount_alone(*cp))) return last;
      set_row(label, {line_span(label), line_span(*ae), line_span(*cp)});
      lines_[*ae].kind = LineKind::blank;
      lines_[*cp].kind = LineKind::blank;
      last = *cp;
    }
  }

  // The next line after `at` that holds something, across a few blank lines.
  std::optional<size_t> next_filled(size_t at) const {
    for (size_t line = at + 1; line < lines_.size() && line - at <= farthest_column; ++line) {
      if (lines_[line].kind != LineKind::blank) return line;
    }
    return std::nullopt;
  }

  // `rows` amounts one per line from line `first` on, and no further amount right below them.
  std::optional<std::vector<Entry>> amounts_from(size_t first, size_t rows) const {
    std::vector<Entry> entries;
    for (size_t line = first; line <= first + rows; ++line) {
      const bool amount = line < lines_.size() && amount_alone(line);
      if (line == first + rows) return amount ? std::nullopt : std::optional(std::move(entries));
      if (!amount) return std::nullopt;
      entries.push_back({line, line_span(line)});
    }
    return std::nullopt;
  }

  // The same, the first of them a few blank lines after `after` at most.
  std::optional<std::vector<Entry>> amounts(size_t after, size_t rows) const {
    const auto first = next_filled(after);
    return first ? amounts_from(*first, rows) : std::nullopt;
  }

  // How many row labels stand one per line from line `first` on (a year among them at least); 0 when none do.
  size_t labels_from(size_t first) const {
    bool year = false;
    size_t labels = 0;
    while (labels < most_rows && first + labels < lines_.size() && is_label(first + labels, year)) ++labels;
    return year ? labels : 0;
  }

  // Marks the table read column by column: the header row at `header_line` with `header` cells, its CP header line
  // folded into it, and a row for each of the `labels` labels from `first_label`, on the line of its AE amount;
  // then the rows it goes on with on the next page. Returns the last line taken.
  size_t mark_columns(size_t header_line, std::vector<Span> header, size_t cp_header, size_t first_label, size_t labels,
                      const std::vector<Entry>& ae, const std::vector<Entry>& cp) {
    set_row(header_line, std::move(header));
    lines_[cp_header].kind = LineKind::blank;
    for (size_t row = 0; row < labels; ++row) {
      set_row(ae[row].line, {line_span(first_label + row), ae[row].cell, cp[row].cell});
      lines_[first_label + row].kind = LineKind::blank;
      lines_[cp[row].line].kind = LineKind::blank;
    }
    return rows_on_the_next_page(cp.back().line);
  }

  Span line_span(size_t at) const { return trimmed_span(text_, lines_[at].line); }
  std::string_view view(size_t at) const { return text_.substr(lines_[at].line.begin, lines_[at].line.size()); }

  // A header cell alone on its line: a few words without digits, which `names` the column when it is given.
  bool is_header(size_t at, bool (*names)(std::string_view)) const {
    if (lines_[at].kind != LineKind::text) return false;
    const std::string_view cell = trim_decorations(view(at));
    if (cell.empty() || cell.size() > longest_stacked_cell || has_digit(cell)) return false;
    const std::string folded = header_word(cell);  // « CP³ »: a header with its footnote call
    return names != nullptr ? names(folded) : !is_ae(folded) && !is_cp(folded);
  }
  bool is_label(size_t at, bool& year) const {
    if (lines_[at].kind != LineKind::text) return false;
    const std::string_view cell = trim_decorations(view(at));
    if (cell.empty() || cell.size() > longest_stacked_cell || cell.find(' ') != std::string_view::npos || !is_row_label(cell)) return false;
    year = year || has_digit(cell);
    return true;
  }

  // The column whose header comes within a few lines after `after` (blank ones, or lines the conversion put there
  // from elsewhere on the page, such as the next heading or the labels of a table beside): its header, then `rows`
  // amounts one per line, and no further amount right below them.
  std::optional<std::vector<Entry>> column(size_t after, size_t rows, bool (*names)(std::string_view)) const {
    size_t at = after + 1;
    while (at < lines_.size() && at - after <= farthest_column && !is_header(at, names) &&
           lines_[at].kind != LineKind::article_heading)
      ++at;
    if (at >= lines_.size() || !is_header(at, names)) return std::nullopt;
    auto entries = amounts_from(at + 1, rows);
    if (entries) entries->insert(entries->begin(), {at, line_span(at)});
    return entries;
  }
  // An amount alone on its line, or a dash for none; a short one (« 500 ») may have been taken for a page number.
  bool amount_alone(size_t at) const {
    const bool page_number = lines_[at].kind == LineKind::page_break && view(at).find('\f') == std::string_view::npos;
    if (is_dash_cell(trim_decorations(view(at)))) return true;  // read as a bullet alone
    if (lines_[at].kind != LineKind::text && lines_[at].kind != LineKind::numbered_heading && !page_number) return false;
    return amounts_only(view(at), lines_[at].line.begin, 1, 1).has_value();
  }

  void set_row(size_t at, std::vector<Span> cells) {
    lines_[at].kind = LineKind::table_row;
    lines_[at].cells = std::move(cells);
  }

  std::string_view text_;
  std::vector<ParsedLine>& lines_;
};

}  // namespace

void mark_flattened_schedules(std::string_view text, std::vector<ParsedLine>& lines) {
  ColumnsOneAfterAnother columns(text, lines);
  for (size_t at = 0; at < lines.size(); ++at) {
    if (const auto last = columns.mark(at)) at = *last;
  }
  auto view = [&](size_t at) { return text.substr(lines[at].line.begin, lines[at].line.size()); };
  // The next text line after `at`, across blank lines; none when anything else comes first. A row the aligned
  // tables read already is read again: its neighbours with single spaces (« 2023 1 500 000 € 800 000 € » over
  // « 2025 500 000 €   1 000 000 € ») make it part of a flattened table.
  // A page break between two rows (or under the header) is a gap too.
  auto next_text = [&](size_t at) -> std::optional<size_t> {
    for (int blanks = 0; ++at < lines.size() && blanks < farthest_row; ++blanks) {
      if (lines[at].kind == LineKind::text || lines[at].kind == LineKind::table_row) return at;
      // « 0 € » alone reads like a numbered heading (« 0 » and its title)
      if (lines[at].kind == LineKind::numbered_heading && amounts_only(view(at), lines[at].line.begin, 1, 1)) return at;
      if (lines[at].kind != LineKind::blank && lines[at].kind != LineKind::page_break) return std::nullopt;
    }
    return std::nullopt;
  };
  auto starts_with_year = [&](std::optional<size_t> at) {
    if (!at) return false;
    const std::string_view line = view(*at);
    std::string_view start = line.substr(std::min(line.find_first_not_of(" \t\f"), line.size()));
    start.remove_prefix(year_after_programme(start));
    const bool year = start.size() >= 4 && start.substr(0, 4).find_first_not_of("0123456789") == std::string_view::npos;
    return year && (start.size() == 4 || (start.size() > 5 && (start[4] == ' ' || start[4] == '\t')));
  };
  auto short_line = [&](size_t at) { return view(at).size() <= longest_stacked_cell && !has_digit(view(at)); };
  // A header the aligned tables read without a cell of its own for the AE column (« Programme   Année AE    CP »,
  // « Année Autorisations d'engagement    Crédits de paiement »: single spaces between some cells) is read again here.
  auto aligned_without_ae = [&](size_t at) {
    if (lines[at].kind != LineKind::table_row) return false;
    return std::none_of(lines[at].cells.begin(), lines[at].cells.end(), [&](Span cell) {
      const std::string folded = source::fold(trim_decorations(text.substr(cell.begin, cell.size())));
      return is_ae(folded) && (folded.starts_with("ae") || folded.starts_with("autorisation"));
    });
  };
  // « 2026 à déterminer » over « 0 € »: a year with a few words where its AE should be, its CP below; the words are
  // the AE's cell, for the schedule rule to report.
  auto words_for_an_amount = [&](size_t at) -> std::optional<std::vector<Span>> {
    const std::string_view line = trim_decorations(view(at));
    const auto below = next_text(at);
    if (!starts_with_year(at) || line.size() <= 5 || !below || !amounts_only(view(*below), lines[*below].line.begin, 1, 1)) return std::nullopt;
    const std::string_view words = trim_decorations(line.substr(5));
    if (!is_words_cell(words)) return std::nullopt;
    const auto begin = static_cast<uint32_t>(line.data() - text.data());
    const auto words_at = static_cast<uint32_t>(words.data() - text.data());
    return std::vector<Span>{{begin, begin + 4}, {words_at, words_at + static_cast<uint32_t>(words.size())}};
  };
  // « Titre 3 Fonctionnement (analyses) 120 000 € 110 000 € »: a row of one year's table by kind of spending, its
  // label words, then its two amounts, each closed by its currency.
  auto labelled_row = [&](std::optional<size_t> at) -> std::optional<std::vector<Span>> {
    if (!at || starts_with_year(at) || lines[*at].kind != LineKind::text) return std::nullopt;
    const std::string_view line = view(*at);
    const grammar::InlineFacts facts = grammar::scan_inline(line);
    if (facts.amounts.size() != 2 || !facts.dates.empty()) return std::nullopt;
    const Span first = facts.amounts[0].span, second = facts.amounts[1].span;
    const std::string_view label = trim_decorations(line.substr(0, first.begin));
    const bool apart = line.substr(first.end, second.begin - first.end).find_first_not_of(" \t") == std::string_view::npos;
    const bool closed = line.substr(second.end).find_first_not_of(" \t") == std::string_view::npos;
    if (label.empty() || label.size() > max_label_bytes || !apart || !closed || line.substr(first.begin, first.size()).find("\u20AC") == std::string_view::npos)
      return std::nullopt;
    const uint32_t base = lines[*at].line.begin;
    const auto label_at = base + static_cast<uint32_t>(label.data() - line.data());
    return std::vector<Span>{{label_at, label_at + static_cast<uint32_t>(label.size())}, {base + first.begin, base + first.end},
                             {base + second.begin, base + second.end}};
  };
  for (size_t h = 0; h < lines.size(); ++h) {
    if (lines[h].kind != LineKind::text && !(lines[h].kind == LineKind::table_row && starts_with_year(next_text(h)) && aligned_without_ae(h)))
      continue;
    // The header: one line, or its cells one per line (« Exercice », « AE », « CP »), the last one just before a year.
    std::vector<size_t> header_lines{h};
    std::optional<std::vector<Span>> header;
    // Rows by kind of spending end with an amount and its currency: a cheap test before the header is read.
    const auto below_header = next_text(h);
    const auto ends_with_euros = [&](size_t at) { return trim_decorations(view(at)).ends_with("\u20AC"); };
    const bool heads_labelled_rows = lines[h].kind == LineKind::text && below_header && ends_with_euros(*below_header) &&
                                     lines[h].line.size() <= longest_header && may_name_ae(view(h)) && labelled_row(below_header);
    if (starts_with_year(below_header) || heads_labelled_rows) {
      header = header_cells(view(h), lines[h].line);
    } else if (const auto next = next_text(h);
               short_line(h) && next && short_line(*next) && (may_name_ae(view(h)) || may_name_ae(view(*next)))) {
      for (auto at = next_text(h); at && short_line(*at) && header_lines.size() < max_stacked_lines; at = next_text(*at)) {
        header_lines.push_back(*at);
        if (!starts_with_year(next_text(*at))) continue;
        header = stacked_header_cells(text, lines, header_lines);
        break;
      }
    }
    if (!header) continue;
    // A header flattened above rows that kept their columns (a PDF's header alone at the foot of a page, its rows on
    // the next one, where no other row gave its words their tab stops): only the header is cut into cells.
    if (const auto first_row = next_text(header_lines.back());
        lines[h].kind == LineKind::text && header_lines.size() == 1 && first_row && lines[*first_row].kind == LineKind::table_row &&
        lines[*first_row].cells.size() >= 3 && starts_with_year(first_row)) {
      lines[h].kind = LineKind::table_row;
      lines[h].cells = std::move(*header);
      continue;
    }
    const std::string year_cell = source::fold(text.substr(header->front().begin, header->front().size()));
    const bool programme_column = year_cell.starts_with("programme") || year_cell.starts_with("bop");
    std::vector<std::pair<std::vector<size_t>, std::vector<Span>>> rows;  // the lines of each row, its cells
    for (auto at = next_text(header_lines.back()); at;) {
      auto cells = row_cells(view(*at), lines[*at].line, programme_column);
      if (!cells) cells = words_for_an_amount(*at);
      if (!cells) cells = labelled_row(*at);
      if (!cells) break;
      // « 2026 2 500 000 » over « 1 500 000 »: an amount alone below a row is its CP, so the row holds one amount.
      if (const auto below = next_text(*at); cells->size() == 3 && below && !starts_with_year(below) &&
                                             amounts_only(view(*below), lines[*below].line.begin, 1, 1)) {
        if (auto one = row_cells(view(*at), lines[*at].line, programme_column, 1)) cells = std::move(one);
      }
      std::vector<size_t> row_lines{*at};
      // Rows above that kept one amount each: the amounts alone below are another column's, not this row's.
      const bool one_amount_rows = !rows.empty() && rows.back().second.size() == 2;
      while (cells && cells->size() < 3 && !one_amount_rows) {  // the amounts on the next lines
        auto next = next_text(row_lines.back());
        // A year alone below is the next row's label, not this row's amount (« 2025 » over « 2026 »).
        auto amount = next && !starts_with_year(next) ? amounts_only(view(*next), lines[*next].line.begin, 1, 1) : std::nullopt;
        if (!next && row_lines.back() + 1 < lines.size() && is_dash_cell(trim_decorations(view(row_lines.back() + 1)))) {
          next = row_lines.back() + 1;  // read as a bullet alone
          amount = std::vector<Span>{trimmed_span(text, lines[*next].line)};
        }
        // « 2026 » over « à déterminer » over « 0 € »: a few words standing for an amount, the row's next amount below.
        if (!amount && next && cells->size() == 1 && is_words_cell(view(*next))) {
          const auto after = next_text(*next);
          if (after && amounts_only(view(*after), lines[*after].line.begin, 1, 1)) amount = std::vector<Span>{trimmed_span(text, lines[*next].line)};
        }
        if (!amount && row_lines.size() == 1 && cells->size() == 2) break;  // one amount: its column is placed below
        if (!amount) cells.reset();
        else cells->push_back(amount->front()), row_lines.push_back(*next);
      }
      if (!cells) break;
      at = next_text(row_lines.back());
      rows.emplace_back(std::move(row_lines), std::move(*cells));
    }
    // Rows of one amount each, then as many amounts alone on their lines: a reading that gave the rows with their
    // first column's amount, then the other column's amounts in the same order (`pdftotext` without -layout).
    if (!rows.empty() && std::all_of(rows.begin(), rows.end(), [](const auto& row) { return row.second.size() == 2; })) {
      std::vector<size_t> column;
      for (auto at = next_text(rows.back().first.back()); at && column.size() < rows.size(); at = next_text(*at)) {
        if (!amounts_only(view(*at), lines[*at].line.begin, 1, 1)) break;
        column.push_back(*at);
      }
      if (column.size() == rows.size() && !(next_text(column.back()) && amounts_only(view(*next_text(column.back())), lines[*next_text(column.back())].line.begin, 1, 1))) {
        for (size_t r = 0; r < rows.size(); ++r) {
          rows[r].second.push_back(trimmed_span(text, lines[column[r]].line));
          rows[r].first.push_back(column[r]);
        }
      }
    }
    rows.resize(place_lone_amounts(text, rows));
    if (rows.empty()) continue;
    // A table the aligned reader took is read again only when every one of its rows reads here: no year's row after.
    if (lines[h].kind == LineKind::table_row) {
      size_t after = rows.back().first.back() + 1;
      while (after < lines.size() && lines[after].kind == LineKind::blank) ++after;
      if (after < lines.size() && lines[after].kind == LineKind::table_row && starts_with_year(after)) continue;
    }
    auto mark = [&](const std::vector<size_t>& taken, std::vector<Span> cells) {
      lines[taken.front()].kind = LineKind::table_row;
      lines[taken.front()].cells = std::move(cells);
      for (size_t i = 1; i < taken.size(); ++i) lines[taken[i]].kind = LineKind::blank;  // their text is in the cells
    };
    mark(header_lines, std::move(*header));
    for (auto& [taken, cells] : rows) mark(taken, std::move(cells));
    h = rows.back().first.back();
  }
}

namespace {

// The cells of « 2026 2027 Total »: two years or more (and a « Total » after them), nothing else; as spans from `base`.
std::optional<std::vector<Span>> year_cells(std::string_view line, uint32_t base) {
  std::vector<Span> cells;
  for (size_t at = 0; at < line.size();) {
    if (line[at] == ' ' || line[at] == '\t') {
      ++at;
      continue;
    }
    const size_t end = std::min(line.find_first_of(" \t", at), line.size());
    const std::string_view word = line.substr(at, end - at);
    const bool year = word.size() == 4 && std::all_of(word.begin(), word.end(), [](char c) { return c >= '0' && c <= '9'; });
    if (!year && !(cells.size() >= 2 && source::fold(word) == "total")) return std::nullopt;
    cells.push_back({base + static_cast<uint32_t>(at), base + static_cast<uint32_t>(end)});
    at = end;
  }
  if (cells.size() < 2) return std::nullopt;
  return cells;
}

}  // namespace

void mark_flattened_transposed_schedules(std::string_view text, std::vector<ParsedLine>& lines) {
  auto view = [&](size_t at) { return text.substr(lines[at].line.begin, lines[at].line.size()); };
  for (size_t h = 0; h + 2 < lines.size(); ++h) {
    if (lines[h].kind != LineKind::text || lines[h].line.size() < 9 || lines[h].line.size() > 80) continue;
    const std::string_view header = view(h);
    const size_t first = header.find_first_not_of(" \t");
    if (first == std::string_view::npos || (header[first] != '1' && header[first] != '2')) continue;
    const auto years = year_cells(view(h), lines[h].line.begin);
    if (!years) continue;
    // The AE row, then the CP row, each a label and as many amounts as the header has columns.
    std::vector<std::pair<size_t, std::vector<Span>>> rows;
    size_t at = h;
    for (const bool ae : {true, false}) {
      size_t next = at + 1;
      while (next < lines.size() && next <= at + farthest_row && lines[next].kind == LineKind::blank) ++next;
      if (next >= lines.size()) break;
      const std::string_view line = view(next);
      const size_t figures = std::min(line.find_first_of("0123456789"), line.size());
      const std::string label = source::fold(trim_decorations(line.substr(0, figures)));
      if (label.empty() || !(ae ? is_ae(label) : is_cp(label))) break;
      const auto amounts = amounts_only(line.substr(figures), lines[next].line.begin + static_cast<uint32_t>(figures), years->size(), years->size());
      if (!amounts) break;
      const std::string_view written = trim_decorations(line.substr(0, figures));
      const auto label_at = lines[next].line.begin + static_cast<uint32_t>(written.data() - line.data());
      std::vector<Span> cells{{label_at, label_at + static_cast<uint32_t>(written.size())}};
      cells.insert(cells.end(), amounts->begin(), amounts->end());
      rows.emplace_back(next, std::move(cells));
      at = next;
    }
    if (rows.size() != 2) continue;
    lines[h].kind = LineKind::table_row;
    lines[h].cells = {Span{lines[h].line.begin, lines[h].line.begin}};
    lines[h].cells.insert(lines[h].cells.end(), years->begin(), years->end());
    for (auto& [row, cells] : rows) {
      lines[row].kind = LineKind::table_row;
      lines[row].cells = std::move(cells);
    }
    h = rows.back().first;
  }
}

}  // namespace convlint::document
