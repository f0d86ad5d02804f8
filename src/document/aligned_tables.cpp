#include "document/aligned_tables.hpp"

#include <algorithm>
#include <optional>

#include "document/schedule_words.hpp"
#include "document/text.hpp"
#include "source/line_map.hpp"

namespace convlint::document {

namespace {

using grammar::LineKind;
using grammar::ParsedLine;

constexpr size_t column_spaces = 3;   // spaces between two columns (justified prose stretches a space to two)
constexpr size_t longest_cell = 48;   // code points: a longer run of words is prose
constexpr size_t shared_within = 1;   // code points a column may move from one row to the next

struct Group {
  size_t begin, end;  // bytes in the line
  size_t column;      // code points from the line start
};

// The runs of words of `line` separated by `column_spaces` or more spaces, when there are several and none is long.
std::vector<Group> groups_of(std::string_view line) {
  std::vector<Group> groups;
  if (line.find(std::string_view("   ", column_spaces)) == std::string_view::npos) return groups;  // one column at most
  const size_t page_breaks = std::min(line.find_first_not_of('\f'), line.size());  // a form feed takes no column
  size_t at = line.find_first_not_of(' ', page_breaks);
  size_t column = 0, counted = page_breaks;  // code points up to byte `counted`
  while (at != std::string_view::npos && at < line.size()) {
    size_t end = at;
    while (true) {
      const size_t word_end = line.find(' ', end);
      if (word_end == std::string_view::npos) {
        end = line.size();
        break;
      }
      const size_t next = line.find_first_not_of(' ', word_end);
      if (next == std::string_view::npos || next - word_end >= column_spaces) {
        end = word_end;
        break;
      }
      end = next;
    }
    column += source::count_code_points(line.substr(counted, at - counted));
    counted = at;
    groups.push_back({at, end, column});
    if (source::count_code_points(line.substr(at, end - at)) > longest_cell) return {};
    at = line.find_first_not_of(' ', end);
  }
  if (groups.size() < 2) groups.clear();
  return groups;
}

// A code's end, one word with a figure (« DD21 » under « 0111-DR21- »): what a code cut at a hyphen leaves below.
bool is_code_piece(std::string_view words) { return words.find(' ') == std::string_view::npos && has_digit(words); }

// The one run of words of an indented line (« ⎵⎵⎵⎵⎵⎵d'engagement »): the second line of a cell wrapped in its column,
// when it stands between two rows and under one of their columns. A few words without figures, not a label (« : »),
// or the end of a code cut at a hyphen.
std::optional<Group> lone_group(std::string_view line) {
  const size_t at = line.find_first_not_of(' ');
  if (at == std::string_view::npos || at < column_spaces) return std::nullopt;
  line = line.substr(0, line.find_last_not_of(' ') + 1);  // pandoc pads a cell to its column's width
  const std::string_view words = line.substr(at);
  if (is_code_piece(words) && source::count_code_points(words) <= longest_cell) return Group{at, line.size(), source::count_code_points(line.substr(0, at))};
  if (words.find(std::string_view("   ", column_spaces)) != std::string_view::npos || !is_few_words(words) ||
      source::count_code_points(words) > longest_cell)
    return std::nullopt;
  return Group{at, line.size(), source::count_code_points(line.substr(0, at))};
}

// Whether two rows have a column at the same place, the one at the start of the line left aside.
bool shares_a_column(const std::vector<Group>& a, const std::vector<Group>& b) {
  for (const Group& one : a) {
    for (const Group& other : b) {
      const size_t x = one.column, y = other.column;
      if (x > shared_within && y > shared_within && (x > y ? x - y : y - x) <= shared_within) return true;
    }
  }
  return false;
}

// The column of `columns` (the fullest row's groups) a group of a shorter row stands in, not before `from`: the one
// whose start it spans (a value pushed past a tab stop, as the PDF drew it), else the last one starting at or
// before it.
size_t column_of(std::string_view line, const Group& group, const std::vector<Group>& columns, size_t from) {
  const size_t width = source::count_code_points(line.substr(group.begin, group.end - group.begin));
  for (size_t c = from; c < columns.size(); ++c) {
    if (columns[c].column > group.column + shared_within && columns[c].column < group.column + width) return c;
  }
  size_t target = from;
  for (size_t c = from; c < columns.size(); ++c) {
    if (columns[c].column <= group.column + shared_within) target = c;
  }
  return target;
}

// The groups of a row, each cut at its last space before a column start of the fullest row that it runs over: a
// conversion that put too little room between two cells (« 2025 150.000 € » under « Exercice   AE »).
std::vector<Group> split_at_columns(std::string_view line, const std::vector<Group>& row, const std::vector<Group>& columns) {
  std::vector<Group> split;
  auto at_a_column = [&](const Group& group) {
    return std::any_of(columns.begin(), columns.end(), [&](const Group& column) {
      const size_t x = column.column, y = group.column;
      return (x > y ? x - y : y - x) <= shared_within;
    });
  };
  auto digit = [](char c) { return c >= '0' && c <= '9'; };
  for (Group group : row) {
    for (const Group& column : columns) {
      if (!at_a_column(group)) break;  // a cell that stands at no column start is left whole
      if (column.column <= group.column + shared_within) continue;
      const size_t offset = column.column - group.column;  // code points; the cut looks for a space before it
      const std::string_view inside = line.substr(group.begin, group.end - group.begin);
      if (source::count_code_points(inside) <= offset) break;
      size_t cut = inside.size();
      for (size_t at = 0, points = 0; at < inside.size() && points <= offset; ++at) {
        if ((static_cast<unsigned char>(inside[at]) & 0xC0) != 0x80) ++points;
        // Never inside a number (« 110 000 »), but after a year (« 2025 150.000 € »): a group of thousands has three digits.
        const size_t word = inside.rfind(' ', at == 0 ? 0 : at - 1) == std::string_view::npos ? 0 : inside.rfind(' ', at - 1) + 1;
        const bool after_year = at - word == 4 && std::all_of(inside.begin() + static_cast<std::ptrdiff_t>(word),
                                                               inside.begin() + static_cast<std::ptrdiff_t>(at), digit);
        const bool between_digits = at > 0 && at + 1 < inside.size() && digit(inside[at - 1]) && digit(inside[at + 1]) && !after_year;
        if (inside[at] == ' ' && points <= offset && !between_digits) cut = at;
      }
      if (cut == inside.size() || cut == 0) continue;
      split.push_back({group.begin, group.begin + cut, group.column});
      const size_t rest = line.find_first_not_of(' ', group.begin + cut);
      group = {rest, group.end, group.column + source::count_code_points(line.substr(group.begin, rest - group.begin))};
    }
    split.push_back(group);
  }
  return split;
}

// The groups of a row whose first cell ran into the second, when cutting its label off gives `wanted` cells: tab
// stops may put a header's cells further right than the values under them, and a short label then has a single space
// before the next cell (« 2025 150 000 €    100 000 € » and « Total 150 000 €   150 000 € » under « Exercice      AE
// CP »). The label is a year or a word without digits; what follows it starts with a figure.
std::optional<std::vector<Group>> label_cut_off(std::string_view line, const std::vector<Group>& row, size_t wanted) {
  if (row.empty() || row.size() + 1 != wanted) return std::nullopt;
  const Group& first = row.front();
  const std::string_view cell = line.substr(first.begin, first.end - first.begin);
  const size_t space = cell.find(' ');
  if (space == std::string_view::npos || space + 1 >= cell.size()) return std::nullopt;
  const std::string_view label = cell.substr(0, space);
  if (!is_row_label(label) || cell[space + 1] < '0' || cell[space + 1] > '9') return std::nullopt;
  std::vector<Group> cut{{first.begin, first.begin + space, first.column},
                         {first.begin + space + 1, first.end, first.column + source::count_code_points(label) + 1}};
  cut.insert(cut.end(), row.begin() + 1, row.end());
  return cut;
}

}  // namespace

void mark_aligned_tables(std::string_view text, std::vector<ParsedLine>& lines) {
  std::vector<std::vector<Group>> groups(lines.size());
  std::vector<std::optional<Group>> lone(lines.size());  // lines that may be the rest of a wrapped cell
  for (size_t i = 0; i < lines.size(); ++i) {
    if (lines[i].kind != LineKind::text) continue;
    const std::string_view line = text.substr(lines[i].line.begin, lines[i].line.size());
    groups[i] = groups_of(line);
    if (groups[i].empty()) lone[i] = lone_group(line);
  }
  // The row just above or below line `i`: blank lines, footnotes and page breaks may stand between (a table cut by
  // the notes at the foot of its page).
  auto neighbour = [&](size_t i, int step) -> std::optional<size_t> {
    constexpr int farthest = 8;
    for (int distance = 1; distance <= farthest; ++distance) {
      const long at = static_cast<long>(i) + step * distance;
      if (at < 0 || at >= static_cast<long>(lines.size())) return std::nullopt;
      const auto index = static_cast<size_t>(at);
      if (!groups[index].empty()) return index;
      const LineKind kind = lines[index].kind;
      if (kind != LineKind::blank && kind != LineKind::footnote_text && kind != LineKind::page_break &&
          kind != LineKind::horizontal_rule && kind != LineKind::separator_row && !lone[index])
        return std::nullopt;
    }
    return std::nullopt;
  };
  // Rows next to each other that share a column, or that have as many columns and figures in one of them (a
  // header may stand at other places than the values: tab stops that text widths pushed).
  auto line_has_digit = [&](size_t i) { return has_digit(text.substr(lines[i].line.begin, lines[i].line.size())); };
  // As many columns once a group is cut at the other row's column starts (« Année AE ⟶ CP » over « 2025 ⟶ 200 000 €
  // ⟶ 150 000 € »: the header lost the room between two of its cells).
  auto as_many_columns = [&](size_t i, size_t j) {
    auto cut = [&](size_t a, size_t b) {
      if (groups[a].size() >= groups[b].size()) return groups[a].size();
      return split_at_columns(text.substr(lines[a].line.begin, lines[a].line.size()), groups[a], groups[b]).size();
    };
    return cut(i, j) == groups[j].size() || cut(j, i) == groups[i].size();
  };
  std::vector<bool> row(lines.size(), false);
  for (size_t i = 0; i < lines.size(); ++i) {
    if (groups[i].empty()) continue;
    for (const int step : {-1, 1}) {
      // The two rows on each side: a header may stand two rows above a row that lacks a cell.
      auto j = neighbour(i, step);
      for (int rows_away = 1; j && rows_away <= 2 && !row[i]; ++rows_away, j = neighbour(*j, step)) {
        const bool same_count = rows_away == 1 && as_many_columns(i, *j) && (line_has_digit(i) || line_has_digit(*j));
        if (shares_a_column(groups[i], groups[*j]) || same_count) row[i] = true;
      }
    }
  }
  // Whether the cell of row `above` in the column of `piece` ends with a hyphen: the code the piece finishes.
  auto cut_above = [&](size_t above, const Group& piece) {
    const std::string_view line = text.substr(lines[above].line.begin, lines[above].line.size());
    return std::any_of(groups[above].begin(), groups[above].end(), [&](const Group& cell) {
      return cell.column == piece.column && line.substr(cell.begin, cell.end - cell.begin).ends_with('-');
    });
  };
  for (size_t i = 0; i < lines.size(); ++i) {
    if (!lone[i]) continue;
    const auto above = neighbour(i, -1), below = neighbour(i, 1);
    if (!above || !below || !row[*above] || !row[*below]) continue;
    const std::vector<Group> own{*lone[i]};
    if (!shares_a_column(own, groups[*above]) && !shares_a_column(own, groups[*below])) continue;
    const std::string_view line = text.substr(lines[i].line.begin, lines[i].line.size());
    if (is_code_piece(line.substr(lone[i]->begin, lone[i]->end - lone[i]->begin)) && !cut_above(*above, *lone[i])) continue;
    groups[i] = own;
    row[i] = true;
  }
  // A rule drawn between two rows (under the header of a plain-text table: « ------- ------------ ») belongs to the
  // table.
  for (size_t i = 1; i + 1 < lines.size(); ++i) {
    if (lines[i].kind != LineKind::horizontal_rule) continue;
    const auto above = neighbour(i, -1), below = neighbour(i, 1);
    if (above && below && row[*above] && row[*below]) lines[i].kind = LineKind::separator_row;
  }
  for (size_t i = 0; i < lines.size(); ++i) {
    if (!row[i]) continue;
    ParsedLine& line = lines[i];
    line.kind = LineKind::table_row;
    line.cells.clear();
    // A row with fewer cells than the fullest row of its table (« 2025          110 000 € »: no AE) has each cell
    // under the column it stands at, empty cells between.
    const std::vector<Group>* fullest = &groups[i];
    for (const int step : {-1, 1}) {
      for (auto j = neighbour(i, step); j && row[*j]; j = neighbour(*j, step)) {
        if (groups[*j].size() > fullest->size()) fullest = &groups[*j];
      }
    }
    const std::string_view text_of_line = text.substr(line.line.begin, line.line.size());
    if (const auto cut = label_cut_off(text_of_line, groups[i], fullest->size())) {
      for (const Group& group : *cut)
        line.cells.push_back({line.line.begin + static_cast<uint32_t>(group.begin), line.line.begin + static_cast<uint32_t>(group.end)});
      continue;
    }
    size_t next_column = 0;
    for (const Group& group : split_at_columns(text_of_line, groups[i], *fullest)) {
      const Span cell{line.line.begin + static_cast<uint32_t>(group.begin), line.line.begin + static_cast<uint32_t>(group.end)};
      const size_t target = column_of(text_of_line, group, *fullest, next_column);
      while (line.cells.size() < target) line.cells.push_back({cell.begin, cell.begin});
      line.cells.push_back(cell);
      next_column = line.cells.size();
    }
  }
}

}  // namespace convlint::document
