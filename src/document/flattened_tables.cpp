#include "document/flattened_tables.hpp"

#include <algorithm>
#include <optional>

#include "document/schedule_words.hpp"
#include "document/text.hpp"
#include "inline.hpp"
#include "source/folded_text.hpp"

namespace convlint::document {

namespace {

using grammar::LineKind;
using grammar::ParsedLine;

constexpr size_t longest_header = 120;  // bytes: a longer line is prose
constexpr long header_words = 10;       // words: a line of more is prose
constexpr int farthest_row = 3;         // lines (blank ones) between a header or row and the next row

// Where the word `word` starts in `folded`, at word boundaries; npos when it is not there.
size_t word_at(std::string_view folded, std::string_view word) {
  for (size_t at = folded.find(word); at != std::string_view::npos; at = folded.find(word, at + 1)) {
    const bool starts = at == 0 || !std::isalnum(static_cast<unsigned char>(folded[at - 1]));
    const size_t end = at + word.size();
    if (starts && (end == folded.size() || !std::isalnum(static_cast<unsigned char>(folded[end])))) return at;
  }
  return std::string_view::npos;
}

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
  size_t ae = std::min(word_at(view, "ae"), view.find("autorisation"));
  size_t cp = std::min(word_at(view, "cp"), view.find("credits de paiement"));
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

// The cells of a row: a year (or a word such as « Total »), then exactly two amounts and nothing else.
std::optional<std::vector<Span>> row_cells(std::string_view line, Span whole) {
  const std::string_view trimmed = trim_decorations(line);
  const size_t space = trimmed.find(' ');
  if (space == std::string_view::npos) return std::nullopt;
  const std::string_view label = trimmed.substr(0, space);
  const bool year = label.size() == 4 && label.find_first_not_of("0123456789") == std::string_view::npos;
  const bool word = label.find_first_of("0123456789") == std::string_view::npos;
  if (!year && !word) return std::nullopt;
  const std::string_view rest = trimmed.substr(space + 1);
  const grammar::InlineFacts facts = grammar::scan_inline(rest);
  if (facts.amounts.size() != 2 || !facts.dates.empty()) return std::nullopt;
  const auto offset = static_cast<uint32_t>(rest.data() - line.data());
  std::string uncovered(rest);  // what the two amounts leave of the line must be blank
  for (const auto& amount : facts.amounts) uncovered.replace(amount.span.begin, amount.span.size(), amount.span.size(), ' ');
  if (uncovered.find_first_not_of(' ') != std::string::npos) return std::nullopt;
  const auto label_at = static_cast<uint32_t>(label.data() - line.data());
  std::vector<Span> cells{{whole.begin + label_at, whole.begin + label_at + static_cast<uint32_t>(label.size())}};
  for (const auto& amount : facts.amounts)
    cells.push_back({whole.begin + offset + amount.span.begin, whole.begin + offset + amount.span.end});
  return cells;
}

}  // namespace

void mark_flattened_schedules(std::string_view text, std::vector<ParsedLine>& lines) {
  auto view = [&](const ParsedLine& line) { return text.substr(line.line.begin, line.line.size()); };
  // Where the next line that is not blank starts with a year and a space: where a header may stand just before.
  auto year_follows = [&](size_t h) {
    size_t at = h + 1;
    while (at < lines.size() && lines[at].kind == LineKind::blank) ++at;
    if (at >= lines.size() || lines[at].kind != LineKind::text) return false;
    const std::string_view line = view(lines[at]);
    const std::string_view next = line.substr(std::min(line.find_first_not_of(" \t"), line.size()));
    return next.size() > 5 && next.substr(0, 4).find_first_not_of("0123456789") == std::string_view::npos && next[4] == ' ';
  };
  for (size_t h = 0; h < lines.size(); ++h) {
    if (lines[h].kind != LineKind::text || !year_follows(h)) continue;
    auto header = header_cells(view(lines[h]), lines[h].line);
    if (!header) continue;
    std::vector<std::pair<size_t, std::vector<Span>>> rows;
    for (size_t at = h + 1, blanks = 0; at < lines.size() && blanks < farthest_row; ++at) {
      if (lines[at].kind == LineKind::blank) {
        ++blanks;
        continue;
      }
      auto cells = lines[at].kind == LineKind::text ? row_cells(view(lines[at]), lines[at].line) : std::nullopt;
      if (!cells) break;
      rows.emplace_back(at, std::move(*cells));
      blanks = 0;
    }
    if (rows.empty()) continue;
    lines[h].kind = LineKind::table_row;
    lines[h].cells = std::move(*header);
    for (auto& [at, cells] : rows) {
      lines[at].kind = LineKind::table_row;
      lines[at].cells = std::move(cells);
    }
    h = rows.back().first;
  }
}

}  // namespace convlint::document
