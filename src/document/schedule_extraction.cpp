// The AE/CP schedule: the table whose header names AE and CP columns, read row by row.
#include <algorithm>
#include <cctype>

#include "document/facts_extraction.hpp"
#include "document/prose_schedule.hpp"
#include "document/schedule_words.hpp"
#include "inline.hpp"
#include "source/find_word.hpp"
#include "source/folded_text.hpp"

namespace convlint::document {

namespace {

// The leading four-digit year of a cell (« 2024 », « 2024 (prévisionnel) »).
std::optional<int> leading_year(std::string_view cell) {
  cell = trim_decorations(cell);
  if (cell.size() < 4 || cell.substr(0, 4).find_first_not_of("0123456789") != std::string_view::npos) return std::nullopt;
  if (cell.size() > 4 && cell[4] >= '0' && cell[4] <= '9') return std::nullopt;
  const int year = std::stoi(std::string(cell.substr(0, 4)));
  return year >= 1990 && year <= 2100 ? std::optional<int>(year) : std::nullopt;
}

// The cell from byte `from` of `text` on (a cell that shares its first column with the year: « 2025 200 000 € »).
ScheduleCell read_cell(const Text& text, size_t from = 0, int64_t scale = 1) {
  ScheduleCell cell;
  std::string_view view = text.view().substr(std::min(from, text.view().size()));
  // A table's rule that OCR read as a bracket or a bar beside the figure (« [3 000 000 »).
  constexpr std::string_view borders = "[]|";
  while (!view.empty() && borders.find(view.front()) != std::string_view::npos) view.remove_prefix(1);
  while (!view.empty() && borders.find(view.back()) != std::string_view::npos) view.remove_suffix(1);
  cell.text = std::string(view);
  const auto base = static_cast<uint32_t>(view.data() - text.view().data());
  cell.span = text.source_span(base, base + static_cast<uint32_t>(view.size()));
  for (const auto& raw : grammar::scan_inline(view).amounts)
    cell.amounts.push_back({raw.cents, text.source_span(base + raw.span.begin, base + raw.span.end)});
  if (cell.amounts.empty()) {
    if (auto cents = grammar::bare_amount_cents(view)) cell.amounts.push_back({*cents * scale, cell.span});
  }
  return cell;
}

// « 1 800 000 € 1 200 000 € » in the AE cell and nothing in the CP's: a conversion lost the gap between the two
// columns (tab stops too close for a PDF reader to see one). Two amounts and nothing else are the AE and the CP.
void split_two_amounts(ScheduleCell& ae, ScheduleCell& cp) {
  if (ae.amounts.size() != 2) return;
  const uint32_t begin = ae.span.begin;
  std::string rest = ae.text;
  for (const Amount& amount : ae.amounts) {
    if (amount.span.begin < begin || amount.span.end - begin > rest.size()) return;
    rest.replace(amount.span.begin - begin, amount.span.size(), amount.span.size(), ' ');
  }
  if (rest.find_first_not_of(" \t") != std::string::npos) return;
  auto cell_of = [&](const Amount& amount) {
    ScheduleCell cell;
    cell.text = ae.text.substr(amount.span.begin - begin, amount.span.size());
    cell.span = amount.span;
    cell.amounts = {amount};
    return cell;
  };
  cp = cell_of(ae.amounts[1]);
  ae = cell_of(ae.amounts[0]);
}

ScheduleCell read_cell(const Row& row, size_t column, int64_t scale) {
  if (column >= row.cells.size()) return {};
  return read_cell(row.cells[column].text, 0, scale);
}

// « Total 250 000 € | 220 000 € | » under « Nature de la dépense | AE | CP »: the label and the AE share a cell (the
// gap after a short label was too narrow to read as a column's) and the CP stands in the AE's column.
void label_holds_ae(const Row& row, size_t label_column, int64_t scale, ScheduleCell& ae, ScheduleCell& cp) {
  const Text& label = row.cells[label_column].text;
  const auto amounts = grammar::scan_inline(label.view()).amounts;
  if (amounts.size() != 1) return;
  const std::string_view words = label.view().substr(0, amounts.front().span.begin);
  if (std::none_of(words.begin(), words.end(), [](char c) { return (c | 0x20) >= 'a' && (c | 0x20) <= 'z'; })) return;
  cp = std::move(ae);
  ae = read_cell(label, amounts.front().span.begin, scale);
}

struct Columns {
  size_t year = 0;
  size_t ae = 0;
  size_t cp = 0;
  size_t header_cells = 0;
  // « Année AE | CP » over « 2025 200 000 € | 120 000 € »: a conversion lost the gap between the years and the AE.
  bool year_holds_ae = false;
  // « AnnéeAE | CP »: the header's first cell names the years and the AE; rows may keep them apart or not.
  bool glued_header = false;
  // Nothing is named after the CP column: the figures of a row end with its CP.
  bool cp_last = false;

  // A header that leaves out the empty cell above the years (« AE | CP » over « 2025 | 10 € | 5 € ») names its
  // columns one place too early: shift them by the cells the row has more.
  Columns in(const Row& row) const {
    if (glued_header) {
      const std::string_view first = row.cells.empty() ? std::string_view() : trim_decorations(row.cells[0].text.view());
      const bool amount_after_year = first.size() > 5 && leading_year(first) && first[5] >= '0' && first[5] <= '9';
      if (amount_after_year) return {0, 0, cp, header_cells, true};  // « 2025 80 000 € | … »
      return {0, 1, cp + 1, header_cells + 1, false};
    }
    if (ae == 0 || cp == 0) {
      size_t shift = row.cells.size() > header_cells ? row.cells.size() - header_cells : 0;
      // The row lost a cell too (its CP wrapped to the next line): the year still stands first.
      if (shift == 0 && !year_holds_ae && !row.cells.empty() && leading_year(row.cells[0].text.view())) shift = 1;
      if (shift > 0) return {0, ae + shift, cp + shift, header_cells, false};
    }
    // Columns before the years (« Programme | Année | AE | CP »), whose cell a row may leave empty or out: the year
    // heads the column just before the AE, and the amounts follow the row's year.
    if (ae > 1 && !year_holds_ae && !row.cells.empty()) {
      if (leading_year(row.cells[0].text.view())) {
        const size_t left_out = row.cells.size() < header_cells ? std::min(header_cells - row.cells.size(), ae - 1) : 0;
        return {0, ae - left_out, cp - left_out, header_cells, false};
      }
      for (size_t y = 1; y < row.cells.size(); ++y) {
        if (leading_year(row.cells[y].text.view())) return {y, y + 1, y + 1 + (cp - ae), header_cells, false};
      }
    }
    return *this;
  }
};

// A header cell whose last word, written « AE », is glued to the word before (« AnnéeAE »).
bool glued_ae(std::string_view cell) {
  cell = trim_decorations(cell);
  if (cell.size() < 4 || !cell.ends_with("AE")) return false;
  const char before = cell[cell.size() - 3];
  return before != ' ' && !(before >= 'A' && before <= 'Z');
}

// A row under a header that continues its cells (« Autorisations | Crédits de » over « d'engagement | paiement »):
// no figure, an empty first cell, as many cells.
bool continues_header(const Row& header, const Row& row) {
  return row.cells.size() == header.cells.size() && row.cells.size() > 1 && trim_decorations(row.cells[0].text.view()).empty() &&
         std::none_of(row.cells.begin(), row.cells.end(), [](const Cell& cell) { return has_digit(cell.text.view()); });
}

// A header cell that names the AE and the CP together (« AE = CP », « Montant en AE et CP », « AE/CP »).
bool names_ae_and_cp(std::string_view folded) {
  const size_t ae = std::min(source::find_whole_word(folded, "ae"), folded.find("autorisation"));
  const size_t cp = std::min(source::find_whole_word(folded, "cp"), folded.find("credits de paiement"));
  return ae != std::string_view::npos && cp != std::string_view::npos;
}

std::optional<Columns> header_columns(const Row& row, const Row* continuation = nullptr) {
  std::optional<size_t> ae, cp;
  bool merged = false;
  for (size_t i = 0; i < row.cells.size(); ++i) {
    std::string word = header_word(row.cells[i].text.view());
    if (continuation != nullptr) word += " " + header_word(continuation->cells[i].text.view());
    if (!ae && !cp && names_ae_and_cp(word)) {  // « Montant (AE = CP) »: one column for both
      ae = cp = i;
    } else if (!ae && is_ae(word)) {
      ae = i;
    } else if (!ae && i == 0 && word.ends_with(" ae")) {
      ae = i;
      merged = true;
    } else if (!cp && is_cp(word)) {
      cp = i;
    }
  }
  // « AnnéeAE ⟶ CP »: a tab that the year's label filled up to its stop left no room before « AE »; the rows below
  // keep their year and AE cells apart.
  if (!ae && cp && *cp > 0 && glued_ae(row.cells[0].text.view())) return Columns{0, 0, *cp, row.cells.size(), true, true};
  if (!ae || !cp) return std::nullopt;
  const bool cp_last = std::all_of(row.cells.begin() + static_cast<std::ptrdiff_t>(*cp) + 1, row.cells.end(),
                                   [](const Cell& cell) { return trim_decorations(cell.text.view()).empty(); });
  return Columns{0, *ae, *cp, row.cells.size(), merged, false, cp_last};
}

// Tab stops that OCR or a typist set apart from the header's (« ⇥ ⇥ 2027 ⇥ 1 000 000 ⇥ 1 250 000 » under « Programme ⇥
// Année ⇥ AE ⇥ ⇥ CP »): when nothing is named after the CP, the row's two figures after its year are its AE and CP.
Columns figures_after_year(const Row& row, const Columns& header) {
  Columns columns = header.in(row);
  if (!header.cp_last || columns.glued_header || columns.year_holds_ae) return columns;
  std::vector<size_t> figures;
  for (size_t c = columns.year + 1; c < row.cells.size(); ++c) {
    if (has_digit(row.cells[c].text.view())) figures.push_back(c);
  }
  if (figures.size() == 2) {
    columns.ae = figures[0];
    columns.cp = figures[1];
  }
  return columns;
}

// A table whose bare figures count thousands or millions of euros (« en milliers d'euros », « AE (k€) »): the
// factor named by one of `context` (its header, the line before it, its article's or annex's title), else 1.
// A unit after a figure is an amount's (« 2,5 M€ », « 1,2 million d'euros »), not the table's.
int64_t unit_scale(const Lexicon* lexicon, std::initializer_list<std::string_view> context) {
  if (lexicon == nullptr) return 1;
  auto after_a_figure = [](std::string_view folded, size_t at) {
    while (at > 0 && folded[at - 1] == ' ') --at;
    return at > 0 && folded[at - 1] >= '0' && folded[at - 1] <= '9';
  };
  for (const std::string_view text : context) {
    const std::string folded = source::fold(text);
    for (const auto& [unit, scale] : {std::pair{Core::unit_thousands, int64_t{1000}}, std::pair{Core::unit_millions, int64_t{1000000}}}) {
      for (const std::string& word : lexicon->words(id(unit))) {
        for (size_t at = source::find_whole_word(folded, word); at != std::string_view::npos; at = source::find_whole_word(folded, word, at + 1)) {
          if (!after_a_figure(folded, at)) return scale;
        }
      }
    }
  }
  return 1;
}

// A schedule laid out the other way (« | | 2026 | 2027 | Total | » over « | AE | … | » and « | CP | … | »): years head
// the columns, AE and CP label the rows.
std::optional<Schedule> read_transposed(const Table& table, int64_t scale) {
  const auto rows = table.content_rows();
  for (size_t h = 0; h < rows.size(); ++h) {
    const auto& header = rows[h]->cells;
    const bool years_head = header.size() > 1 && !leading_year(header[0].text.view()) &&
                            std::any_of(header.begin() + 1, header.end(), [](const Cell& cell) { return leading_year(cell.text.view()).has_value(); });
    if (!years_head) continue;
    const Row* ae = nullptr;
    const Row* cp = nullptr;
    for (size_t r = h + 1; r < rows.size(); ++r) {
      if (rows[r]->cells.empty()) continue;
      const std::string label = header_word(rows[r]->cells[0].text.view());
      if (ae == nullptr && is_ae(label)) ae = rows[r];
      else if (cp == nullptr && is_cp(label)) cp = rows[r];
    }
    if (ae == nullptr || cp == nullptr) return std::nullopt;
    Schedule schedule;
    schedule.span = table.span();
    // A header that leaves out the empty corner cell names its years one column too early.
    const size_t shift = ae->cells.size() > header.size() ? ae->cells.size() - header.size() : 0;
    for (size_t column = 1; column < header.size(); ++column) {
      const auto year = leading_year(header[column].text.view());
      if (!year) continue;
      schedule.rows.push_back({*year, header[column].text.span(), read_cell(*ae, column + shift, scale), read_cell(*cp, column + shift, scale)});
    }
    return schedule;
  }
  return std::nullopt;
}

// The one year `context` names (« Répartition des crédits 2026 »), if it names exactly one.
std::optional<int> the_year_named(std::initializer_list<std::string_view> context) {
  std::optional<int> found;
  for (const std::string_view text : context) {
    for (size_t at = text.find("20"); at != std::string_view::npos; at = text.find("20", at + 1)) {
      if (!is_year_at(text, at)) continue;
      const int year = std::stoi(std::string(text.substr(at, 4)));
      if (found && *found != year) return std::nullopt;
      found = year;
    }
  }
  return found;
}

// A table of one year's credits by title or by kind of spending (« Titre 3 | Fonctionnement | AE | CP »), its year
// named by its title or the line before it: one row of that year, its total row's amounts (« Total »), or the sum
// of its rows when it has none.
ScheduleRow one_year(const std::vector<std::pair<ScheduleCell, ScheduleCell>>& rows, const std::vector<const Row*>& sources, int year) {
  for (size_t r = rows.size(); r-- > 0;) {
    const std::string label = source::fold(trim_decorations(sources[r]->cells.front().text.view()));
    if (label.starts_with("total")) return {year, sources[r]->cells.front().text.span(), rows[r].first, rows[r].second};
  }
  auto sum = [&](auto column) {
    ScheduleCell total;
    total.span = (rows.front().*column).span;
    int64_t cents = 0;
    for (const auto& row : rows) {
      cents = add_cents(cents, (row.*column).value());
      total.span = {std::min(total.span.begin, (row.*column).span.begin), std::max(total.span.end, (row.*column).span.end)};
    }
    total.amounts.push_back({cents, total.span});
    return total;
  };
  using Pair = std::pair<ScheduleCell, ScheduleCell>;
  return {year, sources.front()->cells.front().text.span(), sum(&Pair::first), sum(&Pair::second)};
}

std::optional<Schedule> read_schedule(const Table& table, const Lexicon* lexicon, std::string_view before, std::string_view title) {
  const auto rows = table.content_rows();
  for (size_t h = 0; h < rows.size(); ++h) {
    const Row* continuation = h + 1 < rows.size() && continues_header(*rows[h], *rows[h + 1]) ? rows[h + 1] : nullptr;
    const auto header = header_columns(*rows[h], continuation);
    if (!header) continue;
    std::string header_text;
    for (const Cell& cell : rows[h]->cells) header_text += std::string(cell.text.view()) + " ";
    const int64_t scale = unit_scale(lexicon, {header_text, before, title});
    Schedule schedule;
    schedule.span = table.span();
    std::vector<std::pair<ScheduleCell, ScheduleCell>> yearless;  // rows with amounts and no year
    std::vector<const Row*> yearless_rows;
    for (size_t r = h + 1; r < rows.size(); ++r) {
      const Row& row = *rows[r];
      if (row.cells.empty()) continue;
      const Columns columns = figures_after_year(row, *header);
      const Text& year_cell = row.cells[columns.year].text;
      const auto year = leading_year(year_cell.view());
      if (!year) {
        ScheduleCell ae = read_cell(row, columns.ae, scale), cp = read_cell(row, columns.cp, scale);
        if (cp.empty() && ae.amounts.size() == 1 && columns.ae > 0 && columns.cp == columns.ae + 1) label_holds_ae(row, columns.ae - 1, scale, ae, cp);
        if (!ae.amounts.empty() || !cp.amounts.empty()) {
          yearless.emplace_back(std::move(ae), std::move(cp));
          yearless_rows.push_back(&row);
        }
        continue;
      }
      if (columns.year_holds_ae) {
        const size_t year_end = year_cell.view().find(std::to_string(*year)) + 4;
        schedule.rows.push_back({*year, year_cell.source_span(static_cast<uint32_t>(year_end - 4), static_cast<uint32_t>(year_end)),
                                 read_cell(year_cell, year_end, scale), read_cell(row, columns.cp, scale)});
        continue;
      }
      ScheduleCell ae = read_cell(row, columns.ae, scale), cp = read_cell(row, columns.cp, scale);
      if (cp.empty()) split_two_amounts(ae, cp);
      schedule.rows.push_back({*year, year_cell.span(), std::move(ae), std::move(cp)});
    }
    if (schedule.rows.empty() && !yearless.empty()) {
      if (const auto year = the_year_named({header_text, before, title})) schedule.rows.push_back(one_year(yearless, yearless_rows, *year));
    }
    return schedule;
  }
  return read_transposed(table, unit_scale(lexicon, {before, title}));
}

// A label is short, as a heading is; a sentence that leads into the table is not one.
constexpr size_t max_label_bytes = 100;

// The line that introduces a table: a short paragraph or sub-heading just before it that ends with a colon (« Pour
// le ministère de l'Intérieur (programme 216) : »), or a one-cell row above the header.
std::string label_before(const std::vector<Block>& blocks, size_t table) {
  const Table& own = blocks[table].table;
  const auto rows = own.content_rows();
  if (!rows.empty() && !header_columns(*rows.front())) {
    const auto& cells = rows.front()->cells;
    const auto filled = std::count_if(cells.begin(), cells.end(), [](const Cell& cell) { return !trim_decorations(cell.text.view()).empty(); });
    if (filled == 1 && !cells.empty()) return std::string(trim_decorations(cells.front().text.view()));
  }
  if (table == 0 || blocks[table - 1].kind == BlockKind::table) return {};
  const std::string_view text = trim_decorations(blocks[table - 1].text.view());
  if (text.size() > max_label_bytes || !text.ends_with(':')) return {};
  return std::string(trim_decorations(text.substr(0, text.size() - 1)));
}

void read_blocks(const Document& document, const std::vector<Block>& blocks, int article, std::string_view title,
                 std::vector<Schedule>& schedules) {
  for (size_t b = 0; b < blocks.size(); ++b) {
    if (blocks[b].kind != BlockKind::table) continue;
    const std::string_view before = b > 0 && blocks[b - 1].kind != BlockKind::table ? blocks[b - 1].text.view() : std::string_view();
    auto schedule = read_schedule(blocks[b].table, document.lexicon, before, title);
    if (!schedule || schedule->rows.empty()) continue;
    schedule->article = article;
    schedule->label = label_before(blocks, b);
    if (!names_an_owner(schedule->label, document.parties)) schedule->label.clear();
    schedule->programme = programme_in(schedule->label);
    schedules.push_back(std::move(*schedule));
  }
}

// The last schedule recapitulates the others (two at least) when each of its years holds their sum.
bool recapitulates(std::vector<Schedule>& schedules) {
  if (schedules.size() < 3) return false;
  Facts earlier;
  earlier.schedules.assign(schedules.begin(), schedules.end() - 1);
  const auto years = earlier.credits_by_year();
  const Schedule& schedule = schedules.back();
  if (years.size() != schedule.rows.size()) return false;
  for (const ScheduleRow& row : schedule.rows) {
    auto same = std::find_if(years.begin(), years.end(), [&](const ScheduleRow& year) { return year.year == row.year; });
    if (same == years.end() || same->ae.value() != row.ae.value() || same->cp.value() != row.cp.value()) return false;
  }
  return true;
}

}  // namespace

// The schedules of the articles; those of the annexes only when no article has one (an annex then details them).
std::vector<Schedule> extract_schedules(const Document& document) {
  std::vector<Schedule> schedules;
  for (size_t a = 0; a < document.articles.size(); ++a)
    read_blocks(document, document.articles[a].blocks, static_cast<int>(a), document.articles[a].title.view(), schedules);
  if (schedules.empty()) {
    for (const Annex& annex : document.annexes) read_blocks(document, annex.blocks, -1, annex.title.view(), schedules);
  }
  if (recapitulates(schedules)) schedules.back().summary = true;
  if (schedules.empty()) {
    if (auto stated = prose_schedule(document)) schedules.push_back(std::move(*stated));
  }
  return schedules;
}

}  // namespace convlint::document
