// The AE/CP schedule: the table whose header names AE and CP columns, read row by row.
#include <algorithm>

#include "document/facts_extraction.hpp"
#include "inline.hpp"
#include "source/folded_text.hpp"

namespace convlint::document {

namespace {

bool is_ae(std::string_view folded) {
  return folded == "ae" || folded.starts_with("ae ") || folded.starts_with("ae(") ||
         folded.find("autorisation") != std::string_view::npos;
}

bool is_cp(std::string_view folded) {
  return folded == "cp" || folded.starts_with("cp ") || folded.starts_with("cp(") ||
         folded.find("credits de paiement") != std::string_view::npos;
}

// The leading four-digit year of a cell (« 2024 », « 2024 (prévisionnel) »).
std::optional<int> leading_year(std::string_view cell) {
  cell = trim_decorations(cell);
  if (cell.size() < 4 || cell.substr(0, 4).find_first_not_of("0123456789") != std::string_view::npos) return std::nullopt;
  if (cell.size() > 4 && cell[4] >= '0' && cell[4] <= '9') return std::nullopt;
  const int year = std::stoi(std::string(cell.substr(0, 4)));
  return year >= 1990 && year <= 2100 ? std::optional<int>(year) : std::nullopt;
}

// Strips a footnote mark (³) or markdown from a header cell before reading it.
std::string header_word(std::string_view cell) {
  std::string folded = source::fold(trim_decorations(cell));
  while (!folded.empty() && static_cast<unsigned char>(folded.back()) >= 0x80) folded.pop_back();
  return folded;
}

// The cell from byte `from` of `text` on (a cell that shares its first column with the year: « 2025 200 000 € »).
ScheduleCell read_cell(const Text& text, size_t from = 0) {
  ScheduleCell cell;
  const std::string_view view = text.view().substr(std::min(from, text.view().size()));
  cell.text = std::string(view);
  cell.span = text.source_span(static_cast<uint32_t>(text.view().size() - view.size()), static_cast<uint32_t>(text.view().size()));
  const auto base = static_cast<uint32_t>(text.view().size() - view.size());
  for (const auto& raw : grammar::scan_inline(view).amounts)
    cell.amounts.push_back({raw.cents, text.source_span(base + raw.span.begin, base + raw.span.end)});
  if (cell.amounts.empty()) {
    if (auto cents = grammar::bare_amount_cents(view)) cell.amounts.push_back({*cents, cell.span});
  }
  return cell;
}

ScheduleCell read_cell(const Row& row, size_t column) {
  if (column >= row.cells.size()) return {};
  return read_cell(row.cells[column].text);
}

struct Columns {
  size_t year = 0;
  size_t ae = 0;
  size_t cp = 0;
  size_t header_cells = 0;
  // « Année AE | CP » over « 2025 200 000 € | 120 000 € »: a conversion lost the gap between the years and the AE.
  bool year_holds_ae = false;

  // A header that leaves out the empty cell above the years (« AE | CP » over « 2025 | 10 € | 5 € ») names its
  // columns one place too early: shift them by the cells the row has more.
  Columns in(const Row& row) const {
    if (ae == 0 || cp == 0) {
      size_t shift = row.cells.size() > header_cells ? row.cells.size() - header_cells : 0;
      // The row lost a cell too (its CP wrapped to the next line): the year still stands first.
      if (shift == 0 && !year_holds_ae && !row.cells.empty() && leading_year(row.cells[0].text.view())) shift = 1;
      if (shift > 0) return {0, ae + shift, cp + shift, header_cells, false};
    }
    return *this;
  }
};

std::optional<Columns> header_columns(const Row& row) {
  std::optional<size_t> ae, cp;
  bool merged = false;
  for (size_t i = 0; i < row.cells.size(); ++i) {
    const std::string word = header_word(row.cells[i].text.view());
    if (!ae && is_ae(word)) {
      ae = i;
    } else if (!ae && i == 0 && word.ends_with(" ae")) {
      ae = i;
      merged = true;
    } else if (!cp && is_cp(word)) {
      cp = i;
    }
  }
  if (!ae || !cp) return std::nullopt;
  return Columns{0, *ae, *cp, row.cells.size(), merged};
}

std::optional<Schedule> read_schedule(const Table& table) {
  const auto rows = table.content_rows();
  for (size_t h = 0; h < rows.size(); ++h) {
    const auto header = header_columns(*rows[h]);
    if (!header) continue;
    Schedule schedule;
    schedule.span = table.span();
    for (size_t r = h + 1; r < rows.size(); ++r) {
      const Row& row = *rows[r];
      if (row.cells.empty()) continue;
      const Columns columns = header->in(row);
      const Text& year_cell = row.cells[columns.year].text;
      const auto year = leading_year(year_cell.view());
      if (!year) continue;
      if (columns.year_holds_ae) {
        const size_t year_end = year_cell.view().find(std::to_string(*year)) + 4;
        schedule.rows.push_back({*year, year_cell.source_span(static_cast<uint32_t>(year_end - 4), static_cast<uint32_t>(year_end)),
                                 read_cell(year_cell, year_end), read_cell(row, columns.cp)});
        continue;
      }
      schedule.rows.push_back({*year, year_cell.span(), read_cell(row, columns.ae), read_cell(row, columns.cp)});
    }
    return schedule;
  }
  return std::nullopt;
}

}  // namespace

std::optional<Schedule> extract_schedule(const Document& document) {
  for (size_t a = 0; a < document.articles.size(); ++a) {
    for (const Block& block : document.articles[a].blocks) {
      if (block.kind != BlockKind::table) continue;
      if (auto schedule = read_schedule(block.table)) {
        schedule->article = static_cast<int>(a);
        return schedule;
      }
    }
  }
  for (const Annex& annex : document.annexes) {
    for (const Block& block : annex.blocks) {
      if (block.kind == BlockKind::table) {
        if (auto schedule = read_schedule(block.table)) return schedule;
      }
    }
  }
  return std::nullopt;
}

}  // namespace convlint::document
