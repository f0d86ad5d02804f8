#include "document/flow.hpp"

#include <algorithm>

#include "source/folded_text.hpp"
#include "source/line_map.hpp"

namespace convlint::document {

using grammar::LineKind;

namespace {

bool ends_with_hyphenated_word(std::string_view text) {
  return text.size() >= 2 && text.back() == '-' && text[text.size() - 2] != ' ';
}

}  // namespace

// « délé- » + « gataire » is one word cut by the layout (« partenaire-délé- » + « gataire » too); « sous- » +
// « directeur », « ci- » + « après », « 7-11- » + « 2012 » keep their hyphen, and so does a word that goes on with a
// capital (« Île-de- » + « France »). Without a lexicon every hyphen is kept.
bool keeps_hyphen(std::string_view before, std::string_view after, const Lexicon* lexicon) {
  auto digit = [](char c) { return c >= '0' && c <= '9'; };
  if (before.empty() || after.empty() || digit(before.back()) || digit(after.front()) || !starts_lowercase(after)) return true;
  if (lexicon == nullptr) return true;
  const std::string first = source::fold(before.substr(before.rfind('-') == std::string_view::npos ? 0 : before.rfind('-') + 1));
  std::string second = source::fold(after);
  while (!second.empty() && !std::isalnum(static_cast<unsigned char>(second.back()))) second.pop_back();
  return lexicon->has_word(id(Core::compound_first), first) || lexicon->has_word(id(Core::compound_second), second);
}

void append_line(Text& text, std::string_view source, Span line, const Lexicon* lexicon, std::string_view joiner) {
  const std::string_view so_far = text.view();
  const std::string_view next = trim_decorations(source.substr(line.begin, line.size()));
  if (!ends_with_hyphenated_word(so_far) || next.empty()) {
    text.append(source, line, joiner);
    return;
  }
  size_t start = so_far.size() - 1;
  while (start > 0 && so_far[start - 1] != ' ') --start;
  const std::string_view before = so_far.substr(start, so_far.size() - 1 - start);
  const std::string_view after = next.substr(0, std::min(next.find(' '), next.size()));
  if (!keeps_hyphen(before, after, lexicon)) text.drop_last_byte();
  text.append(source, {static_cast<uint32_t>(next.data() - source.data()), line.end}, "");
}

bool ends_sentence(std::string_view text) {
  text = trim_decorations(text);
  if (text.empty()) return true;
  const char last = text.back();
  return last == '.' || last == ';' || last == ':' || last == '!' || last == '?' || last == ',' ||
         text.ends_with("\xC2\xBB") || text.ends_with(")");
}

bool starts_lowercase(std::string_view text) {
  text = trim_decorations(text);
  if (text.empty()) return false;
  const auto c = static_cast<unsigned char>(text.front());
  if (c >= 'a' && c <= 'z') return true;
  // é è ê à â ç ô î û (U+00E0–U+00FF) start with 0xC3 0xA0–0xBF.
  return c == 0xC3 && text.size() > 1 && static_cast<unsigned char>(text[1]) >= 0xA0;
}

bool looks_like_subheading(std::string_view text) {
  text = trim_decorations(text);
  constexpr size_t longest = 80;  // code points; a UTF-8 code point has at most 4 bytes
  if (text.empty() || text.size() > 4 * longest || ends_sentence(text)) return false;
  if (text.size() > longest && source::count_code_points(text) > longest) return false;
  const char last = text.back();
  return last != ',' && text.find("  ") == std::string_view::npos;
}

void Flow::start(std::vector<Block>* container) {
  container_ = container;
  list_indents_.clear();
  previous_kind_ = LineKind::blank;
  blank_run_ = 0;
  gap_has_break_ = false;
}

Block* Flow::last_block() { return container_ == nullptr || container_->empty() ? nullptr : &container_->back(); }

void Flow::add(const grammar::ParsedLine& line) {
  switch (line.kind) {
    case LineKind::blank:
      if (++blank_run_ >= 2) gap_has_break_ = true;
      previous_kind_ = line.kind;
      return;
    case LineKind::page_break:
    case LineKind::horizontal_rule:
    case LineKind::footnote_text:
      gap_has_break_ = true;
      previous_kind_ = LineKind::blank;
      return;
    case LineKind::table_row:
    case LineKind::separator_row: add_table_row(line); break;
    case LineKind::list_item: add_list_item(line); break;
    case LineKind::markdown_heading:
    case LineKind::preamble_heading: add_heading(line.title.empty() ? line.line : line.title); break;
    default: add_text(line); break;
  }
  previous_kind_ = line.kind;
  blank_run_ = 0;
  gap_has_break_ = false;
}

bool Flow::rejoins_after_break(const Block& block, Span line) const {
  if (block.kind != BlockKind::paragraph && block.kind != BlockKind::list_item) return false;
  if (ends_sentence(block.text.view())) return false;
  return starts_lowercase(source_.substr(line.begin, line.size()));
}

// The last item of an enumeration whose items end with « ; » ends with a period: a capitalised line right under it
// starts a paragraph (`pdftotext` without -layout leaves no blank line there).
bool Flow::closes_enumeration(Span line) const {
  if (container_ == nullptr || container_->size() < 2) return false;
  const Block& last = container_->back();
  const Block& before = (*container_)[container_->size() - 2];
  if (last.kind != BlockKind::list_item || before.kind != BlockKind::list_item) return false;
  const std::string_view item = trim_decorations(last.text.view());
  const std::string_view previous = trim_decorations(before.text.view());
  return item.ends_with('.') && previous.ends_with(';') && !starts_lowercase(source_.substr(line.begin, line.size()));
}

void Flow::add_text(const grammar::ParsedLine& line) {
  Block* last = last_block();
  const bool continues_line = previous_kind_ != LineKind::blank && last != nullptr &&
                              (last->kind == BlockKind::paragraph || last->kind == BlockKind::list_item) &&
                              blank_run_ == 0 && !closes_enumeration(line.line);
  if (continues_line) {
    continue_paragraph(*last, line.line, " ");
    return;
  }
  if (last != nullptr && rejoins_after_break(*last, line.line)) {
    continue_paragraph(*last, line.line, " ");
    return;
  }
  list_indents_.clear();
  Block block;
  block.kind = BlockKind::paragraph;
  block.text = Text(source_, line.line);
  container_->push_back(std::move(block));
}

void Flow::continue_paragraph(Block& block, Span line, std::string_view joiner) {
  append_line(block.text, source_, line, lexicon_, joiner);
}

void Flow::add_list_item(const grammar::ParsedLine& line) {
  while (!list_indents_.empty() && list_indents_.back() > line.indent) list_indents_.pop_back();
  if (list_indents_.empty() || list_indents_.back() < line.indent) {
    if (static_cast<int>(list_indents_.size()) < max_list_depth_) list_indents_.push_back(line.indent);
  }
  Block block;
  block.kind = BlockKind::list_item;
  block.level = list_indents_.empty() ? 0 : static_cast<int>(list_indents_.size()) - 1;
  block.text = Text(source_, line.content.empty() ? line.line : line.content);
  container_->push_back(std::move(block));
}

void Flow::add_table_row(const grammar::ParsedLine& line) {
  Row row;
  row.separator = line.kind == LineKind::separator_row;
  row.span = line.line;
  for (Span cell : line.cells) {
    const std::string_view trimmed = trim_decorations(source_.substr(cell.begin, cell.size()));
    const auto begin = trimmed.empty() ? cell.begin : static_cast<uint32_t>(trimmed.data() - source_.data());
    row.cells.push_back(Cell{Text(source_, {begin, begin + static_cast<uint32_t>(trimmed.size())})});
  }
  Block* last = last_block();
  const bool adjacent = previous_kind_ == LineKind::table_row || previous_kind_ == LineKind::separator_row;
  if (last != nullptr && last->kind == BlockKind::table && !last->table.rows.empty()) {
    const auto& rows = last->table.rows;
    // The header may leave out its first, empty cell: compare with the last row too.
    const auto columns = rows.front().separator && rows.size() > 1 ? rows[1].cells.size() : rows.front().cells.size();
    // A header alone is no table yet: the rows below it go on under it even when the conversion merged two of its
    // cells (« Année AE | CP » over « 2025 | 200 000 € | 150 000 € »).
    const bool header_alone = rows.size() == 1 && !has_digit(rows.front()) && has_digit(row);
    const bool same_shape = row.separator || header_alone || row.cells.size() == columns || row.cells.size() == rows.back().cells.size() ||
                            filled_cells(row) == filled_cells(rows.back());
    // Word writes each row of a table typed with tab stops as a paragraph of its own, with blank lines between:
    // rows of the same shape go on across blank lines, unless a header without figures starts a new table.
    const bool gap_only = previous_kind_ == LineKind::blank;
    if (adjacent || ((gap_has_break_ || gap_only) && same_shape && !starts_new_table(row, rows.back()))) {
      last->table.rows.push_back(std::move(row));
      return;
    }
  }
  list_indents_.clear();
  Block block;
  block.kind = BlockKind::table;
  block.table.rows.push_back(std::move(row));
  container_->push_back(std::move(block));
}

bool Flow::has_digit(const Row& row) {
  return std::any_of(row.cells.begin(), row.cells.end(), [](const Cell& cell) { return document::has_digit(cell.text.view()); });
}

// A row that leaves its first cell empty (« ⇥ 2026 ⇥ … » under a programme's number) and one that leaves it out
// (« 2027 ⇥ … ») hold as many filled cells.
size_t Flow::filled_cells(const Row& row) {
  return static_cast<size_t>(std::count_if(row.cells.begin(), row.cells.end(), [](const Cell& cell) { return !cell.text.empty(); }));
}

bool Flow::starts_new_table(const Row& row, const Row& last) const {
  return !row.separator && !has_digit(row) && has_digit(last);
}

void Flow::add_heading(Span title) {
  list_indents_.clear();
  Block block;
  block.kind = BlockKind::heading;
  block.text = Text(source_, title);
  container_->push_back(std::move(block));
}

// A table typed with tab stops: Word users press Tab as often as it takes to reach the next stop, so that a header
// « Année ⇥ ⇥ AE ⇥ ⇥ CP » has empty cells between its words and a row « 2026 ⇥ ⇥ 95 000 € ⇥ 70 000 € » fewer tabs
// where a figure is wider. A row with as many filled cells as the header puts them under the header's words.
void Flow::seat_under_header(Table& table) {
  const auto header = std::find_if(table.rows.begin(), table.rows.end(), [](const Row& row) { return !row.separator; });
  if (header == table.rows.end() || has_digit(*header)) return;
  auto filled_of = [](const Row& row) {
    std::vector<size_t> filled;
    for (size_t c = 0; c < row.cells.size(); ++c) {
      if (!row.cells[c].text.empty()) filled.push_back(c);
    }
    return filled;
  };
  const std::vector<size_t> columns = filled_of(*header);
  // A header with an empty corner (« ⇥ AE ⇥ CP ») has rows whose empty cells are meant.
  if (columns.size() < 2 || columns.size() == header->cells.size() || columns.front() != 0) return;
  for (auto row = header + 1; row != table.rows.end(); ++row) {
    const std::vector<size_t> filled = filled_of(*row);
    // A second header line (« ⇥ AE ⇥ CP » under « Exercice ⇥ Crédits délégués ») keeps its cells where they are.
    if (row->separator || !has_digit(*row) || filled.size() != columns.size() || filled == columns) continue;
    std::vector<Cell> seated(header->cells.size(), Cell{Text(source_, {row->span.end, row->span.end})});
    for (size_t i = 0; i < filled.size(); ++i) seated[columns[i]] = row->cells[filled[i]];
    row->cells = std::move(seated);
  }
}

void Flow::finish() {
  if (container_ == nullptr) return;
  for (Block& block : *container_) {
    if (block.kind == BlockKind::table) seat_under_header(block.table);
    const Span span = block.text.span();
    const bool one_line = source_.substr(span.begin, span.size()).find('\n') == std::string_view::npos;
    if (block.kind == BlockKind::paragraph && one_line && looks_like_subheading(block.text.view()))
      block.kind = BlockKind::heading;
  }
}

}  // namespace convlint::document
