#include "document/flattened_tables.hpp"

#include <algorithm>
#include <optional>

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
constexpr size_t longest_stacked_cell = 40;  // bytes of a header cell alone on its line
constexpr size_t max_stacked_cells = 3;     // the year's, the AE's and the CP's

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
// `most` of them.
std::optional<std::vector<Span>> amounts_only(std::string_view text, uint32_t base, size_t fewest, size_t most) {
  const grammar::InlineFacts facts = grammar::scan_inline(text);
  if (facts.amounts.size() < fewest || facts.amounts.size() > most || !facts.dates.empty()) return std::nullopt;
  std::string uncovered(text);
  for (const auto& amount : facts.amounts) uncovered.replace(amount.span.begin, amount.span.size(), amount.span.size(), ' ');
  if (uncovered.find_first_not_of(" \t") != std::string::npos) return std::nullopt;
  std::vector<Span> cells;
  for (const auto& amount : facts.amounts) cells.push_back({base + amount.span.begin, base + amount.span.end});
  return cells;
}

// The cells of a row's line: a year (or a word such as « Total »), then two amounts, or one when the other was put on
// the next line (`pdftotext` without -layout).
std::optional<std::vector<Span>> row_cells(std::string_view line, Span whole) {
  const std::string_view trimmed = trim_decorations(line.substr(std::min(line.find_first_not_of('\f'), line.size())));
  const size_t space = trimmed.find(' ');
  if (space == std::string_view::npos) return std::nullopt;
  const std::string_view label = trimmed.substr(0, space);
  if (!is_row_label(label)) return std::nullopt;
  const std::string_view rest = trimmed.substr(space + 1);
  auto amounts = amounts_only(rest, whole.begin + static_cast<uint32_t>(rest.data() - line.data()), 1, 2);
  if (!amounts) return std::nullopt;
  const auto label_at = whole.begin + static_cast<uint32_t>(label.data() - line.data());
  std::vector<Span> cells{{label_at, label_at + static_cast<uint32_t>(label.size())}};
  cells.insert(cells.end(), amounts->begin(), amounts->end());
  return cells;
}

// The cells of a header written one per line: the lines of `taken`, which name the AE column, then the CP column
// (and may start with the year's).
std::optional<std::vector<Span>> stacked_header_cells(std::string_view text, const std::vector<ParsedLine>& lines,
                                                      const std::vector<size_t>& taken) {
  std::vector<Span> cells;
  std::vector<std::string> folded;
  for (const size_t at : taken) {
    const std::string_view cell = trim_decorations(text.substr(lines[at].line.begin, lines[at].line.size()));
    const auto begin = static_cast<uint32_t>(cell.data() - text.data());
    cells.push_back({begin, begin + static_cast<uint32_t>(cell.size())});
    folded.push_back(source::fold(cell));
  }
  const size_t n = folded.size();
  if (!is_cp(folded[n - 1]) || !is_ae(folded[n - 2]) || (n == 3 && (is_ae(folded[0]) || is_cp(folded[0])))) return std::nullopt;
  if (n == 2) cells.insert(cells.begin(), Span{cells.front().begin, cells.front().begin});  // no year cell
  return cells;
}

}  // namespace

void mark_flattened_schedules(std::string_view text, std::vector<ParsedLine>& lines) {
  auto view = [&](size_t at) { return text.substr(lines[at].line.begin, lines[at].line.size()); };
  // The next text line after `at`, across blank lines; none when anything else comes first.
  auto next_text = [&](size_t at) -> std::optional<size_t> {
    for (int blanks = 0; ++at < lines.size() && blanks < farthest_row; ++blanks) {
      if (lines[at].kind == LineKind::text) return at;
      if (lines[at].kind != LineKind::blank) return std::nullopt;
    }
    return std::nullopt;
  };
  auto starts_with_year = [&](std::optional<size_t> at) {
    if (!at) return false;
    const std::string_view line = view(*at);
    const std::string_view start = line.substr(std::min(line.find_first_not_of(" \t\f"), line.size()));
    return start.size() > 5 && start.substr(0, 4).find_first_not_of("0123456789") == std::string_view::npos && start[4] == ' ';
  };
  auto short_line = [&](size_t at) { return view(at).size() <= longest_stacked_cell && !has_digit(view(at)); };
  for (size_t h = 0; h < lines.size(); ++h) {
    if (lines[h].kind != LineKind::text) continue;
    // The header: one line, or its cells one per line (« Exercice », « AE », « CP »), the last one just before a year.
    std::vector<size_t> header_lines{h};
    std::optional<std::vector<Span>> header;
    if (starts_with_year(next_text(h))) {
      header = header_cells(view(h), lines[h].line);
    } else if (const auto next = next_text(h);
               short_line(h) && next && short_line(*next) && (may_name_ae(view(h)) || may_name_ae(view(*next)))) {
      for (auto at = next_text(h); at && short_line(*at) && header_lines.size() < max_stacked_cells; at = next_text(*at)) {
        header_lines.push_back(*at);
        if (!starts_with_year(next_text(*at))) continue;
        header = stacked_header_cells(text, lines, header_lines);
        break;
      }
    }
    if (!header) continue;
    std::vector<std::pair<std::vector<size_t>, std::vector<Span>>> rows;  // the lines of each row, its cells
    for (auto at = next_text(header_lines.back()); at;) {
      auto cells = row_cells(view(*at), lines[*at].line);
      if (!cells) break;
      std::vector<size_t> row_lines{*at};
      if (cells->size() == 2) {  // the second amount on the next line
        const auto next = next_text(*at);
        const auto second = next ? amounts_only(view(*next), lines[*next].line.begin, 1, 1) : std::nullopt;
        if (!second) break;
        cells->push_back(second->front());
        row_lines.push_back(*next);
      }
      at = next_text(row_lines.back());
      rows.emplace_back(std::move(row_lines), std::move(*cells));
    }
    if (rows.empty()) continue;
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

}  // namespace convlint::document
